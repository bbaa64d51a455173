"""LĐTT, CSTĐCS, CSTĐ tỉnh and CSTĐ toàn quốc: one table of cases per rule (RULES.md §2)."""

import datetime as dt

import pytest
from tests.rules.helpers import award, check, excellent_years, good_years, person, run

D = dt.date

# (case, facts kwargs, year, LDTT eligible)
LDTT_CASES = [
    ("excellent", {"ratings": excellent_years(2024)}, 2024, True),
    ("good", {"ratings": good_years(2024)}, 2024, True),
    ("complete only", {"ratings": {2024: "complete"}}, 2024, False),
    ("incomplete", {"ratings": {2024: "incomplete"}}, 2024, False),
    ("not rated", {"ratings": good_years(2023)}, 2024, False),
    (
        "recruited 01/03: 10 months",
        {"ratings": good_years(2024), "recruited": D(2024, 3, 1)},
        2024,
        True,
    ),
    (
        "recruited 15/03: 9 months",
        {"ratings": good_years(2024), "recruited": D(2024, 3, 15)},
        2024,
        False,
    ),
    (
        "recruited 01/04: 9 months",
        {"ratings": good_years(2024), "recruited": D(2024, 4, 1)},
        2024,
        False,
    ),
    ("recruited last year", {"ratings": good_years(2024), "recruited": D(2023, 11, 1)}, 2024, True),
    ("no recruitment date", {"ratings": good_years(2024), "recruited": None}, 2024, True),
    (
        "reprimand in the year",
        {
            "ratings": good_years(2024),
            "disciplines": [("reprimand", D(2024, 3, 1), D(2025, 2, 28))],
        },
        2024,
        False,
    ),
    (
        "reprimand decided the year before",
        {
            "ratings": good_years(2024),
            "disciplines": [("reprimand", D(2023, 6, 1), D(2024, 5, 31))],
        },
        2024,
        True,
    ),
    (
        "dismissal is above reprimand",
        {"ratings": good_years(2024), "disciplines": [("dismissal", D(2024, 9, 1), None)]},
        2024,
        False,
    ),
    ("old regime 2023, good", {"ratings": good_years(2023)}, 2023, True),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "year", "eligible"), LDTT_CASES, ids=[c[0] for c in LDTT_CASES]
)
def test_it_decides_ldtt(case, kwargs, year, eligible):
    result = run(person(**kwargs), year)
    assert award(result, "LDTT").eligible is eligible


def test_it_explains_a_new_recruit_in_vietnamese():
    result = run(person(ratings=good_years(2024), recruited=D(2024, 5, 1)), 2024)
    c = check(result, "LDTT.new_recruit")
    assert not c.passed
    assert "8 tháng" in c.message and "10 tháng" in c.message
    assert c.tag == "OLD"


def test_it_names_the_legal_basis_of_each_check():
    result = run(person(ratings=good_years(2024)), 2024)
    assert check(result, "LDTT.rating").legal_basis == "Luật 06/2022/QH15, Điều 24 khoản 1 điểm a"
    assert (
        "Nghị định 91/2017"
        in check(run(person(ratings=good_years(2023)), 2023), "LDTT.rating").legal_basis
    )


# (case, facts kwargs, year, CSTDCS eligible)
CSTDCS_CASES = [
    ("excellent, no initiative (2024 law)", {"ratings": excellent_years(2024)}, 2024, True),
    (
        "good + unit initiative",
        {"ratings": good_years(2024), "initiatives": [(2024, "co_so")]},
        2024,
        True,
    ),
    (
        "good + provincial initiative",
        {"ratings": good_years(2024), "initiatives": [(2024, "tinh")]},
        2024,
        True,
    ),
    (
        "good, initiative of another year",
        {"ratings": good_years(2024), "initiatives": [(2023, "co_so")]},
        2024,
        False,
    ),
    ("good, nothing else", {"ratings": good_years(2024)}, 2024, False),
    (
        "excellent but not LĐTT (new recruit)",
        {"ratings": excellent_years(2024), "recruited": D(2024, 6, 1)},
        2024,
        False,
    ),
    ("excellent, no initiative (old law 2023)", {"ratings": excellent_years(2023)}, 2023, False),
    (
        "good + initiative (old law 2023)",
        {"ratings": good_years(2023), "initiatives": [(2023, "co_so")]},
        2023,
        True,
    ),
    ("excellent only, 2026 amendment", {"ratings": excellent_years(2026)}, 2026, False),
    (
        "excellent + initiative, 2026 amendment",
        {"ratings": excellent_years(2026), "initiatives": [(2026, "co_so")]},
        2026,
        True,
    ),
    ("excellent only, 2025", {"ratings": excellent_years(2025)}, 2025, True),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "year", "eligible"), CSTDCS_CASES, ids=[c[0] for c in CSTDCS_CASES]
)
def test_it_decides_cstdcs(case, kwargs, year, eligible):
    assert award(run(person(**kwargs), year), "CSTDCS").eligible is eligible


def test_it_flags_the_2026_amendment_as_unverified():
    c = check(run(person(ratings=excellent_years(2026)), 2026), "CSTDCS.amendment_2026")
    assert c.tag == "U" and not c.passed


# (case, facts kwargs, CSTD_TINH eligible in 2024)
CSTD_TINH_CASES = [
    (
        "3 CSTĐCS, this year eligible, provincial initiative",
        {
            "ratings": excellent_years(2022, 2023, 2024),
            "awards": {"CSTDCS": [2022, 2023]},
            "initiatives": [(2024, "tinh")],
        },
        True,
    ),
    (
        "3 CSTĐCS awarded, initiative two years ago",
        {
            "ratings": good_years(2024),
            "awards": {"CSTDCS": [2022, 2023, 2024]},
            "initiatives": [(2022, "tinh")],
        },
        True,
    ),
    (
        "chain broken by a gap year",
        {
            "ratings": excellent_years(2021, 2022, 2024),
            "awards": {"CSTDCS": [2021, 2022]},
            "initiatives": [(2024, "tinh")],
        },
        False,
    ),
    (
        "only unit-level initiative",
        {
            "ratings": excellent_years(2024),
            "awards": {"CSTDCS": [2022, 2023]},
            "initiatives": [(2024, "co_so")],
        },
        False,
    ),
    (
        "this year not CSTĐCS",
        {
            "ratings": good_years(2024),
            "awards": {"CSTDCS": [2022, 2023]},
            "initiatives": [(2022, "tinh")],
        },
        False,
    ),
    (
        "already CSTĐ tỉnh in 2023: the chain restarts",
        {
            "ratings": excellent_years(2024),
            "awards": {"CSTDCS": [2021, 2022, 2023], "CSTD_TINH": [2023]},
            "initiatives": [(2024, "tinh")],
        },
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "eligible"), CSTD_TINH_CASES, ids=[c[0] for c in CSTD_TINH_CASES]
)
def test_it_decides_cstd_tinh(case, kwargs, eligible):
    assert award(run(person(**kwargs), 2024), "CSTD_TINH").eligible is eligible


def test_it_explains_a_broken_chain():
    facts = person(ratings=excellent_years(2022, 2024), awards={"CSTDCS": [2021, 2022]})
    c = check(run(facts, 2024), "CSTD_TINH.chain")
    assert not c.passed
    assert "2024 (1 lần; cần 3)" in c.message


# (case, facts kwargs, CSTD_TQ eligible in 2024)
CSTD_TQ_CASES = [
    (
        "CSTĐ tỉnh 2021 and eligible 2024, national initiative",
        {
            "ratings": excellent_years(2022, 2023, 2024),
            "awards": {"CSTDCS": [2019, 2020, 2021, 2022, 2023], "CSTD_TINH": [2021]},
            "initiatives": [(2024, "toan_quoc")],
        },
        True,
    ),
    (
        "no previous cycle",
        {
            "ratings": excellent_years(2022, 2023, 2024),
            "awards": {"CSTDCS": [2022, 2023]},
            "initiatives": [(2024, "toan_quoc")],
        },
        False,
    ),
    (
        "previous cycle but only provincial initiative",
        {
            "ratings": excellent_years(2022, 2023, 2024),
            "awards": {"CSTDCS": [2022, 2023], "CSTD_TINH": [2021, 2024]},
            "initiatives": [(2024, "tinh")],
        },
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "eligible"), CSTD_TQ_CASES, ids=[c[0] for c in CSTD_TQ_CASES]
)
def test_it_decides_cstd_tq(case, kwargs, eligible):
    assert award(run(person(**kwargs), 2024), "CSTD_TQ").eligible is eligible
