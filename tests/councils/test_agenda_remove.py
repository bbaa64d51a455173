"""Taking a dossier put on the agenda by mistake off it: only before voting opens, with a
reason, atomically (item gone, dossier back to «Đã thẩm định», both events), and only by
whoever runs the council."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.conftest import client_for
from tests.councils.factories import add_member, make_meeting
from thidua.audit.models import Event, EventType
from thidua.councils.models import AgendaItem, BallotIssue, ItemStatus, Meeting, MeetingStatus
from thidua.councils.services.meeting import agenda_item_add, agenda_item_remove
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open
from thidua.nominations.models import DossierStatus, Nomination

REASON = "Đưa nhầm: hồ sơ thuộc phiên họp tháng sau."


def _status(scene) -> str:
    scene.dossier.refresh_from_db()
    return scene.dossier.status


def test_it_takes_a_pending_item_off_the_agenda(scene):
    dossier = agenda_item_remove(actor=scene.secretary, item=scene.item, note=f"  {REASON} ")
    assert dossier.status == DossierStatus.APPRAISED == _status(scene)
    assert not AgendaItem.objects.filter(pk=scene.item.pk).exists()
    assert not BallotIssue.objects.filter(item_id=scene.item.pk).exists()
    moved = Event.objects.get(
        event_type=EventType.DOSSIER_AGENDA_REMOVED, subject_id=str(scene.dossier.pk)
    )
    assert moved.data["old"] == DossierStatus.COUNCIL and moved.data["note"] == REASON
    assert moved.actor == scene.secretary
    changed = Event.objects.filter(
        event_type=EventType.MEETING_CHANGED, subject_id=str(scene.meeting.pk)
    ).latest("id")
    assert changed.data == {
        "agenda_removed": {
            "dossier": scene.dossier.pk,
            "title": scene.dossier.title,
            "note": REASON,
        }
    }


def test_it_lets_the_dossier_go_on_another_meeting_afterwards(scene):
    agenda_item_remove(actor=scene.secretary, item=scene.item, note=REASON)
    other = make_meeting(scene.council, scene.secretary)
    item = agenda_item_add(actor=scene.secretary, meeting=other, dossier=scene.dossier)
    assert item.meeting == other and _status(scene) == DossierStatus.COUNCIL
    # and back on the first meeting too: the unique (meeting, dossier) row is gone
    agenda_item_remove(actor=scene.secretary, item=item, note=REASON)
    again = agenda_item_add(actor=scene.secretary, meeting=scene.meeting, dossier=scene.dossier)
    assert again.meeting == scene.meeting


@pytest.mark.parametrize("case", ["voting", "counted", "meeting closed"])
def test_it_refuses_once_voting_opened_or_the_meeting_closed(scene, case):
    item = scene.item
    if case in ("voting", "counted"):
        item = voting_open(actor=scene.secretary, item=item)
    if case == "counted":
        nomination = scene.dossier.nominations.get()
        for member in scene.members:
            ballot_cast(actor=member.user, item=item, choices={nomination.pk: "yes"})
        voting_close(actor=scene.secretary, item=item)
    if case == "meeting closed":
        Meeting.objects.filter(pk=scene.meeting.pk).update(status=MeetingStatus.CLOSED)
    before = _status(scene)
    message = "đã kết thúc" if case == "meeting closed" else "Đã mở bỏ phiếu"
    with pytest.raises(ValidationError, match=message):
        agenda_item_remove(actor=scene.secretary, item=item, note=REASON)
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    assert _status(scene) == before


@pytest.mark.parametrize("note", ["", "   "])
def test_it_needs_a_reason(scene, note):
    with pytest.raises(ValidationError, match="Cần ghi lý do"):
        agenda_item_remove(actor=scene.secretary, item=scene.item, note=note)
    assert AgendaItem.objects.filter(pk=scene.item.pk).exists()
    assert _status(scene) == DossierStatus.COUNCIL


def test_it_refuses_a_reader_of_the_council(scene, personas):
    with pytest.raises(PermissionDenied):
        agenda_item_remove(actor=personas.council_member, item=scene.item, note=REASON)
    assert AgendaItem.objects.filter(pk=scene.item.pk).exists()


def test_it_keeps_the_item_when_the_transition_guard_refuses(scene):
    # an outcome on a pending item (recorded elsewhere): the guard refuses, nothing is deleted
    Nomination.objects.filter(dossier=scene.dossier).update(outcome="approved")
    with pytest.raises(ValidationError, match="không thể rút hồ sơ"):
        agenda_item_remove(actor=scene.secretary, item=scene.item, note=REASON)
    assert AgendaItem.objects.get(pk=scene.item.pk).status == ItemStatus.PENDING
    assert _status(scene) == DossierStatus.COUNCIL
    assert not Event.objects.filter(event_type=EventType.DOSSIER_AGENDA_REMOVED).exists()


def test_it_never_deletes_an_item_holding_ballots(scene):
    BallotIssue.objects.create(item=scene.item, member=scene.members[0])
    with pytest.raises(ValidationError, match="đã có phiếu bầu"):
        agenda_item_remove(actor=scene.secretary, item=scene.item, note=REASON)
    assert AgendaItem.objects.filter(pk=scene.item.pk).exists()


def test_it_refuses_to_open_voting_on_an_item_taken_off(scene):
    stale = scene.item
    agenda_item_remove(actor=scene.secretary, item=stale, note=REASON)
    with pytest.raises(ValidationError, match="không còn trong chương trình họp"):
        voting_open(actor=scene.secretary, item=stale)
    with pytest.raises(ValidationError, match="không còn trong chương trình họp"):
        agenda_item_remove(actor=scene.secretary, item=stale, note=REASON)


# --- the meeting page ---------------------------------------------------------------------


def _url(scene) -> str:
    return f"/hoi-dong/noi-dung/{scene.item.pk}/rut/"


def test_it_offers_the_removal_on_pending_items_to_the_runner_only(scene, personas):
    page_url = f"/hoi-dong/phien-hop/{scene.meeting.pk}/"
    page = client_for(scene.secretary).get(page_url).content.decode()
    assert _url(scene) in page and f'for="remove-note-{scene.item.pk}"' in page
    assert 'name="note"' in page and "required" in page
    assert _url(scene) not in client_for(personas.council_member).get(page_url).content.decode()
    voting_open(actor=scene.secretary, item=scene.item)
    assert _url(scene) not in client_for(scene.secretary).get(page_url).content.decode()


def test_it_takes_the_item_off_from_the_page(scene):
    client = client_for(scene.secretary)
    response = client.post(_url(scene), {"note": REASON}, follow=True)
    assert response.redirect_chain[-1][0] == f"/hoi-dong/phien-hop/{scene.meeting.pk}/"
    page = response.content.decode()
    assert "Đã rút hồ sơ" in page and "khỏi chương trình họp" in page
    assert _status(scene) == DossierStatus.APPRAISED
    # the dossier is offered again for the agenda
    assert f'<option value="{scene.dossier.pk}">' in page


def test_it_shows_a_missing_reason_as_a_message(scene):
    response = client_for(scene.secretary).post(_url(scene), {"note": " "}, follow=True)
    assert "Cần ghi lý do rút hồ sơ khỏi chương trình họp." in response.content.decode()
    assert AgendaItem.objects.filter(pk=scene.item.pk).exists()


def test_it_shows_a_refusal_as_a_message(scene):
    voting_open(actor=scene.secretary, item=scene.item)
    response = client_for(scene.secretary).post(_url(scene), {"note": REASON}, follow=True)
    assert "Đã mở bỏ phiếu: không thể rút hồ sơ" in response.content.decode()
    assert AgendaItem.objects.filter(pk=scene.item.pk).exists()


def test_it_gives_403_to_a_member_without_run_council_and_404_to_another_unit(scene, personas):
    add_member(scene.council, scene.secretary, user=personas.council_member)  # a seated member
    for user in (personas.council_member, personas.leader):
        assert client_for(user).post(_url(scene), {"note": REASON}).status_code == 403
    assert client_for(personas.officer_b).post(_url(scene), {"note": REASON}).status_code == 404
    assert client_for(scene.secretary).get(_url(scene)).status_code == 405
    assert AgendaItem.objects.filter(pk=scene.item.pk).exists()
    assert _status(scene) == DossierStatus.COUNCIL
