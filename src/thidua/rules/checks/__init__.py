"""The rule functions and the one list that registers them (STYLE.md convention 4).

Contract of a check:

* `check_<rule>(facts: SubjectFacts, ctx: Context, params: Mapping) -> Outcome` — pure:
  no ORM, no clock, no settings. `facts` is the subject's history, `ctx.year` the year
  evaluated, `ctx.eligible` the titles already found eligible for it that year (so a
  chain that includes the year counts it when awarded *or* eligible), `params` the
  parameters of the rule version in force for the year, merged with the province's
  overrides, plus `award` (the code being evaluated).
* The outcome is `(passed, message)`: whether the criterion is met, and in plain
  Vietnamese, with the data used, why — for a pass as well as a failure. The message
  may be a function formatting it on demand (checks.common explains why).
* `params` always hold every key of the check's `DEFAULTS` (a version or a province may
  override them), so a check reads `params["key"]` without defaults of its own.
* A rule applies in a year only if the catalogue has a `RuleVersion` with the same code in
  force on 31/12 of that year and the province has not switched it off; its legal basis
  and tag come from that row, never from here.

`RULES` is ordered: an award is evaluated after every award its rules read from
`ctx.eligible` (LĐTT before CSTĐCS before CSTĐ tỉnh; members before their collective).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from thidua.rules.checks import collective, forms, individual
from thidua.rules.checks.common import Outcome, check_min_rating
from thidua.rules.facts import Context, SubjectFacts

CheckFn = Callable[[SubjectFacts, Context, Mapping[str, Any]], Outcome]


DEFAULTS: dict[CheckFn, dict[str, Any]] = {
    check_min_rating: {"min_rating": "good"},
    individual.check_new_recruit: {"min_months": 10},
    individual.check_no_discipline: {"min_form": "reprimand", "basis": "decided"},
    individual.check_meets_title: {"title": "LDTT"},
    individual.check_achievement: {"require": "any", "min_level": "co_so"},
    individual.check_title_chain: {"title": "CSTDCS", "years": 3},
    individual.check_initiative_window: {"min_level": "tinh", "window": 3, "count": 1},
    individual.check_cycle_chain: {"title": "CSTD_TINH", "count": 2, "cycle": 3},
    forms.check_bk_chain: {"years": 2},
    forms.check_bk_initiatives: {"years": 2, "count": 2, "min_level": "co_so"},
    forms.check_prior_award: {"titles": []},
    forms.check_service_years: {"titles": [], "years": 5, "min_rating": "good", "min_excellent": 0},
    forms.check_service_cstdcs: {"titles": [], "years": 5, "min_rating": "good", "count": 3},
    collective.check_members_ldtt: {"min_share": 0.5, "strict": False},
    collective.check_members_complete: {"min_share": 1.0},
    collective.check_members_cstdcs: {"min_count": 1},
    collective.check_members_discipline: {"min_form": "warning", "basis": "decided"},
    collective.check_bloc_result: {},
    collective.check_excellent_run: {"years": 2, "min_rating": "excellent"},
}


@dataclass(frozen=True)
class RuleSpec:
    code: str
    award: str
    subject: str
    check: CheckFn

    def params(self, *layers: Mapping[str, Any]) -> dict[str, Any]:
        """The check's defaults overlaid with each layer (None keeps the value below)."""
        merged = dict(DEFAULTS[self.check])
        for layer in layers:
            merged.update({k: v for k, v in layer.items() if v is not None})
        merged["award"] = self.award
        return merged


CA, TT = "ca_nhan", "tap_the"

RULES: list[RuleSpec] = [
    RuleSpec("LDTT.rating", "LDTT", CA, check_min_rating),
    RuleSpec("LDTT.new_recruit", "LDTT", CA, individual.check_new_recruit),
    RuleSpec("LDTT.discipline", "LDTT", CA, individual.check_no_discipline),
    RuleSpec("CSTDCS.ldtt", "CSTDCS", CA, individual.check_meets_title),
    RuleSpec("CSTDCS.achievement", "CSTDCS", CA, individual.check_achievement),
    RuleSpec("CSTDCS.amendment_2026", "CSTDCS", CA, individual.check_achievement),
    RuleSpec("CSTD_TINH.chain", "CSTD_TINH", CA, individual.check_title_chain),
    RuleSpec("CSTD_TINH.initiative", "CSTD_TINH", CA, individual.check_initiative_window),
    RuleSpec("CSTD_TQ.chain", "CSTD_TQ", CA, individual.check_cycle_chain),
    RuleSpec("CSTD_TQ.initiative", "CSTD_TQ", CA, individual.check_initiative_window),
    RuleSpec("BANG_KHEN_TINH.chain", "BANG_KHEN_TINH", CA, forms.check_bk_chain),
    RuleSpec("BANG_KHEN_TINH.initiatives", "BANG_KHEN_TINH", CA, forms.check_bk_initiatives),
    RuleSpec("BANG_KHEN_TTG.prior", "BANG_KHEN_TTG", CA, forms.check_prior_award),
    RuleSpec("BANG_KHEN_TTG.years", "BANG_KHEN_TTG", CA, forms.check_service_years),
    RuleSpec("BANG_KHEN_TTG.cstdcs", "BANG_KHEN_TTG", CA, forms.check_service_cstdcs),
    RuleSpec("HUAN_CHUONG_LD_BA.prior", "HUAN_CHUONG_LD_BA", CA, forms.check_prior_award),
    RuleSpec("HUAN_CHUONG_LD_BA.years", "HUAN_CHUONG_LD_BA", CA, forms.check_service_years),
    RuleSpec("HUAN_CHUONG_LD_BA.cstdcs", "HUAN_CHUONG_LD_BA", CA, forms.check_service_cstdcs),
    RuleSpec("TTLDTT.rating", "TTLDTT", TT, check_min_rating),
    RuleSpec("TTLDTT.members_ldtt", "TTLDTT", TT, collective.check_members_ldtt),
    RuleSpec("TTLDTT.discipline", "TTLDTT", TT, collective.check_members_discipline),
    RuleSpec("TTLDXS.rating", "TTLDXS", TT, check_min_rating),
    RuleSpec("TTLDXS.members_complete", "TTLDXS", TT, collective.check_members_complete),
    RuleSpec("TTLDXS.members_ldtt", "TTLDXS", TT, collective.check_members_ldtt),
    RuleSpec("TTLDXS.cstdcs", "TTLDXS", TT, collective.check_members_cstdcs),
    RuleSpec("CO_THI_DUA_TINH.rating", "CO_THI_DUA_TINH", TT, check_min_rating),
    RuleSpec("CO_THI_DUA_TINH.bloc", "CO_THI_DUA_TINH", TT, collective.check_bloc_result),
    RuleSpec("BANG_KHEN_TINH.collective", "BANG_KHEN_TINH", TT, collective.check_excellent_run),
]

RULES_BY_CODE: dict[str, RuleSpec] = {spec.code: spec for spec in RULES}


def award_order(subject: str) -> list[str]:
    """Award codes of `subject` in evaluation order (first appearance in RULES)."""
    seen: list[str] = []
    for spec in RULES:
        if spec.subject == subject and spec.award not in seen:
            seen.append(spec.award)
    return seen


__all__ = ["DEFAULTS", "RULES", "RULES_BY_CODE", "CheckFn", "Outcome", "RuleSpec", "award_order"]
