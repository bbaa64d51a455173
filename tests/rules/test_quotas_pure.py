"""Quota caps (floor in decimal arithmetic) and the ranking aid."""

import pytest
from tests.rules.helpers import person

from thidua.rules.quotas import quota_cap, quota_row, ranking_score

CAP_CASES = [
    (20, 0.15, 3),
    (19, 0.15, 2),
    (6, 0.15, 0),
    (100, 0.29, 29),
    (10, 0.3, 3),
    (0, 0.15, 0),
    (7, "1", 7),
]


@pytest.mark.parametrize(("base", "share", "cap"), CAP_CASES)
def test_it_rounds_the_cap_down(base, share, cap):
    assert quota_cap(base, share) == cap


def test_it_ranks_only_when_over_the_cap():
    quota = {"title": "CSTDCS", "of": "LDTT", "max_share": 0.15}
    strong = ranking_score(
        person(ratings={2024: "excellent"}, initiatives=[(2024, "tinh")], code="P1"), 2024
    )
    weak = ranking_score(
        person(ratings={2024: "good"}, initiatives=[(2024, "co_so")], code="P2"), 2024
    )
    under = quota_row(
        organization="U01", quota=quota, base_count=20, eligible_count=3, candidates=[weak, strong]
    )
    assert not under.over and "ranking" not in under.as_dict()
    over = quota_row(
        organization="U01", quota=quota, base_count=10, eligible_count=2, candidates=[weak, strong]
    )
    data = over.as_dict()
    assert data["cap"] == 1 and data["eligible_count"] == 2
    assert [r["code"] for r in data["ranking"]] == ["P1", "P2"]
    assert "Hoàn thành xuất sắc" in data["ranking"][0]["reason"]
