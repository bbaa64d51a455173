"""Revocation: one of the Law's four grounds, a revoking decision, awards revoked but kept."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tests.conftest import client_for
from tests.decisions.helpers import SIGNED, SIGNER, issued
from thidua.audit.models import Event, EventType
from thidua.decisions.models import DecisionKind, DecisionStatus, RevocationGround
from thidua.decisions.selectors.decisions import decision_lines
from thidua.decisions.services.certificates import certificates_generate
from thidua.decisions.services.revoke import decision_revoke
from thidua.documents.models import GeneratedDocument
from thidua.rules.models import AwardRecord

REVOKE_ON = dt.date(2024, 3, 5)


def _revoke(decision, actor, line_ids=None, ground="a", reason="Kê khai thành tích không đúng"):
    return decision_revoke(
        decision=decision,
        actor=actor,
        line_ids=line_ids,
        ground=ground,
        reason=reason,
        signed_on=REVOKE_ON,
        **SIGNER,
    )


def test_the_four_grounds_are_the_laws():
    assert RevocationGround.values == ["a", "b", "c", "d"]
    assert RevocationGround("a").label.startswith("a) Gian dối")
    assert "giả mạo" in RevocationGround("b").label


@pytest.mark.parametrize(
    ("ground", "reason", "field"),
    [("", "Có lý do", "ground"), ("e", "Có lý do", "ground"), ("a", "  ", "reason")],
)
def test_a_ground_and_a_reason_are_required(setup, personas, ground, reason, field):
    decision = issued(setup, personas.dept_officer)
    with pytest.raises(ValidationError) as caught:
        _revoke(decision, personas.leader, ground=ground, reason=reason)
    assert field in caught.value.message_dict
    assert not AwardRecord.objects.filter(revoked=True).exists()


def test_revoking_some_lines_issues_a_numbered_revoking_decision(setup, personas):
    decision = issued(setup, personas.dept_officer)
    first, second = decision_lines(decision)[:2]
    revocation = _revoke(decision, personas.leader, [first.pk])
    assert revocation.kind == DecisionKind.REVOCATION
    assert revocation.status == DecisionStatus.ISSUED
    assert revocation.number_text == "1/QĐ-SLĐTBXH"  # 2024's register
    assert revocation.revokes == decision and revocation.ground == "a"
    assert revocation.title.startswith("Về việc hủy bỏ một phần Quyết định số 1/QĐ-SLĐTBXH")
    assert [ln.revokes_line_id for ln in decision_lines(revocation)] == [first.pk]
    assert revocation.total_amount == first.amount
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.revoked and not second.revoked
    record = AwardRecord.objects.get(pk=first.award_record_id)
    assert record.revoked and "Hủy bỏ theo Quyết định số 1/QĐ-SLĐTBXH" in record.note
    assert AwardRecord.objects.count() == len(setup.nominations)  # kept, not deleted
    events = Event.objects.filter(event_type=EventType.DECISION_REVOKED)
    assert {e.subject_id for e in events} == {str(decision.pk), str(revocation.pk)}
    document = GeneratedDocument.objects.get(subject_id=str(revocation.pk))
    assert "Hủy bỏ khen thưởng đối với 1 cá nhân" in document.context["articles"][0]["text"]


def test_revoking_everything_and_again_is_refused(setup, personas):
    decision = issued(setup, personas.dept_officer)
    _revoke(decision, personas.leader)
    assert AwardRecord.objects.filter(revoked=True).count() == len(setup.nominations)
    with pytest.raises(ValidationError, match="Chọn ít nhất một"):
        _revoke(decision, personas.leader)


def test_only_issued_award_decisions_are_revoked(setup, personas):
    decision = issued(setup, personas.dept_officer)
    revocation = _revoke(decision, personas.leader)
    with pytest.raises(ValidationError, match="Chỉ hủy bỏ"):
        _revoke(revocation, personas.leader)


def test_the_verification_page_says_revoked_with_the_revoking_decision(setup, personas, client):
    decision = issued(setup, personas.dept_officer)
    certificates_generate(decision=decision, actor=personas.dept_officer)
    line = decision_lines(decision)[0]
    token = line.certificate.token
    assert "Còn hiệu lực" in client.get(f"/xac-minh/{token}/").content.decode()
    revocation = _revoke(decision, personas.leader, [line.pk], ground="d", reason="Có kết luận")
    text = client.get(f"/xac-minh/{token}/").content.decode()
    assert "Đã bị hủy bỏ" in text and revocation.number_text in text
    assert "05/03/2024" in text


def test_the_revoke_form_needs_decide(setup, personas):
    decision = issued(setup, personas.dept_officer)
    data = {
        "revoke-ground": "a",
        "revoke-reason": "x",
        "revoke-signed_on": "05/03/2024",
        "revoke-signer_name": "A",
        "revoke-signer_position": "Giám đốc",
        "revoke-everyone": "on",
    }
    assert (
        client_for(personas.auditor).post(f"/quyet-dinh/{decision.pk}/huy-bo/", data).status_code
        == 403
    )
    response = client_for(personas.leader).post(f"/quyet-dinh/{decision.pk}/huy-bo/", data)
    assert response.status_code == 302
    assert AwardRecord.objects.filter(revoked=True).count() == len(setup.nominations)
    assert SIGNED < REVOKE_ON
