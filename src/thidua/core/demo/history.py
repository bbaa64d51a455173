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

One more dated step is not structural: the 2023 emulation results of Lào Cai's labour
department (seed 004), recorded on 31/12/2023 over the staff in post that day. Three more
record, for the units whose dossiers the demo's review rounds carry (`CYCLE_UNITS`,
nominations/demo.py), the yearly ratings of 2024–2026, the 2024 titles and the initiatives the
rules engine needs to find candidates in 2025 and 2026.
"""

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from thidua.core.demo import catalogue as cat
from thidua.core.demo.plan import DISTRICTS_ABOLISHED, VOCATIONAL_MERGED
from thidua.organizations.models import Employment, Organization, OrgKind, Person
from thidua.organizations.people import employment_end, employment_start
from thidua.organizations.services import org_dissolve, org_merge, org_move, org_rename
from thidua.rules.models import AwardRecord, AwardType, Initiative, InitiativeLevel, RatingLevel
from thidua.rules.services import award_record_save, initiative_save, rating_save

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
    steps.append(Step(RESULTS_DAY, 3, "Lào Cai: kết quả thi đua năm 2023", _lao_cai_2023))
    steps += [
        Step(RATINGS_DAYS[year], 3, f"Lào Cai: đánh giá, xếp loại năm {year}", _cycle_year(year))
        for year in CYCLE_YEARS
    ]
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


# --- seed 004: Lào Cai's labour department, emulation results of 2023 ----------------------

RESULTS_YEAR = 2023
RESULTS_DAY = dt.date(2023, 12, 31)
RESULTS_SEED = 2023
# "18/224 … Chiến sĩ thi đua cấp cơ sở; 02/224 … cấp tỉnh; 02/14 … Tập thể Lao động xuất
# sắc; 01 sáng kiến cấp tỉnh, 18 sáng kiến cấp cơ sở" (seed 004); everyone else in post and
# every collective reached Lao động tiên tiến / Tập thể lao động tiên tiến (224/224, 14/14).
CSTDCS_COUNT = 18
CSTD_TINH_COUNT = 2
TTLDXS_COUNT = 2
DEMO_NOTE = "Dữ liệu mẫu (giả định)"
SO_ISSUER = "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai"
UBND_ISSUER = "Ủy ban nhân dân tỉnh Lào Cai"
SO_DECISION = ("1568/QĐ-SLĐTBXH", dt.date(2023, 12, 28))  # invented
UBND_DECISION = ("3451/QĐ-UBND", dt.date(2023, 12, 31))  # invented
FLAG_DECISION = ("3452/QĐ-UBND", dt.date(2023, 12, 31))  # the real one, seed 004
INITIATIVE_DECISION = ("1502/QĐ-SLĐTBXH", dt.date(2023, 12, 15))  # invented
PROVINCIAL_INITIATIVE_DECISION = ("3380/QĐ-UBND", dt.date(2023, 12, 20))  # invented
INITIATIVE_TOPICS = (
    "chi trả trợ cấp ưu đãi người có công qua tài khoản ngân hàng",
    "số hóa hồ sơ người có công với cách mạng",
    "rà soát hộ nghèo bằng bảng tính dùng chung",
    "tư vấn việc làm trực tuyến cho thanh niên vùng cao",
    "theo dõi lao động đi làm việc ở nước ngoài theo hợp đồng",
    "tiếp nhận hồ sơ trợ cấp thất nghiệp một cửa",
    "quản lý đối tượng bảo trợ xã hội tại cộng đồng",
    "kiểm tra an toàn, vệ sinh lao động tại công trường xây dựng",
    "hỗ trợ cai nghiện ma túy tự nguyện tại gia đình",
    "lưu trữ điện tử văn bản đi, đến của Sở",
    "tổng hợp báo cáo thống kê ngành bằng biểu mẫu điện tử",
    "chăm sóc trẻ em có hoàn cảnh đặc biệt khó khăn",
    "giới thiệu việc làm tại phiên giao dịch lưu động",
    "đào tạo nghề nông nghiệp cho lao động nông thôn",
    "phòng, chống mua bán người tại khu vực biên giới",
    "quản lý kinh phí chương trình giảm nghèo bền vững",
    "giải quyết thủ tục hành chính trên Cổng dịch vụ công",
    "tuyên truyền bình đẳng giới bằng tiếng dân tộc",
    "nâng cao chất lượng đào tạo nghề gắn với doanh nghiệp",
)


def _staff_on(labour: Organization, day: dt.date) -> list[Person]:
    """Everyone in post in the department on `day`, in a fixed order (unit, CCCD)."""
    jobs = (
        Employment.objects.filter(organization__path__startswith=labour.path, start_date__lte=day)
        .exclude(end_date__lt=day)
        .select_related("person__current_organization", "organization")
        .order_by("organization__code", "person__national_id")
    )
    return [job.person for job in jobs]


def _award(
    ctx: Context, code: str, decision: tuple[str, dt.date], issuer: str, **subject: Any
) -> None:
    award_record_save(
        actor=ctx.actor,
        data={
            "award_type": AwardType.objects.get(code=code),
            "year": RESULTS_YEAR,
            "decision_number": decision[0],
            "decision_date": decision[1],
            "issuer": issuer,
            "note": "" if decision is FLAG_DECISION else DEMO_NOTE,
        },
        **subject,
    )


def _lao_cai_2023(ctx: Context) -> None:
    """Ratings, titles and initiatives of 2023 as seed 004 counts them."""
    rng = random.Random(RESULTS_SEED)
    labour = ctx.org(cat.labour_code("LCI"))
    staff = _staff_on(labour, RESULTS_DAY)
    collectives = list(
        labour.children.filter(
            valid_to__isnull=True, kind__in=[OrgKind.DIVISION, OrgKind.PUBLIC_SERVICE_UNIT]
        ).order_by("code")
    )
    fighters = rng.sample(staff, CSTDCS_COUNT)
    provincial = fighters[:CSTD_TINH_COUNT]
    excellent = rng.sample(collectives, TTLDXS_COUNT)
    for person in staff:
        good = RatingLevel.EXCELLENT if person in fighters else RatingLevel.GOOD
        rating_save(actor=ctx.actor, data={"year": RESULTS_YEAR, "rating": good}, person=person)
        _award(ctx, "LDTT", SO_DECISION, SO_ISSUER, person=person)
    for person in fighters:
        _award(ctx, "CSTDCS", SO_DECISION, SO_ISSUER, person=person)
    for person in provincial:
        _award(ctx, "CSTD_TINH", UBND_DECISION, UBND_ISSUER, person=person)
    for org in collectives:
        good = RatingLevel.EXCELLENT if org in excellent else RatingLevel.GOOD
        rating_save(actor=ctx.actor, data={"year": RESULTS_YEAR, "rating": good}, organization=org)
        _award(ctx, "TTLDTT", SO_DECISION, SO_ISSUER, organization=org)
    for org in excellent:
        _award(ctx, "TTLDXS", UBND_DECISION, UBND_ISSUER, organization=org)
    # the department's own flag: the statistics of the department do not count it (they
    # count the collectives below it), the province's would
    _award(ctx, "CO_THI_DUA_TINH", FLAG_DECISION, UBND_ISSUER, organization=labour)
    _initiatives(ctx, fighters, provincial[0])


def _initiatives(ctx: Context, authors: list[Person], provincial: Person) -> None:
    """One unit-level initiative per Chiến sĩ thi đua cơ sở (the title required one until
    2024) and one provincial initiative."""
    entries = [(InitiativeLevel.CO_SO, person) for person in authors]
    entries.append((InitiativeLevel.TINH, provincial))
    for number, (level, person) in enumerate(entries, start=1):
        topic = INITIATIVE_TOPICS[(number - 1) % len(INITIATIVE_TOPICS)]
        unit_level = level == InitiativeLevel.CO_SO
        decision = INITIATIVE_DECISION if unit_level else PROVINCIAL_INITIATIVE_DECISION
        initiative_save(
            actor=ctx.actor,
            data={
                "code": f"LCI-SK-{RESULTS_YEAR}-{number:02d}",
                "title": f"Giải pháp {topic}",
                "year": RESULTS_YEAR,
                "level": level,
                "decision_number": decision[0],
                "decision_date": decision[1],
                "recognized_by": SO_ISSUER if unit_level else UBND_ISSUER,
                "note": DEMO_NOTE,
            },
            authors=[(person, None)],
        )


# --- 2024–2026: ratings for the review rounds of the demo (nominations/demo.py) -------------

CYCLE_YEARS = (2024, 2025, 2026)
# The units whose dossiers the demo's rounds carry (labour-department divisions and centres,
# under Sở Nội vụ since 2025).
CYCLE_UNITS = ("NCC", "BTXH", "KHTC", "PCTNXH", "TTRA")
MEMBER_UNITS = ("KHTC", "TTRA")  # their heads sit on the council (conflict of interest)
RATINGS_DAYS = {
    2024: dt.date(2024, 12, 31),
    2025: dt.date(2025, 12, 31),
    2026: dt.date(2026, 11, 10),  # the year-end review comes before the round's deadline
}
EXCELLENT_SHARE = 0.12
RESULTS_2024 = ("1625/QĐ-SLĐTBXH", dt.date(2024, 12, 27))  # invented
INITIATIVES_2024 = ("1590/QĐ-SLĐTBXH", dt.date(2024, 12, 16))  # invented
PROVINCIAL_INITIATIVE_2024 = ("3318/QĐ-UBND", dt.date(2024, 12, 20))  # invented
INITIATIVES_2026 = ("1412/QĐ-SNV", dt.date(2026, 11, 5))  # invented
HOME_ISSUER = "Sở Nội vụ tỉnh Lào Cai"
# The initiative that makes one 2023 fighter a candidate for Chiến sĩ thi đua cấp tỉnh in
# 2025 (three CSTĐCS in a row and a provincial initiative within three years).
PROVINCIAL_INITIATIVE_CODE = "LCI-SK-2024-T01"


def cycle_unit_codes() -> list[str]:
    return [cat.labour_code("LCI", suffix) for suffix in CYCLE_UNITS]


def _cycle_staff(ctx: Context, year: int) -> dict[str, list[Person]]:
    """The staff of each cycle unit on 31/12 of `year`, in a fixed order (CCCD)."""
    return {
        code: sorted(
            _staff_on(ctx.org(code), dt.date(year, 12, 31)), key=lambda p: p.national_id or ""
        )
        for code in cycle_unit_codes()
    }


STAR_BORN_FROM = 1970  # in post until well after 2026 (retirement age)


def provincial_candidate(staff: dict[str, list[Person]]) -> Person | None:
    """The first 2023 CSTĐCS (not already CSTĐ tỉnh) of a cycle unit without a council
    member, in CCCD order: the demo's nominee for Chiến sĩ thi đua cấp tỉnh 2025."""
    fighters = set(
        AwardRecord.objects.filter(award_type__code="CSTDCS", year=RESULTS_YEAR).values_list(
            "person_id", flat=True
        )
    )
    provincial = set(
        AwardRecord.objects.filter(award_type__code="CSTD_TINH", year=RESULTS_YEAR).values_list(
            "person_id", flat=True
        )
    )
    for code, people in staff.items():
        if code.rsplit("-", 1)[-1] in MEMBER_UNITS:
            continue
        for person in people:
            born = person.birth_date.year if person.birth_date else 0
            if person.pk in fighters and person.pk not in provincial and born >= STAR_BORN_FROM:
                return person
    return None


def provincial_star() -> Person | None:
    """The author of the 2024 provincial initiative (recorded by the 2024 step)."""
    initiative = Initiative.objects.filter(code=PROVINCIAL_INITIATIVE_CODE).first()
    if initiative is None:
        return None
    authorship = initiative.authorships.select_related("person").first()
    return authorship.person if authorship else None


def _ratings(
    ctx: Context, year: int, staff: dict[str, list[Person]], star: Person | None
) -> set[int]:
    """Good for most, excellent for about one in eight (and the star), one «hoàn thành
    nhiệm vụ» per unit in 2025 and 2026 (a nominee who needs a justification). Returns the
    ids of the excellent."""
    rng = random.Random(f"thidua-demo-ratings-{year}")
    excellent: set[int] = set()
    for code, people in staff.items():
        if not people:
            continue
        count = max(1, round(len(people) * EXCELLENT_SHARE))
        chosen = {p.pk for p in rng.sample(people, count)}
        if star is not None and star in people:
            chosen.add(star.pk)
        others = [p for p in people if p.pk not in chosen]
        weak = {rng.choice(others).pk} if year > 2024 and others else set()
        for person in people:
            level = (
                RatingLevel.EXCELLENT
                if person.pk in chosen
                else RatingLevel.COMPLETE
                if person.pk in weak
                else RatingLevel.GOOD
            )
            rating_save(actor=ctx.actor, data={"year": year, "rating": level}, person=person)
        excellent |= chosen
        org_level = RatingLevel.EXCELLENT if code.endswith("-NCC") else RatingLevel.GOOD
        rating_save(
            actor=ctx.actor, data={"year": year, "rating": org_level}, organization=ctx.org(code)
        )
    return excellent


def _cycle_award(ctx: Context, code: str, year: int, **subject: Any) -> None:
    award_record_save(
        actor=ctx.actor,
        data={
            "award_type": AwardType.objects.get(code=code),
            "year": year,
            "decision_number": RESULTS_2024[0],
            "decision_date": RESULTS_2024[1],
            "issuer": SO_ISSUER,
            "note": DEMO_NOTE,
        },
        **subject,
    )


def _initiative(
    ctx: Context,
    code: str,
    year: int,
    level: str,
    decision: tuple[str, dt.date],
    issuer: str,
    person: Person,
    topic: str,
) -> None:
    initiative_save(
        actor=ctx.actor,
        data={
            "code": code,
            "title": f"Giải pháp {topic}",
            "year": year,
            "level": level,
            "decision_number": decision[0],
            "decision_date": decision[1],
            "recognized_by": issuer,
            "note": DEMO_NOTE,
        },
        authors=[(person, None)],
    )


def _cycle_year(year: int) -> Callable[[Context], None]:
    def run(ctx: Context) -> None:
        staff = _cycle_staff(ctx, year)
        star = (
            provincial_candidate(staff)
            if year == 2024
            else provincial_star()
            if year == 2025
            else None
        )
        excellent = _ratings(ctx, year, staff, star)
        people = [p for unit in staff.values() for p in unit]
        if year == 2024:
            _results_2024(ctx, staff, people, excellent, star)
        if year == 2026:
            # the 2026 amendment asks a CSTĐCS for an initiative as well (RuleVersion
            # CSTDCS.amendment_2026): the excellent ones have one recognised this year
            authors = [p for p in people if p.pk in excellent]
            for number, person in enumerate(authors, start=1):
                _initiative(
                    ctx,
                    f"LCI-SK-2026-{number:02d}",
                    2026,
                    InitiativeLevel.CO_SO,
                    INITIATIVES_2026,
                    HOME_ISSUER,
                    person,
                    INITIATIVE_TOPICS[(number + 6) % len(INITIATIVE_TOPICS)],
                )

    return run


def _results_2024(
    ctx: Context,
    staff: dict[str, list[Person]],
    people: list[Person],
    excellent: set[int],
    star: Person | None,
) -> None:
    """The 2024 titles of the cycle units (the labour department's decision of 27/12/2024)."""
    for person in people:
        _cycle_award(ctx, "LDTT", 2024, person=person)
    fighters = [p for p in people if p.pk in excellent]
    for person in fighters:
        _cycle_award(ctx, "CSTDCS", 2024, person=person)
    for code in staff:
        _cycle_award(ctx, "TTLDTT", 2024, organization=ctx.org(code))
    for number, person in enumerate(fighters, start=1):
        _initiative(
            ctx,
            f"LCI-SK-2024-{number:02d}",
            2024,
            InitiativeLevel.CO_SO,
            INITIATIVES_2024,
            SO_ISSUER,
            person,
            INITIATIVE_TOPICS[(number + 2) % len(INITIATIVE_TOPICS)],
        )
    if star is not None:
        _initiative(
            ctx,
            PROVINCIAL_INITIATIVE_CODE,
            2024,
            InitiativeLevel.TINH,
            PROVINCIAL_INITIATIVE_2024,
            UBND_ISSUER,
            star,
            "chi trả chế độ người có công không dùng tiền mặt trên địa bàn tỉnh",
        )
