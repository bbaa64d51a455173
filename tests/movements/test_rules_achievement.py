"""`rules.achievement`: at least / at most / exactly, baselines (zero, negative), rounding."""

from decimal import Decimal as D

import pytest

from thidua.movements.rules import achievement

# direction, target, value, baseline, unit → met, percent, light, words the text must hold
CASES = [
    # at least: value / target
    (
        "at_least",
        "20000",
        "26667",
        None,
        "lao động",
        True,
        "133.3",
        "green",
        ["Đạt 133,3 % kế hoạch", "26.667 lao động", "chỉ tiêu 20.000 lao động"],
    ),
    ("at_least", "20000", "20000", None, "", True, "100.0", "green", ["Đạt 100,0 % kế hoạch"]),
    (
        "at_least",
        "90",
        "72",
        None,
        "%",
        False,
        "80.0",
        "amber",
        ["Chưa đạt – 80,0 % kế hoạch", "72 %"],
    ),
    ("at_least", "90", "71.9", None, "%", False, "79.9", "red", ["79,9 %"]),
    (
        "at_least",
        "19000",
        "0",
        None,
        "lao động",
        False,
        "0.0",
        "red",
        ["Chưa đạt – 0,0 % kế hoạch"],
    ),
    # at most: reversed, and it says so
    (
        "at_most",
        "2",
        "1.5",
        None,
        "%",
        True,
        "133.3",
        "green",
        ["tính ngược", "mức tối đa 2 %", "càng thấp càng tốt"],
    ),
    ("at_most", "2", "2", None, "%", True, "100.0", "green", ["Đạt 100,0 % kế hoạch"]),
    (
        "at_most",
        "2",
        "2.5",
        None,
        "%",
        False,
        "80.0",
        "amber",
        ["Chưa đạt – 80,0 % kế hoạch", "tính ngược"],
    ),
    ("at_most", "3.71", "5", None, "%", False, "74.2", "red", ["74,2 %"]),
    ("at_most", "2", "0", None, "%", True, None, "green", ["Đạt: thực hiện 0 %"]),
    # at most with a baseline: the share of the planned reduction
    (
        "at_most",
        "15.66",
        "17",
        "18.66",
        "%",
        False,
        "55.3",
        "red",
        ["tính từ mức xuất phát 18,66 %", "mức tối đa 15,66 %"],
    ),
    ("at_most", "15.66", "15.2", "18.66", "%", True, "115.3", "green", ["Đạt 115,3 % kế hoạch"]),
    # at least with baselines: zero is the same as none, a negative one counts the whole way
    (
        "at_least",
        "5",
        "4",
        "0",
        "%",
        False,
        "80.0",
        "amber",
        ["Chưa đạt – 80,0 % kế hoạch: thực hiện 4 %"],
    ),
    ("at_least", "5", "-1", "-2", "%", False, "14.3", "red", ["tính từ mức xuất phát -2 %"]),
    ("at_least", "5", "5", "-2", "%", True, "100.0", "green", ["Đạt 100,0 % kế hoạch"]),
    # a baseline on the wrong side of the target is ignored
    (
        "at_least",
        "10",
        "12",
        "15",
        "",
        True,
        "120.0",
        "green",
        ["Đạt 120,0 % kế hoạch: thực hiện 12"],
    ),
    # zero and negative targets: met or not, no percentage
    ("at_least", "0", "5", None, "", True, None, "green", ["Đạt: thực hiện 5, chỉ tiêu 0"]),
    ("at_least", "-1", "-0.5", None, "%", True, None, "green", ["Đạt"]),
    ("at_least", "-1", "-3", None, "%", False, None, "red", ["Chưa đạt"]),
    # exactly
    (
        "exactly",
        "1",
        "1",
        None,
        "hội nghị",
        True,
        "100.0",
        "green",
        ["Đạt: thực hiện 1 hội nghị, chỉ tiêu phải đúng bằng 1 hội nghị"],
    ),
    (
        "exactly",
        "1",
        "2",
        None,
        "hội nghị",
        False,
        "200.0",
        "red",
        ["Chưa đạt", "bằng 200,0 % chỉ tiêu"],
    ),
    ("exactly", "100", "95", None, "", False, "95.0", "amber", ["bằng 95,0 % chỉ tiêu"]),
    ("exactly", "100", "110", None, "", False, "110.0", "amber", []),
    ("exactly", "100", "89", None, "", False, "89.0", "red", []),
    ("exactly", "0", "0", None, "", True, None, "green", ["Đạt"]),
    ("exactly", "298000", "298000.0", None, "hộ", True, "100.0", "green", ["298.000 hộ"]),
]


@pytest.mark.parametrize(
    ("direction", "target", "value", "baseline", "unit", "met", "percent", "light", "words"), CASES
)
def test_it_computes_and_explains_achievement(
    direction, target, value, baseline, unit, met, percent, light, words
):
    result = achievement(
        direction=direction,
        target=D(target),
        value=D(value),
        baseline=D(baseline) if baseline is not None else None,
        unit=unit,
    )
    assert result.met is met
    assert result.percent == (D(percent) if percent is not None else None)
    assert result.light == light
    for word in words:
        assert word in result.text, result.text


@pytest.mark.parametrize(
    ("value", "target", "expected"),
    [
        ("2", "3", "66.7"),  # 66,666…
        ("1", "8", "12.5"),
        ("1", "16", "6.3"),  # 6,25 rounds half up
        ("1", "32", "3.1"),  # 3,125
        ("2", "6", "33.3"),
        ("0.0005", "1", "0.1"),  # 0,05 → 0,1
        ("0.0004", "1", "0.0"),
    ],
)
def test_it_rounds_percentages_half_up_to_one_decimal(value, target, expected):
    result = achievement(direction="at_least", target=D(target), value=D(value))
    assert result.percent == D(expected)


def test_it_says_when_nothing_was_recorded():
    result = achievement(direction="at_most", target=D(2), value=None)
    assert (result.met, result.percent, result.light) == (None, None, "none")
    assert result.text == "Chưa có số liệu thực hiện."
