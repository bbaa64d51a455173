"""Demo movements from the seeds, loaded over the demo organisations (`thidua loaddemo`).

`load_demo_movements()` creates, through the services (so the audit trail is real):

* Sơn La: the province's directive 01/CT-UBND (seed 001) and, under it, the labour
  department's letter (seed 000) with its 34 targets, unit targets, registrations, reports;
* Ninh Bình: the province's directive 10/CT-UBND and the department's 2021–2025 plan
  (seed 002) with its criteria per kind of unit, the district offices, yearly reports due
  "trước ngày 15/12 hằng năm" (those of 2025 partly missing: the overdue list), registrations;
* Bình Phước: the province's directive and the department's 2024 plan (seed 003);
* Lào Cai: a movement of the current year run by the demo accounts' department, with
  registration open, so that `canbo.tdkt`, `truongphong`, `vanthu` and `nhanvien` have
  something to do today.

It runs once: a database that already holds the Sơn La directive is left alone.
"""

import datetime as dt
import time
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from thidua.movements import services
from thidua.movements.demo_data import REPORT_TEXT, SON_LA_DIRECTIVE, SPECS, MovementSpec
from thidua.movements.models import Movement, Participant, RegistrationPeriod, ReportRequest, Target
from thidua.movements.selectors.registrations import unit_staff
from thidua.organizations.models import Organization
from thidua.rules.models import AwardType

# How far the demo figures land from their targets, cycled over the targets: most are met,
# some nearly (amber), a few not (red), so that every light shows on the dashboards.
FACTORS = (
    Decimal("1.04"),
    Decimal("1.00"),
    Decimal("1.12"),
    Decimal("0.93"),
    Decimal("1.02"),
    Decimal("0.85"),
    Decimal("1.07"),
    Decimal("0.71"),
)
STAFF_LINES = 25  # people registered per unit in the demo


@dataclass(frozen=True)
class DemoMovementsResult:
    loaded: bool
    message: str
    movements: int = 0
    targets: int = 0
    registrations: int = 0
    reports: int = 0
    seconds: float = 0.0


def _d(parts: tuple[int, int, int]) -> dt.date:
    return dt.date(*parts)


def _org(code: str) -> Organization:
    return Organization.objects.get(code=code)


def _awards(codes: tuple[str, ...] | list[str]) -> list[AwardType]:
    found = {a.code: a for a in AwardType.objects.filter(code__in=codes)}
    return [found[c] for c in codes if c in found]


def _target_data(spec: tuple[Any, ...], organization: Organization | None) -> dict[str, Any]:
    group, name, unit, value, direction, baseline = spec
    return {
        "organization": organization,
        "group": group,
        "name": name,
        "unit": unit,
        "target_value": Decimal(value),
        "direction": direction,
        "baseline": Decimal(baseline) if baseline is not None else None,
    }


def _movement(spec: MovementSpec, parents: dict[str, Movement]) -> Movement:
    organizer = _org(spec.organizer)
    movement = services.movement_create(
        actor=None,
        data={
            "title": spec.title,
            "theme": spec.theme,
            "slogan": spec.slogan,
            "kind": spec.kind,
            "start_year": spec.start_year,
            "end_year": spec.end_year,
            "organizer": organizer,
            "scope": organizer,
            "parent": parents.get(spec.parent),
            "purpose": spec.purpose,
            "requirements": spec.requirements,
        },
        named=list(spec.named),
        award_forms=_awards(spec.award_forms),
    )
    services.movement_content_save(
        actor=None,
        movement=movement,
        items=[{"heading": h, "body": b} for h, b in spec.content],
        criteria=[{"subject_kind": k, "text": t} for k, t in spec.criteria],
    )
    for kind, number, issued, issuer, summary in spec.documents:
        services.legal_document_add(
            actor=None,
            movement=movement,
            data={
                "kind": kind,
                "number": number,
                "issued_on": _d(issued),
                "issuer": issuer,
                "summary": summary,
            },
        )
    day = _d(spec.launched_on)
    units = services.default_participants(movement=movement, day=day)
    units += [_org(code) for code in spec.extra_participants]
    services.movement_participants_set(actor=None, movement=movement, organizations=units)
    services.movement_transition(movement=movement, to="launched", actor=None, today=day)
    for target in spec.targets:
        services.target_create(actor=None, movement=movement, data=_target_data(target, None))
    for code, targets in spec.unit_targets.items():
        for target in targets:
            services.target_create(
                actor=None, movement=movement, data=_target_data(target, _org(code))
            )
    return movement


def _achieved(target: Target, factor: Decimal) -> Decimal:
    """A demo value `factor` of the way to the target (the other way for "at most")."""
    value = target.target_value
    if target.direction == "exactly":
        return value
    if target.direction == "at_most":
        result = value * (Decimal(2) - factor)
    else:
        result = value * factor
        if target.unit == "%" and value == 100:
            result = min(result, Decimal(100))
    whole = value == value.to_integral_value() and target.unit != "%"
    places = Decimal(1) if whole or value >= 1000 else Decimal("0.01")
    return max(result, Decimal(0)).quantize(places, rounding=ROUND_HALF_UP)


def _progress(
    movement: Movement, days: list[dt.date], *, skip_units: set[int] | None = None
) -> None:
    """Record the demo figures of every target on each day, rising towards the last one."""
    targets = movement.targets.order_by("organization_id", "order", "id")
    for index, target in enumerate(targets):
        if skip_units and target.organization_id in skip_units:
            continue
        factor = FACTORS[index % len(FACTORS)]
        for step, day in enumerate(days, start=1):
            share = Decimal(step) / Decimal(len(days))
            partial = factor if step == len(days) else factor * (Decimal("0.6") + share / 3)
            services.progress_record(
                actor=None,
                target=target,
                value=_achieved(target, partial),
                on=day,
                note="Số liệu minh họa (dữ liệu mẫu)",
            )


def _register(
    period: RegistrationPeriod,
    units: list[Organization],
    *,
    on: dt.date,
    accept: int,
) -> int:
    """Register each unit (collective title and its staff's titles), send, accept the first ones."""
    titles = {
        a.code: a for a in AwardType.objects.filter(code__in=["TTLDTT", "TTLDXS", "LDTT", "CSTDCS"])
    }
    count = 0
    for index, unit in enumerate(units):
        staff = list(unit_staff(unit).values_list("pk", flat=True)[:STAFF_LINES])
        individuals = {
            pk: titles["CSTDCS"] if i % 7 == 0 else titles["LDTT"] for i, pk in enumerate(staff)
        }
        registration = services.registration_save(
            actor=None,
            period=period,
            organization=unit,
            collective=[titles["TTLDXS"] if index % 3 == 0 else titles["TTLDTT"]],
            individuals=individuals,
            commitments="Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao; 100% cán bộ, công chức, "
            "viên chức, người lao động đăng ký thi đua và thực hiện tốt văn hóa công sở.",
            today=on,
        )
        services.registration_transition(
            registration=registration, to="submitted", actor=None, today=on
        )
        if index < accept:
            services.registration_transition(
                registration=registration, to="accepted", actor=None, today=on
            )
        count += 1
    return count


def _report(request: ReportRequest, year: int, unit: Organization, on: dt.date, n: int) -> None:
    figures = {
        t.pk: (_achieved(t, FACTORS[(t.pk + year) % len(FACTORS)]), "")
        for t in Target.objects.filter(movement=request.movement, organization=unit)
    }
    report = services.report_save(
        actor=None,
        request=request,
        year=year,
        organization=unit,
        text=REPORT_TEXT.format(n=n),
        figures=figures,
    )
    services.report_transition(report=report, to="submitted", actor=None, today=on)


def _units(movement: Movement) -> list[Organization]:
    return [
        p.organization
        for p in Participant.objects.filter(movement=movement)
        .select_related("organization")
        .order_by("organization__code")
    ]


def _son_la(letter: Movement, directive: Movement) -> tuple[int, int]:
    _progress(directive, [dt.date(2023, 6, 30), dt.date(2023, 12, 20)])
    _progress(letter, [dt.date(2023, 6, 30), dt.date(2023, 11, 25)])
    units = _units(letter)
    period = services.registration_period_open(
        actor=None,
        movement=letter,
        data={"opens_on": dt.date(2023, 1, 16), "deadline": dt.date(2023, 2, 15), "note": ""},
    )
    registered = _register(period, units[:-2], on=dt.date(2023, 2, 10), accept=len(units) - 4)
    request = services.report_request_create(
        actor=None,
        movement=letter,
        data={
            "title": "Báo cáo kết quả thực hiện phong trào thi đua năm 2023",
            "recurrence": "once",
            "due_date": dt.date(2023, 11, 30),
            "instructions": "Gửi về Sở (qua Văn phòng Sở) để tổng hợp báo cáo UBND tỉnh.",
        },
    )
    for n, unit in enumerate(units[:-2]):
        _report(request, 2023, unit, dt.date(2023, 11, 25), n % 3)
    own = _own_plan(letter, "SLA-SLDTBXH-DVVL", dt.date(2023, 2, 1))
    for movement in (own, letter, directive):
        services.movement_transition(movement=movement, to="closed", actor=None)
    services.movement_transition(movement=directive, to="summarised", actor=None)
    return registered, len(units) - 2


def _own_plan(parent: Movement, code: str, day: dt.date) -> Movement:
    """A unit's own plan in response to the department's (the cascade's third level)."""
    unit = _org(code)
    movement = services.movement_create(
        actor=None,
        data={
            "title": f"Kế hoạch thi đua năm {parent.start_year} của {unit.name}",
            "kind": "regular",
            "start_year": parent.start_year,
            "end_year": parent.end_year,
            "organizer": unit,
            "scope": unit,
            "parent": parent,
            "purpose": "Cụ thể hóa kế hoạch thi đua của Sở tại đơn vị.",
        },
    )
    services.movement_transition(movement=movement, to="launched", actor=None, today=day)
    return movement


def _ninh_binh(plan: Movement) -> tuple[int, int]:
    _progress(plan, [dt.date(y, 12, 10) for y in range(2021, 2026)])
    units = _units(plan)
    period = services.registration_period_open(
        actor=None,
        movement=plan,
        data={
            "year": 2025,
            "opens_on": dt.date(2025, 1, 6),
            "deadline": dt.date(2025, 2, 28),
            "note": "Các phòng, đơn vị gửi đăng ký thi đua năm 2025 về Văn phòng Sở.",
        },
    )
    active = [u for u in units if u.is_active_on(dt.date(2025, 2, 1))]
    registered = _register(period, active[:-2], on=dt.date(2025, 2, 20), accept=len(active) - 3)
    request = services.report_request_create(
        actor=None,
        movement=plan,
        data={
            "title": "Báo cáo kết quả thực hiện Phong trào thi đua",
            "recurrence": "yearly",
            "due_day": 15,
            "due_month": 12,
            "remind_days_before": 7,
            "remind_days_after": 3,
            "instructions": "Xây dựng kế hoạch và báo cáo kết quả thực hiện Phong trào thi đua "
            "trước ngày 15/12 hằng năm về Sở Lao động - Thương binh và Xã hội (qua Văn phòng Sở).",
        },
    )
    reports = 0
    for year in range(2021, 2026):
        senders = units if year < 2025 else [u for u in units if u.kind != "district_office"][:-1]
        for n, unit in enumerate(senders):
            _report(request, year, unit, dt.date(year, 12, 10), (n + year) % 4)
            reports += 1
    return registered, reports


def _binh_phuoc(plan: Movement, directive: Movement) -> tuple[int, int]:
    _progress(plan, [dt.date(2024, 12, 10)])
    units = _units(plan)
    period = services.registration_period_open(
        actor=None,
        movement=plan,
        data={"opens_on": dt.date(2024, 2, 26), "deadline": dt.date(2024, 3, 15), "note": ""},
    )
    registered = _register(period, units, on=dt.date(2024, 3, 10), accept=len(units))
    request = services.report_request_create(
        actor=None,
        movement=plan,
        data={
            "title": "Báo cáo tổng kết phong trào thi đua năm 2024",
            "recurrence": "once",
            "due_date": dt.date(2024, 12, 15),
        },
    )
    for n, unit in enumerate(units[:-1]):
        _report(request, 2024, unit, dt.date(2024, 12, 12), n % 2)
    for movement in (plan, directive):
        services.movement_transition(movement=movement, to="closed", actor=None)
    return registered, len(units) - 1


def _lao_cai_today(today: dt.date) -> tuple[int, int]:
    """The current year's movement of the demo accounts' department, still open."""
    year = today.year
    launch = min(dt.date(year, 1, 20), today)
    organizer = _org("LCI-SNV")
    movement = services.movement_create(
        actor=None,
        data={
            "title": f"Phong trào thi đua thực hiện thắng lợi nhiệm vụ chính trị năm {year}",
            "theme": "Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ",
            "kind": "regular",
            "start_year": year,
            "end_year": year,
            "organizer": organizer,
            "scope": organizer,
            "purpose": "Cán bộ, công chức, viên chức, người lao động của Sở thi đua hoàn thành "
            "xuất sắc nhiệm vụ năm; đăng ký thi đua đầy đủ, thực chất.",
        },
        named=["Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"],
        award_forms=_awards(["GIAY_KHEN", "BANG_KHEN_TINH", "CO_THI_DUA_TINH"]),
    )
    services.movement_transition(movement=movement, to="launched", actor=None, today=launch)
    ncc = _org("LCI-SLDTBXH-NCC")
    for spec in (
        ("", "Hồ sơ người có công giải quyết đúng hạn", "%", "100", "at_least", None),
        ("", "Người có công được điều dưỡng tập trung", "lượt người", "1200", "at_least", None),
        ("", "Hồ sơ tồn đọng chưa giải quyết", "hồ sơ", "5", "at_most", "40"),
    ):
        target = services.target_create(actor=None, movement=movement, data=_target_data(spec, ncc))
        services.progress_record(
            actor=None,
            target=target,
            value=_achieved(target, Decimal("0.55")),
            on=launch,
            note="Số liệu minh họa (dữ liệu mẫu)",
        )
    services.registration_period_open(
        actor=None,
        movement=movement,
        data={
            "opens_on": launch,
            "deadline": max(dt.date(year, 3, 31), today + dt.timedelta(days=30)),
            "note": "Các phòng, đơn vị đăng ký danh hiệu thi đua tập thể và cá nhân.",
        },
    )
    services.report_request_create(
        actor=None,
        movement=movement,
        data={
            "title": "Báo cáo kết quả thực hiện phong trào thi đua",
            "recurrence": "yearly",
            "due_day": 15,
            "due_month": 12,
        },
    )
    return 0, 0


def demo_movements_present() -> bool:
    return Movement.objects.filter(
        organizer__code=SON_LA_DIRECTIVE.organizer, title=SON_LA_DIRECTIVE.title
    ).exists()


def load_demo_movements(*, today: dt.date | None = None) -> DemoMovementsResult:
    """Load the demo movements once, in one transaction, over the demo organisations."""
    if Organization.objects.filter(code__in=["SLA", "NBH", "BPC", "LCI-SNV"]).count() != 4:
        return DemoMovementsResult(
            False, "Chưa có đơn vị mẫu; chạy `thidua loaddemo` trước (bỏ qua phong trào mẫu)."
        )
    if demo_movements_present():
        return DemoMovementsResult(False, "Phong trào mẫu đã được nạp trước đó; bỏ qua.")
    started = time.monotonic()
    with transaction.atomic():
        made: dict[str, Movement] = {}
        for spec in SPECS:
            made[spec.key] = _movement(spec, made)
        counts = [
            _son_la(made["sla-letter"], made["sla-directive"]),
            _ninh_binh(made["nbh-plan"]),
            _binh_phuoc(made["bpc-plan"], made["bpc-directive"]),
            _lao_cai_today(today or timezone.localdate()),
        ]
    return DemoMovementsResult(
        True,
        "Đã nạp phong trào thi đua mẫu.",
        movements=Movement.objects.count(),
        targets=Target.objects.count(),
        registrations=sum(c[0] for c in counts),
        reports=sum(c[1] for c in counts),
        seconds=time.monotonic() - started,
    )
