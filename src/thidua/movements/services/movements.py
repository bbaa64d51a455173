"""Writing movements: create, edit, content and criteria, participants, documents, status."""

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.core.permissions import Cap, scope_paths
from thidua.core.text import fold, normalize_name
from thidua.movements import rules
from thidua.movements.files import stored_file_fill
from thidua.movements.models import (
    ContentItem,
    Criterion,
    LegalDocument,
    Movement,
    MovementStatus,
    NamedMovement,
    Participant,
    Registration,
    Target,
    UnitReport,
)
from thidua.movements.selectors.access import covered
from thidua.movements.workflow import MOVEMENT_TRANSITIONS, transition_for
from thidua.organizations.models import Organization, OrganizationVersion
from thidua.rules.models import AwardType

FIELDS = [
    "title",
    "theme",
    "slogan",
    "kind",
    "start_year",
    "end_year",
    "organizer",
    "scope",
    "parent",
    "purpose",
    "requirements",
]
# Organiser and scope decide who competes; they are fixed once the movement is launched.
FIXED_AFTER_LAUNCH = {"organizer", "scope"}


def named_movements_resolve(*, names: list[str]) -> list[NamedMovement]:
    """The catalogue entries for `names`, adding the names typed for the first time."""
    found: dict[str, NamedMovement] = {}
    for raw in names:
        name = normalize_name(raw).strip(" \"'“”«»")[:300]
        key = fold(name)
        if key and key not in found:
            found[key], _ = NamedMovement.objects.get_or_create(
                name_folded=key, defaults={"name": name}
            )
    return list(found.values())


def _snapshot(movement: Movement) -> dict[str, Any]:
    data = {f: getattr(movement, f) for f in FIELDS}
    data["named_movements"] = sorted(n.name for n in movement.named_movements.all())
    data["award_forms"] = sorted(a.code for a in movement.award_forms.all())
    return data


def _check_orgs(movement: Movement) -> None:
    if not movement.scope.path.startswith(movement.organizer.path):
        raise ValidationError(
            {"scope": "Phạm vi thi đua phải là đơn vị phát động hoặc một đơn vị trực thuộc."}
        )
    if movement.pk is None or movement.parent_id is None:
        return
    seen: set[int] = set()
    current: int | None = movement.parent_id
    while current is not None and current not in seen:  # no movement may sit under itself
        if current == movement.pk:
            raise ValidationError({"parent": "Phong trào cấp trên không hợp lệ."})
        seen.add(current)
        current = Movement.objects.filter(pk=current).values_list("parent_id", flat=True).first()


@transaction.atomic
def movement_create(
    *,
    actor: Any,
    data: dict[str, Any],
    named: list[str] | None = None,
    award_forms: list[AwardType] | None = None,
) -> Movement:
    """A new movement in draft. The organiser must be in the actor's MANAGE_MOVEMENTS scope."""
    movement = Movement(**{f: data[f] for f in FIELDS if f in data})
    movement.created_by = actor if getattr(actor, "pk", None) else None
    movement.full_clean()
    _check_orgs(movement)
    if actor is not None and not covered(
        movement.organizer.path, scope_paths(actor, Cap.MANAGE_MOVEMENTS)
    ):
        raise PermissionDenied("Bạn không có quyền phát động phong trào cho đơn vị này.")
    movement.save()
    movement.named_movements.set(named_movements_resolve(names=named or []))
    movement.award_forms.set(award_forms or [])
    event_record(
        actor=actor,
        event_type=EventType.MOVEMENT_CREATED,
        subject=movement,
        organization=movement.organizer,
        data={"new": diff({}, _snapshot(movement))["new"]},
    )
    return movement


@transaction.atomic
def movement_update(
    *,
    actor: Any,
    movement: Movement,
    data: dict[str, Any],
    named: list[str] | None = None,
    award_forms: list[AwardType] | None = None,
) -> Movement:
    old = _snapshot(movement)
    for field in FIELDS:
        if field not in data:
            continue
        if field in FIXED_AFTER_LAUNCH and movement.status != MovementStatus.DRAFT:
            if data[field] != getattr(movement, field):
                raise ValidationError(
                    {field: "Không đổi được đơn vị phát động, phạm vi sau khi đã phát động."}
                )
            continue
        setattr(movement, field, data[field])
    movement.full_clean()
    _check_orgs(movement)
    movement.save()
    if named is not None:
        movement.named_movements.set(named_movements_resolve(names=named))
    if award_forms is not None:
        movement.award_forms.set(award_forms)
    changes = diff(old, _snapshot(movement))
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.MOVEMENT_UPDATED,
            subject=movement,
            organization=movement.organizer,
            data=changes,
        )
    return movement


@transaction.atomic
def movement_content_save(
    *,
    actor: Any,
    movement: Movement,
    items: list[dict[str, Any]],
    criteria: list[dict[str, Any]],
) -> None:
    """Replace the content items and criteria with the ordered lists given."""
    ContentItem.objects.filter(movement=movement).delete()
    Criterion.objects.filter(movement=movement).delete()
    ContentItem.objects.bulk_create(
        ContentItem(movement=movement, order=i, heading=d.get("heading", ""), body=d["body"])
        for i, d in enumerate(items, start=1)
    )
    Criterion.objects.bulk_create(
        Criterion(movement=movement, order=i, subject_kind=d["subject_kind"], text=d["text"])
        for i, d in enumerate(criteria, start=1)
    )
    event_record(
        actor=actor,
        event_type=EventType.MOVEMENT_UPDATED,
        subject=movement,
        organization=movement.organizer,
        data={
            "content_items": [d.get("heading") or d["body"][:80] for d in items],
            "criteria": [f"{d['subject_kind']}: {d['text'][:80]}" for d in criteria],
        },
    )


def default_participants(*, movement: Movement, day: dt.date) -> list[Organization]:
    """The units directly under the scope on `day` (names and parents of that date); a unit
    without sub-units (a division's own plan) competes itself, through its staff."""
    versions = (
        OrganizationVersion.objects.filter(parent=movement.scope, valid_from__lte=day)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gt=day))
        .select_related("organization")
        .order_by("organization__path")
    )
    units = [v.organization for v in versions if v.organization.is_active_on(day)]
    if not units and movement.scope.is_active_on(day):
        units = [movement.scope]
    return units


def _in_use(movement: Movement, org_ids: set[int]) -> set[int]:
    """Units among `org_ids` that already have registrations, targets or reports."""
    used = set(
        Registration.objects.filter(
            period__movement=movement, organization_id__in=org_ids
        ).values_list("organization_id", flat=True)
    )
    used |= set(
        Target.objects.filter(movement=movement, organization_id__in=org_ids).values_list(
            "organization_id", flat=True
        )
    )
    used |= set(
        UnitReport.objects.filter(
            request__movement=movement, organization_id__in=org_ids
        ).values_list("organization_id", flat=True)
    )
    return used


@transaction.atomic
def movement_participants_set(
    *, actor: Any, movement: Movement, organizations: list[Organization]
) -> None:
    """Set the units that compete. A unit that has registered, reported or been given
    targets stays: its records would lose their place in the movement."""
    current = set(movement.participants.values_list("organization_id", flat=True))
    wanted = {o.pk for o in organizations}
    removed, added = current - wanted, wanted - current
    blocked = _in_use(movement, removed)
    if blocked:
        names = ", ".join(
            Organization.objects.filter(pk__in=blocked)
            .order_by("name")
            .values_list("name", flat=True)
        )
        raise ValidationError(
            f"Không bỏ được đơn vị đã có đăng ký, chỉ tiêu hoặc báo cáo: {names}."
        )
    Participant.objects.filter(movement=movement, organization_id__in=removed).delete()
    Participant.objects.bulk_create(
        Participant(movement=movement, organization_id=org_id) for org_id in sorted(added)
    )
    if removed or added:
        event_record(
            actor=actor,
            event_type=EventType.MOVEMENT_PARTICIPANTS_CHANGED,
            subject=movement,
            organization=movement.organizer,
            data={"added": sorted(added), "removed": sorted(removed)},
        )


def _launch_facts(movement: Movement, participant_count: int) -> rules.LaunchFacts:
    return rules.LaunchFacts(
        title=movement.title,
        start_year=movement.start_year,
        end_year=movement.end_year,
        parent_status=movement.parent.status if movement.parent else None,
        participant_count=participant_count,
    )


@transaction.atomic
def movement_transition(
    *, movement: Movement, to: str, actor: Any, note: str = "", today: dt.date | None = None
) -> Movement:
    """Move the movement along MOVEMENT_TRANSITIONS, re-reading its row under a lock.

    Launching fixes the participants (the scope's direct units on the launch day, unless
    the officer chose them already) and the launch day; every move is audited.
    """
    locked = (
        Movement.objects.select_for_update(of=("self",))  # lock this row only (PostgreSQL)
        .select_related("organizer", "scope", "parent")
        .get(pk=movement.pk)
    )
    row = transition_for(MOVEMENT_TRANSITIONS, locked.status, to)
    if actor is not None and not covered(
        locked.organizer.path, scope_paths(actor, Cap.MANAGE_MOVEMENTS)
    ):
        raise PermissionDenied("Bạn không có quyền quản lý phong trào này.")
    if row.needs_note and not note.strip():
        raise ValidationError("Hãy ghi lý do.")
    today = today or timezone.localdate()
    fields = ["status", "updated_at"]
    if row.guard == "launch":
        day = locked.launched_on or today
        count = locked.participants.count()
        defaults = [] if count else default_participants(movement=locked, day=day)
        errors = rules.check_launch(_launch_facts(locked, count or len(defaults)))
        if errors:
            raise ValidationError(errors)
        Participant.objects.bulk_create(
            Participant(movement=locked, organization=o) for o in defaults
        )
        locked.launched_on = day
        fields.append("launched_on")
    old = locked.status
    locked.status = to
    locked.save(update_fields=fields)
    event_record(
        actor=actor,
        event_type=row.event,
        subject=locked,
        organization=locked.organizer,
        data={"old": old, "new": to, "note": note},
    )
    movement.status, movement.launched_on = locked.status, locked.launched_on
    return locked


@transaction.atomic
def legal_document_add(
    *, actor: Any, movement: Movement, data: dict[str, Any], upload: Any = None
) -> LegalDocument:
    document = LegalDocument(movement=movement, **data)
    if upload is not None:
        stored_file_fill(document, upload, field="file", actor=actor)
    document.full_clean()
    document.save()
    event_record(
        actor=actor,
        event_type=EventType.MOVEMENT_DOCUMENT_ADDED,
        subject=movement,
        organization=movement.organizer,
        data={
            "document": str(document),
            "issued_on": document.issued_on.isoformat() if document.issued_on else None,
            "issuer": document.issuer,
            "file": document.original_name,
            "sha256": document.sha256,
        },
    )
    return document


@transaction.atomic
def legal_document_remove(*, actor: Any, document: LegalDocument) -> None:
    """Detach a document; the event keeps what it was and the hash of its file."""
    movement = document.movement
    event_record(
        actor=actor,
        event_type=EventType.MOVEMENT_DOCUMENT_REMOVED,
        subject=movement,
        organization=movement.organizer,
        data={"document": str(document), "file": document.original_name, "sha256": document.sha256},
    )
    document.delete()
