"""A member's ballots and the receipt check. Only the member sees their ballot pages.

The receipt check finds a ballot by the hash of its receipt code; the code is never stored,
so only whoever holds it (the voter) can see that ballot's choices.
"""

import hashlib
from dataclasses import dataclass
from typing import Any

from django.http import Http404

from thidua.councils.models import AgendaItem, BallotIssue, CouncilMember, ItemStatus, Vote
from thidua.nominations.models import Nomination

NO_BALLOT = "Không tìm thấy phiếu bầu."


def normalize_receipt(code: str) -> str:
    """Receipt codes are read aloud and retyped: ignore case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def receipt_hash(code: str) -> str:
    return hashlib.sha256(normalize_receipt(code).encode()).hexdigest()


def seats_of(user: Any) -> list[CouncilMember]:
    if not getattr(user, "is_authenticated", False):
        return []
    return list(CouncilMember.objects.filter(user=user, removed_at__isnull=True))


@dataclass(frozen=True)
class BallotEntry:
    item: AgendaItem
    issue: BallotIssue | None  # None: no ballot for this member (absent, conflict, no vote)
    reason: str  # why there is no ballot


def ballots_for_user(user: Any) -> list[BallotEntry]:
    """Items open for voting in the councils the user sits on, with the user's ballot."""
    seats = {m.council_id: m for m in seats_of(user)}
    if not seats:
        return []
    items = (
        AgendaItem.objects.filter(status=ItemStatus.VOTING, meeting__council_id__in=seats)
        .select_related("meeting__council", "dossier__organization")
        .order_by("meeting__held_at", "order", "id")
    )
    issues = {
        i.item_id: i for i in BallotIssue.objects.filter(item__in=items, member__in=seats.values())
    }
    entries = []
    for item in items:
        member = seats[item.meeting.council_id]
        issue = issues.get(item.pk)
        entries.append(BallotEntry(item, issue, "" if issue else _why_not(item, member)))
    return entries


def _why_not(item: AgendaItem, member: CouncilMember) -> str:
    for conflict in item.conflicts:
        if conflict.get("member") == member.pk:
            return f"Không bỏ phiếu do xung đột lợi ích: {conflict.get('reason', '')}."
    if not member.votes:
        return "Đồng chí tham dự không có quyền biểu quyết."
    return "Đồng chí không có mặt theo điểm danh của phiên họp."


def ballot_get_for_user(user: Any, pk: Any) -> tuple[AgendaItem, BallotIssue]:
    """The item and the user's own ballot for it; 404 for anyone without a ballot."""
    try:
        issue = BallotIssue.objects.select_related(
            "item__meeting__council__organization", "item__dossier__organization", "member"
        ).get(item_id=pk, member__user=user, member__removed_at__isnull=True)
    except (BallotIssue.DoesNotExist, BallotIssue.MultipleObjectsReturned, ValueError, TypeError):
        raise Http404(NO_BALLOT) from None
    return issue.item, issue


@dataclass(frozen=True)
class Receipt:
    item: AgendaItem
    choices: list[tuple[Nomination, str]]  # (nominee, choice label)


def receipt_lookup(*, user: Any, code: str) -> Receipt | None:
    """The ballot whose receipt is `code`, if the user sits on that item's council."""
    if len(normalize_receipt(code)) < 16:
        return None
    votes = list(
        Vote.objects.filter(receipt_hash=receipt_hash(code)).select_related(
            "item__meeting__council",
            "item__dossier",
            "nomination__award_type",
            "nomination__person",
            "nomination__organization",
        )
    )
    if not votes:
        return None
    item = votes[0].item
    # removed members keep the right to check a ballot they cast while they sat
    seat = CouncilMember.objects.filter(user=user, council_id=item.meeting.council_id)
    if not getattr(user, "is_authenticated", False) or not seat.exists():
        return None
    votes.sort(key=lambda v: (v.nomination.order, v.nomination_id))
    return Receipt(item, [(v.nomination, v.get_choice_display()) for v in votes])
