"""Reading a council's members, a meeting's attendance and agenda, and the quorum per item."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from thidua.councils.models import (
    AgendaItem,
    Attendance,
    BallotIssue,
    Council,
    CouncilMember,
    ItemStatus,
    Meeting,
)
from thidua.councils.rules import DossierParties, MemberFacts
from thidua.nominations.models import Dossier, DossierStatus, Nomination
from thidua.rules.council import CouncilRule, quorum_met
from thidua.rules.selectors.catalogue import council_rule_for


def meeting_day(meeting: Meeting) -> dt.date:
    return timezone.localtime(meeting.held_at).date()


def members_current(council: Council) -> QuerySet[CouncilMember]:
    """Members not removed, in the council's order (the members page)."""
    return council.members.filter(removed_at__isnull=True).select_related(
        "user__person__current_organization"
    )


def members_serving(council: Council, day: dt.date) -> list[CouncilMember]:
    """ "All members" of the council on `day`: not removed and in term (voting or not)."""
    return list(
        members_current(council)
        .filter(term_start__lte=day)
        .filter(Q(term_end__isnull=True) | Q(term_end__gte=day))
    )


def attendance_of(meeting: Meeting) -> dict[int, Attendance]:
    rows = Attendance.objects.filter(meeting=meeting).select_related("member__user")
    return {a.member_id: a for a in rows}


@dataclass(frozen=True)
class AttendanceRow:
    member: CouncilMember
    present: bool | None  # None: not recorded yet
    note: str


def attendance_rows(meeting: Meeting) -> list[AttendanceRow]:
    recorded = attendance_of(meeting)
    rows = []
    for member in members_serving(meeting.council, meeting_day(meeting)):
        entry = recorded.get(member.pk)
        rows.append(
            AttendanceRow(member, entry.present if entry else None, entry.note if entry else "")
        )
    return rows


def voting_counts(meeting: Meeting) -> tuple[int, int]:
    """(voting members in term, of whom present) as the attendance stands now."""
    rows = [r for r in attendance_rows(meeting) if r.member.votes]
    return len(rows), sum(1 for r in rows if r.present)


def member_facts(member: CouncilMember) -> MemberFacts:
    person = member.user.person
    org = person.current_organization if person is not None else None
    return MemberFacts(
        id=member.pk,
        name=member.name,
        person_id=person.pk if person is not None else None,
        unit_path=org.path if org is not None else "",
    )


def item_nominations(dossier: Dossier) -> list[Nomination]:
    return list(
        dossier.nominations.select_related(
            "person__current_organization", "organization", "award_type"
        ).order_by("order", "id")
    )


def dossier_parties(dossier: Dossier) -> DossierParties:
    nominations = item_nominations(dossier)
    return DossierParties(
        unit_path=dossier.organization.path,
        unit_name=dossier.organization.name,
        person_ids=frozenset(n.person_id for n in nominations if n.person_id),
        collectives=tuple(
            (n.organization.path, n.organization.name)
            for n in nominations
            if n.organization is not None
        ),
    )


def rule_for(nomination: Nomination, council: Council) -> CouncilRule:
    return council_rule_for(
        award_type=nomination.award_type,
        organization=council.organization,
        year=nomination.dossier.round.year,
    )


@dataclass(frozen=True)
class Quorum:
    members: int
    present: int
    met: bool


def item_quorum(item: AgendaItem, counts: tuple[int, int]) -> Quorum:
    """Quorum under the rule of each award on the item (all must be met)."""
    if item.status != ItemStatus.PENDING and item.members is not None:
        counts = (item.members, item.present or 0)
    members, present = counts
    council = item.meeting.council
    met = all(
        quorum_met(present=present, members=members, rule=rule_for(n, council))
        for n in item_nominations(item.dossier)
    )
    return Quorum(members, present, met and members > 0)


@dataclass(frozen=True)
class ItemRow:
    item: AgendaItem
    nominations: list[Nomination]
    quorum: Quorum
    issued: int
    returned: int


def agenda_rows(meeting: Meeting) -> list[ItemRow]:
    counts = voting_counts(meeting)
    items = (
        meeting.items.select_related("dossier__organization", "dossier__round", "meeting__council")
        .annotate(
            n_issued=Count("issues", distinct=True),
            n_returned=Count("issues", filter=Q(issues__cast=True), distinct=True),
        )
        .order_by("order", "id")
    )
    return [
        ItemRow(
            item=item,
            nominations=item_nominations(item.dossier),
            quorum=item_quorum(item, counts),
            issued=item.n_issued,
            returned=item.n_returned,
        )
        for item in items
    ]


def ballot_counts(item: AgendaItem) -> tuple[int, int]:
    """(ballots issued, ballots returned): the live count, never who."""
    row = BallotIssue.objects.filter(item=item).aggregate(
        issued=Count("id"), returned=Count("id", filter=Q(cast=True))
    )
    return row["issued"], row["returned"]


def dossiers_for_agenda(meeting: Meeting) -> QuerySet[Dossier]:
    """Appraised dossiers of rounds organised by the council's organisation."""
    dossiers = Dossier.objects.filter(
        status=DossierStatus.APPRAISED, round__organizer=meeting.council.organization
    ).select_related("organization", "round")
    if meeting.round_id:
        dossiers = dossiers.filter(round_id=meeting.round_id)
    return dossiers.order_by("organization__path", "id")


def meetings_of(council: Council) -> QuerySet[Meeting]:
    return council.meetings.annotate(n_items=Count("items")).order_by("-held_at")


def secretary_of(meeting: Meeting) -> CouncilMember | None:
    """The minutes' secretary: the one chosen for the meeting, else the council's secretary."""
    if meeting.secretary_id:
        return meeting.secretary
    for member in members_serving(meeting.council, meeting_day(meeting)):
        if member.role == "secretary":
            return member
    return None


def any_voting(meeting: Meeting) -> bool:
    return meeting.items.filter(status=ItemStatus.VOTING).exists()
