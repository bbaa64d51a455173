"""Reward money arithmetic: Decimal, both rounding modes (RULES.md §5)."""

import datetime as dt
from decimal import Decimal

import pytest

from thidua.rules.money import reward_amount, round_money, salary_on

# (coefficient, multiplier, base salary, ceil, nearest) — amounts of RULES.md §5.2
CASES = [
    ("0.3", "1", 2_340_000, 710_000, 700_000),
    ("0.8", "1", 2_340_000, 1_880_000, 1_870_000),
    ("0.8", "1", 2_530_000, 2_030_000, 2_020_000),
    ("1.0", "1", 2_340_000, 2_340_000, 2_340_000),
    ("4.5", "2", 2_340_000, 21_060_000, 21_060_000),
    ("0.6", "1", 2_340_000, 1_410_000, 1_400_000),
    ("0.6", "1", 2_530_000, 1_520_000, 1_520_000),
    ("0.3", "1", 1_490_000, 450_000, 450_000),
    ("0.3", "1", 1_800_000, 540_000, 540_000),
]


@pytest.mark.parametrize(("coef", "mult", "base", "ceil", "nearest"), CASES)
def test_it_rounds_both_ways(coef, mult, base, ceil, nearest):
    kwargs = {"coefficient": Decimal(coef), "multiplier": Decimal(mult), "base_salary": base}
    assert reward_amount(**kwargs, rounding="ceil").amount == ceil
    assert reward_amount(**kwargs, rounding="nearest").amount == nearest


def test_it_prints_the_issues_shape():
    amount = reward_amount(
        coefficient=Decimal("0.30"), multiplier=Decimal(1), base_salary=2_340_000
    )
    assert amount.as_dict() == {
        "coefficient": 0.3,
        "base_salary": 2340000,
        "raw": 702000,
        "amount": 710000,
    }


def test_it_rounds_half_up_to_the_nearest_ten_thousand():
    assert round_money(Decimal(225_000), "nearest") == 230_000
    assert round_money(Decimal(223_500), "nearest") == 220_000
    assert round_money(Decimal(220_000), "ceil") == 220_000
    assert round_money(Decimal("220000.01"), "ceil") == 230_000


def test_it_refuses_an_unknown_rounding():
    with pytest.raises(ValueError, match="làm tròn"):
        round_money(Decimal(1), "floor")


def test_it_finds_the_salary_in_force():
    table = [(dt.date(2023, 7, 1), 1_800_000), (dt.date(2024, 7, 1), 2_340_000)]
    assert salary_on(table, dt.date(2024, 6, 30)) == 1_800_000
    assert salary_on(table, dt.date(2024, 7, 1)) == 2_340_000
    assert salary_on(table, dt.date(2023, 1, 1)) is None
