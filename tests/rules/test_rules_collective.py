"""TTLĐTT, TTLĐXS, Cờ thi đua tỉnh and the collective Bằng khen (RULES.md §3, §4.2)."""

import pytest
from tests.rules.helpers import award, check, run, unit

from thidua.rules.facts import MemberStats


def members(count=10, complete=10, ldtt=8, cstdcs=1, warned=0):
    return MemberStats(
        count=count,
        complete=complete,
        ldtt=ldtt,
        cstdcs=cstdcs,
        disciplined={"warning": warned, "reprimand": warned},
        disciplined_in_force={"warning": warned, "reprimand": warned},
    )


TTLDTT_CASES = [
    ("good, 6/10 LĐTT", {"ratings": {2024: "good"}, "members": members(ldtt=6)}, True),
    (
        "exactly 50% is not more than half",
        {"ratings": {2024: "good"}, "members": members(ldtt=5)},
        False,
    ),
    ("complete only", {"ratings": {2024: "complete"}, "members": members()}, False),
    ("a member warned", {"ratings": {2024: "good"}, "members": members(warned=1)}, False),
    ("no members", {"ratings": {2024: "good"}, "members": MemberStats()}, False),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "eligible"), TTLDTT_CASES, ids=[c[0] for c in TTLDTT_CASES]
)
def test_it_decides_ttldtt(case, kwargs, eligible):
    assert award(run(unit(**kwargs), 2024), "TTLDTT").eligible is eligible


TTLDXS_CASES = [
    (
        "excellent, 100% complete, 70% LĐTT, 1 CSTĐCS",
        {"ratings": {2024: "excellent"}, "members": members(ldtt=7)},
        True,
    ),
    (
        "69% LĐTT",
        {"ratings": {2024: "excellent"}, "members": members(count=100, complete=100, ldtt=69)},
        False,
    ),
    (
        "one member did not complete",
        {"ratings": {2024: "excellent"}, "members": members(complete=9)},
        False,
    ),
    ("no CSTĐCS", {"ratings": {2024: "excellent"}, "members": members(cstdcs=0)}, False),
    ("good only", {"ratings": {2024: "good"}, "members": members()}, False),
]


@pytest.mark.parametrize(
    ("case", "kwargs", "eligible"), TTLDXS_CASES, ids=[c[0] for c in TTLDXS_CASES]
)
def test_it_decides_ttldxs(case, kwargs, eligible):
    assert award(run(unit(**kwargs), 2024), "TTLDXS").eligible is eligible


def test_it_explains_member_shares():
    c = check(
        run(unit(ratings={2024: "excellent"}, members=members(count=20, ldtt=13)), 2024),
        "TTLDXS.members_ldtt",
    )
    assert c.message == "13/20 cá nhân (65%) đạt Lao động tiên tiến; cần ít nhất 70%."


def test_it_says_the_flag_needs_the_bloc_result():
    result = run(unit(ratings={2024: "excellent"}, members=members()), 2024)
    c = check(result, "CO_THI_DUA_TINH.bloc")
    assert not c.passed and "khối, cụm thi đua" in c.message
    assert not award(result, "CO_THI_DUA_TINH").eligible


def test_it_accepts_a_flag_already_decided():
    result = run(unit(ratings={2024: "excellent"}, awards={"CO_THI_DUA_TINH": [2024]}), 2024)
    assert award(result, "CO_THI_DUA_TINH").eligible


def test_it_decides_the_collective_bang_khen_on_two_excellent_years():
    assert award(
        run(unit(ratings={2023: "excellent", 2024: "excellent"}), 2024), "BANG_KHEN_TINH"
    ).eligible
    assert not award(
        run(unit(ratings={2023: "good", 2024: "excellent"}), 2024), "BANG_KHEN_TINH"
    ).eligible
