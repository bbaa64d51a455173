"""Issuing: signature, final amounts, AwardRecords in the history, dossiers decided, audit."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tests.decisions.helpers import SIGNED, SIGNER, draft, issued, make_setup, nominate
from thidua.audit.models import Event, EventType
from thidua.decisions.content import content_hash, decision_payload
from thidua.decisions.models import DecisionStatus
from thidua.decisions.selectors.decisions import candidates, decision_lines
from thidua.decisions.services.issue import decision_issue
from thidua.documents.models import GeneratedDocument
from thidua.movements.models import Notification
from thidua.nominations.models import DossierStatus, Outcome
from thidua.rules.models import AwardRecord


def test_a_draft_takes_the_approved_here_decided_nominees_of_concluded_dossiers(tree, personas):
    setup = make_setup(tree)
    a = setup.dossiers[0]
    nominate(a, person=setup.nominations[0].person, code="CSTDCS", outcome=Outcome.REJECTED)
    nominate(a, person=setup.nominations[1].person, code="CSTD_TINH")  # decided by the province
    waiting = make_setup(tree, people=1, unit_b=False)
    waiting.dossiers[0].status = DossierStatus.COUNCIL
    waiting.dossiers[0].save()
    decision = draft(setup, personas.dept_officer)
    assert [ln.nomination_id for ln in decision_lines(decision)] == [
        n.pk for n in setup.nominations
    ]
    assert decision.title == (
        "Về việc tặng danh hiệu Lao động tiên tiến, Tập thể lao động tiên tiến năm 2023"
    )
    assert not candidates(setup.round).exists()  # all taken by the draft
    assert not candidates(waiting.round).exists()  # dossier still before the council


def test_issuing_records_the_awards_in_each_history(setup, personas):
    decision = issued(setup, personas.leader)
    assert decision.status == DecisionStatus.ISSUED and decision.signed_on == SIGNED
    records = AwardRecord.objects.order_by("id")
    assert records.count() == len(setup.nominations)
    person_record = records.get(person=setup.nominations[0].person)
    assert (person_record.award_type.code, person_record.year) == ("LDTT", 2023)
    assert person_record.decision_number == "1/QĐ-SLĐTBXH"
    assert person_record.decision_date == SIGNED
    assert person_record.issuer == "Sở Lao động - Thương binh và Xã hội"
    unit_record = records.get(organization=setup.nominations[-1].organization)
    assert unit_record.award_type.code == "TTLDTT" and not unit_record.revoked


def test_issuing_moves_the_dossiers_to_decided_and_tells_the_units(tree, setup, personas):
    from tests.factories import make_user
    from thidua.accounts.models import Role

    clerk_b = make_user("clerk_b", Role.UNIT_CLERK, tree.unit_b)
    issued(setup, personas.dept_officer)
    for dossier in setup.dossiers:
        dossier.refresh_from_db()
        assert dossier.status == DossierStatus.DECIDED
    moves = Event.objects.filter(event_type=EventType.DOSSIER_DECIDED)
    assert moves.count() == 2 and all(e.actor == personas.dept_officer for e in moves)
    assert Notification.objects.filter(user=clerk_b, text__contains="quyết định").exists()


def test_a_dossier_with_nominees_still_in_a_draft_waits(setup, personas):
    first = setup.nominations[0]
    decision = draft(setup, personas.dept_officer)
    from thidua.decisions.services.drafts import decision_lines_set

    others = [n.pk for n in setup.nominations if n.pk != first.pk]
    decision_lines_set(decision=decision, actor=None, nomination_ids=others)
    decision_issue(decision=decision, actor=personas.dept_officer, signed_on=SIGNED, **SIGNER)
    a, b = setup.dossiers
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.status, b.status) == (DossierStatus.CONCLUDED, DossierStatus.DECIDED)


def test_issuing_stores_the_hash_of_the_canonical_content_with_a_snapshot(setup, personas):
    decision = issued(setup, personas.dept_officer)
    lines = decision_lines(decision)
    assert decision.content_hash == content_hash(decision_payload(decision, lines))
    assert len(decision.content_hash) == 64
    event = Event.objects.get(event_type=EventType.DECISION_ISSUED)
    assert event.data["number"] == "1/QĐ-SLĐTBXH"
    assert event.data["snapshot"]["total"] == decision.total_amount
    assert [ln["name"] for ln in event.data["snapshot"]["lines"]] == [ln.name for ln in lines]


def test_issuing_requests_the_numbered_document(setup, personas):
    decision = issued(setup, personas.dept_officer)
    document = GeneratedDocument.objects.get(subject_id=str(decision.pk))
    assert document.template_code == "quyet_dinh_khen_thuong"
    assert document.context["number"] == "1" and document.context["symbol"] == "QĐ-SLĐTBXH"
    assert document.context["issued_on"] == "2023-12-20"
    rows = document.context["annex"]["table"]["rows"]
    assert rows[-1][1] == "Tổng cộng" and len(rows) == len(setup.nominations) + 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"signed_on": None}, "signed_on"),
        ({"signed_on": dt.date(2099, 1, 1)}, "signed_on"),
        ({"signer_name": " "}, "signer_name"),
        ({"signer_position": ""}, "signer_position"),
    ],
)
def test_issuing_needs_a_real_signature(setup, personas, changes, field):
    decision = draft(setup, personas.dept_officer)
    values = {"signed_on": SIGNED, **SIGNER, **changes}
    with pytest.raises(ValidationError) as caught:
        decision_issue(decision=decision, actor=personas.dept_officer, **values)
    assert field in caught.value.message_dict
    decision.refresh_from_db()
    assert decision.is_draft and decision.number is None


def test_a_mixed_dossier_is_decided_here_and_forwarded_for_the_rest(setup, personas):
    """LĐTT is decided by the department, CSTĐ tỉnh by the province: the department's
    decision leaves the dossier concluded, it goes up, and a later decision may still take
    its here-decided nominees (ADR 0008)."""
    from thidua.nominations.services.transition import dossier_transition

    a = setup.dossiers[0]
    upward = nominate(a, person=setup.nominations[0].person, code="CSTD_TINH")
    issued(setup, personas.dept_officer)
    a.refresh_from_db()
    assert a.status == DossierStatus.CONCLUDED  # waits for the province
    dossier_transition(dossier=a, to=DossierStatus.FORWARDED, actor=personas.dept_officer)
    late = nominate(a, person=setup.nominations[1].person, code="GIAY_KHEN")
    assert list(candidates(setup.round)) == [late]  # a forwarded dossier's own awards
    assert upward not in candidates(setup.round)
