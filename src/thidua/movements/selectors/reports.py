"""Reads of report requests and unit reports: the overview, the overdue list, the summary."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch
from django.http import Http404

from thidua.movements import rules
from thidua.movements.models import (
    Movement,
    MovementStatus,
    Participant,
    ReportFigure,
    ReportRequest,
    ReportStatus,
    Target,
    UnitReport,
)
from thidua.movements.selectors.access import MovementAccess, movement_access, movement_scope


def occurrences(request: ReportRequest, movement: Movement) -> list[tuple[int, dt.date]]:
    return rules.due_dates(
        recurrence=request.recurrence,
        due_date=request.due_date,
        due_day=request.due_day,
        due_month=request.due_month,
        years=movement.years(),
    )


def due_label(request: ReportRequest) -> str:
    if request.recurrence == "yearly":
        return f"trước ngày {request.due_day:02d}/{request.due_month:02d} hằng năm"
    return f"trước ngày {request.due_date:%d/%m/%Y}" if request.due_date else ""


@dataclass
class OccurrenceRow:
    organization_id: int
    name: str
    report: UnitReport | None

    @property
    def sent(self) -> bool:
        return self.report is not None and self.report.status == ReportStatus.SUBMITTED


@dataclass
class Occurrence:
    request: ReportRequest
    year: int
    due: dt.date
    rows: list[OccurrenceRow] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return sum(1 for r in self.rows if r.sent)

    def overdue(self, today: dt.date) -> list[OccurrenceRow]:
        return [r for r in self.rows if not r.sent] if self.due < today else []


def report_overview(
    *, movement: Movement, access: MovementAccess, year: int | None = None
) -> list[Occurrence]:
    """Every occurrence (request × year) of the movement with each visible unit's report."""
    units = [
        (org_id, name)
        for org_id, name in Participant.objects.filter(movement=movement)
        .values_list("organization_id", "organization__name")
        .order_by("organization__name", "organization_id")
        if access.sees_unit(org_id)
    ]
    requests = list(movement.report_requests.order_by("id"))
    reports = {
        (r.request_id, r.year, r.organization_id): r
        for r in UnitReport.objects.filter(request__movement=movement).only(
            "id", "request_id", "year", "organization_id", "status", "submitted_at"
        )
    }
    found = []
    for request in requests:
        for occ_year, due in occurrences(request, movement):
            if year and occ_year != year:
                continue
            occ = Occurrence(request, occ_year, due)
            occ.rows = [
                OccurrenceRow(org_id, name, reports.get((request.pk, occ_year, org_id)))
                for org_id, name in units
            ]
            found.append(occ)
    found.sort(key=lambda o: (o.due, o.request.pk), reverse=True)  # the latest first
    return found


@dataclass(frozen=True)
class OverdueRow:
    movement: Movement
    request: ReportRequest
    year: int
    due: dt.date
    organization_id: int
    name: str
    status: str  # "" (nothing yet), draft or returned


def overdue_list(*, user: Any, today: dt.date) -> list[OverdueRow]:
    """Due reports not sent, in the movements the user sees (only their units' unless they
    oversee the movement), oldest first."""
    movements = list(
        movement_scope(user)
        .filter(status__in=[MovementStatus.LAUNCHED, MovementStatus.CLOSED])
        .select_related("organizer", "scope")
        .prefetch_related("report_requests")
    )
    ids = [m.pk for m in movements]
    participants: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for movement_id, org_id, name, path in (
        Participant.objects.filter(movement_id__in=ids)
        .values_list("movement_id", "organization_id", "organization__name", "organization__path")
        .order_by("organization__name")
    ):
        participants[movement_id].append((org_id, name, path))
    statuses = {
        (r[0], r[1], r[2]): r[3]
        for r in UnitReport.objects.filter(request__movement_id__in=ids).values_list(
            "request_id", "year", "organization_id", "status"
        )
    }
    rows = []
    for movement in movements:
        parts = participants[movement.pk]
        access = movement_access(user, movement, [(o, p) for o, _, p in parts])
        for request in movement.report_requests.all():
            for year, due in occurrences(request, movement):
                if due >= today:
                    continue
                for org_id, name, _ in parts:
                    status = statuses.get((request.pk, year, org_id), "")
                    if status != ReportStatus.SUBMITTED and access.sees_unit(org_id):
                        rows.append(OverdueRow(movement, request, year, due, org_id, name, status))
    rows.sort(key=lambda r: (r.due, r.movement.title, r.name))
    return rows


def report_get_for_user(user: Any, pk: Any) -> tuple[UnitReport, MovementAccess]:
    """A unit report the user may see, with their rights in its movement; 404 otherwise."""
    try:
        report = UnitReport.objects.select_related(
            "request__movement__organizer", "request__movement__scope", "organization"
        ).get(pk=pk)
    except (UnitReport.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy báo cáo.") from None
    movement = report.request.movement
    if not movement_scope(user).filter(pk=movement.pk).exists():
        raise Http404("Không tìm thấy báo cáo.")
    access = movement_access(user, movement)
    if not access.sees_unit(report.organization_id):
        raise Http404("Không tìm thấy báo cáo.")
    return report, access


def report_targets(
    report_or_none: UnitReport | None, movement: Movement, org_id: int
) -> list[tuple[Target, ReportFigure | None]]:
    """The unit's targets with the figure the report gives for each (None: not filled)."""
    figures = (
        {f.target_id: f for f in report_or_none.figures.all()} if report_or_none is not None else {}
    )
    targets = Target.objects.filter(movement=movement, organization_id=org_id).order_by(
        "order", "id"
    )
    return [(t, figures.get(t.pk)) for t in targets]


@dataclass
class FigureTotal:
    """Figures of the same target name and unit of measure added up over the units."""

    name: str
    unit: str
    planned: Decimal = Decimal(0)
    reported: Decimal = Decimal(0)
    units: int = 0


@dataclass
class Summary:
    occurrence: Occurrence
    reports: list[UnitReport]
    totals: list[FigureTotal]
    missing: list[str]


def report_summary(
    *, movement: Movement, access: MovementAccess, request: ReportRequest, year: int
) -> Summary:
    """The department office's summary of one occurrence: every unit's report with its
    figures and attachments, the figures added up by target, and who has not reported."""
    occ = next(
        (
            o
            for o in report_overview(movement=movement, access=access, year=year)
            if o.request.pk == request.pk
        ),
        Occurrence(request, year, dt.date(year, 12, 31)),
    )
    reports = list(
        UnitReport.objects.filter(request=request, year=year, status=ReportStatus.SUBMITTED)
        .select_related("organization", "submitted_by")
        .prefetch_related(
            Prefetch(
                "figures",
                queryset=ReportFigure.objects.select_related("target").order_by(
                    "target__order", "id"
                ),
            ),
            "attachments",
        )
        .order_by("organization__name")
    )
    reports = [r for r in reports if access.sees_unit(r.organization_id)]
    totals: dict[tuple[str, str], FigureTotal] = {}
    for report in reports:
        for figure in report.figures.all():
            key = (figure.target.name.strip(), figure.target.unit.strip())
            total = totals.setdefault(key, FigureTotal(*key))
            total.planned += figure.target.target_value
            total.reported += figure.value
            total.units += 1
    missing = [r.name for r in occ.rows if not r.sent]
    return Summary(occ, reports, sorted(totals.values(), key=lambda t: t.name), missing)
