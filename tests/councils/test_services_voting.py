"""Opening, casting and closing the secret ballot of an agenda item."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.councils.factories import add_member
from thidua.audit.models import Event, EventType
from thidua.councils.models import BallotIssue, ItemStatus, Vote
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open
from thidua.nominations.models import Outcome


def yes_for(item, answer="yes"):
    return {n.pk: answer for n in item.dossier.nominations.all()}


def test_it_issues_one_ballot_per_present_voting_member(make_scene):
    scene = make_scene(members=5, present=4)
    item = voting_open(actor=scene.secretary, item=scene.item)
    assert item.status == ItemStatus.VOTING
    assert (item.members, item.present) == (5, 4)
    assert set(BallotIssue.objects.filter(item=item).values_list("member", flat=True)) == {
        m.pk for m in scene.members[:4]
    }
    event = Event.objects.get(event_type=EventType.VOTING_OPENED)
    assert event.data["ballots"] == 4


def test_it_leaves_a_non_voting_secretary_out_of_ballots_and_counts(scene, tree):
    clerk = add_member(scene.council, scene.secretary, role="secretary", votes=False)
    from tests.councils.factories import mark_present

    mark_present(scene.meeting, scene.secretary, [*scene.members, clerk])
    item = voting_open(actor=scene.secretary, item=scene.item)
    assert (item.members, item.present) == (5, 5)
    assert not BallotIssue.objects.filter(member=clerk).exists()
    with pytest.raises(ValidationError, match="không có quyền biểu quyết"):
        ballot_cast(actor=clerk.user, item=item, choices=yes_for(item))


def test_it_refuses_to_open_without_attendance(make_scene, secretary):
    scene = make_scene(members=3, present=0)
    from thidua.councils.models import Attendance

    Attendance.objects.filter(meeting=scene.meeting).delete()
    with pytest.raises(ValidationError, match="điểm danh"):
        voting_open(actor=secretary, item=scene.item)


def test_it_refuses_opening_to_a_read_only_user(scene, personas):
    with pytest.raises(PermissionDenied):
        voting_open(actor=personas.council_member, item=scene.item)


def test_it_records_a_ballot_and_returns_a_receipt(scene):
    item = voting_open(actor=scene.secretary, item=scene.item)
    code = ballot_cast(actor=scene.members[0].user, item=item, choices=yes_for(item))
    assert len(code) == 29 and code.count("-") == 5
    assert BallotIssue.objects.get(item=item, member=scene.members[0]).cast
    assert Vote.objects.filter(item=item, choice="yes").count() == 1


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("twice", "đã bỏ phiếu"),
        ("absent", "không có mặt"),
        ("stranger", "không phải thành viên"),
        ("incomplete", "Cần chọn"),
        ("bogus", "không hợp lệ"),
    ],
)
def test_it_refuses_ballots_that_may_not_be_cast(make_scene, personas, who, message):
    scene = make_scene(members=4, present=3)
    item = voting_open(actor=scene.secretary, item=scene.item)
    voter, choices = scene.members[0].user, yes_for(item)
    if who == "twice":
        ballot_cast(actor=voter, item=item, choices=choices)
    elif who == "absent":
        voter = scene.members[3].user
    elif who == "stranger":
        voter = personas.leader
    elif who == "incomplete":
        choices = {}
    elif who == "bogus":
        choices = yes_for(item, "maybe")
    with pytest.raises(ValidationError, match=message):
        ballot_cast(actor=voter, item=item, choices=choices)
    assert Vote.objects.filter(item=item).count() == (1 if who == "twice" else 0)


def test_it_refuses_ballots_before_opening_and_after_closing(scene):
    with pytest.raises(ValidationError, match="chưa mở"):
        ballot_cast(actor=scene.members[0].user, item=scene.item, choices=yes_for(scene.item))
    item = voting_open(actor=scene.secretary, item=scene.item)
    voting_close(actor=scene.secretary, item=item)
    with pytest.raises(ValidationError, match="chưa mở hoặc đã kết thúc"):
        ballot_cast(actor=scene.members[1].user, item=item, choices=yes_for(item))


def test_it_counts_and_records_the_outcome_at_close(scene):
    item = voting_open(actor=scene.secretary, item=scene.item)
    for member, answer in zip(scene.members, ["yes", "yes", "yes", "no"], strict=False):
        ballot_cast(actor=member.user, item=item, choices=yes_for(item, answer))
    voting_close(actor=scene.secretary, item=item)
    nomination = scene.dossier.nominations.get()
    assert nomination.outcome == Outcome.APPROVED
    result = nomination.vote_result
    assert (result["yes"], result["no"], result["abstain"]) == (3, 1, 1)
    assert (result["ballots_issued"], result["ballots_returned"]) == (5, 4)
    assert result["percent"] == 60.0 and result["quorum_met"]
    assert Event.objects.get(event_type=EventType.VOTING_CLOSED).data["ballots_returned"] == 4
    assert Event.objects.filter(event_type=EventType.NOMINEE_OUTCOME).count() == 1


def test_it_refuses_to_close_twice(scene):
    item = voting_open(actor=scene.secretary, item=scene.item)
    voting_close(actor=scene.secretary, item=item)
    with pytest.raises(ValidationError):
        voting_close(actor=scene.secretary, item=item)
    with pytest.raises(ValidationError, match="đã được bỏ phiếu"):
        voting_open(actor=scene.secretary, item=item)
