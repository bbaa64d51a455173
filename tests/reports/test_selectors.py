"""The year's statistics read from the database: the tree and the staff as of 31/12."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_person
from tests.reports.scenario import award
from thidua.reports.selectors import (
    StatsUnavailable,
    default_year,
    stats_page,
    top_organization,
    year_problem,
    year_stats_for,
)
from thidua.reports.stats import stats_dict

pytestmark = pytest.mark.django_db


def _titles(*rows):
    return [
        {"code": c, "subject": s, "count": n, "total": t, "percent": p} for c, s, n, t, p in rows
    ]


# (organisation, year) -> (totals, titles); see the scenario in conftest.py
CASES = {
    # moved in counted where they were on 31/12 (Đến in unit_b), moved out not (Đi), left
    # before the year's end not (Nghỉ), revoked not (Hoa's CSTĐCS, unit_a's TTLĐXS), the
    # dissolved unit not, the centre merged in 2024 still counted, the dept's own flag not
    ("dept", 2023): (
        (7, 4),
        _titles(
            ("LDTT", "ca_nhan", 6, 7, 85.7),
            ("CSTDCS", "ca_nhan", 1, 7, 14.3),
            ("TTLDTT", "tap_the", 4, 4, 100.0),
        ),
    ),
    ("dept", 2022): ((9, 5), _titles(("CSTDCS", "ca_nhan", 1, 9, 11.1))),
    # the centre is gone (merged), the new unit is there; no award recorded for 2024
    ("dept", 2024): ((7, 4), []),
    ("unit_b", 2023): (
        (2, 1),
        _titles(("LDTT", "ca_nhan", 2, 2, 100.0), ("TTLDTT", "tap_the", 1, 1, 100.0)),
    ),
    # home affairs in 2023 does not yet have the centre it absorbed in 2024
    ("home", 2023): ((1, 1), _titles(("LDTT", "ca_nhan", 1, 1, 100.0))),
    ("home", 2024): ((2, 1), []),
    ("team", 2023): ((1, 0), _titles(("LDTT", "ca_nhan", 1, 1, 100.0))),
    ("later", 2024): ((1, 0), []),
}


@pytest.mark.parametrize(("org", "year"), list(CASES))
def test_it_counts_as_of_the_years_end(scenario, org, year):
    (people, collectives), titles = CASES[org, year]
    organization = getattr(scenario, org)
    data = stats_dict(year_stats_for(organization=organization, year=year))
    assert data == {
        "year": year,
        "organization": organization.code,
        "totals": {"ca_nhan": people, "tap_the": collectives},
        "titles": titles,
    }


def test_it_breaks_the_department_down_by_its_units_of_that_year(scenario):
    stats = year_stats_for(organization=scenario.dept, year=2023)
    rows = [
        (r.name, r.direct, r.group.totals.ca_nhan, r.group.totals.tap_the) for r in stats.breakdown
    ]
    assert rows == [
        ("Sở Lao động - Thương binh và Xã hội", True, 1, 0),
        ("Phòng Lao động - Việc làm", False, 3, 1),
        ("Phòng Người có công", False, 2, 2),
        ("Trung tâm Dịch vụ việc làm", False, 1, 1),
    ]


@pytest.mark.parametrize(
    ("org", "year", "message"),
    [
        ("closed", 2023, "không còn hoạt động vào ngày 31/12/2023"),
        ("centre", 2024, "không còn hoạt động vào ngày 31/12/2024"),
        ("later", 2023, "thành lập từ ngày 01/01/2024, chưa có vào ngày 31/12/2023"),
    ],
)
def test_it_refuses_a_unit_that_did_not_exist_at_the_years_end(scenario, org, year, message):
    with pytest.raises(StatsUnavailable, match=message):
        year_stats_for(organization=getattr(scenario, org), year=year)


def test_it_counts_initiatives_by_the_authors_unit_at_the_years_end(scenario):
    counts = {
        i.level: i.count for i in year_stats_for(organization=scenario.dept, year=2023).initiatives
    }
    assert counts == {"co_so": 1, "tinh": 0, "toan_quoc": 0}
    counts = {
        i.level: i.count for i in year_stats_for(organization=scenario.home, year=2023).initiatives
    }
    assert counts == {"co_so": 0, "tinh": 1, "toan_quoc": 0}


def test_a_person_with_two_records_of_one_title_counts_once(scenario):
    award(scenario.people["an"], "LDTT", n="2")
    stats = year_stats_for(organization=scenario.dept, year=2023)
    assert stats.group.count("LDTT", "ca_nhan") == 6


def test_the_page_pairs_the_year_with_the_previous_one(scenario):
    page = stats_page(organization=scenario.dept, year=2023)
    assert page.previous is not None and page.previous.year == 2022
    assert page.previous_has_data
    assert [(r.code, r.subject) for r in page.comparison] == [
        ("LDTT", "ca_nhan"),
        ("CSTDCS", "ca_nhan"),
        ("TTLDTT", "tap_the"),
    ]
    assert str(page.comparison[1].change) == "3.2"  # 14,3 − 11,1
    gone = stats_page(organization=scenario.closed, year=2023)
    assert gone.current is None and "không còn hoạt động" in gone.unavailable


def _query_count(organization, year):
    with CaptureQueriesContext(connection) as queries:
        year_stats_for(organization=organization, year=year)
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_rows(scenario):
    before = _query_count(scenario.dept, 2023)
    for i in range(30):
        person = make_person(
            f"Người Thứ {i}", org=scenario.unit_a, birth=dt.date(1980, 1, 1 + i % 28)
        )
        award(person, "LDTT")
        award(person, "CSTDCS")
    assert _query_count(scenario.dept, 2023) == before
    assert year_stats_for(organization=scenario.dept, year=2023).totals.ca_nhan == 37


@pytest.mark.parametrize(
    ("year", "ok"), [(1944, False), (1945, True), (2023, True), (2026, True), (2027, False)]
)
def test_it_accepts_years_from_1945_to_this_year(year, ok):
    assert (year_problem(year, today=dt.date(2026, 5, 1)) is None) == ok


def test_the_default_year_is_the_latest_with_awards(scenario):
    assert default_year(today=dt.date(2026, 5, 1)) == 2023
    assert default_year(today=dt.date(2022, 5, 1)) == 2022


def test_the_default_organisation_is_the_top_active_one(scenario):
    orgs = [scenario.closed, scenario.unit_a, scenario.dept, scenario.home]
    assert top_organization(orgs) == scenario.dept
    assert top_organization([]) is None
