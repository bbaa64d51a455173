"""Decision numbers: taken at issue only, in sequence, restarting each year, in the symbol."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tests.decisions.helpers import SIGNER, draft, make_setup
from thidua.audit.models import Event, EventType
from thidua.decisions.models import Decision, NumberRegister, RegisterKind
from thidua.decisions.services.issue import decision_issue
from thidua.decisions.services.registers import (
    abbreviation,
    default_symbol,
    register_symbol_set,
)


def _issue(decision, actor, day):
    return decision_issue(decision=decision, actor=actor, signed_on=day, **SIGNER)


def _one_each(tree, n):
    """n drafts, each with one nominee of its own round."""
    drafts = []
    for _ in range(n):
        s = make_setup(tree, people=1, unit_b=False)
        drafts.append(draft(s, None))
    return drafts


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"),
        ("Sở Nội vụ", "SNV"),
        ("Ủy ban nhân dân xã Tân Lập", "UBNDXTL"),
    ],
)
def test_it_abbreviates_the_organisation_as_offices_do(name, expected):
    assert abbreviation(name) == expected


def test_it_numbers_issued_decisions_in_sequence_in_the_symbol(tree, personas):
    drafts = _one_each(tree, 3)
    numbers = [_issue(d, personas.dept_officer, dt.date(2023, 12, 20)).number_text for d in drafts]
    assert numbers == ["1/QĐ-SLĐTBXH", "2/QĐ-SLĐTBXH", "3/QĐ-SLĐTBXH"]
    assert default_symbol(tree.dept) == "QĐ-SLĐTBXH"


def test_drafts_take_no_number(tree, personas):
    first, second = _one_each(tree, 2)
    assert first.number is None and first.number_text == ""
    assert not NumberRegister.objects.filter(kind=RegisterKind.DECISION).exists()
    assert _issue(second, personas.dept_officer, dt.date(2023, 12, 20)).number == 1
    assert _issue(first, personas.dept_officer, dt.date(2023, 12, 21)).number == 2


def test_numbering_restarts_each_year(tree, personas):
    a, b, c = _one_each(tree, 3)
    assert _issue(a, personas.leader, dt.date(2023, 12, 30)).number_text == "1/QĐ-SLĐTBXH"
    assert _issue(b, personas.leader, dt.date(2024, 1, 2)).number_text == "1/QĐ-SLĐTBXH"
    assert _issue(c, personas.leader, dt.date(2024, 1, 3)).number == 2
    years = dict(NumberRegister.objects.values_list("year", "last_number"))
    assert years == {2023: 1, 2024: 2}


def test_a_changed_symbol_applies_to_new_numbers_and_the_next_years(tree, personas):
    a, b, c = _one_each(tree, 3)
    _issue(a, personas.dept_officer, dt.date(2024, 3, 1))
    register_symbol_set(
        organization=tree.dept, year=2024, symbol="QĐ-SNV", actor=personas.dept_officer
    )
    assert _issue(b, personas.dept_officer, dt.date(2024, 3, 2)).number_text == "2/QĐ-SNV"
    assert _issue(c, personas.dept_officer, dt.date(2025, 1, 2)).number_text == "1/QĐ-SNV"
    a.refresh_from_db()
    assert a.number_text == "1/QĐ-SLĐTBXH"
    event = Event.objects.get(event_type=EventType.DECISION_REGISTER_CHANGED)
    assert event.data["old"] == {"symbol": "QĐ-SLĐTBXH"} and event.data["new"] == {
        "symbol": "QĐ-SNV"
    }


@pytest.mark.parametrize("symbol", ["", "QĐ SLĐ", "QĐ-<b>", "-QĐ"])
def test_it_refuses_a_malformed_symbol(tree, personas, symbol):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="Ký hiệu"):
        register_symbol_set(organization=tree.dept, year=2024, symbol=symbol, actor=None)


def test_a_failed_issue_gives_its_number_back(tree, personas):
    """The number is taken in the issuing transaction: a rollback leaves no gap."""
    a, b = _one_each(tree, 2)
    with pytest.raises(RuntimeError), transaction.atomic():
        _issue(a, personas.dept_officer, dt.date(2023, 12, 20))
        raise RuntimeError("the signature was refused after numbering")
    assert _issue(b, personas.dept_officer, dt.date(2023, 12, 20)).number == 1


def test_the_database_refuses_a_duplicate_number(tree, personas):
    a, b = _one_each(tree, 2)
    first = _issue(a, personas.dept_officer, dt.date(2023, 12, 20))
    second = _issue(b, personas.dept_officer, dt.date(2023, 12, 20))
    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.filter(pk=second.pk).update(number=first.number)
