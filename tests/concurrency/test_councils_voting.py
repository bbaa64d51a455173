"""30 council members vote at once (PostgreSQL): no lost ballot, no double ballot.

Each member may even submit twice at the same instant (a double tap on a phone): the
BallotIssue row lock serves one submission, the other is refused with a clear message.
"""

from collections import Counter

import pytest
from django.core.exceptions import ValidationError

from tests.councils.factories import (
    add_members,
    make_council,
    make_dossier,
    make_meeting,
    make_named_user,
    make_round,
    mark_present,
)
from tests.factories import make_person
from thidua.accounts.models import Role
from thidua.councils.models import BallotIssue, Vote
from thidua.councils.services.meeting import agenda_item_add
from thidua.councils.services.voting import TWICE, ballot_cast, voting_close, voting_open

MEMBERS = 30


def _open_item(tree):
    secretary = make_named_user("thu_ky", "Lò Thị Hoa", Role.COUNCIL_SECRETARY, tree.dept)
    council = make_council(secretary, tree.dept)
    members = add_members(council, secretary, MEMBERS)
    nominees = [
        (make_person("Nguyễn Văn Một", org=tree.unit_a), "CSTD_TINH"),
        (make_person("Trần Thị Hai", org=tree.unit_a), "CSTDCS"),
    ]
    dossier = make_dossier(make_round(tree.dept), tree.unit_a, nominees)
    meeting = make_meeting(council, secretary, chair=members[0])
    item = agenda_item_add(actor=secretary, meeting=meeting, dossier=dossier)
    mark_present(meeting, secretary, members)
    return secretary, members, voting_open(actor=secretary, item=item)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("submissions", [1, 2])
def test_it_keeps_exactly_one_ballot_per_member_under_load(tree, run_together, submissions):
    secretary, members, item = _open_item(tree)
    nominations = list(item.dossier.nominations.values_list("id", flat=True))

    def vote(i: int) -> str:
        member = members[i % MEMBERS]
        choice = "yes" if member.pk % 3 else "no"
        return ballot_cast(actor=member.user, item=item, choices={n: choice for n in nominations})

    results = run_together(vote, MEMBERS * submissions)

    codes = [r for r in results if isinstance(r, str)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(codes) == MEMBERS and len(set(codes)) == MEMBERS
    assert len(refused) == MEMBERS * (submissions - 1)
    assert all(isinstance(e, ValidationError) and e.messages == [TWICE] for e in refused)
    assert BallotIssue.objects.filter(item=item, cast=True).count() == MEMBERS
    assert Vote.objects.filter(item=item).count() == MEMBERS * len(nominations)
    per_ballot = Counter(Vote.objects.filter(item=item).values_list("receipt_hash", flat=True))
    assert set(per_ballot.values()) == {len(nominations)}

    voting_close(actor=secretary, item=item)
    expected_yes = sum(1 for m in members if m.pk % 3)
    for nomination in item.dossier.nominations.all():
        assert nomination.vote_result["yes"] == expected_yes
        assert nomination.vote_result["ballots_returned"] == MEMBERS


@pytest.mark.django_db(transaction=True)
def test_it_counts_ballots_in_flight_when_voting_closes(tree, run_together):
    secretary, members, item = _open_item(tree)
    nominations = list(item.dossier.nominations.values_list("id", flat=True))

    def act(i: int):
        if i == MEMBERS:
            return voting_close(actor=secretary, item=item)
        return ballot_cast(
            actor=members[i].user, item=item, choices={n: "yes" for n in nominations}
        )

    results = run_together(act, MEMBERS + 1)
    assert not isinstance(results[MEMBERS], Exception), results[MEMBERS]
    accepted = sum(1 for r in results[:MEMBERS] if isinstance(r, str))
    refused = [r for r in results[:MEMBERS] if isinstance(r, Exception)]
    assert all(isinstance(e, ValidationError) for e in refused)
    assert accepted + len(refused) == MEMBERS
    # every accepted ballot is in the count; none arrived after it
    for nomination in item.dossier.nominations.all():
        assert nomination.vote_result["yes"] == accepted
        assert nomination.vote_result["ballots_returned"] == accepted
    assert Vote.objects.filter(item=item).count() == accepted * len(nominations)
