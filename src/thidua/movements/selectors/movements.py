"""Reads of movements: the list, a movement's page, and the cascade tree."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from thidua.core.permissions import Cap, org_scope
from thidua.core.text import fold
from thidua.documents.selectors import documents_for_subject
from thidua.movements import rules
from thidua.movements.models import (
    Criterion,
    Movement,
    MovementStatus,
    NamedMovement,
    Participant,
    Registration,
    ReportRequest,
    ReportStatus,
    SubjectKind,
    UnitReport,
)
from thidua.movements.selectors.access import MovementAccess, movement_scope
from thidua.organizations.models import Organization

LIST_FIELDS = (
    "id",
    "title",
    "kind",
    "start_year",
    "end_year",
    "status",
    "launched_on",
    "organizer__id",
    "organizer__name",
    "organizer__short_name",
    "parent__id",
    "parent__title",
)


def movement_list(
    *, user: Any, query: str = "", year: int | None = None, status: str = ""
) -> QuerySet[Movement]:
    """Movements the user sees, newest period first, joined for the list page."""
    movements = movement_scope(user).select_related("organizer", "parent")
    if query:
        for word in query.split():
            movements = movements.filter(title__icontains=word)
    if year:
        movements = movements.filter(start_year__lte=year, end_year__gte=year)
    if status in MovementStatus.values:
        movements = movements.filter(status=status)
    return movements.only(*LIST_FIELDS).order_by("-start_year", "-end_year", "title", "id")


def movement_parent_choices(*, user: Any, exclude: Movement | None = None) -> QuerySet[Movement]:
    """Movements a new one may implement: launched (or later) ones the user sees."""
    movements = movement_scope(user).exclude(status=MovementStatus.DRAFT)
    if exclude is not None:
        movements = movements.exclude(pk=exclude.pk).exclude(parent=exclude)
    return movements.select_related("organizer").only(
        "id", "title", "start_year", "end_year", "organizer__name"
    )


def named_movement_suggestions(query: str, limit: int = 8) -> list[NamedMovement]:
    """Catalogue names containing every word typed (ignoring case and diacritics)."""
    words = fold(query).split()
    if not words:
        return []
    names = NamedMovement.objects.all()
    for word in words:
        names = names.filter(name_folded__contains=word)
    return list(names.order_by("name_folded")[:limit])


@dataclass
class MovementPage:
    """What the movement's overview shows, read in a fixed number of queries."""

    content_items: list[Any]
    criteria: list[tuple[str, list[Criterion]]]
    award_forms: list[Any]
    named_movements: list[Any]
    documents: list[Any]
    children: list[Movement]
    participant_count: int
    parent_visible: bool
    generated: list[Any]  # official documents made from the movement (documents app)


def movement_page(*, user: Any, movement: Movement) -> MovementPage:
    grouped: dict[str, list[Criterion]] = defaultdict(list)
    for criterion in movement.criteria.order_by("order", "id"):
        grouped[criterion.subject_kind].append(criterion)
    labels = dict(SubjectKind.choices)
    visible = movement_scope(user)
    return MovementPage(
        content_items=list(movement.content_items.order_by("order", "id")),
        criteria=[(str(labels.get(k, k)), v) for k, v in grouped.items()],
        award_forms=list(movement.award_forms.order_by("order", "code")),
        named_movements=list(movement.named_movements.order_by("name_folded")),
        documents=list(
            movement.documents.select_related("uploaded_by").order_by("issued_on", "id")
        ),
        children=list(
            visible.filter(parent=movement).select_related("organizer").order_by("organizer__name")
        ),
        participant_count=movement.participants.count(),
        parent_visible=visible.filter(pk=movement.parent_id or 0).exists(),
        generated=list(documents_for_subject(user=user, subject=movement)[:10]),
    )


def participant_candidates(
    *, user: Any, movement: Movement, defaults: list[Organization]
) -> QuerySet[Organization]:
    """Units the officer may pick as participants: the scope's units on the reference day,
    those already chosen, and any other active unit they can see under the scope's parent."""
    chosen = movement.participants.values_list("organization_id", flat=True)
    near = org_scope(user, Cap.VIEW).filter(valid_to__isnull=True)
    if movement.scope.parent_id:
        near = near.filter(parent_id__in=[movement.scope.pk, movement.scope.parent_id])
    else:
        near = near.filter(parent=movement.scope)
    return (
        Organization.objects.filter(
            Q(pk__in=[o.pk for o in defaults]) | Q(pk__in=chosen) | Q(pk__in=near.values("pk"))
        )
        .exclude(pk=movement.scope_id)
        .order_by("name")
    )


# --- the cascade ---------------------------------------------------------------------------


@dataclass
class CascadeNode:
    """A participant of `movement` and how it responded: its own movement and its reports."""

    organization_id: int
    name: str
    kind: str
    movement_id: int  # the movement the unit takes part in
    own_movement: Movement | None = None  # the movement the unit launched under it
    registration: str = ""  # status of its registration ("" none)
    reports_sent: int = 0
    reports_due: int = 0
    children: list["CascadeNode"] = field(default_factory=list)

    @property
    def reports_missing(self) -> int:
        return max(self.reports_due - self.reports_sent, 0)


def _descendants(movement: Movement) -> list[Movement]:
    """The movement and every movement below it, one query per level."""
    found = [movement]
    frontier = [movement.pk]
    while frontier:
        level = list(
            Movement.objects.filter(parent_id__in=frontier)
            .select_related("organizer")
            .only("id", "title", "status", "parent_id", "organizer_id", "organizer__name")
        )
        found += level
        frontier = [m.pk for m in level]
    return found


def _due_counts(movement_ids: list[int], today: dt.date) -> dict[int, int]:
    """How many report occurrences of each movement are due by `today`."""
    counts: dict[int, int] = defaultdict(int)
    for request in ReportRequest.objects.filter(movement_id__in=movement_ids).select_related(
        "movement"
    ):
        occurrences = rules.due_dates(
            recurrence=request.recurrence,
            due_date=request.due_date,
            due_day=request.due_day,
            due_month=request.due_month,
            years=request.movement.years(),
        )
        counts[request.movement_id] += sum(1 for _, due in occurrences if due <= today)
    return counts


def cascade_tree(
    *, movement: Movement, access: MovementAccess, today: dt.date
) -> list[CascadeNode]:
    """Each participant of the movement with the plan it launched in response, whether it
    registered and how many due reports it sent; under a unit that launched its own plan,
    that plan's participants, and so on down the cascade."""
    movements = _descendants(movement)
    ids = [m.pk for m in movements]
    # a unit's draft is its own business: only launched plans count as a response
    launched_by = {
        (m.parent_id, m.organizer_id): m for m in movements[1:] if m.status != MovementStatus.DRAFT
    }
    participants: dict[int, list[Any]] = defaultdict(list)
    for p in (
        Participant.objects.filter(movement_id__in=ids)
        .values_list("movement_id", "organization_id", "organization__name", "organization__kind")
        .order_by("organization__name")
    ):
        participants[p[0]].append(p)
    registrations = {
        (movement_id, org_id): status
        for movement_id, org_id, status in Registration.objects.filter(
            period__movement_id__in=ids, person__isnull=True
        )
        .order_by("period__year", "id")
        .values_list("period__movement_id", "organization_id", "status")
    }
    sent = {
        (row[0], row[1]): row[2]
        for row in UnitReport.objects.filter(
            request__movement_id__in=ids, status=ReportStatus.SUBMITTED
        )
        .values_list("request__movement_id", "organization_id")
        .annotate(n=Count("id"))
    }
    due = _due_counts(ids, today)

    def build(movement_id: int, top: bool) -> list[CascadeNode]:
        nodes = []
        for _, org_id, name, kind in participants.get(movement_id, []):
            if top and not access.sees_unit(org_id):
                continue
            node = CascadeNode(
                organization_id=org_id,
                name=name,
                kind=kind,
                movement_id=movement_id,
                own_movement=launched_by.get((movement_id, org_id)),
                registration=registrations.get((movement_id, org_id), ""),
                reports_sent=sent.get((movement_id, org_id), 0),
                reports_due=due.get(movement_id, 0),
            )
            if node.own_movement is not None:
                node.children = build(node.own_movement.pk, False)
            nodes.append(node)
        return nodes

    return build(movement.pk, True)
