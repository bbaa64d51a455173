"""Recording audit events. Called by services of every app, inside their transactions."""

from collections.abc import Sequence
from typing import Any

from django.db import models
from django.utils import timezone

from thidua.audit.models import Event


def event_record(
    *,
    actor: Any,
    event_type: str,
    subject: Any = None,
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


def event_record_bulk(
    *, actor: Any, event_type: str, entries: Sequence[tuple[models.Model, Any, dict[str, Any]]]
) -> int:
    """Append one event per (subject, organisation or its id, data) in a few INSERTs.

    For bulk services (the Excel import of tens of thousands of people), where one INSERT
    per event would dominate the run time. Same rows as `event_record`, one timestamp.
    """
    at = timezone.now()
    actor = actor if getattr(actor, "pk", None) else None
    events = [
        Event(
            actor=actor,
            organization_id=getattr(organization, "pk", organization),
            event_type=event_type,
            subject_type=subject._meta.label_lower,
            subject_id=str(subject.pk),
            subject_label=str(subject)[:300],
            at=at,
            data=data,
        )
        for subject, organization, data in entries
    ]
    Event.objects.bulk_create(events, batch_size=1000)
    return len(events)
