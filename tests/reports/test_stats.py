"""The pure arithmetic of the statistics: rounding, totals, ordering, breakdown, shapes."""

from decimal import Decimal

import pytest

from thidua.reports.stats import (
    CatalogueEntry,
    StatsFacts,
    UnitFacts,
    breakdown_table,
    chart_data,
    comparison,
    group_tally,
    percent,
    percent_text,
    stats_dict,
    year_stats,
)

CATALOGUE = (
    CatalogueEntry("TTLDTT", "Tập thể lao động tiên tiến", 60),
    CatalogueEntry("LDTT", "Lao động tiên tiến", 10),
    CatalogueEntry("GIAY_KHEN", "Giấy khen", 120),
    CatalogueEntry("CSTDCS", "Chiến sĩ thi đua cơ sở", 30),
)
LABELS = {"co_so": "Cấp cơ sở", "tinh": "Cấp bộ, ngành, tỉnh"}


@pytest.mark.parametrize(
    ("count", "total", "expected"),
    [
        (18, 224, "8.0"),  # 8,035… (seed 004 printed 8,1: a rounding slip)
        (2, 224, "0.9"),
        (2, 14, "14.3"),
        (14, 14, "100.0"),
        (1, 8, "12.5"),  # exact
        (1, 16, "6.3"),  # 6,25: half up, not half even
        (3, 16, "18.8"),  # 18,75
        (1, 400, "0.3"),  # 0,25
        (1, 3, "33.3"),
        (2, 3, "66.7"),
        (0, 5, "0.0"),
        (0, 0, "0.0"),  # no people: no division error
        (3, 0, "0.0"),
    ],
)
def test_it_rounds_the_percentage_half_up_to_one_decimal(count, total, expected):
    assert percent(count, total) == Decimal(expected)
    assert str(percent(count, total)) == expected


@pytest.mark.parametrize(
    ("value", "text"),
    [("8.0", "8,0"), ("100.0", "100"), ("0.0", "0,0"), ("14.3", "14,3"), ("6.25", "6,3")],
)
def test_it_writes_percentages_with_a_decimal_comma(value, text):
    assert percent_text(Decimal(value)) == text


def _unit(uid, parent, people=0, person_titles=None, titles=(), code=None, name=None):
    return UnitFacts(
        id=uid,
        code=code or f"U{uid}",
        name=name or f"Đơn vị {uid}",
        parent_id=parent,
        people=people,
        person_titles=person_titles or {},
        titles=frozenset(titles),
    )


def _facts(units, initiatives=None, year=2023):
    return StatsFacts(
        year=year,
        root_id=units[0].id,
        units=tuple(units),
        catalogue=CATALOGUE,
        initiatives=initiatives or {},
    )


# root 1 (4 leaders, its own flag) → division 2 (10 people), centre 3 (6 people) → team 4
UNITS = [
    _unit(1, None, 4, {"LDTT": 4}, {"GIAY_KHEN"}, code="SO"),
    _unit(2, 1, 10, {"LDTT": 10, "CSTDCS": 2}, {"TTLDTT"}),
    _unit(3, 1, 6, {"LDTT": 5, "GIAY_KHEN": 1}, {"TTLDTT", "GIAY_KHEN"}),
    _unit(4, 3, 2, {"LDTT": 2, "CSTDCS": 1}, ()),
]


def test_it_counts_people_of_the_subtree_and_collectives_below_the_root():
    stats = year_stats(_facts(UNITS, {"co_so": 3}), LABELS)
    assert (stats.totals.ca_nhan, stats.totals.tap_the) == (22, 3)
    rows = [(t.code, t.subject, t.count, t.total, str(t.percent)) for t in stats.titles]
    assert rows == [
        ("LDTT", "ca_nhan", 21, 22, "95.5"),
        ("CSTDCS", "ca_nhan", 3, 22, "13.6"),
        ("TTLDTT", "tap_the", 2, 3, "66.7"),
        ("GIAY_KHEN", "ca_nhan", 1, 22, "4.5"),
        # the root's own Giấy khen is not one of its collectives': only unit 3's counts
        ("GIAY_KHEN", "tap_the", 1, 3, "33.3"),
    ]
    assert [(i.label, i.count) for i in stats.initiatives] == [
        ("Cấp cơ sở", 3),
        ("Cấp bộ, ngành, tỉnh", 0),
    ]


def test_it_breaks_down_by_direct_sub_unit_so_that_the_rows_add_up():
    stats = year_stats(_facts(UNITS), LABELS)
    rows = [
        (r.code, r.direct, r.group.totals.ca_nhan, r.group.totals.tap_the) for r in stats.breakdown
    ]
    assert rows == [("SO", True, 4, 0), ("U2", False, 10, 1), ("U3", False, 8, 2)]
    assert sum(r.group.totals.ca_nhan for r in stats.breakdown) == stats.totals.ca_nhan
    assert sum(r.group.totals.tap_the for r in stats.breakdown) == stats.totals.tap_the
    columns, table = breakdown_table(stats)
    assert [(c.code, c.subject) for c in columns] == [(t.code, t.subject) for t in stats.titles]
    centre_cells = table[2][1]
    assert [(c.count, str(c.percent)) for c in centre_cells] == [
        (7, "87.5"),
        (1, "12.5"),
        (1, "50.0"),
        (1, "12.5"),
        (1, "50.0"),
    ]


def test_it_has_no_direct_row_when_the_root_has_no_staff_of_its_own():
    units = [_unit(1, None), _unit(2, 1, 3)]
    stats = year_stats(_facts(units), LABELS)
    assert [r.code for r in stats.breakdown] == ["U2"]


def test_it_gives_zero_totals_and_no_titles_for_an_empty_unit():
    stats = year_stats(_facts([_unit(1, None)]), LABELS)
    assert (stats.totals.ca_nhan, stats.totals.tap_the) == (0, 0)
    assert stats.titles == () and stats.breakdown == ()
    assert stats_dict(stats) == {
        "year": 2023,
        "organization": "U1",
        "totals": {"ca_nhan": 0, "tap_the": 0},
        "titles": [],
    }


def test_a_count_with_a_zero_total_has_a_zero_percentage():
    # collectives with titles but the group counts none of them (the direct row)
    group = group_tally([_unit(1, None, 0, {"LDTT": 0})], [], CATALOGUE)
    assert group.titles == ()
    group = group_tally([], [_unit(2, 1, titles={"TTLDTT"})], CATALOGUE)
    assert [(t.count, t.total, t.percent) for t in group.titles] == [(1, 1, Decimal("100.0"))]


def test_the_json_shape_has_its_keys_in_order_and_float_percentages():
    stats = year_stats(_facts(UNITS), LABELS)
    data = stats_dict(stats)
    assert list(data) == ["year", "organization", "totals", "titles"]
    assert list(data["totals"]) == ["ca_nhan", "tap_the"]
    assert list(data["titles"][0]) == ["code", "subject", "count", "total", "percent"]
    assert data["titles"][1] == {
        "code": "CSTDCS",
        "subject": "ca_nhan",
        "count": 3,
        "total": 22,
        "percent": 13.6,
    }
    assert all(isinstance(t["percent"], float) for t in data["titles"])


def test_the_sentence_reads_like_seed_004():
    units = [_unit(1, None), _unit(2, 1, 224, {"CSTDCS": 18}, {"TTLDTT"})]
    stats = year_stats(_facts(units), LABELS)
    assert [t.sentence for t in stats.titles] == [
        "18/224 cá nhân đạt Chiến sĩ thi đua cơ sở, 8,0 %",
        "1/1 tập thể đạt Tập thể lao động tiên tiến, 100 %",
    ]


def test_the_comparison_covers_both_years_in_catalogue_order():
    this = year_stats(_facts([_unit(1, None), _unit(2, 1, 10, {"LDTT": 10})]), LABELS)
    last = year_stats(
        _facts([_unit(1, None), _unit(2, 1, 8, {"LDTT": 6, "CSTDCS": 1}, {"TTLDTT"})], year=2022),
        LABELS,
    )
    rows = comparison(this, last)
    assert [(r.code, r.subject) for r in rows] == [
        ("LDTT", "ca_nhan"),
        ("CSTDCS", "ca_nhan"),
        ("TTLDTT", "tap_the"),
    ]
    assert [str(r.change) for r in rows] == ["25.0", "-12.5", "-100.0"]
    chart = chart_data(this, last)
    assert chart["labels"][0] == "Lao động tiên tiến (cá nhân)"
    assert [d["label"] for d in chart["datasets"]] == ["Năm 2023", "Năm 2022"]
    assert chart["datasets"][0]["data"] == [100.0, 0.0, 0.0]
    assert chart["datasets"][1]["data"] == [75.0, 12.5, 100.0]


def test_the_chart_leaves_out_a_previous_year_without_any_award():
    this = year_stats(_facts([_unit(1, None), _unit(2, 1, 10, {"LDTT": 10})]), LABELS)
    empty = year_stats(_facts([_unit(1, None), _unit(2, 1, 9)]), LABELS)
    chart = chart_data(this, empty)
    assert len(chart["datasets"]) == 1
    assert chart_data(this, None)["datasets"] == chart["datasets"]
