"""Reward money from the seeded tables: every base-salary change, both roundings, the command."""

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from thidua.rules.selectors.catalogue import RewardError, reward_compute

# (title, subject, decision date, base salary in force, ceil amount, nearest amount)
CASES = [
    ("LDTT", "ca_nhan", dt.date(2020, 12, 20), 1_490_000, 450_000, 450_000),
    ("LDTT", "ca_nhan", dt.date(2023, 6, 30), 1_490_000, 450_000, 450_000),
    ("LDTT", "ca_nhan", dt.date(2023, 7, 1), 1_800_000, 540_000, 540_000),
    ("TTLDTT", "tap_the", dt.date(2023, 12, 20), 1_800_000, 1_440_000, 1_440_000),
    ("LDTT", "ca_nhan", dt.date(2024, 6, 30), 1_800_000, 540_000, 540_000),
    ("LDTT", "ca_nhan", dt.date(2024, 7, 1), 2_340_000, 710_000, 700_000),
    ("TTLDTT", "tap_the", dt.date(2024, 12, 20), 2_340_000, 1_880_000, 1_870_000),
    ("BANG_KHEN_TINH", "ca_nhan", dt.date(2025, 8, 1), 2_340_000, 3_510_000, 3_510_000),
    ("HUAN_CHUONG_LD_BA", "tap_the", dt.date(2025, 8, 1), 2_340_000, 21_060_000, 21_060_000),
    ("LDTT", "ca_nhan", dt.date(2026, 6, 30), 2_340_000, 710_000, 700_000),
    ("LDTT", "ca_nhan", dt.date(2026, 7, 1), 2_530_000, 760_000, 760_000),
    ("TTLDTT", "tap_the", dt.date(2026, 12, 1), 2_530_000, 2_030_000, 2_020_000),
    ("KY_NIEM_CHUONG", "ca_nhan", dt.date(2026, 12, 1), 2_530_000, 1_520_000, 1_520_000),
]


@pytest.mark.parametrize(("code", "subject", "day", "salary", "ceil", "nearest"), CASES)
def test_it_pays_at_the_salary_of_the_decision_date(db, code, subject, day, salary, ceil, nearest):
    amount, _, used = reward_compute(code=code, subject=subject, day=day, rounding="ceil")
    assert used.amount == salary and amount.amount == ceil
    assert (
        reward_compute(code=code, subject=subject, day=day, rounding="nearest")[0].amount == nearest
    )


def test_it_defaults_to_rounding_up(db):
    amount, coefficient, _ = reward_compute(
        code="LDTT", subject="ca_nhan", day=dt.date(2024, 12, 20)
    )
    assert amount.amount == 710_000 and amount.rounding == "ceil"
    assert coefficient.legal_basis.startswith("Nghị định 98/2023")


def test_it_flags_the_2026_salary_as_secondary(db):
    _, _, salary = reward_compute(code="LDTT", subject="ca_nhan", day=dt.date(2026, 12, 20))
    assert salary.tag == "S"


def test_it_says_when_no_coefficient_is_known(db):
    with pytest.raises(RewardError, match="Chưa có hệ số"):
        reward_compute(code="GIA_DINH_VAN_HOA", subject="ho_gia_dinh", day=dt.date(2024, 12, 20))
    with pytest.raises(RewardError, match="lương cơ sở"):
        reward_compute(code="LDTT", subject="ca_nhan", day=dt.date(2018, 1, 1))


def test_the_command_prints_the_issues_json(db, capsys):
    call_command(
        "reward",
        "--title",
        "LDTT",
        "--subject",
        "ca_nhan",
        "--date",
        "2024-12-20",
        "--format",
        "json",
    )
    assert json.loads(capsys.readouterr().out) == {
        "coefficient": 0.3,
        "base_salary": 2340000,
        "raw": 702000,
        "amount": 710000,
    }


def test_the_command_rounds_to_the_nearest_when_asked(db, capsys):
    call_command(
        "reward",
        "--title",
        "LDTT",
        "--date",
        "2024-12-20",
        "--rounding",
        "nearest",
        "--format",
        "json",
    )
    assert json.loads(capsys.readouterr().out)["amount"] == 700000


def test_the_command_prints_a_table_with_the_legal_basis(db, capsys):
    call_command(
        "reward", "--title", "HUAN_CHUONG_LD_BA", "--subject", "tap_the", "--date", "20/12/2026"
    )
    out = capsys.readouterr().out
    assert "Hệ số: 4,5 × 2" in out and "22.770.000 đồng" in out and "nguồn thứ cấp" in out


@pytest.mark.parametrize(
    "args",
    [["--title", "XYZ", "--date", "2024-12-20"], ["--title", "LDTT", "--date", "20-13-2024"]],
)
def test_the_command_exits_1_on_bad_input(db, args):
    with pytest.raises(CommandError) as raised:
        call_command("reward", *args)
    assert raised.value.returncode == 1
