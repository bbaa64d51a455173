"""Recording audit events. Called by services of every app, inside their transactions."""

from typing import Any

from django.db import models
from django.utils import timezone

from thidua.audit.models import Event


def event_record(
    *,
    actor: Any,
    event_type: str,
    subject: models.Model | None = None,
    organization: Any = None,
    data: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> Event:
    """Append one event. `data` holds old/new values, notes and snapshots as JSON."""
    event = Event(
        actor=actor if getattr(actor, "pk", None) else None,
        organization=organization,
        event_type=event_type,
        subject_type=subject._meta.label_lower if subject is not None else "",
        subject_id=str(subject.pk) if subject is not None else "",
        subject_label=str(subject)[:300] if subject is not None else "",
        at=timezone.now(),
        data=data or {},
        ip_address=ip_address,
    )
    event.save()
    return event


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The fields that changed, as {"old": {...}, "new": {...}} with JSON-friendly values."""
    changed = [k for k in new if old.get(k) != new.get(k)]
    return {
        "old": {k: _jsonable(old.get(k)) for k in changed},
        "new": {k: _jsonable(new.get(k)) for k in changed},
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, models.Model):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
