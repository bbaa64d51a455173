"""Nominees: the engine's verdict stored with them, justification, bulk add, edit, removal,
and the officer's appraisal."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_org, make_person
from tests.nominations.helpers import add, award, good_person
from thidua.audit.models import Event, EventType
from thidua.nominations.models import Dossier, DossierStatus, Nomination
from thidua.nominations.selectors.eligibility import dossier_candidates
from thidua.nominations.services.nominees import (
    Entry,
    dossier_appraise,
    nomination_appraise,
    nominee_add,
    nominee_remove,
    nominee_update,
    nominees_add_bulk,
)


def test_an_eligible_person_is_added_with_the_engines_answer(dossier, tree, personas):
    person = good_person("Nguyễn Văn An", tree.unit_a)
    added = nominee_add(
        dossier=dossier, actor=personas.clerk_a, entry=Entry(award("LDTT"), person=person)
    )
    assert added.eligible is True and added.eligibility_notes == []
    assert added.position == "Chuyên viên"  # the person's current position
    event = Event.objects.get(event_type=EventType.NOMINEE_ADDED)
    assert event.subject_id == str(dossier.pk) and event.data["name"] == "Nguyễn Văn An"


def test_an_ineligible_person_needs_a_justification_and_keeps_the_failed_checks(dossier, tree):
    person = good_person("Lê Thị Hoa", tree.unit_a, rating="complete")
    with pytest.raises(ValidationError) as raised:
        add(dossier, person=person, code="LDTT")
    assert "justification" in raised.value.message_dict
    added = add(dossier, person=person, code="LDTT", justification="Thành tích đột xuất")
    assert added.eligible is False
    assert any("Hoàn thành nhiệm vụ" in note for note in added.eligibility_notes)


def test_an_award_the_engine_does_not_evaluate_is_stored_as_unknown(dossier, tree):
    added = add(dossier, person=make_person("Vũ Văn Khánh", org=tree.unit_a), code="GIAY_KHEN")
    assert added.eligible is None and added.eligibility_notes == []


@pytest.mark.parametrize(
    ("subject", "code", "message"),
    [
        ("person_b", "GIAY_KHEN", "không thuộc"),  # a person of another unit
        ("unit_b", "GIAY_KHEN", "không thuộc"),  # a collective outside the unit
        ("person_a", "TTLDTT", "không xét cho cá nhân"),  # a collective's title for a person
        ("unit_a", "LDTT", "không xét cho tập thể"),
        ("person_a", "SANG_KIEN_CO_SO", "không xét cho cá nhân"),  # statistics, not an award
    ],
)
def test_it_refuses_a_subject_outside_the_unit_or_the_wrong_award(
    dossier, tree, subject, code, message
):
    people = {
        "person_a": make_person("Ngô Văn A", org=tree.unit_a),
        "person_b": make_person("Ngô Văn B", org=tree.unit_b),
    }
    entry = (
        {"person": people[subject]}
        if subject in people
        else {"organization": getattr(tree, subject)}
    )
    with pytest.raises(ValidationError, match=message):
        add(dossier, code=code, justification="x", **entry)


def test_a_sub_unit_is_a_collective_of_the_unit(dossier, tree):
    team = make_org("Tổ Việc làm", parent=tree.unit_a)
    assert add(dossier, organization=team).organization == team


def test_the_same_nominee_and_award_cannot_be_added_twice(dossier, tree):
    add(dossier, organization=tree.unit_a)
    with pytest.raises(ValidationError, match="đã được đề nghị"):
        add(dossier, organization=tree.unit_a)


def test_the_candidates_panel_offers_the_eligible_and_bulk_adds_them(dossier, tree, personas):
    an = good_person("Nguyễn Văn An", tree.unit_a)
    good_person("Trần Văn Bình", tree.unit_a, rating="complete")  # not eligible
    groups = dossier_candidates(dossier=dossier, user=personas.clerk_a)
    ldtt = next(g for g in groups if g.award.code == "LDTT")
    assert [c.name for c in ldtt.candidates] == ["Nguyễn Văn An"]
    added = nominees_add_bulk(
        dossier=dossier, actor=personas.clerk_a, entries=[Entry(award("LDTT"), person=an)]
    )
    assert [n.eligible for n in added] == [True]
    again = nominees_add_bulk(
        dossier=dossier, actor=None, entries=[Entry(award("LDTT"), person=an)]
    )
    assert again == []  # already there: skipped
    groups = dossier_candidates(dossier=dossier, user=personas.clerk_a)
    assert not any(g.award.code == "LDTT" for g in groups)  # no longer offered


def test_a_bulk_add_refuses_an_ineligible_candidate(dossier, tree):
    weak = good_person("Trần Văn Bình", tree.unit_a, rating="complete")
    with pytest.raises(ValidationError, match="không còn đủ điều kiện"):
        nominees_add_bulk(dossier=dossier, actor=None, entries=[Entry(award("LDTT"), person=weak)])
    assert not Nomination.objects.exists()


def test_it_edits_and_removes_a_nominee_of_a_draft_only(dossier, tree, personas):
    weak = good_person("Trần Văn Bình", tree.unit_a, rating="complete")
    nominee = add(dossier, person=weak, code="LDTT", justification="Lý do ban đầu")
    with pytest.raises(ValidationError):
        nominee_update(nomination=nominee, actor=personas.clerk_a, data={"justification": " "})
    nominee_update(nomination=nominee, actor=personas.clerk_a, data={"summary": "Vượt chỉ tiêu"})
    event = Event.objects.get(event_type=EventType.NOMINEE_CHANGED)
    assert event.data["new"] == {"summary": "Vượt chỉ tiêu"}
    with pytest.raises(PermissionDenied):
        nominee_remove(nomination=nominee, actor=personas.officer_b)
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.SUBMITTED)
    with pytest.raises(ValidationError):
        nominee_update(nomination=nominee, actor=personas.clerk_a, data={"summary": "x"})
    with pytest.raises(ValidationError):
        nominee_remove(nomination=nominee, actor=personas.clerk_a)
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.DRAFT)
    nominee_remove(nomination=nominee, actor=personas.clerk_a)
    assert not Nomination.objects.exists()
    assert Event.objects.get(event_type=EventType.NOMINEE_REMOVED).data["name"] == "Trần Văn Bình"


def test_the_officer_appraises_while_received(dossier, tree, personas):
    nominee = add(dossier, organization=tree.unit_a)
    with pytest.raises(ValidationError):  # still a draft
        nomination_appraise(
            nomination=nominee, opinion="agree", note="", actor=personas.dept_officer
        )
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.RECEIVED)
    for who in ("clerk_a", "officer_a", "leader"):
        with pytest.raises(PermissionDenied):
            nomination_appraise(
                nomination=nominee, opinion="agree", note="", actor=getattr(personas, who)
            )
    with pytest.raises(ValidationError):  # disagreeing needs a reason
        nomination_appraise(
            nomination=nominee, opinion="disagree", note="", actor=personas.dept_officer
        )
    done = nomination_appraise(
        nomination=nominee, opinion="disagree", note="Thiếu biên bản", actor=personas.dept_officer
    )
    assert (done.appraisal, done.appraisal_note) == ("disagree", "Thiếu biên bản")
    event = Event.objects.get(event_type=EventType.NOMINEE_APPRAISED)
    assert event.data["new"] == "disagree" and event.data["note"] == "Thiếu biên bản"


def test_the_appraisal_page_saves_several_opinions_and_skips_blank_rows(dossier, tree, personas):
    first = add(dossier, organization=tree.unit_a)
    second = add(dossier, person=make_person("Hồ Văn Lâm", org=tree.unit_a))
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.RECEIVED)
    changed = dossier_appraise(
        dossier=dossier,
        opinions={first.pk: ("agree", ""), second.pk: ("", "")},
        actor=personas.dept_officer,
    )
    assert changed == 1
    assert dict(Nomination.objects.values_list("pk", "appraisal")) == {
        first.pk: "agree",
        second.pk: "",
    }
