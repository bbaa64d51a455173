"""Recording the higher level's decision: awards enter the history, the dossier is decided."""

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_person
from tests.publicity.fixtures import add_nominee
from thidua.audit.models import Event, EventType
from thidua.exchange.services.outcome import outcome_record
from thidua.nominations.models import DossierStatus
from thidua.rules.models import AwardRecord

DECISION = {
    "decision_number": "2150/QĐ-UBND",
    "decision_date": dt.date(2026, 3, 10),
    "issuer": "Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
}


def test_it_records_the_awards_and_decides_the_dossier(
    package: Any, concluded: Any, personas: Any
) -> None:
    refused = add_nominee(concluded.dossier, person=make_person("Vì Văn Sơn"))
    decision = outcome_record(
        dossier=concluded.dossier,
        actor=personas.dept_officer,
        awarded={concluded.upward.pk},
        **DECISION,
    )
    record = AwardRecord.objects.get()
    assert (record.person, record.award_type.code, record.year) == (
        concluded.upward.person,
        "CSTD_TINH",
        2025,
    )
    assert (record.decision_number, record.decision_date, record.issuer) == (
        "2150/QĐ-UBND",
        dt.date(2026, 3, 10),
        "Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
    )
    assert {r["nomination"]: r["awarded"] for r in decision.results} == {
        concluded.upward.pk: True,
        refused.pk: False,
    }
    concluded.dossier.refresh_from_db()
    assert concluded.dossier.status == DossierStatus.DECIDED
    assert Event.objects.filter(event_type=EventType.OUTCOME_RECORDED).count() == 1


def test_it_records_only_forwarded_dossiers(concluded: Any, personas: Any) -> None:
    with pytest.raises(ValidationError, match="đã trình cấp trên"):
        outcome_record(
            dossier=concluded.dossier, actor=personas.dept_officer, awarded=set(), **DECISION
        )
    assert not AwardRecord.objects.exists()


def test_it_refuses_nominees_outside_the_proposal(
    package: Any, concluded: Any, personas: Any
) -> None:
    with pytest.raises(ValidationError, match="không thuộc hồ sơ"):
        outcome_record(
            dossier=concluded.dossier,
            actor=personas.dept_officer,
            awarded={concluded.local.pk},
            **DECISION,
        )


def test_it_lets_only_the_officer_record(package: Any, concluded: Any, personas: Any) -> None:
    for user in (personas.officer_a, personas.leader, personas.auditor):
        with pytest.raises(PermissionDenied):
            outcome_record(dossier=concluded.dossier, actor=user, awarded=set(), **DECISION)
    concluded.dossier.refresh_from_db()
    assert concluded.dossier.status == DossierStatus.FORWARDED
