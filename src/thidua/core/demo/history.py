"""The structural history of the demo organisations, replayed through the services.

Each step is dated; the loader runs them in date order together with the people's moves,
so every merger sees the staff who were really there that day. The steps follow the
reform of 2025:

* 01/03/2025: each labour department (Sở Lao động - Thương binh và Xã hội) joins the home
  affairs department (Sở Nội vụ) under Nghị định 45/2025/NĐ-CP and a resolution of each
  provincial council; vocational education leaves for the education sector, so the
  labour division drops it from its name.
* 01/07/2025: two-tier local government: district offices close (Luật Tổ chức chính quyền
  địa phương năm 2025) and provinces merge under Nghị quyết 202/2025/QH15 (Yên Bái into
  Lào Cai; Hà Nam and Nam Định into Ninh Bình; Bình Phước into Đồng Nai).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from thidua.core.demo import catalogue as cat
from thidua.core.demo.plan import DISTRICTS_ABOLISHED, VOCATIONAL_MERGED
from thidua.organizations.models import Employment, Organization
from thidua.organizations.people import employment_end, employment_start
from thidua.organizations.services import org_dissolve, org_merge, org_move, org_rename

BOARDS_MOVED = cat.BOARD_MOVED
DEPARTMENTS_MERGED = dt.date(2025, 3, 1)
PROVINCES_MERGED = DISTRICTS_ABOLISHED

BOARD_DECISION = "Nghị định 13/2008/NĐ-CP; Thông tư 04/2008/TT-BNV"
VOCATIONAL_DECISION = "Quyết định của UBND tỉnh Lào Cai (giả định – dữ liệu mẫu)"
DEPARTMENT_DECISION = "Nghị định 45/2025/NĐ-CP; Nghị quyết của HĐND tỉnh {p} (tháng 02/2025)"
DISTRICT_DECISION = "Luật Tổ chức chính quyền địa phương năm 2025"
PROVINCE_DECISION = "Nghị quyết 202/2025/QH15"
# After a merger every leader of the absorbed department stays on as a deputy for a
# transition period, as the 2025 reform allowed.
DEPUTY = "Phó Giám đốc"
EARLY_RETIREMENT_BORN = 1972


class Context(Protocol):
    actor: Any

    def org(self, code: str) -> Organization: ...


@dataclass(frozen=True)
class Step:
    day: dt.date
    order: int  # within a day: people's moves (0) before structural changes (1, 2)
    label: str
    run: Callable[[Context], None]


def history_steps() -> list[Step]:
    steps = [Step(BOARDS_MOVED, 1, "Ban TĐKT về Sở Nội vụ", _move_boards)]
    steps.append(Step(VOCATIONAL_MERGED, 1, "Lào Cai: sáp nhập Phòng Dạy nghề", _merge_vocational))
    for p in cat.PROVINCES:
        steps.append(
            Step(DEPARTMENTS_MERGED, 1, f"{p.code}: Sở LĐTBXH vào Sở Nội vụ", _labour_into_home(p))
        )
        if p.districts:
            steps.append(
                Step(
                    DISTRICTS_ABOLISHED,
                    1,
                    f"{p.code}: giải thể phòng cấp huyện",
                    _dissolve_districts(p),
                )
            )
        if p.merged_into:
            steps.append(
                Step(
                    PROVINCES_MERGED,
                    2,
                    f"{p.code} hợp nhất vào {p.merged_into}",
                    _merge_province(p.code, p.merged_into),
                )
            )
    return steps


def _move_boards(ctx: Context) -> None:
    for p in cat.PROVINCES:
        org_move(
            actor=ctx.actor,
            org=ctx.org(cat.board_code(p.code)),
            parent=ctx.org(cat.home_code(p.code)),
            day=BOARDS_MOVED,
            decision=BOARD_DECISION,
        )


def _merge_vocational(ctx: Context) -> None:
    org_merge(
        actor=ctx.actor,
        sources=[ctx.org(cat.labour_code("LCI", cat.VOCATIONAL.suffix))],
        target=ctx.org(cat.labour_code("LCI", "LDVL")),
        day=VOCATIONAL_MERGED,
        decision=VOCATIONAL_DECISION,
    )
    org_rename(
        actor=ctx.actor,
        org=ctx.org(cat.labour_code("LCI", "LDVL")),
        name=cat.LABOUR_DIVISION_LONG_NAME,
        short_name="",
        day=VOCATIONAL_MERGED,
        decision=VOCATIONAL_DECISION,
    )


def _leaders_to(ctx: Context, source: str, target: str, day: dt.date) -> None:
    """The source department's own leaders become deputies of the target department.

    Those born before EARLY_RETIREMENT_BORN retire early instead, as many did under
    Nghị định 178/2024/NĐ-CP (policies for the 2025 restructuring).
    """
    jobs = Employment.objects.filter(organization__code=source, end_date__isnull=True)
    for job in jobs.select_related("person", "organization").order_by("id"):
        birth = job.person.birth_date
        if birth is not None and birth.year < EARLY_RETIREMENT_BORN:
            employment_end(actor=ctx.actor, employment=job, end_date=day - dt.timedelta(days=1))
            continue
        employment_start(
            actor=ctx.actor,
            person=job.person,
            organization=ctx.org(target),
            start_date=day,
            position=DEPUTY,
            staff_category=job.staff_category,
        )


def _labour_into_home(p: cat.ProvinceSpec) -> Callable[[Context], None]:
    def run(ctx: Context) -> None:
        day, decision = DEPARTMENTS_MERGED, DEPARTMENT_DECISION.format(p=p.name)
        labour, home = cat.labour_code(p.code), cat.home_code(p.code)
        _leaders_to(ctx, labour, home, day)
        # the two department offices become one; the other divisions move across as they are
        org_merge(
            actor=ctx.actor,
            sources=[ctx.org(cat.labour_code(p.code, "VP"))],
            target=ctx.org(cat.home_code(p.code, "VP")),
            day=day,
            decision=decision,
        )
        org_merge(
            actor=ctx.actor,
            sources=[ctx.org(labour)],
            target=ctx.org(home),
            day=day,
            decision=decision,
        )
        org_rename(
            actor=ctx.actor,
            org=ctx.org(cat.labour_code(p.code, "LDVL")),
            name=cat.LABOUR_DIVISION_NAME,
            short_name="",
            day=day,
            decision=decision,
        )

    return run


def _dissolve_districts(p: cat.ProvinceSpec) -> Callable[[Context], None]:
    def run(ctx: Context) -> None:
        for number in range(1, len(p.districts) + 1):
            org_dissolve(
                actor=ctx.actor,
                org=ctx.org(cat.district_code(p.code, number)),
                day=DISTRICTS_ABOLISHED,
                decision=DISTRICT_DECISION,
            )

    return run


def _merge_province(source: str, target: str) -> Callable[[Context], None]:
    """Merge `source` into `target`: units with a twin in the target merge into it, the
    others move under the target's home affairs department, then the departments and the
    people's committees merge."""

    def run(ctx: Context) -> None:
        day = PROVINCES_MERGED
        source_home, target_home = cat.home_code(source), cat.home_code(target)
        _leaders_to(ctx, source_home, target_home, day)
        target_home_id = ctx.org(target_home).pk
        for child in ctx.org(source_home).children.filter(valid_to__isnull=True).order_by("code"):
            twin = Organization.objects.filter(
                code=target + child.code.removeprefix(source),
                parent_id=target_home_id,
                valid_to__isnull=True,
            ).first()
            if twin is not None:
                org_merge(
                    actor=ctx.actor,
                    sources=[child],
                    target=twin,
                    day=day,
                    decision=PROVINCE_DECISION,
                )
        org_merge(
            actor=ctx.actor,
            sources=[ctx.org(source_home)],
            target=ctx.org(target_home),
            day=day,
            decision=PROVINCE_DECISION,
        )
        org_merge(
            actor=ctx.actor,
            sources=[ctx.org(source)],
            target=ctx.org(target),
            day=day,
            decision=PROVINCE_DECISION,
        )

    return run
