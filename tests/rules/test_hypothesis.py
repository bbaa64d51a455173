"""Eligibility never crashes and stays consistent on arbitrary histories."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.rules.helpers import catalogue

from thidua.rules.engine import SettingRow, evaluate
from thidua.rules.facts import (
    DISCIPLINE_RANK,
    LEVEL_RANK,
    RATING_RANK,
    DisciplineFact,
    InitiativeFact,
    MemberStats,
    SubjectFacts,
)

YEARS = st.integers(min_value=2010, max_value=2030)
CODES = st.sampled_from(
    [
        "LDTT",
        "CSTDCS",
        "CSTD_TINH",
        "CSTD_TQ",
        "BANG_KHEN_TINH",
        "BANG_KHEN_BO",
        "BANG_KHEN_TTG",
        "HUAN_CHUONG_LD_BA",
        "TTLDTT",
        "TTLDXS",
        "CO_THI_DUA_TINH",
    ]
)
DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2031, 12, 31))


@st.composite
def disciplines(draw):
    start = draw(DATES)
    end = draw(st.one_of(st.none(), st.dates(min_value=start, max_value=dt.date(2032, 12, 31))))
    return DisciplineFact(draw(st.sampled_from(sorted(DISCIPLINE_RANK))), start, end)


@st.composite
def members(draw):
    count = draw(st.integers(min_value=0, max_value=50))
    part = st.integers(min_value=0, max_value=count)
    counts = {form: draw(part) for form in DISCIPLINE_RANK}
    return MemberStats(count, draw(part), draw(part), draw(part), counts, counts)


@st.composite
def subjects(draw):
    subject = draw(st.sampled_from(["ca_nhan", "tap_the"]))
    return SubjectFacts(
        subject=subject,
        pk=1,
        code="X",
        name="X",
        province_id=draw(st.sampled_from([None, 1])),
        recruited_on=draw(st.one_of(st.none(), DATES)),
        ratings=draw(st.dictionaries(YEARS, st.sampled_from(sorted(RATING_RANK)), max_size=15)),
        awards=draw(st.dictionaries(CODES, st.frozensets(YEARS, max_size=8), max_size=8)),
        initiatives=tuple(
            InitiativeFact(f"SK{n}", y, level, kind)
            for n, (y, level, kind) in enumerate(
                draw(
                    st.lists(
                        st.tuples(
                            YEARS,
                            st.sampled_from(sorted(LEVEL_RANK)),
                            st.sampled_from(["sang_kien", "de_tai"]),
                        ),
                        max_size=6,
                    )
                )
            )
        ),
        disciplines=tuple(draw(st.lists(disciplines(), max_size=3))),
        members=draw(st.one_of(st.none(), members())) if subject == "tap_the" else None,
    )


SWITCHES = st.dictionaries(
    st.sampled_from(
        ["LDTT.new_recruit", "LDTT.discipline", "CSTDCS.amendment_2026", "TTLDTT.discipline"]
    ),
    st.booleans(),
)
CAT_PLAIN = catalogue()


@settings(max_examples=300, deadline=None)
@given(facts=subjects(), year=YEARS, switches=SWITCHES)
def test_it_never_crashes_and_every_award_lists_its_checks(facts, year, switches):
    cat = (
        catalogue(SettingRow(province_id=1, year=2010, rule_switches=switches))
        if switches
        else CAT_PLAIN
    )
    result = evaluate(facts, cat.plan(year, facts.province_id))
    for award in result.awards:
        assert award.checks, award.title
        assert award.eligible == all(c.passed for c in award.checks)
        assert all(c.message and c.legal_basis for c in award.checks)
    assert result.eligible == {a.title for a in result.awards if a.eligible}


@settings(max_examples=200, deadline=None)
@given(facts=subjects(), year=st.integers(min_value=2024, max_value=2030))
def test_it_never_grants_a_higher_title_without_the_lower_one(facts, year):
    result = evaluate(facts, CAT_PLAIN.plan(year, facts.province_id))
    if "CSTDCS" in result.eligible:
        assert "LDTT" in result.eligible or year in facts.awards.get("LDTT", ())
    if "CSTD_TINH" in result.eligible:
        assert "CSTDCS" in result.eligible or year in facts.awards.get("CSTDCS", ())
