"""Per-province caps on how many may be proposed, and a ranking aid when too many qualify.

A quota reads `{"title": "CSTDCS", "of": "LDTT", "max_share": 0.15}`: in each unit, at
most floor(base_count × max_share) proposals for `title`, where base_count is the number
of members holding `of` in the year (received or eligible). Pure functions only.
"""

from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from thidua.rules.checks.common import rating_run
from thidua.rules.facts import LEVEL_RANK, SubjectFacts

INITIATIVE_POINTS = {"co_so": 1, "tinh": 3, "toan_quoc": 9}


def quota_cap(base_count: int, max_share: Decimal | float | str) -> int:
    """floor(base_count × max_share) in decimal arithmetic (0.29 × 100 is 29, not 28)."""
    share = Decimal(str(max_share))
    return int((Decimal(base_count) * share).to_integral_value(rounding=ROUND_FLOOR))


@dataclass(frozen=True, slots=True)
class Candidate:
    code: str
    name: str
    score: tuple[int, ...]  # excellent, initiative points, best level, CSTĐCS, run
    year: int
    initiatives: int

    @property
    def reason(self) -> str:
        excellent, points, _best, cstdcs, run = self.score
        return (
            f"{'Hoàn thành xuất sắc' if excellent else 'Không hoàn thành xuất sắc'} năm {self.year}; "
            f"{self.initiatives} sáng kiến trong 3 năm ({points} điểm); "
            f"CSTĐCS {cstdcs} lần trong 5 năm trước; {run} năm liên tục hoàn thành tốt trở lên"
        )


def ranking_score(facts: SubjectFacts, year: int) -> Candidate:
    """A documented order for the council: not a rule, an aid (ADR 0005).

    By, in turn: rated excellent this year; initiative points over the last three years
    (unit 1, province 3, national 9); the best initiative level; CSTĐCS received in the
    five years before; consecutive years rated good or better up to this year.
    """
    excellent = facts.ratings.get(year) == "excellent"
    points = best = recent = 0
    for initiative in facts.initiatives:
        if year - 2 <= initiative.year <= year:
            recent += 1
            points += INITIATIVE_POINTS.get(initiative.level, 0)
            best = max(best, LEVEL_RANK.get(initiative.level, 0))
    cstdcs = 0
    for y in facts.awards.get("CSTDCS", ()):
        if year - 4 <= y < year:
            cstdcs += 1
    run = len(rating_run(facts, year, "good"))
    return Candidate(
        facts.code, facts.name, (int(excellent), points, best, cstdcs, run), year, recent
    )


@dataclass
class QuotaRow:
    organization: str
    title: str
    base_title: str
    base_count: int
    max_share: Decimal
    cap: int
    eligible_count: int
    ranking: list[Candidate] = field(default_factory=list)

    @property
    def over(self) -> bool:
        return self.eligible_count > self.cap

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "organization": self.organization,
            "title": self.title,
            "base_title": self.base_title,
            "base_count": self.base_count,
            "max_share": float(self.max_share),
            "cap": self.cap,
            "eligible_count": self.eligible_count,
        }
        if self.over:
            data["ranking"] = [
                {"code": c.code, "name": c.name, "rank": n, "reason": c.reason}
                for n, c in enumerate(self.ranking, start=1)
            ]
        return data


def quota_row(
    *,
    organization: str,
    quota: dict[str, Any],
    base_count: int,
    eligible_count: int,
    candidates: list[Candidate],
) -> QuotaRow:
    share = Decimal(str(quota["max_share"]))
    cap = quota_cap(base_count, share)
    row = QuotaRow(
        organization=organization,
        title=quota["title"],
        base_title=quota["of"],
        base_count=base_count,
        max_share=share,
        cap=cap,
        eligible_count=eligible_count,
    )
    if row.over:
        row.ranking = sorted(candidates, key=lambda c: (tuple(-s for s in c.score), c.code))
    return row
