"""Opening, changing and closing review rounds (đợt xét khen thưởng). Audited.

Only whoever holds APPRAISE over the organiser (the department's emulation office) runs a
round; opening one tells the units below that prepare dossiers (NOMINATE).
"""

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from thidua.accounts.models import RoleAssignment, User
from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.core.formats import format_date
from thidua.core.permissions import ROLE_CAPS, Cap, has_cap_over
from thidua.movements.services.notify import notify
from thidua.nominations.models import ReviewRound, RoundStatus
from thidua.organizations.models import Organization

ROUND_FIELDS = (
    "kind",
    "year",
    "title",
    "movement",
    "note",
    "submission_deadline",
    "appraisal_deadline",
    "council_deadline",
    "decision_deadline",
)
# Each step's deadline comes after the one before it (when both are set).
_ORDER = (
    ("submission_deadline", "hạn gửi hồ sơ"),
    ("appraisal_deadline", "hạn thẩm định"),
    ("council_deadline", "hạn họp Hội đồng"),
    ("decision_deadline", "hạn ban hành quyết định"),
)


def deadline_errors(data: dict[str, Any]) -> dict[str, str]:
    """Deadlines out of order, by field: a step cannot end before the one it follows."""
    errors: dict[str, str] = {}
    last: tuple[dt.date, str] | None = None
    for name, label in _ORDER:
        day = data.get(name)
        if day is None:
            continue
        if last is not None and day < last[0]:
            errors[name] = f"Không được trước {last[1]} ({format_date(last[0])})."
        last = (day, label)
    return errors


def _require_manager(actor: Any, organizer: Organization) -> None:
    if actor is not None and not has_cap_over(actor, Cap.APPRAISE, organizer.path):
        raise PermissionDenied("Bạn không có quyền tổ chức đợt xét khen thưởng cho đơn vị này.")


def _check(the_round: ReviewRound) -> None:
    errors = deadline_errors({name: getattr(the_round, name) for name, _ in _ORDER})
    if errors:
        raise ValidationError(errors)
    the_round.full_clean()


def nominating_users(organizer: Organization) -> list[User]:
    """Active users preparing dossiers (NOMINATE) on a unit strictly below the organiser."""
    grants = (
        RoleAssignment.objects.filter(
            role__in=ROLE_CAPS[Cap.NOMINATE],
            organization__path__startswith=organizer.path,
            user__is_active=True,
        )
        .exclude(organization=organizer)
        .select_related("user")
        .order_by("user_id")
    )
    users: dict[int, User] = {}
    for grant in grants:
        users.setdefault(grant.user_id, grant.user)
    return list(users.values())


@transaction.atomic
def round_open(*, actor: Any, organizer: Organization, data: dict[str, Any]) -> ReviewRound:
    """Open a round for the units below `organizer` and tell them."""
    _require_manager(actor, organizer)
    the_round = ReviewRound(
        organizer=organizer,
        created_by=actor if getattr(actor, "pk", None) else None,
        status=RoundStatus.OPEN,
        **{k: data.get(k) for k in ROUND_FIELDS if k in data},
    )
    _check(the_round)
    the_round.save()
    event_record(
        actor=actor,
        event_type=EventType.ROUND_OPENED,
        subject=the_round,
        organization=organizer,
        data={"year": the_round.year, "kind": the_round.kind, "title": the_round.title},
    )
    notify(
        users=nominating_users(organizer),
        text=(
            f"{organizer.name} mở đợt xét khen thưởng «{the_round.title}»; hạn gửi hồ sơ "
            f"{format_date(the_round.submission_deadline)}."
        ),
        url=reverse("nominations:round-detail", args=[the_round.pk]),
        key=f"round-opened-{the_round.pk}",
        email=True,
    )
    return the_round


@transaction.atomic
def round_update(*, actor: Any, the_round: ReviewRound, data: dict[str, Any]) -> ReviewRound:
    """Change the round's title, guidance or deadlines (a closed round is kept as it was)."""
    _require_manager(actor, the_round.organizer)
    locked = ReviewRound.objects.select_for_update().get(pk=the_round.pk)
    if locked.status != RoundStatus.OPEN:
        raise ValidationError("Đợt xét đã kết thúc, không sửa được.")
    old = {k: getattr(locked, k) for k in ROUND_FIELDS}
    for key in ROUND_FIELDS:
        if key in data:
            setattr(locked, key, data[key])
    _check(locked)
    locked.save()
    changes = diff(old, {k: getattr(locked, k) for k in ROUND_FIELDS})
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.ROUND_CHANGED,
            subject=locked,
            organization=locked.organizer,
            data=changes,
        )
    return locked


@transaction.atomic
def round_close(*, actor: Any, the_round: ReviewRound, note: str = "") -> ReviewRound:
    """Stop taking dossiers; those already sent go on through the workflow."""
    _require_manager(actor, the_round.organizer)
    locked = ReviewRound.objects.select_for_update().get(pk=the_round.pk)
    if locked.status == RoundStatus.CLOSED:
        raise ValidationError("Đợt xét đã kết thúc.")
    locked.status = RoundStatus.CLOSED
    locked.save(update_fields=["status"])
    data: dict[str, Any] = {"old": RoundStatus.OPEN, "new": RoundStatus.CLOSED}
    if note.strip():
        data["note"] = note.strip()
    event_record(
        actor=actor,
        event_type=EventType.ROUND_CLOSED,
        subject=locked,
        organization=locked.organizer,
        data=data,
    )
    return locked
