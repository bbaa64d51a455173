"""Reads of targets and progress: lists, the dashboards and their chart data."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from thidua.movements import rules
from thidua.movements.models import (
    Light,
    Movement,
    Participant,
    Progress,
    Registration,
    ReportStatus,
    Target,
    UnitReport,
)
from thidua.movements.selectors.access import (
    MovementAccess,
    movement_access,
    movement_scope,
)
from thidua.organizations.models import Organization

LIGHTS: list[str] = [Light.GREEN, Light.AMBER, Light.RED, Light.NONE]


def target_achievement(target: Target) -> rules.Achievement:
    return rules.achievement(
        direction=target.direction,
        target=target.target_value,
        value=target.latest_value,
        baseline=target.baseline,
        unit=target.unit,
    )


def targets_visible(*, movement: Movement, access: MovementAccess) -> QuerySet[Target]:
    """The movement's own targets and those of the units the user sees."""
    targets = movement.targets.select_related("organization")
    if not access.oversee:
        targets = targets.filter(
            Q(organization__isnull=True) | Q(organization_id__in=access.view_units)
        )
    return targets.order_by("organization__name", "organization_id", "order", "id")


def target_get_for_user(user: Any, pk: Any) -> tuple[Target, MovementAccess]:
    """A target the user may see, with their rights in its movement; 404 otherwise."""
    try:
        target = Target.objects.select_related(
            "movement__organizer", "movement__scope", "organization"
        ).get(pk=pk)
    except (Target.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy chỉ tiêu.") from None
    if not movement_scope(user).filter(pk=target.movement_id).exists():
        raise Http404("Không tìm thấy chỉ tiêu.")
    access = movement_access(user, target.movement)
    if target.organization_id is not None and not access.sees_unit(target.organization_id):
        raise Http404("Không tìm thấy chỉ tiêu.")
    if not access.oversee and not access.view_units:
        raise Http404("Không tìm thấy chỉ tiêu.")
    return target, access


def can_record(access: MovementAccess, target: Target) -> bool:
    """The officer records progress on any target; a unit on its own targets."""
    return access.manage or (
        target.organization_id is not None and target.organization_id in access.report_units
    )


def progress_history(target: Target) -> QuerySet[Progress]:
    return target.progress.select_related("recorded_by").order_by("-on", "-id")


# --- dashboards ---------------------------------------------------------------------------


def _zero() -> dict[str, int]:
    return dict.fromkeys(LIGHTS, 0)


@dataclass
class UnitRow:
    organization_id: int
    name: str
    counts: dict[str, int] = field(default_factory=lambda: _zero())
    registration: str = ""
    reports_sent: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def light(self) -> str:
        """The unit's overall light: red if any target is red, else amber, else green."""
        for light in (Light.RED, Light.AMBER, Light.GREEN):
            if self.counts[light]:
                return light
        return Light.NONE

    @property
    def light_label(self) -> str:
        return str(Light(self.light).label)


@dataclass
class MovementDashboard:
    totals: dict[str, int]
    rows: list[UnitRow]
    movement_targets: list[tuple[Target, rules.Achievement]]


def movement_dashboard(*, movement: Movement, access: MovementAccess) -> MovementDashboard:
    """Lights of the movement's targets per unit (one GROUP BY over the kept lights), each
    unit's registration and report status, and the movement's own targets explained."""
    targets = Target.objects.filter(movement=movement, organization__isnull=False)
    if not access.oversee:
        targets = targets.filter(organization_id__in=access.view_units)
    per_unit = targets.values("organization_id").annotate(
        **{light: Count("id", filter=Q(light=light)) for light in LIGHTS}
    )
    counts: dict[int, dict[str, Any]] = {row["organization_id"]: dict(row) for row in per_unit}
    rows = []
    for org_id, name in (
        Participant.objects.filter(movement=movement)
        .values_list("organization_id", "organization__name")
        .order_by("organization__name", "organization_id")
    ):
        if not access.sees_unit(org_id):
            continue
        found = counts.get(org_id, {})
        rows.append(UnitRow(org_id, name, {light: int(found.get(light, 0)) for light in LIGHTS}))
    _add_statuses(movement, rows)
    own = list(movement.targets.filter(organization__isnull=True).order_by("order", "id"))
    totals = _zero()
    for row in rows:
        for light in LIGHTS:
            totals[light] += row.counts[light]
    for target in own:
        totals[target.light] += 1
    return MovementDashboard(totals, rows, [(t, target_achievement(t)) for t in own])


def _add_statuses(movement: Movement, rows: list[UnitRow]) -> None:
    registrations = dict(
        Registration.objects.filter(period__movement=movement, person__isnull=True)
        .order_by("period__year", "id")
        .values_list("organization_id", "status")
    )
    sent = dict(
        UnitReport.objects.filter(request__movement=movement, status=ReportStatus.SUBMITTED)
        .values_list("organization_id")
        .annotate(n=Count("id"))
        .values_list("organization_id", "n")
    )
    for row in rows:
        row.registration = registrations.get(row.organization_id, "")
        row.reports_sent = sent.get(row.organization_id, 0)


def dashboard_chart(rows: list[UnitRow]) -> dict[str, Any]:
    """Chart.js data: a stacked bar of target lights per unit (the rows of the page)."""
    return {
        "labels": [r.name for r in rows],
        "series": {light: [r.counts[light] for r in rows] for light in LIGHTS},
        "names": {light: str(label) for light, label in Light.choices},
    }


@dataclass
class UnitDashboard:
    organization: Organization
    targets: list[tuple[Target, rules.Achievement]]
    totals: dict[str, int]


def unit_dashboard(*, movement: Movement, organization: Organization) -> UnitDashboard:
    targets = list(
        Target.objects.filter(movement=movement, organization=organization).order_by("order", "id")
    )
    totals = _zero()
    for target in targets:
        totals[target.light] += 1
    return UnitDashboard(organization, [(t, target_achievement(t)) for t in targets], totals)


def unit_chart(dashboard: UnitDashboard) -> dict[str, Any]:
    """Chart.js data: % of plan of each target of the unit, coloured by its light."""
    return {
        "labels": [t.name[:60] for t, _ in dashboard.targets],
        "percent": [
            float(a.percent) if a.percent is not None else None for _, a in dashboard.targets
        ],
        "lights": [a.light for _, a in dashboard.targets],
    }


def progress_rows(*, movement: Movement, access: MovementAccess) -> QuerySet[Progress]:
    """Every progress row of the targets the user sees (for the Excel export)."""
    rows = Progress.objects.filter(target__movement=movement).select_related(
        "target__organization", "recorded_by"
    )
    if not access.oversee:
        rows = rows.filter(
            Q(target__organization__isnull=True) | Q(target__organization_id__in=access.view_units)
        )
    return rows.order_by("target__organization__name", "target__order", "target_id", "on", "id")


def deadline_passed(target: Target, today: dt.date) -> bool:
    return target.deadline is not None and target.deadline < today and target.light != Light.GREEN
