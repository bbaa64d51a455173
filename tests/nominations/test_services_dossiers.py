"""Creating, editing and submitting dossiers; attachments. Every write refuses non-drafts."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.nominations.helpers import add, good_person, make_dossier, make_round, pdf
from thidua.audit.models import Event, EventType
from thidua.nominations.models import Attachment, Dossier, DossierStatus
from thidua.nominations.services.attachments import attachment_add, attachment_remove
from thidua.nominations.services.dossiers import dossier_create, dossier_submit, dossier_update
from thidua.nominations.services.rounds import round_close
from thidua.rules.models import YearRating


def test_it_creates_a_draft_for_a_unit_below_the_organiser(the_round, tree, personas):
    dossier = dossier_create(
        actor=personas.clerk_a,
        the_round=the_round,
        organization=tree.unit_a,
        data={"title": " Đề nghị khen thưởng năm 2025 ", "number": "12/TTr-LĐVL"},
    )
    assert dossier.status == DossierStatus.DRAFT and dossier.title == "Đề nghị khen thưởng năm 2025"
    assert dossier.created_by == personas.clerk_a
    assert Event.objects.get(event_type=EventType.DOSSIER_CREATED).actor == personas.clerk_a


def test_the_organiser_itself_may_propose(the_round, tree, personas):
    assert make_dossier(the_round, tree.dept).organization == tree.dept


@pytest.mark.parametrize("who", ["officer_b", "auditor", "leader", "staff_a"])
def test_only_who_nominates_for_the_unit_creates_its_dossier(the_round, tree, personas, who):
    with pytest.raises(PermissionDenied):
        dossier_create(
            actor=getattr(personas, who),
            the_round=the_round,
            organization=tree.unit_a,
            data={"title": "x"},
        )


def test_a_unit_outside_the_organiser_or_a_closed_round_is_refused(tree, personas):
    the_round = make_round(tree, organizer=tree.unit_a)
    with pytest.raises(ValidationError):
        dossier_create(
            actor=None, the_round=the_round, organization=tree.unit_b, data={"title": "x"}
        )
    round_close(actor=None, the_round=the_round)
    with pytest.raises(ValidationError, match="Đợt xét đã kết thúc"):
        dossier_create(
            actor=None, the_round=the_round, organization=tree.unit_a, data={"title": "x"}
        )


def test_it_updates_a_draft_and_refuses_once_sent(dossier, personas):
    dossier_update(actor=personas.clerk_a, dossier=dossier, data={"number": "15/TTr"})
    assert Event.objects.get(event_type=EventType.DOSSIER_SAVED).data["new"] == {"number": "15/TTr"}
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.SUBMITTED)
    with pytest.raises(ValidationError, match="chỉ sửa được khi hồ sơ đang soạn"):
        dossier_update(actor=personas.clerk_a, dossier=dossier, data={"number": "16/TTr"})


def test_submission_re_evaluates_every_nominee_first(dossier, tree, personas):
    person = good_person("Nguyễn Văn An", tree.unit_a)
    ldtt = add(dossier, person=person, code="LDTT")
    assert ldtt.eligible is True
    YearRating.objects.filter(person=person).update(rating="complete")  # history changed
    with pytest.raises(ValidationError) as raised:
        dossier_submit(dossier=dossier, actor=personas.clerk_a)
    assert any("cần ghi lý do đề nghị" in m for m in raised.value.messages)
    ldtt.refresh_from_db()
    assert ldtt.eligible is False and ldtt.eligibility_notes  # kept although refused
    assert (
        Event.objects.filter(event_type=EventType.NOMINEE_CHANGED, data__recheck=True).count() == 1
    )
    assert Dossier.objects.get(pk=dossier.pk).status == DossierStatus.DRAFT


def test_submission_succeeds_when_the_guard_is_satisfied(dossier, tree, personas):
    add(dossier, organization=tree.unit_a)
    moved = dossier_submit(dossier=dossier, actor=personas.clerk_a)
    assert moved.status == DossierStatus.SUBMITTED and moved.submitted_at is not None


def test_an_attachment_is_checked_hashed_audited_and_removed_while_draft(dossier, tree, personas):
    nominee = add(dossier, organization=tree.unit_a)
    attachment = attachment_add(
        dossier=dossier,
        actor=personas.clerk_a,
        kind="review_minutes",
        upload=pdf(),
        nomination=nominee,
    )
    assert attachment.size > 0 and len(attachment.sha256) == 64
    assert attachment.original_name == "to-trinh.pdf" and attachment.uploaded_by == personas.clerk_a
    added = Event.objects.get(event_type=EventType.ATTACHMENT_ADDED)
    assert added.data["sha256"] == attachment.sha256 and added.subject_id == str(dossier.pk)
    with pytest.raises(ValidationError):
        attachment_add(
            dossier=dossier, actor=None, kind="other", upload=pdf("x.pdf", b"MZ\x90\x00")
        )
    with pytest.raises(ValidationError):
        attachment_add(dossier=dossier, actor=None, kind="nonsense", upload=pdf())
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.SUBMITTED)
    with pytest.raises(ValidationError):
        attachment_remove(attachment=attachment, actor=personas.clerk_a)
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.DRAFT)
    attachment_remove(attachment=attachment, actor=personas.clerk_a)
    assert not Attachment.objects.exists()
    assert (
        Event.objects.get(event_type=EventType.ATTACHMENT_REMOVED).data["sha256"]
        == added.data["sha256"]
    )


def test_an_attachment_of_another_dossiers_nominee_is_refused(the_round, dossier, tree):
    other = make_dossier(the_round, tree.unit_b)
    stranger = add(other, organization=tree.unit_b)
    with pytest.raises(ValidationError):
        attachment_add(dossier=dossier, actor=None, kind="other", upload=pdf(), nomination=stranger)
