"""Reads of the audit trail, scoped by the permission module."""

import datetime as dt
from typing import Any

from django.db import models
from django.db.models import Q, QuerySet

from thidua.audit.models import Event
from thidua.core.permissions import Cap, is_system_admin, scope_paths


def events_for_subject(subject: models.Model) -> QuerySet[Event]:
    return Event.objects.filter(
        subject_type=subject._meta.label_lower, subject_id=str(subject.pk)
    ).select_related("actor", "organization")


def event_list(
    *,
    user: Any,
    event_type: str = "",
    actor: str = "",
    organization_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    text: str = "",
) -> QuerySet[Event]:
    """Events the user may read: those scoped to units in their audit subtree (all for admins)."""
    events = Event.objects.select_related("actor", "organization")
    paths = scope_paths(user, Cap.VIEW_AUDIT)
    if paths is not None:
        # events of no unit (sign-ins, account changes) belong to the system administrators
        q = Q(organization__isnull=True) if is_system_admin(user) else Q(pk__in=[])
        for path in paths:
            q |= Q(organization__path__startswith=path)
        events = events.filter(q)
    if event_type:
        events = events.filter(event_type=event_type)
    if actor:
        events = events.filter(actor__username__icontains=actor)
    if organization_id:
        events = events.filter(organization_id=organization_id)
    if date_from:
        events = events.filter(at__date__gte=date_from)
    if date_to:
        events = events.filter(at__date__lte=date_to)
    if text:
        events = events.filter(subject_label__icontains=text)
    return events.defer("data").order_by("-at", "-id")
