"""The secret electronic ballot of one agenda item: open, cast, close and count.

Secrecy (docs/adr/0006-secret-ballot.md): casting writes the choices as `Vote` rows keyed by
a random UUID, without member, user or time, plus the hash of a receipt code that is shown
once to the voter and never stored; `BallotIssue.cast` and the VOTE_CAST event say only that
the member voted. Closing re-inserts the item's votes in random order ("shuffling the ballot
box"), so the rows no longer follow the order (or the transactions) of the VOTE_CAST events.

Locking: a cast locks the member's BallotIssue row, then reads the item's status; closing
locks the item (FOR NO KEY UPDATE) and then every BallotIssue row of it. A second ballot of the same member
waits for the first and is refused; a ballot in flight when the secretary closes is counted
(closing waits for it); a ballot after the close is refused.
"""

import random
import secrets
from collections import Counter
from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.councils.models import (
    AgendaItem,
    BallotIssue,
    Choice,
    CouncilMember,
    ItemStatus,
    Vote,
)
from thidua.councils.rules import ballot_errors, conflict_reason
from thidua.councils.selectors.access import require_run
from thidua.councils.selectors.ballots import receipt_hash
from thidua.councils.selectors.meetings import (
    attendance_of,
    dossier_parties,
    item_nominations,
    meeting_day,
    member_facts,
    members_serving,
    rule_for,
)
from thidua.movements.services.notify import notify
from thidua.nominations.models import DossierStatus, Nomination, Outcome
from thidua.nominations.services.outcome import nomination_outcome_record
from thidua.rules.council import quorum_met, tally

NOT_OPEN = "Nội dung này chưa mở hoặc đã kết thúc bỏ phiếu."
TWICE = "Đồng chí đã bỏ phiếu cho nội dung này; mỗi thành viên chỉ có một phiếu."
RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, retyped
RECEIPT_LENGTH = 24  # 24 × 5 bits = 120 bits: not guessable


def _item_locked(item: AgendaItem) -> AgendaItem:
    # FOR NO KEY UPDATE: a cast inserting Vote rows takes FOR KEY SHARE on the item (the
    # foreign key); a plain FOR UPDATE here would deadlock with it while closing waits for
    # that cast's BallotIssue lock.
    try:
        return (
            AgendaItem.objects.select_for_update(of=("self",), no_key=True)
            .select_related(
                "meeting__council__organization", "dossier__organization", "dossier__round"
            )
            .get(pk=item.pk)
        )
    except AgendaItem.DoesNotExist:  # taken off the agenda meanwhile (agenda_item_remove)
        raise ValidationError("Hồ sơ không còn trong chương trình họp.") from None


@transaction.atomic
def voting_open(*, actor: Any, item: AgendaItem) -> AgendaItem:
    """Issue one ballot to each voting member present without a conflict of interest, fix
    the counts the tally will use, and invite the voters."""
    require_run(actor, item.meeting.council)
    item = _item_locked(item)
    meeting = item.meeting
    if not meeting.is_open:
        raise ValidationError("Phiên họp đã kết thúc.")
    if item.status != ItemStatus.PENDING:
        raise ValidationError("Nội dung này đã được bỏ phiếu.")
    if item.dossier.status != DossierStatus.COUNCIL:
        raise ValidationError("Hồ sơ không ở trạng thái «Hội đồng xét».")
    recorded = attendance_of(meeting)
    if not recorded:
        raise ValidationError("Cần điểm danh thành viên dự họp trước khi mở bỏ phiếu.")
    serving = [m for m in members_serving(meeting.council, meeting_day(meeting)) if m.votes]
    present = [m for m in serving if m.pk in recorded and recorded[m.pk].present]
    parties = dossier_parties(item.dossier)
    conflicts, voters = [], []
    for member in present:
        reason = conflict_reason(member_facts(member), parties)
        if reason:
            conflicts.append({"member": member.pk, "name": member.name, "reason": reason})
        else:
            voters.append(member)
    if not voters:
        raise ValidationError("Không có thành viên nào có mặt được phát phiếu cho nội dung này.")
    BallotIssue.objects.bulk_create([BallotIssue(item=item, member=m) for m in voters])
    item.status, item.opened_at = ItemStatus.VOTING, timezone.now()
    item.members, item.present, item.conflicts = len(serving), len(present), conflicts
    item.save(update_fields=["status", "opened_at", "members", "present", "conflicts"])
    event_record(
        actor=actor,
        event_type=EventType.VOTING_OPENED,
        subject=item.meeting,
        organization=meeting.council.organization,
        data={
            "item": item.pk,
            "dossier": item.dossier_id,
            "members": item.members,
            "present": item.present,
            "ballots": len(voters),
            "conflicts": conflicts,
        },
    )
    notify(
        users=[m.user for m in voters],
        text=f"Mời đồng chí bỏ phiếu kín: «{item.dossier.title}».",
        url=reverse("councils:ballot", args=[item.pk]),
        key=f"ballot-{item.pk}",
    )
    return item


def _no_ballot_reason(item: AgendaItem, actor: Any) -> str:
    member = CouncilMember.objects.filter(
        council_id=item.meeting.council_id, user=actor, removed_at__isnull=True
    ).first()
    if member is None:
        return "Đồng chí không phải thành viên Hội đồng."
    if item.status == ItemStatus.PENDING:
        return NOT_OPEN
    if any(c.get("member") == member.pk for c in item.conflicts):
        return "Đồng chí không bỏ phiếu nội dung này do xung đột lợi ích."
    if not member.votes:
        return "Đồng chí không có quyền biểu quyết."
    return "Đồng chí không có mặt theo điểm danh nên không được phát phiếu."


def new_receipt() -> str:
    code = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))
    return "-".join(code[i : i + 4] for i in range(0, RECEIPT_LENGTH, 4))


@transaction.atomic
def ballot_cast(*, actor: Any, item: AgendaItem, choices: Mapping[int, str]) -> str:
    """Record the actor's ballot on `item` and return its receipt code (shown once).

    `choices` maps each nominee (Nomination id) of the dossier to "yes" or "no".
    """
    issue = (
        BallotIssue.objects.select_for_update(of=("self",))
        .select_related("member")
        .filter(item_id=item.pk, member__user=actor, member__removed_at__isnull=True)
        .first()
    )
    # read after the lock: a close that committed meanwhile is seen here
    current = AgendaItem.objects.select_related("meeting__council__organization").get(pk=item.pk)
    if issue is None:
        raise ValidationError(_no_ballot_reason(current, actor))
    if issue.cast:
        raise ValidationError(TWICE)
    if current.status != ItemStatus.VOTING:
        raise ValidationError(NOT_OPEN)
    nominees = list(
        Nomination.objects.filter(dossier_id=current.dossier_id).values_list("id", flat=True)
    )
    errors = ballot_errors(nominees, choices)
    if errors:
        raise ValidationError(errors)
    code = new_receipt()
    digest = receipt_hash(code)
    Vote.objects.bulk_create(
        [
            Vote(item_id=current.pk, nomination_id=n, choice=choices[n], receipt_hash=digest)
            for n in nominees
        ]
    )
    issue.cast = True
    issue.save(update_fields=["cast"])
    event_record(
        actor=actor,
        event_type=EventType.VOTE_CAST,
        subject=current.meeting,
        organization=current.meeting.council.organization,
        data={"item": current.pk, "member": issue.member_id, "name": issue.member.name},
    )
    return code


def _shuffle(item: AgendaItem) -> int:
    """Re-insert the item's votes in random order, with new keys, in this transaction."""
    rows = list(
        Vote.objects.filter(item=item).values_list("nomination_id", "choice", "receipt_hash")
    )
    random.SystemRandom().shuffle(rows)
    Vote.objects.filter(item=item).delete()
    Vote.objects.bulk_create(
        [Vote(item=item, nomination_id=n, choice=c, receipt_hash=h) for n, c, h in rows]
    )
    return len(rows)


@transaction.atomic
def voting_close(*, actor: Any, item: AgendaItem) -> AgendaItem:
    """Close the ballot box, shuffle it, count every nominee against its award's rule and
    record each outcome on the nomination."""
    require_run(actor, item.meeting.council)
    item = _item_locked(item)
    if item.status != ItemStatus.VOTING:
        raise ValidationError(NOT_OPEN)
    issues = list(BallotIssue.objects.select_for_update().filter(item=item))  # waits for casts
    item.status, item.closed_at = ItemStatus.CLOSED, timezone.now()
    item.save(update_fields=["status", "closed_at"])
    _shuffle(item)
    returned = sum(1 for i in issues if i.cast)
    results = _record_outcomes(item, actor, issued=len(issues), returned=returned)
    event_record(
        actor=actor,
        event_type=EventType.VOTING_CLOSED,
        subject=item.meeting,
        organization=item.meeting.council.organization,
        data={
            "item": item.pk,
            "dossier": item.dossier_id,
            "ballots_issued": len(issues),
            "ballots_returned": returned,
            "results": results,
        },
    )
    return item


def _record_outcomes(
    item: AgendaItem, actor: Any, *, issued: int, returned: int
) -> list[dict[str, Any]]:
    counts = Counter(Vote.objects.filter(item=item).values_list("nomination_id", "choice"))
    members, present = item.members or 0, item.present or 0
    results = []
    for nomination in item_nominations(item.dossier):
        rule = rule_for(nomination, item.meeting.council)
        yes, no = counts[(nomination.pk, Choice.YES)], counts[(nomination.pk, Choice.NO)]
        result = tally(
            yes=yes, no=no, abstain=present - yes - no, members=members, present=present, rule=rule
        )
        vote_result = {
            **result.as_dict(),
            "members": members,
            "present": present,
            "quorum_met": quorum_met(present=present, members=members, rule=rule),
            "ballots_issued": issued,
            "ballots_returned": returned,
            "ballots_valid": returned,
            "conflicts": [c["name"] for c in item.conflicts],
            "meeting": item.meeting_id,
            "item": item.pk,
        }
        outcome = Outcome.APPROVED if result.approved else Outcome.REJECTED
        nomination_outcome_record(
            nomination=nomination, outcome=outcome, vote_result=vote_result, actor=actor
        )
        results.append({"nomination": nomination.pk, "outcome": outcome, **result.as_dict()})
    return results
