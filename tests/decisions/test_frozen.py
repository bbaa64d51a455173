"""An issued decision is frozen: every edit service refuses it and its hash never changes."""

import pytest
from django.core.exceptions import ValidationError

from tests.decisions.helpers import SIGNED, SIGNER, issued
from thidua.decisions.content import content_hash, decision_payload
from thidua.decisions.models import Decision
from thidua.decisions.selectors.decisions import decision_lines
from thidua.decisions.services.drafts import decision_delete, decision_lines_set, decision_update
from thidua.decisions.services.issue import decision_issue
from thidua.decisions.services.revoke import decision_revoke

EDITS = {
    "update": lambda d, s: decision_update(decision=d, actor=None, fields={"title": "Khác"}),
    "update_date": lambda d, s: decision_update(
        decision=d, actor=None, fields={"planned_date": SIGNED}
    ),
    "lines": lambda d, s: decision_lines_set(
        decision=d, actor=None, nomination_ids=[s.nominations[0].pk]
    ),
    "delete": lambda d, s: decision_delete(decision=d, actor=None),
    "issue_again": lambda d, s: decision_issue(decision=d, actor=None, signed_on=SIGNED, **SIGNER),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_every_edit_of_an_issued_decision_is_refused(setup, personas, edit):
    decision = issued(setup, personas.dept_officer)
    before = Decision.objects.values().get(pk=decision.pk)
    lines_before = list(decision.lines.values())
    with pytest.raises(ValidationError, match="đã ban hành"):
        edit(decision, setup)
    assert Decision.objects.values().get(pk=decision.pk) == before
    assert list(decision.lines.values()) == lines_before


def test_the_hash_stays_what_it_was_after_a_revocation(setup, personas):
    decision = issued(setup, personas.dept_officer)
    stored = decision.content_hash
    decision_revoke(
        decision=decision,
        actor=personas.leader,
        line_ids=[decision_lines(decision)[0].pk],
        ground="b",
        reason="Giả mạo xác nhận sáng kiến",
        signed_on=SIGNED,
        **SIGNER,
    )
    decision.refresh_from_db()
    assert decision.content_hash == stored
    assert content_hash(decision_payload(decision, decision_lines(decision))) == stored


def test_the_page_shows_the_decision_frozen_with_hash_and_total(setup, personas):
    from tests.conftest import client_for

    decision = issued(setup, personas.dept_officer)
    page = client_for(personas.dept_officer).get(f"/quyet-dinh/{decision.pk}/")
    text = page.content.decode()
    assert "nội dung không sửa được" in text
    assert decision.content_hash in text
    assert "3.600.000 đ" in text  # 4 × 540.000 (LĐTT) + 1.440.000 (TTLĐTT) at 1.800.000
    assert "Sửa dự thảo" not in text and "/ban-hanh/" not in text


def test_the_edit_page_of_an_issued_decision_sends_back_to_the_decision(setup, personas):
    from tests.conftest import client_for

    decision = issued(setup, personas.dept_officer)
    response = client_for(personas.dept_officer).get(f"/quyet-dinh/{decision.pk}/sua/")
    assert response.status_code == 302 and response["Location"] == f"/quyet-dinh/{decision.pk}/"
