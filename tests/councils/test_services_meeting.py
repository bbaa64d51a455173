"""Meetings: agenda (through the dossier transition), attendance, closing with both minutes."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.councils.factories import (
    add_member,
    make_council,
    make_dossier,
    make_meeting,
    make_round,
)
from tests.factories import make_person
from thidua.audit.models import Event, EventType
from thidua.councils.models import Attendance, MeetingStatus
from thidua.councils.selectors import council_documents_for_dossier
from thidua.councils.selectors.meetings import agenda_rows
from thidua.councils.services.meeting import (
    agenda_item_add,
    attendance_record,
    meeting_close,
    meeting_update,
)
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open
from thidua.documents.models import GeneratedDocument
from thidua.nominations.models import DossierStatus


def test_it_moves_a_dossier_to_the_council_when_put_on_the_agenda(scene):
    scene.dossier.refresh_from_db()
    assert scene.dossier.status == DossierStatus.COUNCIL
    assert Event.objects.filter(event_type=EventType.DOSSIER_TO_COUNCIL).count() == 1
    assert Event.objects.filter(event_type=EventType.MEETING_CHANGED).count() == 1


@pytest.mark.parametrize("case", ["not appraised", "other organiser", "other round", "read-only"])
def test_it_refuses_dossiers_that_cannot_go_on_the_agenda(scene, tree, personas, case):
    nominee = make_person("Phạm Văn Bốn", org=tree.unit_b)
    the_round, actor, status = scene.round, scene.secretary, DossierStatus.APPRAISED
    if case == "not appraised":
        status = DossierStatus.RECEIVED
    elif case == "other organiser":
        the_round = make_round(tree.home_affairs)
    elif case == "other round":
        meeting_update(actor=actor, meeting=scene.meeting, round=scene.round)
        the_round = make_round(tree.dept, year=2024)
    else:
        actor = personas.council_member
    dossier = make_dossier(the_round, tree.unit_b, [(nominee, "LDTT")], status=status)
    error = PermissionDenied if case == "read-only" else ValidationError
    with pytest.raises(error):
        agenda_item_add(actor=actor, meeting=scene.meeting, dossier=dossier)
    dossier.refresh_from_db()
    assert dossier.status == status


def test_it_records_attendance_and_refuses_changes_while_voting(scene):
    rows = Attendance.objects.filter(meeting=scene.meeting)
    assert rows.count() == 5 and all(r.present for r in rows)
    absent = scene.members[4]
    attendance_record(
        actor=scene.secretary,
        meeting=scene.meeting,
        entries={m.pk: (True, "") for m in scene.members[:4]} | {absent.pk: (False, "Đi công tác")},
    )
    row = Attendance.objects.get(meeting=scene.meeting, member=absent)
    assert (row.present, row.note) == (False, "Đi công tác")
    event = (
        Event.objects.filter(event_type=EventType.MEETING_ATTENDANCE).order_by("at", "id").last()
    )
    assert event.data["absent"] == [{"name": absent.name, "note": "Đi công tác"}]
    voting_open(actor=scene.secretary, item=scene.item)
    with pytest.raises(ValidationError, match="Đang bỏ phiếu"):
        attendance_record(actor=scene.secretary, meeting=scene.meeting, entries={})


def test_it_shows_the_quorum_of_each_item(make_scene):
    scene = make_scene(members=6, present=3)
    row = agenda_rows(scene.meeting)[0]
    assert (row.quorum.members, row.quorum.present, row.quorum.met) == (6, 3, False)


def test_it_refuses_a_chair_from_outside_the_council_or_term(tree, secretary):
    council = make_council(secretary, tree.dept)
    other = make_council(secretary, tree.dept, name="Hội đồng khác")
    stranger = add_member(other, secretary)
    late = add_member(council, secretary, term_start=dt.date(2026, 1, 1))
    for chair in (stranger, late):
        with pytest.raises(ValidationError, match="Người chủ trì"):
            make_meeting(council, secretary, chair=chair)


def test_it_closes_a_meeting_only_when_every_item_is_counted(
    scene, immediate_tasks, soffice_path, django_capture_on_commit_callbacks
):
    with pytest.raises(ValidationError, match="chưa bỏ phiếu"):
        meeting_close(actor=scene.secretary, meeting=scene.meeting, conclusions="")
    item = voting_open(actor=scene.secretary, item=scene.item)
    nomination = scene.dossier.nominations.get()
    for member in scene.members:
        ballot_cast(actor=member.user, item=item, choices={nomination.pk: "yes"})
    voting_close(actor=scene.secretary, item=item)
    with django_capture_on_commit_callbacks(execute=True):
        meeting = meeting_close(
            actor=scene.secretary, meeting=scene.meeting, conclusions="Thống nhất đề nghị."
        )
    assert meeting.status == MeetingStatus.CLOSED
    documents = council_documents_for_dossier(scene.dossier)
    assert [d.template_code for d in documents] == ["bien_ban_hop_hoi_dong", "bien_ban_kiem_phieu"]
    for document in GeneratedDocument.objects.filter(pk__in=[d.pk for d in documents]):
        assert document.status == "ready", document.error
        assert document.docx and document.pdf
    with pytest.raises(ValidationError, match="đã kết thúc"):
        meeting_update(actor=scene.secretary, meeting=meeting, place="Khác")
    assert Event.objects.filter(event_type=EventType.MEETING_CLOSED).count() == 1


def test_it_finds_no_minutes_for_a_dossier_never_on_an_agenda(tree):
    nominee = make_person("Vũ Thị Năm", org=tree.unit_a)
    dossier = make_dossier(make_round(tree.dept), tree.unit_a, [(nominee, "LDTT")])
    assert council_documents_for_dossier(dossier) == []


def test_it_refuses_to_change_the_day_after_voting(scene):
    voting_open(actor=scene.secretary, item=scene.item)
    with pytest.raises(ValidationError, match="đổi ngày"):
        meeting_update(
            actor=scene.secretary,
            meeting=scene.meeting,
            held_at=timezone.make_aware(dt.datetime(2025, 12, 20, 8, 0)),
        )
