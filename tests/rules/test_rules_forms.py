"""Bằng khen tỉnh (Art 74(1)(d)), Bằng khen Thủ tướng (Art 73(1)(b)), HCLĐ hạng Ba (Art 44(1)(e))."""

import pytest
from tests.rules.helpers import award, check, excellent_years, good_years, person, run


def test_it_follows_the_ministrys_worked_example_for_bang_khen_tinh():
    """BNV: 2023 HTXSNV + 1 initiative, no CSTĐCS; 2024 HTXSNV + 1 initiative + CSTĐCS → eligible."""
    facts = person(
        ratings=excellent_years(2023, 2024), initiatives=[(2023, "co_so"), (2024, "co_so")]
    )
    result = run(facts, 2024)
    assert award(result, "CSTDCS").eligible  # 2024's CSTĐCS on the HTXSNV route
    assert award(result, "BANG_KHEN_TINH").eligible
    assert "2023, 2024" in check(result, "BANG_KHEN_TINH.initiatives").message


BK_TINH_CASES = [
    (
        "two CSTĐCS, two initiatives",
        {
            "ratings": good_years(2023, 2024),
            "awards": {"CSTDCS": [2023, 2024]},
            "initiatives": [(2023, "co_so"), (2024, "co_so")],
        },
        True,
    ),
    (
        "two excellent years, one initiative",
        {"ratings": excellent_years(2023, 2024), "initiatives": [(2024, "co_so")]},
        False,
    ),
    (
        "gap year breaks the run",
        {
            "ratings": {2022: "excellent", 2023: "good", 2024: "excellent"},
            "initiatives": [(2022, "co_so"), (2024, "co_so")],
        },
        False,
    ),
    (
        "initiatives outside the run",
        {
            "ratings": {2021: "good", 2022: "good", 2023: "excellent", 2024: "excellent"},
            "initiatives": [(2021, "co_so"), (2024, "co_so")],
        },
        False,
    ),
    (
        "three excellent years, initiatives spread",
        {
            "ratings": excellent_years(2022, 2023, 2024),
            "initiatives": [(2022, "co_so"), (2024, "tinh")],
        },
        True,
    ),
    (
        "already rewarded in 2023",
        {
            "ratings": excellent_years(2022, 2023, 2024),
            "awards": {"BANG_KHEN_TINH": [2023]},
            "initiatives": [(2022, "co_so"), (2024, "co_so")],
        },
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "eligible"), BK_TINH_CASES, ids=[c[0] for c in BK_TINH_CASES]
)
def test_it_decides_bang_khen_tinh(case, kwargs, eligible):
    assert award(run(person(**kwargs), 2024), "BANG_KHEN_TINH").eligible is eligible


def _ttg(**overrides):
    kwargs = {
        "ratings": {**good_years(2019, 2020, 2021, 2022), 2023: "excellent", 2024: "excellent"},
        "awards": {"BANG_KHEN_TINH": [2018], "CSTDCS": [2020, 2022]},
        "initiatives": [(2024, "co_so")],
    }
    kwargs.update(overrides)
    return person(**kwargs)


BK_TTG_CASES = [
    ("BK tỉnh 2018 + 6 good years + 3 CSTĐCS (2024 eligible)", _ttg(), True),
    ("no Bằng khen tỉnh", _ttg(awards={"CSTDCS": [2020, 2022]}), False),
    ("Bằng khen bộ counts", _ttg(awards={"BANG_KHEN_BO": [2018], "CSTDCS": [2020, 2022]}), True),
    (
        "only 4 years after the Bằng khen",
        _ttg(awards={"BANG_KHEN_TINH": [2020], "CSTDCS": [2021, 2022]}),
        False,
    ),
    (
        "a complete year breaks the run",
        _ttg(ratings={**good_years(2019, 2020, 2022, 2023), 2021: "complete", 2024: "excellent"}),
        False,
    ),
    ("only 2 CSTĐCS", _ttg(awards={"BANG_KHEN_TINH": [2018], "CSTDCS": [2020]}), False),
]


@pytest.mark.parametrize(
    ("case", "facts", "eligible"), BK_TTG_CASES, ids=[c[0] for c in BK_TTG_CASES]
)
def test_it_decides_bang_khen_ttg(case, facts, eligible):
    assert award(run(facts, 2024), "BANG_KHEN_TTG").eligible is eligible


def test_it_uses_the_earliest_bang_khen_after_the_last_ttg():
    facts = _ttg(awards={"BANG_KHEN_TINH": [2018, 2022], "CSTDCS": [2020, 2022]})
    assert award(run(facts, 2024), "BANG_KHEN_TTG").eligible
    assert "2018" in check(run(facts, 2024), "BANG_KHEN_TTG.prior").message


HCLD_CASES = [
    (
        "BK TTg 2018, 6 good years with HTXSNV, 3 CSTĐCS",
        {
            "ratings": {**good_years(2019, 2020, 2021, 2022, 2023), 2024: "excellent"},
            "awards": {"BANG_KHEN_TTG": [2018], "CSTDCS": [2020, 2021, 2023]},
        },
        True,
    ),
    (
        "no excellent year",
        {
            "ratings": good_years(2019, 2020, 2021, 2022, 2023, 2024),
            "awards": {"BANG_KHEN_TTG": [2018], "CSTDCS": [2020, 2021, 2023]},
        },
        False,
    ),
    (
        "no Bằng khen Thủ tướng",
        {
            "ratings": excellent_years(2019, 2020, 2021, 2022, 2023, 2024),
            "awards": {"BANG_KHEN_TINH": [2018], "CSTDCS": [2020, 2021, 2023]},
        },
        False,
    ),
    (
        "already HCLĐ hạng Ba in 2022",
        {
            "ratings": excellent_years(2019, 2020, 2021, 2022, 2023, 2024),
            "awards": {
                "BANG_KHEN_TTG": [2018],
                "CSTDCS": [2020, 2021, 2023],
                "HUAN_CHUONG_LD_BA": [2022],
            },
        },
        False,
    ),
]


@pytest.mark.parametrize(("case", "kwargs", "eligible"), HCLD_CASES, ids=[c[0] for c in HCLD_CASES])
def test_it_decides_huan_chuong_ld_ba(case, kwargs, eligible):
    assert award(run(person(**kwargs), 2024), "HUAN_CHUONG_LD_BA").eligible is eligible


def test_it_counts_this_years_cstdcs_only_when_eligible():
    facts = person(
        ratings={**good_years(2019, 2020, 2021, 2022, 2023), 2024: "good"},
        awards={"BANG_KHEN_TINH": [2018], "CSTDCS": [2020, 2022]},
    )
    c = check(run(facts, 2024), "BANG_KHEN_TTG.cstdcs")
    assert not c.passed and "2 lần" in c.message
