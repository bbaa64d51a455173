"""Writing a meeting: its details, agenda, attendance and closing. Audited."""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.councils.models import (
    AgendaItem,
    Attendance,
    Council,
    CouncilMember,
    ItemStatus,
    Meeting,
    MeetingStatus,
)
from thidua.councils.selectors.access import require_run
from thidua.councils.selectors.meetings import any_voting, meeting_day, members_serving
from thidua.nominations.models import Dossier, DossierStatus, ReviewRound
from thidua.nominations.services.transition import dossier_transition

FIELDS = ("title", "held_at", "place", "chair", "secretary", "round")
CLOSED = "Phiên họp đã kết thúc, không thể thay đổi."
GONE = "Hồ sơ không còn trong chương trình họp."


def _check_people(meeting: Meeting) -> None:
    """Chair and secretary are members of this council on the meeting's day."""
    day = meeting_day(meeting)
    for field, label in (("chair", "Người chủ trì"), ("secretary", "Thư ký")):
        member: CouncilMember | None = getattr(meeting, field)
        if member is None:
            continue
        if member.council_id != meeting.council_id or not member.serves_on(day):
            raise ValidationError(
                {field: f"{label} phải là thành viên Hội đồng trong nhiệm kỳ vào ngày họp."}
            )


def _check_round(meeting: Meeting) -> None:
    if meeting.round is not None and meeting.round.organizer_id != meeting.council.organization_id:
        raise ValidationError({"round": "Đợt xét không do cơ quan của Hội đồng tổ chức."})


def _data(meeting: Meeting) -> dict[str, Any]:
    return {f: getattr(meeting, f) for f in FIELDS}


@transaction.atomic
def meeting_create(
    *,
    actor: Any,
    council: Council,
    title: str,
    held_at: dt.datetime,
    place: str,
    chair: CouncilMember | None = None,
    secretary: CouncilMember | None = None,
    round: ReviewRound | None = None,
) -> Meeting:
    require_run(actor, council)
    meeting = Meeting(
        council=council,
        title=title.strip(),
        held_at=held_at,
        place=place.strip(),
        chair=chair,
        secretary=secretary,
        round=round,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    _check_people(meeting)
    _check_round(meeting)
    meeting.full_clean()
    meeting.save()
    event_record(
        actor=actor,
        event_type=EventType.MEETING_CREATED,
        subject=meeting,
        organization=council.organization,
        data=diff({}, _data(meeting))["new"],
    )
    return meeting


@transaction.atomic
def meeting_update(*, actor: Any, meeting: Meeting, **fields: Any) -> Meeting:
    require_run(actor, meeting.council)
    if not meeting.is_open:
        raise ValidationError(CLOSED)
    old = _data(meeting)
    for field in FIELDS:
        if field in fields:
            setattr(meeting, field, fields[field])
    if meeting.items.exclude(status=ItemStatus.PENDING).exists() and (
        meeting_day(meeting) != timezone.localtime(old["held_at"]).date()
    ):
        raise ValidationError({"held_at": "Đã bỏ phiếu: không thể đổi ngày họp."})
    _check_people(meeting)
    _check_round(meeting)
    meeting.full_clean()
    meeting.save(update_fields=[f for f in FIELDS])
    event_record(
        actor=actor,
        event_type=EventType.MEETING_CHANGED,
        subject=meeting,
        organization=meeting.council.organization,
        data=diff(old, _data(meeting)),
    )
    return meeting


@transaction.atomic
def agenda_item_add(*, actor: Any, meeting: Meeting, dossier: Dossier) -> AgendaItem:
    """Put an appraised dossier of the council's rounds on the agenda; the dossier moves to
    «Hội đồng xét» through the one transition service (which checks RUN_COUNCIL again)."""
    require_run(actor, meeting.council)
    if not meeting.is_open:
        raise ValidationError(CLOSED)
    dossier = Dossier.objects.select_related("round", "organization").get(pk=dossier.pk)
    if dossier.round.organizer_id != meeting.council.organization_id:
        raise ValidationError("Hồ sơ không thuộc đợt xét do cơ quan của Hội đồng tổ chức.")
    if meeting.round_id and dossier.round_id != meeting.round_id:
        raise ValidationError("Hồ sơ không thuộc đợt xét của phiên họp.")
    if dossier.status != DossierStatus.APPRAISED:
        raise ValidationError("Chỉ đưa vào chương trình họp hồ sơ đã thẩm định.")
    if not dossier.nominations.exists():
        raise ValidationError("Hồ sơ không có người, tập thể được đề nghị.")
    dossier_transition(dossier=dossier, to=DossierStatus.COUNCIL, actor=actor)
    last = meeting.items.aggregate(m=Max("order"))["m"] or 0
    item = AgendaItem(meeting=meeting, dossier=dossier, order=last + 1)
    item.full_clean()
    item.save()
    event_record(
        actor=actor,
        event_type=EventType.MEETING_CHANGED,
        subject=meeting,
        organization=meeting.council.organization,
        data={"agenda_added": {"dossier": dossier.pk, "title": dossier.title}},
    )
    return item


@transaction.atomic
def agenda_item_remove(*, actor: Any, item: AgendaItem, note: str) -> Dossier:
    """Take a dossier put on the agenda by mistake off it, with the reason: only while its
    voting never opened (no ballot issued, no vote) and the meeting is open. The item is
    deleted and the dossier goes back to «Đã thẩm định» through the one transition service
    (which checks RUN_COUNCIL and that no nominee has an outcome), free for another meeting.

    Locks the meeting (as closing it does), then the item (as opening its voting does): a
    concurrent close or opening sees the item either still pending or gone.
    """
    meeting = (
        Meeting.objects.select_for_update(of=("self",), no_key=True)
        .select_related("council__organization")
        .get(pk=item.meeting_id)
    )
    require_run(actor, meeting.council)
    if not meeting.is_open:
        raise ValidationError(CLOSED)
    note = note.strip()
    if not note:
        raise ValidationError({"note": "Cần ghi lý do rút hồ sơ khỏi chương trình họp."})
    try:
        locked = (
            AgendaItem.objects.select_for_update(of=("self",))
            .select_related("dossier")
            .get(pk=item.pk, meeting=meeting)
        )
    except AgendaItem.DoesNotExist:
        raise ValidationError(GONE) from None
    if locked.status != ItemStatus.PENDING:
        raise ValidationError("Đã mở bỏ phiếu: không thể rút hồ sơ khỏi chương trình họp.")
    if locked.issues.exists() or locked.votes.exists():  # never for a pending item
        raise ValidationError("Nội dung đã có phiếu bầu: không thể rút khỏi chương trình họp.")
    dossier = locked.dossier
    locked.delete()
    dossier = dossier_transition(
        dossier=dossier, to=DossierStatus.APPRAISED, actor=actor, note=note
    )
    event_record(
        actor=actor,
        event_type=EventType.MEETING_CHANGED,
        subject=meeting,
        organization=meeting.council.organization,
        data={"agenda_removed": {"dossier": dossier.pk, "title": dossier.title, "note": note}},
    )
    return dossier


@transaction.atomic
def attendance_record(
    *, actor: Any, meeting: Meeting, entries: Mapping[int, tuple[bool, str]]
) -> list[Attendance]:
    """Present or absent (with a note) for every member in term on the meeting's day.

    Refused while an item is being voted on: its ballots were issued to those present.
    """
    require_run(actor, meeting.council)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if not meeting.is_open:
        raise ValidationError(CLOSED)
    if any_voting(meeting):
        raise ValidationError("Đang bỏ phiếu: kết thúc bỏ phiếu trước khi sửa điểm danh.")
    rows = []
    for member in members_serving(meeting.council, meeting_day(meeting)):
        present, note = entries.get(member.pk, (False, ""))
        row, _ = Attendance.objects.update_or_create(
            meeting=meeting, member=member, defaults={"present": present, "note": note.strip()}
        )
        rows.append(row)
    event_record(
        actor=actor,
        event_type=EventType.MEETING_ATTENDANCE,
        subject=meeting,
        organization=meeting.council.organization,
        data={
            "present": [r.member.name for r in rows if r.present],
            "absent": [{"name": r.member.name, "note": r.note} for r in rows if not r.present],
        },
    )
    return rows


@transaction.atomic
def meeting_close(*, actor: Any, meeting: Meeting, conclusions: str) -> Meeting:
    """End the meeting once every item is counted, and have both minutes drawn up."""
    from thidua.councils.services.minutes import minutes_request

    require_run(actor, meeting.council)
    meeting = Meeting.objects.select_for_update().select_related("council").get(pk=meeting.pk)
    if not meeting.is_open:
        raise ValidationError(CLOSED)
    if meeting.items.exclude(status=ItemStatus.CLOSED).exists():
        raise ValidationError("Còn nội dung chưa bỏ phiếu hoặc chưa kiểm phiếu.")
    if not meeting.items.exists():
        raise ValidationError("Phiên họp chưa có nội dung nào.")
    meeting.conclusions = conclusions.strip()
    meeting.status, meeting.closed_at = MeetingStatus.CLOSED, timezone.now()
    meeting.save(update_fields=["conclusions", "status", "closed_at"])
    event_record(
        actor=actor,
        event_type=EventType.MEETING_CLOSED,
        subject=meeting,
        organization=meeting.council.organization,
        data={"conclusions": meeting.conclusions, "items": meeting.items.count()},
    )
    minutes_request(actor=actor, meeting=meeting)
    return meeting
