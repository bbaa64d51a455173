"""Builders of movements and their records, through the services (so events and rows are real)."""

import datetime as dt
import importlib
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from thidua.movements import services
from thidua.movements.models import Movement, RegistrationPeriod, ReportRequest, Target
from thidua.rules.models import AwardType

LAUNCH_DAY = dt.date(2026, 1, 5)
OPEN = dt.date(2000, 1, 1)
FAR = dt.date(2099, 12, 31)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def ensure_award_types() -> None:
    """Put back the catalogue of titles and award forms that the rules migration seeds.

    Transactional tests (the browser's live server) empty every table after each test,
    data-migration rows included; the next one would find no titles to register.
    """
    if AwardType.objects.exists():
        return
    seed = importlib.import_module("thidua.rules.migrations.0002_seed_catalogue")
    AwardType.objects.bulk_create(
        AwardType(
            code=code,
            name=name,
            kind=kind,
            level=level,
            subjects=subjects,
            decider=decider,
            legal_basis=basis,
            tag=tag,
            criteria=criteria,
            dossier=dossier,
            order=order * 10,
        )
        for order, (
            code,
            name,
            kind,
            level,
            subjects,
            decider,
            basis,
            tag,
            criteria,
            dossier,
        ) in enumerate(seed.AWARD_TYPES, start=1)
    )


def award(code: str) -> AwardType:
    return AwardType.objects.get(code=code)


def pdf(name: str = "ke-hoach.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def make_movement(
    tree: Any,
    *,
    title: str = "Phong trào thi đua năm 2026",
    organizer: Any = None,
    scope: Any = None,
    parent: Movement | None = None,
    start: int = 2026,
    end: int = 2026,
    launched: bool = True,
    **data: Any,
) -> Movement:
    organizer = organizer or tree.dept
    movement = services.movement_create(
        actor=None,
        data={
            "title": title,
            "kind": "regular",
            "start_year": start,
            "end_year": end,
            "organizer": organizer,
            "scope": scope or organizer,
            "parent": parent,
            **data,
        },
    )
    if launched:
        services.movement_transition(movement=movement, to="launched", actor=None, today=LAUNCH_DAY)
    return movement


def make_target(
    movement: Movement,
    *,
    organization: Any = None,
    name: str = "Giải quyết việc làm",
    value: str = "20000",
    direction: str = "at_least",
    unit: str = "lao động",
    baseline: str | None = None,
) -> Target:
    return services.target_create(
        actor=None,
        movement=movement,
        data={
            "organization": organization,
            "name": name,
            "unit": unit,
            "target_value": Decimal(value),
            "direction": direction,
            "baseline": Decimal(baseline) if baseline is not None else None,
        },
    )


def open_period(
    movement: Movement,
    *,
    opens_on: dt.date = OPEN,
    deadline: dt.date = FAR,
    year: int | None = None,
) -> RegistrationPeriod:
    return services.registration_period_open(
        actor=None,
        movement=movement,
        data={"opens_on": opens_on, "deadline": deadline, "year": year, "note": ""},
    )


def yearly_request(movement: Movement, *, day: int = 15, month: int = 12) -> ReportRequest:
    return services.report_request_create(
        actor=None,
        movement=movement,
        data={
            "title": "Báo cáo kết quả thực hiện phong trào",
            "recurrence": "yearly",
            "due_day": day,
            "due_month": month,
            "remind_days_before": 7,
            "remind_days_after": 3,
        },
    )


def once_request(movement: Movement, due: dt.date) -> ReportRequest:
    return services.report_request_create(
        actor=None,
        movement=movement,
        data={"title": "Báo cáo sơ kết", "recurrence": "once", "due_date": due},
    )
