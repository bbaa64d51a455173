"""Conflict of interest: the nominee and the people of the nominee's unit abstain."""

import pytest
from django.core.exceptions import ValidationError

from tests.councils.factories import (
    add_member,
    make_council,
    make_dossier,
    make_meeting,
    make_named_user,
    make_round,
    mark_present,
)
from tests.factories import make_org, make_person
from thidua.councils.models import BallotIssue
from thidua.councils.selectors.minutes import count_minutes_context
from thidua.councils.services.meeting import agenda_item_add, meeting_close
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open


def test_it_makes_conflicted_members_abstain_and_names_them(
    tree, secretary, django_capture_on_commit_callbacks
):
    council = make_council(secretary, tree.dept)
    team = make_org("Tổ việc làm", parent=tree.unit_a)
    nominee = make_person("Nguyễn Văn Được", org=tree.unit_a)
    colleague = make_person("Lê Thị Cùng", org=team)
    outsider = make_person("Hà Văn Khác", org=tree.unit_b)
    seats = [
        add_member(
            council, secretary, user=make_named_user("duoc", "Nguyễn Văn Được", person=nominee)
        ),
        add_member(
            council, secretary, user=make_named_user("cung", "Lê Thị Cùng", person=colleague)
        ),
        add_member(
            council, secretary, user=make_named_user("khac", "Hà Văn Khác", person=outsider)
        ),
        add_member(council, secretary),
    ]
    dossier = make_dossier(make_round(tree.dept), tree.unit_a, [(nominee, "CSTDCS")])
    meeting = make_meeting(council, secretary, chair=seats[3])
    item = agenda_item_add(actor=secretary, meeting=meeting, dossier=dossier)
    mark_present(meeting, secretary, seats)

    item = voting_open(actor=secretary, item=item)

    assert [c["name"] for c in item.conflicts] == ["Nguyễn Văn Được", "Lê Thị Cùng"]
    assert item.conflicts[0]["reason"] == "là người được đề nghị khen thưởng"
    assert set(BallotIssue.objects.filter(item=item).values_list("member", flat=True)) == {
        seats[2].pk,
        seats[3].pk,
    }
    nomination = dossier.nominations.get()
    with pytest.raises(ValidationError, match="xung đột lợi ích"):
        ballot_cast(actor=seats[0].user, item=item, choices={nomination.pk: "yes"})
    for seat in seats[2:]:
        ballot_cast(actor=seat.user, item=item, choices={nomination.pk: "yes"})
    voting_close(actor=secretary, item=item)
    nomination.refresh_from_db()
    # 2 yes of 4 present is not more than half: the abstentions stay in the base
    assert (nomination.vote_result["yes"], nomination.vote_result["abstain"]) == (2, 2)
    assert nomination.outcome == "rejected"
    assert nomination.vote_result["conflicts"] == ["Nguyễn Văn Được", "Lê Thị Cùng"]
    with django_capture_on_commit_callbacks():
        meeting_close(actor=secretary, meeting=meeting, conclusions="")
    text = str(count_minutes_context(meeting))
    assert "Nguyễn Văn Được (là người được đề nghị khen thưởng)" in text
    assert "Lê Thị Cùng (công tác tại đơn vị đề nghị (Phòng Lao động - Việc làm))" in text


def test_it_makes_members_of_a_collective_nominee_abstain(tree, secretary):
    council = make_council(secretary, tree.dept)
    inside = make_person("Đỗ Văn Trong", org=tree.unit_b)
    seats = [
        add_member(
            council, secretary, user=make_named_user("trong", "Đỗ Văn Trong", person=inside)
        ),
        add_member(council, secretary),
    ]
    # unit A proposes unit B's collective title (an unusual but legal dossier)
    dossier = make_dossier(make_round(tree.dept), tree.unit_a, [(tree.unit_b, "TTLDTT")])
    meeting = make_meeting(council, secretary)
    item = agenda_item_add(actor=secretary, meeting=meeting, dossier=dossier)
    mark_present(meeting, secretary, seats)
    item = voting_open(actor=secretary, item=item)
    assert item.conflicts[0]["reason"] == "công tác tại tập thể được đề nghị (Phòng Người có công)"
