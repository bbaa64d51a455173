"""Ballot secrecy: no table or log links a voter to a choice; only the receipt shows a ballot."""

from django.db import models

from thidua.audit.models import Event, EventType
from thidua.councils.models import BallotIssue, Vote
from thidua.councils.selectors.ballots import receipt_hash, receipt_lookup
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open


def test_it_keeps_no_voter_and_no_time_on_a_vote():
    fields = {f.name: f for f in Vote._meta.get_fields()}
    assert set(fields) == {"id", "item", "nomination", "choice", "receipt_hash"}
    related = {f.related_model._meta.label for f in fields.values() if f.is_relation}
    assert related == {"councils.AgendaItem", "nominations.Nomination"}
    assert not any(isinstance(f, models.DateField | models.TimeField) for f in fields.values())
    assert isinstance(fields["id"], models.UUIDField)  # no sequence to order the rows by
    assert not Vote._meta.ordering


def test_it_records_only_that_a_member_voted(scene):
    issue_fields = {f.name for f in BallotIssue._meta.get_fields()}
    assert issue_fields == {"id", "item", "member", "cast"}
    item = voting_open(actor=scene.secretary, item=scene.item)
    nomination = scene.dossier.nominations.get()
    code = ballot_cast(actor=scene.members[0].user, item=item, choices={nomination.pk: "no"})
    event = Event.objects.get(event_type=EventType.VOTE_CAST)
    assert event.actor == scene.members[0].user
    assert event.data == {
        "item": item.pk,
        "member": scene.members[0].pk,
        "name": scene.members[0].name,
    }
    dumped = str(event.data) + event.subject_label
    assert code not in dumped and receipt_hash(code) not in dumped
    assert "no" not in event.data.values()
    all_events = " ".join(str(e.data) for e in Event.objects.all())
    assert code not in all_events and receipt_hash(code) not in all_events


def test_it_shows_a_ballot_only_to_the_holder_of_its_receipt(scene, personas):
    item = voting_open(actor=scene.secretary, item=scene.item)
    nomination = scene.dossier.nominations.get()
    first = ballot_cast(actor=scene.members[0].user, item=item, choices={nomination.pk: "no"})
    second = ballot_cast(actor=scene.members[1].user, item=item, choices={nomination.pk: "yes"})
    mine = receipt_lookup(user=scene.members[0].user, code=first.lower().replace("-", " "))
    assert mine is not None and mine.item == item
    assert [(n.pk, label) for n, label in mine.choices] == [(nomination.pk, "Không đồng ý")]
    other = receipt_lookup(user=scene.members[0].user, code=second)
    assert [label for _, label in other.choices] == ["Đồng ý"]  # the code, not the user, opens it
    assert receipt_lookup(user=scene.members[0].user, code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF") is None
    assert receipt_lookup(user=personas.officer_b, code=first) is None  # not on the council
    assert receipt_lookup(user=scene.members[0].user, code="") is None


def test_it_shuffles_the_ballot_box_at_close_and_receipts_still_work(make_scene):
    scene = make_scene(members=12)
    item = voting_open(actor=scene.secretary, item=scene.item)
    nomination = scene.dossier.nominations.get()
    codes = [
        ballot_cast(actor=m.user, item=item, choices={nomination.pk: "yes" if i % 3 else "no"})
        for i, m in enumerate(scene.members)
    ]
    before = list(Vote.objects.filter(item=item).values_list("id", "receipt_hash"))
    voting_close(actor=scene.secretary, item=item)
    after = list(Vote.objects.filter(item=item).values_list("id", "receipt_hash"))
    assert len(after) == 12
    assert not {pk for pk, _ in before} & {pk for pk, _ in after}  # new keys
    assert sorted(h for _, h in before) == sorted(h for _, h in after)  # same ballots
    assert receipt_lookup(user=scene.members[4].user, code=codes[4]).choices[0][1] == "Đồng ý"
    assert Vote.objects.filter(item=item, choice="no").count() == 4
