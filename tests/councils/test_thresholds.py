"""The council's thresholds, walked through open → cast → close (table-driven).

Defaults (rules migration 0002, NĐ 91/2017 Art 45(8)): CSTD_TINH needs at least 90 % of
*all* members; codes the setting does not list need more than 50 % of those present, with
more than half of the members present (quorum). A province changes them in
ProvinceSetting.council.
"""

import pytest

from thidua.councils.models import BallotIssue
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open
from thidua.nominations.models import Outcome
from thidua.rules.models import ProvinceSetting

A, R = Outcome.APPROVED, Outcome.REJECTED

CASES = [
    # award, members, present, yes, province setting, expected, why
    ("CSTD_TINH", 30, 30, 27, None, A, "27/30 = 90 % of all members"),
    ("CSTD_TINH", 30, 30, 26, None, R, "26/30 < 90 %"),
    ("CSTD_TINH", 30, 26, 26, None, R, "all 26 present voted yes, still 26/30 < 90 %"),
    ("CSTDCS", 16, 16, 8, None, R, "8/16 is not more than 50 % of those present"),
    ("CSTDCS", 16, 16, 9, None, A, "9/16 > 50 %"),
    ("CSTDCS", 16, 10, 6, None, A, "6/10 present > 50 %, 10/16 present is a quorum"),
    ("CSTDCS", 16, 8, 8, None, R, "8/16 present is no quorum (more than half needed)"),
    ("CSTDCS", 16, 16, 11, {"CSTDCS": {"approval": 0.7, "of": "present"}}, R, "11/16 < 70 %"),
    ("CSTDCS", 16, 16, 12, {"CSTDCS": {"approval": 0.7, "of": "present"}}, A, "12/16 ≥ 70 %"),
    ("CSTD_TINH", 20, 20, 15, {"CSTD_TINH": {"approval": 0.75}}, A, "province: 75 % of all"),
    ("CSTD_TINH", 20, 20, 14, {"CSTD_TINH": {"approval": 0.75}}, R, "province: 14/20 < 75 %"),
]


@pytest.mark.parametrize(
    ("award", "members", "present", "yes", "setting", "expected", "why"),
    CASES,
    ids=[c[-1] for c in CASES],
)
def test_it_applies_the_threshold_of_the_award(
    make_scene, tree, award, members, present, yes, setting, expected, why
):
    if setting is not None:
        ProvinceSetting.objects.create(province=tree.province, year=2024, council=setting)
    scene = make_scene(members=members, present=present, award=award)
    item = voting_open(actor=scene.secretary, item=scene.item)
    nomination = scene.dossier.nominations.get()
    voters = [
        i.member.user for i in BallotIssue.objects.filter(item=item).select_related("member__user")
    ]
    for i, user in enumerate(voters):
        ballot_cast(actor=user, item=item, choices={nomination.pk: "yes" if i < yes else "no"})
    voting_close(actor=scene.secretary, item=item)
    nomination.refresh_from_db()
    assert nomination.outcome == expected, why
    assert nomination.vote_result["yes"] == yes
    assert nomination.vote_result["members"] == members
