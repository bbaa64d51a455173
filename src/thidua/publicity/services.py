"""Public comment: making a notice, receiving comments, resolving them, closing. Audited.

The dossiers move only through `nominations.services.transition.dossier_transition`:
COUNCIL → PUBLISHED when the notice is made, PUBLISHED → CONCLUDED when the officer
closes it (the `publication_end` guard refuses before the last day has passed or while a
comment is unresolved).
"""

import datetime as dt
import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.formats import format_date
from thidua.core.permissions import Cap, has_cap_over
from thidua.movements.services.notify import notify
from thidua.nominations.models import DossierStatus, Nomination, ReviewRound
from thidua.nominations.services.notify import users_with_cap_over
from thidua.nominations.services.transition import dossier_transition
from thidua.publicity.models import CommentStatus, NoticeEntry, PublicComment, PublicNotice
from thidua.publicity.selectors import (
    comments_recent_count,
    notice_dossiers,
    publication_candidates,
)
from thidua.publicity.workdays import working_days_end

# At most this many comments per sender and notice within the window (a keyed hash of the
# sender's address is kept, not the address).
RATE_LIMIT = 5
RATE_WINDOW = dt.timedelta(hours=1)
SUMMARY_CHARS = 600


def sender_hash(address: str) -> str:
    """HMAC-SHA256 of the client address with the site's secret key: the same sender gives
    the same value, and the address cannot be read back from the database."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, (address or "").encode(), hashlib.sha256).hexdigest()


def _require_appraise(actor: Any, the_round: ReviewRound) -> None:
    if actor is not None and not has_cap_over(actor, Cap.APPRAISE, the_round.organizer.path):
        raise PermissionDenied("Bạn không có quyền lập thông báo lấy ý kiến cho đợt xét này.")


def _entry_for(notice: PublicNotice, n: Nomination) -> NoticeEntry:
    if n.person is not None:
        unit = n.person.current_organization or n.dossier.organization
        name, unit_name = n.person.full_name, unit.name
    else:
        name, unit_name = n.subject_name, n.dossier.organization.name
    return NoticeEntry(
        notice=notice,
        nomination=n,
        name=name[:255],
        position=n.position[:200],
        unit=unit_name[:255],
        award=n.award_type.name[:200],
        summary=Truncator(" ".join(n.summary.split())).chars(SUMMARY_CHARS),
    )


@transaction.atomic
def notice_create(
    *,
    actor: Any,
    the_round: ReviewRound,
    dossier_ids: list[int] | None = None,
    opens_on: dt.date | None = None,
    title: str = "",
    body: str = "",
) -> PublicNotice:
    """List the approved nominees that need publication (from the round's dossiers before
    the council, or the chosen ones) for the longest period their awards require, counted
    in working days, and move each dossier COUNCIL → PUBLISHED."""
    _require_appraise(actor, the_round)
    candidates = publication_candidates(the_round)
    if dossier_ids is not None:
        candidates = [c for c in candidates if c.dossier.pk in set(dossier_ids)]
    if not candidates:
        raise ValidationError("Không có hồ sơ nào có người, tập thể cần lấy ý kiến công khai.")
    opens_on = opens_on or timezone.localdate()
    if opens_on < timezone.localdate():
        raise ValidationError({"opens_on": "Ngày bắt đầu không được trước hôm nay."})
    days = max(c.days for c in candidates)
    notice = PublicNotice(
        round=the_round,
        title=(title.strip() or f"Lấy ý kiến về {the_round.title}")[:300],
        body=body.strip(),
        opens_on=opens_on,
        closes_on=working_days_end(opens_on, days),
        working_days=days,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    notice.full_clean()
    notice.save()
    entries = [_entry_for(notice, n) for c in candidates for n in c.nominations]
    for entry in entries:
        entry.full_clean(exclude=["notice"])
    NoticeEntry.objects.bulk_create(entries)
    for c in candidates:
        dossier_transition(dossier=c.dossier, to=DossierStatus.PUBLISHED, actor=actor)
    event_record(
        actor=actor,
        event_type=EventType.PUBLICATION_OPENED,
        subject=notice,
        organization=the_round.organizer,
        data={
            "opens_on": notice.opens_on.isoformat(),
            "closes_on": notice.closes_on.isoformat(),
            "working_days": days,
            "dossiers": [c.dossier.pk for c in candidates],
            "nominations": [e.nomination_id for e in entries],
        },
    )
    return notice


@transaction.atomic
def comment_submit(
    *,
    notice: PublicNotice,
    name: str,
    contact: str,
    content: str,
    entry: NoticeEntry | None,
    address: str,
    now: dt.datetime | None = None,
) -> PublicComment:
    """Receive a comment from the public page (no login). Refused once the notice is
    closed, and past RATE_LIMIT comments per sender and notice in RATE_WINDOW."""
    now = now or timezone.now()
    notice = (
        PublicNotice.objects.select_for_update()
        .select_related("round__organizer")
        .get(pk=notice.pk)
    )
    if not notice.is_open_on(timezone.localdate(now)):
        raise ValidationError(
            f"Thông báo đã hết thời gian nhận ý kiến (đến hết ngày "
            f"{format_date(notice.closes_on)})."
        )
    if entry is not None and entry.notice_id != notice.pk:
        raise ValidationError({"entry": "Người, tập thể được chọn không có trong thông báo."})
    digest = sender_hash(address)
    if comments_recent_count(notice=notice, sender_hash=digest, since=now - RATE_WINDOW) >= (
        RATE_LIMIT
    ):
        raise ValidationError(
            f"Bạn đã gửi {RATE_LIMIT} ý kiến trong một giờ qua. "
            "Xin vui lòng gửi tiếp sau ít phút nữa."
        )
    comment = PublicComment(
        notice=notice,
        entry=entry,
        name=name.strip(),
        contact=contact.strip(),
        content=content.strip(),
        received_at=now,
        sender_hash=digest,
    )
    comment.full_clean()
    comment.save()
    event_record(
        actor=None,
        event_type=EventType.COMMENT_RECEIVED,
        subject=notice,
        organization=notice.round.organizer,
        data={"comment": comment.pk, "entry": entry.pk if entry else None},
    )
    notify(
        users=users_with_cap_over(Cap.APPRAISE, notice.round.organizer.path),
        text=f"Có ý kiến góp ý mới về thông báo «{notice.title}».",
        url=reverse("publicity:manage-detail", args=[notice.pk]),
        key=f"publicity-comment-{comment.pk}",
        email=True,
    )
    return comment


@transaction.atomic
def comment_resolve(*, comment: PublicComment, resolution: str, actor: Any) -> PublicComment:
    """Record how the officer dealt with a comment (verified, answered, passed to the
    council…). A resolution may be corrected; each change is audited."""
    locked = (
        PublicComment.objects.select_for_update()
        .select_related("notice__round__organizer")
        .get(pk=comment.pk)
    )
    _require_appraise(actor, locked.notice.round)
    if locked.notice.concluded_at is not None:
        raise ValidationError("Thông báo đã kết thúc, không sửa được kết quả xử lý.")
    resolution = resolution.strip()
    if not resolution:
        raise ValidationError({"resolution": "Cần ghi kết quả xử lý ý kiến."})
    old = locked.resolution
    locked.status, locked.resolution = CommentStatus.RESOLVED, resolution
    locked.resolved_by = actor if getattr(actor, "pk", None) else None
    locked.resolved_at = timezone.now()
    locked.full_clean()
    locked.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])
    event_record(
        actor=actor,
        event_type=EventType.COMMENT_RESOLVED,
        subject=locked.notice,
        organization=locked.notice.round.organizer,
        data={"comment": locked.pk, "old": old, "new": resolution},
    )
    return locked


@transaction.atomic
def notice_conclude(*, notice: PublicNotice, actor: Any) -> PublicNotice:
    """«Kết thúc lấy ý kiến»: every dossier of the notice still published moves to
    CONCLUDED, or none does; the guard's messages are returned as one ValidationError."""
    locked = (
        PublicNotice.objects.select_for_update()
        .select_related("round__organizer")
        .get(pk=notice.pk)
    )
    _require_appraise(actor, locked.round)
    if locked.concluded_at is not None:
        raise ValidationError("Thông báo này đã kết thúc lấy ý kiến.")
    errors: list[str] = []
    moved = []
    for dossier in notice_dossiers(locked).filter(status=DossierStatus.PUBLISHED):
        try:
            dossier_transition(dossier=dossier, to=DossierStatus.CONCLUDED, actor=actor)
        except ValidationError as error:
            errors += [f"{dossier.title}: {m}" for m in error.messages]
        else:
            moved.append(dossier.pk)
    if errors:
        raise ValidationError(sorted(set(errors), key=errors.index))
    locked.concluded_at = timezone.now()
    locked.concluded_by = actor if getattr(actor, "pk", None) else None
    locked.save(update_fields=["concluded_at", "concluded_by"])
    event_record(
        actor=actor,
        event_type=EventType.PUBLICATION_CLOSED,
        subject=locked,
        organization=locked.round.organizer,
        data={"dossiers": moved, "closes_on": locked.closes_on.isoformat()},
    )
    return locked
