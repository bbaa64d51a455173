"""The council's threshold per award code, and the count against it (rules/council.py)."""

from decimal import Decimal

import pytest

from thidua.rules.council import council_rule, percent_text, quorum_met, tally

SEEDED = {
    "CSTD_TINH": {"approval": 0.9, "secret_ballot": True, "of": "all_members"},
    "CSTD_TQ": {"approval": 0.9, "secret_ballot": True, "of": "all_members"},
}


@pytest.mark.parametrize(
    ("code", "level", "setting", "approval", "of", "compare", "public", "days"),
    [
        ("CSTD_TINH", "tinh", SEEDED, "0.9", "all_members", "gte", True, 10),
        ("CSTD_TQ", "trung_uong", SEEDED, "0.9", "all_members", "gte", True, 10),
        ("LDTT", "co_so", SEEDED, "0.5", "present", "gt", False, 10),
        ("CSTDCS", "co_so", None, "0.5", "present", "gt", False, 10),
        ("HUAN_CHUONG_LD_BA", "trung_uong", {}, "0.5", "present", "gt", True, 10),
        ("BANG_KHEN_TINH", "tinh", {}, "0.5", "present", "gt", False, 10),
        (
            "LDTT",
            "co_so",
            {
                "LDTT": {
                    "approval": 0.7,
                    "of": "present",
                    "public_comment": True,
                    "public_comment_days": 5,
                }
            },
            "0.7",
            "present",
            "gte",
            True,
            5,
        ),
        (
            "CSTD_TINH",
            "tinh",
            {"CSTD_TINH": {"public_comment": False}},
            "0.9",
            "all_members",
            "gte",
            False,
            10,
        ),
    ],
)
def test_it_resolves_the_rule_of_each_code(
    code: str,
    level: str,
    setting: dict | None,
    approval: str,
    of: str,
    compare: str,
    public: bool,
    days: int,
) -> None:
    rule = council_rule(code=code, level=level, setting=setting)
    assert (rule.approval, rule.of, rule.compare) == (Decimal(approval), of, compare)
    assert (rule.public_comment, rule.public_comment_days) == (public, days)


NINETY = council_rule(code="CSTD_TINH", level="tinh", setting=SEEDED)
MAJORITY = council_rule(code="LDTT", level="co_so", setting=SEEDED)


@pytest.mark.parametrize(
    ("rule", "yes", "no", "abstain", "members", "present", "approved", "percent"),
    [
        (NINETY, 27, 3, 0, 30, 30, True, "90.0"),  # exactly 90 % of all members
        (NINETY, 26, 4, 0, 30, 30, False, "86.7"),
        (NINETY, 26, 0, 0, 30, 26, False, "86.7"),  # all present said yes: absent count
        (
            NINETY,
            9,
            0,
            1,
            10,
            10,
            True,
            "90.0",
        ),  # a member abstaining for a conflict stays in the base
        (NINETY, 8, 0, 1, 10, 10, False, "80.0"),
        (MAJORITY, 9, 7, 0, 30, 16, True, "56.3"),  # more than half of those present
        (MAJORITY, 8, 8, 0, 30, 16, False, "50.0"),  # exactly half is not more than half
        (MAJORITY, 16, 0, 0, 30, 16, True, "100.0"),
        (MAJORITY, 15, 0, 0, 30, 15, False, "100.0"),  # 15 of 30 present: no quorum (> 50 %)
        (MAJORITY, 0, 0, 0, 30, 0, False, "0.0"),  # nobody present: no division by zero
    ],
)
def test_it_counts_against_the_threshold(
    rule, yes: int, no: int, abstain: int, members: int, present: int, approved: bool, percent: str
) -> None:
    result = tally(yes=yes, no=no, abstain=abstain, members=members, present=present, rule=rule)
    assert result.approved is approved
    assert result.percent == Decimal(percent)


def test_it_describes_the_threshold_in_vietnamese() -> None:
    assert NINETY.describe() == "từ 90 % tổng số thành viên Hội đồng đồng ý"
    assert MAJORITY.describe() == "trên 50 % số thành viên có mặt đồng ý"


@pytest.mark.parametrize(
    ("present", "members", "met"), [(16, 30, True), (15, 30, False), (1, 1, True), (0, 0, False)]
)
def test_it_checks_the_quorum(present: int, members: int, met: bool) -> None:
    assert quorum_met(present=present, members=members, rule=MAJORITY) is met


@pytest.mark.parametrize(
    ("value", "text"), [("90", "90"), ("12.5", "12,5"), ("8.04", "8"), ("6.25", "6,3"), ("0", "0")]
)
def test_it_prints_percentages_with_a_decimal_comma(value: str, text: str) -> None:
    assert percent_text(Decimal(value)) == text


@pytest.mark.django_db
def test_it_reads_the_province_setting_over_the_default(tree) -> None:
    from thidua.rules.models import AwardType, ProvinceSetting
    from thidua.rules.selectors.catalogue import council_rule_for

    award = AwardType.objects.get(code="LDTT")
    assert council_rule_for(award_type=award, organization=tree.unit_a, year=2024).of == "present"
    ProvinceSetting.objects.create(
        province=tree.province, year=2024, council={"LDTT": {"approval": 0.75, "of": "all_members"}}
    )
    rule = council_rule_for(award_type=award, organization=tree.unit_a, year=2024)
    assert (rule.approval, rule.of) == (Decimal("0.75"), "all_members")
    # the year before the province's row: the national default still applies
    assert council_rule_for(award_type=award, organization=tree.unit_a, year=2023).of == "present"
