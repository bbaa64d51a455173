"""Writing a council and its members. Audited; members are removed, never deleted."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.councils.models import Council, CouncilMember
from thidua.councils.selectors.access import require_run
from thidua.organizations.models import Organization

MEMBER_FIELDS = ("position", "role", "votes", "term_start", "term_end", "order")


@transaction.atomic
def council_create(
    *, actor: Any, organization: Organization, name: str, established_by: str = ""
) -> Council:
    """A council of `organization`; the actor must hold RUN_COUNCIL over it."""
    council = Council(
        organization=organization,
        name=name.strip(),
        established_by=established_by.strip(),
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    require_run(actor, council)
    council.full_clean()
    council.save()
    event_record(
        actor=actor,
        event_type=EventType.COUNCIL_CHANGED,
        subject=council,
        organization=organization,
        data={"created": True, "name": council.name, "established_by": council.established_by},
    )
    return council


@transaction.atomic
def council_update(*, actor: Any, council: Council, name: str, established_by: str) -> Council:
    require_run(actor, council)
    old = {"name": council.name, "established_by": council.established_by}
    council.name, council.established_by = name.strip(), established_by.strip()
    council.full_clean()
    council.save(update_fields=["name", "established_by"])
    event_record(
        actor=actor,
        event_type=EventType.COUNCIL_CHANGED,
        subject=council,
        organization=council.organization,
        data=diff(old, {"name": council.name, "established_by": council.established_by}),
    )
    return council


def _member_data(member: CouncilMember) -> dict[str, Any]:
    return {field: getattr(member, field) for field in MEMBER_FIELDS}


@transaction.atomic
def member_add(
    *,
    actor: Any,
    council: Council,
    user: Any,
    position: str,
    role: str,
    votes: bool,
    term_start: dt.date,
    term_end: dt.date | None = None,
    order: int = 0,
) -> CouncilMember:
    """Seat `user` on the council for a term (once at a time)."""
    require_run(actor, council)
    if council.members.filter(user=user, removed_at__isnull=True).exists():
        raise ValidationError({"user": "Người này đã là thành viên của Hội đồng."})
    member = CouncilMember(
        council=council,
        user=user,
        position=position.strip(),
        role=role,
        votes=votes,
        term_start=term_start,
        term_end=term_end,
        order=order,
    )
    _check_term(member)
    member.full_clean()
    member.save()
    _member_event(actor, member, {"added": True, **diff({}, _member_data(member))})
    return member


def _check_term(member: CouncilMember) -> None:
    if member.term_end is not None and member.term_end < member.term_start:
        raise ValidationError({"term_end": "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu."})


def _member_event(actor: Any, member: CouncilMember, data: dict[str, Any]) -> None:
    event_record(
        actor=actor,
        event_type=EventType.COUNCIL_MEMBER_CHANGED,
        subject=member.council,
        organization=member.council.organization,
        data={"member": member.pk, "user": member.user_id, "name": member.name, **data},
    )


@transaction.atomic
def member_update(*, actor: Any, member: CouncilMember, **fields: Any) -> CouncilMember:
    """Change a member's position, role, voting right, term or order."""
    require_run(actor, member.council)
    if member.removed_at is not None:
        raise ValidationError("Thành viên này đã thôi tham gia Hội đồng.")
    old = _member_data(member)
    for field in MEMBER_FIELDS:
        if field in fields:
            setattr(member, field, fields[field])
    member.position = member.position.strip()
    _check_term(member)
    member.full_clean()
    member.save(update_fields=list(MEMBER_FIELDS))
    _member_event(actor, member, diff(old, _member_data(member)))
    return member


@transaction.atomic
def member_remove(*, actor: Any, member: CouncilMember) -> CouncilMember:
    """Soft removal: the seat stays for past meetings, minutes and ballots."""
    require_run(actor, member.council)
    if member.removed_at is not None:
        raise ValidationError("Thành viên này đã thôi tham gia Hội đồng.")
    member.removed_at = timezone.now()
    member.removed_by = actor if getattr(actor, "pk", None) else None
    member.save(update_fields=["removed_at", "removed_by"])
    _member_event(actor, member, {"removed": True})
    return member
