"""The plan: the version in force for the year, province switches and overrides, order."""

import datetime as dt

from tests.rules.helpers import award, catalogue, check, good_years, person, run

from thidua.rules.checks import RULES, award_order
from thidua.rules.engine import SettingRow, setting_for


def test_it_uses_the_rule_version_in_force_at_the_years_end():
    cat = catalogue()
    assert cat.version_for("CSTDCS.achievement", 2023).params["require"] == "initiative"
    assert cat.version_for("CSTDCS.achievement", 2024).params["require"] == "any"
    assert cat.version_for("CSTDCS.amendment_2026", 2025) is None
    assert cat.version_for("CSTDCS.amendment_2026", 2026) is not None


def test_it_evaluates_nothing_before_the_rules_in_the_catalogue():
    assert catalogue().plan(2015, 1).for_subject("ca_nhan") == ()


def test_it_lets_a_province_switch_off_an_unverified_rule():
    off = SettingRow(province_id=1, year=2024, rule_switches={"LDTT.new_recruit": False})
    facts = person(ratings=good_years(2024), recruited=dt.date(2024, 6, 1))
    assert not award(run(facts, 2024), "LDTT").eligible
    assert award(run(facts, 2024, catalogue(off)), "LDTT").eligible
    rules = [c.rule for c in award(run(facts, 2024, catalogue(off)), "LDTT").checks]
    assert "LDTT.new_recruit" not in rules


def test_it_leaves_other_provinces_and_earlier_years_alone():
    off = SettingRow(province_id=1, year=2025, rule_switches={"LDTT.new_recruit": False})
    facts = person(ratings=good_years(2024), recruited=dt.date(2024, 6, 1))
    assert not award(run(facts, 2024, catalogue(off)), "LDTT").eligible
    other = SettingRow(province_id=2, year=2020, rule_switches={"LDTT.new_recruit": False})
    assert not award(run(facts, 2024, catalogue(other)), "LDTT").eligible


def test_it_applies_province_parameters():
    six_months = SettingRow(
        province_id=1, year=2024, rule_params={"LDTT.new_recruit": {"min_months": 6}}
    )
    facts = person(ratings=good_years(2024), recruited=dt.date(2024, 6, 1))
    result = run(facts, 2024, catalogue(six_months))
    assert award(result, "LDTT").eligible
    assert "đủ 6 tháng" in check(result, "LDTT.new_recruit").message


def test_it_prefers_the_province_row_over_the_default():
    rows = [
        SettingRow(province_id=None, year=2017, rounding="ceil"),
        SettingRow(province_id=1, year=2024, rounding="nearest"),
        SettingRow(province_id=1, year=2026, rounding="ceil"),
    ]
    assert setting_for(rows, 1, 2025).rounding == "nearest"
    assert setting_for(rows, 1, 2023).rounding == "ceil"
    assert setting_for(rows, 1, 2026).year == 2026
    assert setting_for(rows, 2, 2025).province_id is None


def test_it_registers_every_rule_once_and_in_dependency_order():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    order = award_order("ca_nhan")
    assert (
        order.index("LDTT")
        < order.index("CSTDCS")
        < order.index("CSTD_TINH")
        < order.index("CSTD_TQ")
    )
    assert order.index("CSTDCS") < order.index("BANG_KHEN_TINH") < order.index("BANG_KHEN_TTG")


def test_every_seeded_rule_has_a_check_and_every_check_a_seeded_rule():
    from tests.rules.helpers import seeded_versions

    seeded = {v.rule for v in seeded_versions()}
    assert seeded == {r.code for r in RULES}


def test_checks_after_the_first_failure_are_computed_when_read():
    facts = person(
        ratings=good_years(2019, 2020, 2021, 2022, 2023, 2024), awards={"CSTDCS": [2020, 2022]}
    )
    result = run(facts, 2024)
    hcld = award(result, "HUAN_CHUONG_LD_BA")
    assert len(hcld.outcomes) == 1  # the prerequisite failed: nothing else was computed
    assert [c.rule for c in hcld.checks] == [
        "HUAN_CHUONG_LD_BA.prior",
        "HUAN_CHUONG_LD_BA.years",
        "HUAN_CHUONG_LD_BA.cstdcs",
    ]
    assert [c.passed for c in hcld.checks] == [False, False, False]
    assert (
        "Chưa được tặng «Bằng khen của Thủ tướng Chính phủ» trước năm 2024."
        in hcld.checks[0].message
    )


def test_a_deferred_check_sees_the_titles_eligible_before_its_award():
    """BK tỉnh's initiatives check, read after its chain failed, still counts 2024's CSTĐCS."""
    facts = person(ratings={2023: "complete", 2024: "good"}, initiatives=[(2024, "co_so")])
    result = run(facts, 2024)
    assert "CSTDCS" in result.eligible
    bk = award(result, "BANG_KHEN_TINH")
    assert len(bk.outcomes) == 1
    chain, initiatives = bk.checks
    assert not chain.passed and not initiatives.passed
    assert initiatives.message.startswith("Trong các năm 2024: 1 sáng kiến, đề tài: SK1")
