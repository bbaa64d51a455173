"""Reward money on decisions: the base salary of the signing date, the province's rounding."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.decisions.helpers import SIGNER, draft, make_setup
from thidua.decisions.content import amount_in_words
from thidua.decisions.selectors.decisions import decision_lines
from thidua.decisions.services.drafts import decision_update
from thidua.decisions.services.issue import decision_issue
from thidua.rules.models import ProvinceSetting


@pytest.mark.parametrize(
    ("signed_on", "ldtt", "ttldtt"),
    [
        (dt.date(2024, 6, 30), 540_000, 1_440_000),  # 0,3 × 1.800.000; 0,8 × 1.800.000
        (dt.date(2024, 7, 1), 710_000, 1_880_000),  # 702.000 and 1.872.000 rounded up
    ],
)
def test_amounts_follow_the_base_salary_of_the_signing_date(
    tree, personas, signed_on, ldtt, ttldtt
):
    setup = make_setup(tree, people=1, year=2023)
    decision = draft(setup, personas.dept_officer, planned_date=dt.date(2024, 1, 10))
    decision = decision_issue(
        decision=decision, actor=personas.dept_officer, signed_on=signed_on, **SIGNER
    )
    amounts = {ln.award_type.code: ln.amount for ln in decision_lines(decision)}
    assert amounts == {"LDTT": ldtt, "TTLDTT": ttldtt}
    assert decision.total_amount == 2 * ldtt + ttldtt
    line = decision_lines(decision)[0]
    assert isinstance(line.amount, int) and line.amount_detail["day"] == signed_on.isoformat()


def test_a_draft_is_priced_at_its_planned_date_and_repriced_when_it_changes(tree, personas):
    setup = make_setup(tree, people=1, unit_b=False)
    decision = draft(setup, personas.dept_officer, planned_date=dt.date(2024, 6, 30))
    assert decision.total_amount == 540_000
    decision = decision_update(
        decision=decision, actor=None, fields={"planned_date": dt.date(2024, 7, 1)}
    )
    assert decision.total_amount == 710_000


def test_the_province_may_round_to_the_nearest(tree, personas):
    ProvinceSetting.objects.create(province=tree.province, year=2020, rounding="nearest")
    setup = make_setup(tree, people=1, unit_b=False)
    decision = decision_issue(
        decision=draft(setup, None),
        actor=personas.leader,
        signed_on=dt.date(2024, 12, 20),
        **SIGNER,
    )
    line = decision_lines(decision)[0]
    assert line.amount == 700_000 and line.amount_detail["rounding"] == "nearest"
    assert Decimal(str(line.amount_detail["raw"])) == Decimal("702000")


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "Không đồng"),
        (710_000, "Bảy trăm mười nghìn đồng"),
        (1_440_000, "Một triệu bốn trăm bốn mươi nghìn đồng"),
        (3_600_000, "Ba triệu sáu trăm nghìn đồng"),
        (12_345_000, "Mười hai triệu ba trăm bốn mươi lăm nghìn đồng"),
        (21_060_000, "Hai mươi mốt triệu không trăm sáu mươi nghìn đồng"),
        (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
        (2_000_000_000, "Hai tỷ đồng"),
    ],
)
def test_it_writes_sums_in_words(amount, words):
    assert amount_in_words(amount) == words
