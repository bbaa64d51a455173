"""How the emulation council decides on a title or form, and whether the public is asked.

Pure functions over the province's yearly setting (`ProvinceSetting.council`, a JSON
object keyed by award code). RULES.md §7.2: the current thresholds are not verified, so
everything is configurable per award type; the defaults are the old NĐ 91/2017 Art 45(8)
rule (secret ballot, at least 90 % of *all* members) for the codes the seeded default
setting lists (CSTD_TINH, CSTD_TQ, ANH_HUNG_LD) and, for every other code, more than 50 %
of the members present. Every vote in this system is a secret electronic ballot.

A setting entry may hold:
    {"approval": 0.9, "of": "all_members" | "present", "compare": "gte" | "gt",
     "quorum": 0.5, "quorum_compare": "gt" | "gte",
     "public_comment": true, "public_comment_days": 10}
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

ALL_MEMBERS = "all_members"
PRESENT = "present"
PUBLIC_COMMENT_DAYS = 10
# RULES.md §2.3 / §4.4 / §7.4: CSTĐ tỉnh and the State awards are published for comment.
PUBLIC_COMMENT_LEVELS = frozenset({"trung_uong"})
PUBLIC_COMMENT_CODES = frozenset({"CSTD_TINH"})


@dataclass(frozen=True, slots=True)
class CouncilRule:
    approval: Decimal  # share of the base that must vote yes
    of: str  # ALL_MEMBERS or PRESENT: the base of the share
    compare: str  # "gte" (at least) or "gt" (more than)
    quorum: Decimal  # share of all members who must be present for the meeting to vote
    quorum_compare: str
    public_comment: bool
    public_comment_days: int

    def describe(self) -> str:
        """The threshold in words, as printed in the vote-count minutes."""
        word = "từ" if self.compare == "gte" else "trên"
        base = "tổng số thành viên Hội đồng" if self.of == ALL_MEMBERS else "số thành viên có mặt"
        return f"{word} {percent_text(self.approval * 100)} % {base} đồng ý"


def percent_text(value: Decimal) -> str:
    """12.5 → "12,5"; 90 → "90" (Vietnamese decimal comma, at most one decimal)."""
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = f"{rounded:f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def council_rule(*, code: str, level: str, setting: Mapping[str, Any] | None) -> CouncilRule:
    """The rule for one award code under a province's council setting (None: no setting)."""
    entry: Mapping[str, Any] = (setting or {}).get(code) or {}
    listed = bool(entry)
    of = entry.get("of", ALL_MEMBERS if listed else PRESENT)
    return CouncilRule(
        approval=Decimal(str(entry.get("approval", "0.9" if listed else "0.5"))),
        of=of,
        compare=entry.get("compare", "gte" if listed else "gt"),
        quorum=Decimal(str(entry.get("quorum", "0.5"))),
        quorum_compare=entry.get("quorum_compare", "gt"),
        public_comment=bool(
            entry.get(
                "public_comment", level in PUBLIC_COMMENT_LEVELS or code in PUBLIC_COMMENT_CODES
            )
        ),
        public_comment_days=int(entry.get("public_comment_days", PUBLIC_COMMENT_DAYS)),
    )


def _meets(count: int, base: int, share: Decimal, compare: str) -> bool:
    if base <= 0:
        return False
    # integers only: count/base ≥ share  ⇔  count ≥ share × base
    needed = share * base
    return Decimal(count) >= needed if compare == "gte" else Decimal(count) > needed


def quorum_met(*, present: int, members: int, rule: CouncilRule) -> bool:
    return _meets(present, members, rule.quorum, rule.quorum_compare)


@dataclass(frozen=True, slots=True)
class Tally:
    yes: int
    no: int
    abstain: int
    base: int  # the number the share is taken of
    percent: Decimal  # yes / base × 100, one decimal, half up
    approved: bool
    rule: str  # the threshold in words

    def as_dict(self) -> dict[str, Any]:
        return {
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "base": self.base,
            "percent": float(self.percent),
            "approved": self.approved,
            "rule": self.rule,
        }


def tally(
    *, yes: int, no: int, abstain: int, members: int, present: int, rule: CouncilRule
) -> Tally:
    """Whether `yes` votes carry under `rule`. Members who abstained (conflict of interest)
    stay in the base: the law counts the members, not the ballots."""
    base = members if rule.of == ALL_MEMBERS else present
    share = Decimal(yes) * 100 / base if base else Decimal(0)
    return Tally(
        yes=yes,
        no=no,
        abstain=abstain,
        base=base,
        percent=share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
        approved=quorum_met(present=present, members=members, rule=rule)
        and _meets(yes, base, rule.approval, rule.compare),
        rule=rule.describe(),
    )
