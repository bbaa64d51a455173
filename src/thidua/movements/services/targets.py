"""Writing targets and their progress; keeps each target's latest value and light current."""

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.movements import rules
from thidua.movements.files import stored_file_fill
from thidua.movements.models import Movement, Participant, Progress, Target, UnitReport

FIELDS = [
    "organization",
    "order",
    "group",
    "name",
    "unit",
    "target_value",
    "direction",
    "baseline",
    "deadline",
]


def _snapshot(target: Target) -> dict[str, Any]:
    return {f: getattr(target, f) for f in FIELDS}


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: str(v) if isinstance(v, Decimal) else v for k, v in data.items()}


def _check_unit(target: Target) -> None:
    if target.organization_id is None:
        return
    if not Participant.objects.filter(
        movement_id=target.movement_id, organization_id=target.organization_id
    ).exists():
        raise ValidationError({"organization": "Đơn vị này không tham gia phong trào."})


def target_refresh(target: Target) -> None:
    """Recompute the target's latest value, achievement and light from its progress rows."""
    latest = target.progress.order_by("-on", "-id").values_list("value", "on").first()
    value, on = latest if latest else (None, None)
    result = rules.achievement(
        direction=target.direction,
        target=target.target_value,
        value=value,
        baseline=target.baseline,
        unit=target.unit,
    )
    target.latest_value, target.latest_on = value, on
    target.achievement_pct, target.light = result.percent, result.light
    target.save(update_fields=["latest_value", "latest_on", "achievement_pct", "light"])


@transaction.atomic
def target_create(*, actor: Any, movement: Movement, data: dict[str, Any]) -> Target:
    target = Target(movement=movement, **{f: data[f] for f in FIELDS if f in data})
    if not data.get("order"):
        target.order = movement.targets.filter(organization=target.organization).count() + 1
    target.full_clean()
    _check_unit(target)
    target.save()
    event_record(
        actor=actor,
        event_type=EventType.TARGET_CREATED,
        subject=target,
        organization=target.organization or movement.organizer,
        data={"movement": movement.pk, "new": _jsonable(diff({}, _snapshot(target))["new"])},
    )
    return target


@transaction.atomic
def target_update(*, actor: Any, target: Target, data: dict[str, Any]) -> Target:
    old, old_org = _snapshot(target), target.organization_id
    for field in FIELDS:
        if field in data:
            setattr(target, field, data[field])
    target.full_clean()
    _check_unit(target)
    if target.organization_id != old_org and target.progress.exists():
        raise ValidationError(
            {"organization": "Chỉ tiêu đã có số liệu thực hiện; không chuyển sang đơn vị khác."}
        )
    target.save()
    target_refresh(target)
    changes = diff(old, _snapshot(target))
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.TARGET_UPDATED,
            subject=target,
            organization=target.organization or target.movement.organizer,
            data={k: _jsonable(v) for k, v in changes.items()},
        )
    return target


@transaction.atomic
def target_delete(*, actor: Any, target: Target) -> None:
    """Delete a target that has no progress yet (progress is history and is kept)."""
    if target.progress.exists():
        raise ValidationError("Chỉ tiêu đã có số liệu thực hiện nên không xóa được.")
    event_record(
        actor=actor,
        event_type=EventType.TARGET_DELETED,
        subject=target,
        organization=target.organization or target.movement.organizer,
        data={"movement": target.movement_id, "old": _jsonable(diff({}, _snapshot(target))["new"])},
    )
    target.delete()


@transaction.atomic
def progress_record(
    *,
    actor: Any,
    target: Target,
    value: Decimal,
    on: dt.date,
    note: str = "",
    evidence: Any = None,
    report: UnitReport | None = None,
) -> Progress:
    """Record a value of the target on a day (with optional evidence) and update its light."""
    locked = Target.objects.select_for_update().get(pk=target.pk)
    progress = Progress(
        target=locked,
        value=value,
        on=on,
        note=note,
        report=report,
        recorded_by=actor if getattr(actor, "pk", None) else None,
        recorded_at=timezone.now(),
    )
    if evidence is not None:
        stored_file_fill(progress, evidence, field="evidence", actor=actor)
    progress.full_clean()
    progress.save()
    target_refresh(locked)
    event_record(
        actor=actor,
        event_type=EventType.PROGRESS_RECORDED,
        subject=locked,
        organization=target.organization if target.organization_id else target.movement.organizer,
        data={
            "value": str(value),
            "on": on.isoformat(),
            "note": note,
            "light": locked.light,
            "evidence": progress.original_name,
            "sha256": progress.sha256,
            "report": report.pk if report else None,
        },
    )
    target.latest_value, target.latest_on = locked.latest_value, locked.latest_on
    target.achievement_pct, target.light = locked.achievement_pct, locked.light
    return progress
