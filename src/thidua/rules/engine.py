"""Running the registered checks over facts: pure, no ORM (the selectors feed it).

`Catalogue` holds plain copies of the rule versions and province settings; `plan(year,
province)` picks, for each rule of `checks.RULES`, the version in force on 31/12 of the
year, applies the province's switches and parameter overrides, and caches the result.
`evaluate` runs one subject through the plan; `MemberTally` summarises a collective's
members for the collective's own checks.
"""

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from thidua.rules.checks import RULES, RULES_BY_CODE, CheckFn, award_order
from thidua.rules.checks.common import Outcome, outcome_text
from thidua.rules.checks.individual import worst_discipline
from thidua.rules.facts import (
    DISCIPLINE_RANK,
    RATING_RANK,
    Context,
    MemberStats,
    SubjectFacts,
)


@dataclass(frozen=True, slots=True)
class VersionRow:
    rule: str
    award: str
    subject: str
    name: str
    legal_basis: str
    effective_from: dt.date
    effective_to: dt.date | None
    params: Mapping[str, Any]
    tag: str
    enabled: bool = True

    def in_force_on(self, day: dt.date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


@dataclass(frozen=True, slots=True)
class SettingRow:
    province_id: int | None
    year: int
    rule_switches: Mapping[str, bool] = field(default_factory=dict)
    rule_params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    quotas: tuple[Mapping[str, Any], ...] = ()
    rounding: str = "ceil"


@dataclass(frozen=True, slots=True)
class PlannedRule:
    code: str
    name: str
    check: CheckFn
    params: Mapping[str, Any]
    legal_basis: str
    tag: str


@dataclass(frozen=True, slots=True)
class PlannedAward:
    code: str
    subject: str
    rules: tuple[PlannedRule, ...]

    @property
    def calls(self) -> tuple[tuple[CheckFn, Mapping[str, Any]], ...]:
        return tuple((rule.check, rule.params) for rule in self.rules)


@dataclass(frozen=True)
class Plan:
    year: int
    province_id: int | None
    awards: Mapping[str, tuple[PlannedAward, ...]]
    setting: SettingRow | None
    _calls: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def for_subject(self, subject: str) -> tuple[PlannedAward, ...]:
        return self.awards.get(subject, ())

    def calls_for(
        self, subject: str
    ) -> tuple[tuple[str, tuple[tuple[CheckFn, Mapping[str, Any]], ...]], ...]:
        """(award code, ((check, params), …)) in order: what `evaluate` loops over."""
        found = self._calls.get(subject)
        if found is None:
            found = self._calls[subject] = tuple(
                (a.code, a.calls) for a in self.for_subject(subject)
            )
        return found

    def award_codes(self, subject: str) -> list[str]:
        return [a.code for a in self.for_subject(subject)]


def setting_for(rows: list[SettingRow], province_id: int | None, year: int) -> SettingRow | None:
    """The province's latest row with year ≤ `year`, else the default's."""
    best: SettingRow | None = None
    for row in rows:
        if row.year > year or row.province_id not in (None, province_id):
            continue
        if best is None or (row.province_id is not None, row.year) > (
            best.province_id is not None,
            best.year,
        ):
            best = row
    return best


class Catalogue:
    """Plain rule versions and settings, with the plans built from them cached per year."""

    def __init__(self, versions: list[VersionRow], settings: list[SettingRow]) -> None:
        self.versions = versions
        self.settings = settings
        self._plans: dict[tuple[int, int | None], Plan] = {}

    def version_for(self, rule: str, year: int) -> VersionRow | None:
        day = dt.date(year, 12, 31)
        found = [v for v in self.versions if v.rule == rule and v.in_force_on(day)]
        return max(found, key=lambda v: v.effective_from) if found else None

    def plan(self, year: int, province_id: int | None) -> Plan:
        key = (year, province_id)
        if key not in self._plans:
            self._plans[key] = self._build(year, province_id)
        return self._plans[key]

    def _build(self, year: int, province_id: int | None) -> Plan:
        setting = setting_for(self.settings, province_id, year)
        switches = setting.rule_switches if setting else {}
        overrides = setting.rule_params if setting else {}
        planned: dict[tuple[str, str], list[PlannedRule]] = {}
        for spec in RULES:
            version = self.version_for(spec.code, year)
            if version is None or not switches.get(spec.code, version.enabled):
                continue
            params = spec.params(version.params, overrides.get(spec.code, {}))
            planned.setdefault((spec.subject, spec.award), []).append(
                PlannedRule(
                    spec.code, version.name, spec.check, params, version.legal_basis, version.tag
                )
            )
        awards = {
            subject: tuple(
                PlannedAward(code, subject, tuple(planned[(subject, code)]))
                for code in award_order(subject)
                if (subject, code) in planned
            )
            for subject in ("ca_nhan", "tap_the")
        }
        return Plan(year, province_id, awards, setting)


@dataclass(frozen=True, slots=True)
class CheckResult:
    rule: str
    outcome: Outcome
    legal_basis: str
    tag: str

    @property
    def passed(self) -> bool:
        return self.outcome[0]

    @property
    def message(self) -> str:
        return outcome_text(self.outcome)


class AwardResult(NamedTuple):
    """One award for one subject. Checks run in order until the first failure decides;
    the ones after it are computed when `checks` is read (same facts, same titles already
    found eligible), so that evaluating everyone does not explain what nobody reads."""

    award: PlannedAward
    eligible: bool
    outcomes: tuple[Outcome, ...]
    facts: SubjectFacts
    year: int
    before: frozenset[str]

    @property
    def title(self) -> str:
        return self.award.code

    @property
    def checks(self) -> tuple[CheckResult, ...]:
        outcomes = list(self.outcomes)
        rules = self.award.rules
        if len(outcomes) < len(rules):
            ctx = Context(self.year, set(self.before))
            outcomes += [r.check(self.facts, ctx, r.params) for r in rules[len(outcomes) :]]
        return tuple(
            CheckResult(rule.code, outcome, rule.legal_basis, rule.tag)
            for rule, outcome in zip(rules, outcomes, strict=True)
        )


class SubjectResult(NamedTuple):
    """A subject's answer: `eligible` at once, the per-award detail built when read.

    `outcomes` are those computed, award after award; `ends[i]` is where award i's stop.
    """

    facts: SubjectFacts
    plan_awards: tuple[PlannedAward, ...]
    outcomes: Sequence[Outcome]
    ends: Sequence[int]
    eligible: AbstractSet[str]
    year: int

    @property
    def awards(self) -> tuple[AwardResult, ...]:
        results = []
        before: set[str] = set()
        start = 0
        for award, end in zip(self.plan_awards, self.ends, strict=True):
            ok = award.code in self.eligible
            outcomes = tuple(self.outcomes[start:end])
            results.append(
                AwardResult(award, ok, outcomes, self.facts, self.year, frozenset(before))
            )
            if ok:
                before.add(award.code)
            start = end
        return tuple(results)


def evaluate(facts: SubjectFacts, plan: Plan) -> SubjectResult:
    """Every award of the plan for the subject, each with every check and its reason."""
    ctx = Context(plan.year)
    eligible = ctx.eligible
    outcomes: list[Outcome] = []
    ends: list[int] = []
    add_outcome, add_end = outcomes.append, ends.append
    for code, calls in plan.calls_for(facts.subject):
        for check, params in calls:
            outcome = check(facts, ctx, params)
            add_outcome(outcome)
            if not outcome[0]:
                break
        else:
            eligible.add(code)
        add_end(len(outcomes))
    # lists and a set, not tuples and a frozenset: read-only by convention, one copy fewer
    return SubjectResult(
        facts, plan.for_subject(facts.subject), outcomes, ends, eligible, plan.year
    )


def holds(result: SubjectResult, code: str, year: int) -> bool:
    """Received `code` in `year` or eligible for it in the year evaluated."""
    return code in result.eligible or year in result.facts.awards.get(code, ())


@dataclass
class MemberTally:
    """Accumulates a collective's members as they are evaluated (one per unit)."""

    count: int = 0
    complete: int = 0
    held: Counter[str] = field(default_factory=Counter)
    eligible: Counter[str] = field(default_factory=Counter)
    disciplined: Counter[str] = field(default_factory=Counter)
    disciplined_in_force: Counter[str] = field(default_factory=Counter)

    def add(self, result: SubjectResult, year: int, codes: tuple[str, ...]) -> None:
        facts = result.facts
        self.count += 1
        if RATING_RANK.get(facts.ratings.get(year, ""), -1) >= 1:  # «complete» or better
            self.complete += 1
        eligible = result.eligible
        awards = facts.awards
        held, counted = self.held, self.eligible
        for code in codes:
            if code in eligible or (code in awards and year in awards[code]):
                held[code] += 1
        for code in eligible:
            counted[code] += 1
        if facts.disciplines:
            self._add_discipline(facts, year)

    def _add_discipline(self, facts: SubjectFacts, year: int) -> None:
        for basis, counter in (
            ("decided", self.disciplined),
            ("in_force", self.disciplined_in_force),
        ):
            worst = worst_discipline(facts, year, "reprimand", basis)
            if worst is None:
                continue
            for form, rank in DISCIPLINE_RANK.items():
                if DISCIPLINE_RANK[worst.form] >= rank:
                    counter[form] += 1

    def stats(self) -> MemberStats:
        return MemberStats(
            count=self.count,
            complete=self.complete,
            ldtt=self.held["LDTT"],
            cstdcs=self.held["CSTDCS"],
            disciplined=dict(self.disciplined),
            disciplined_in_force=dict(self.disciplined_in_force),
        )


PARAM_VALUES: dict[str, set[str]] = {
    "min_rating": set(RATING_RANK),
    "min_form": set(DISCIPLINE_RANK),
    "min_level": {"co_so", "tinh", "toan_quoc"},
    "require": {"any", "initiative", "both"},
    "basis": {"decided", "in_force"},
}
INT_PARAMS = {"years", "count", "window", "cycle", "min_months", "min_count", "min_excellent"}


def validate_params(rule: str, params: Mapping[str, Any]) -> str | None:
    """A Vietnamese reason why `params` cannot work for `rule`, or None.

    Checks the known keys' values, then runs the rule once on an empty and a rich
    history, so that an administrator cannot save parameters that crash a check.
    """
    spec = RULES_BY_CODE.get(rule)
    if spec is None:
        return f"Không có hàm kiểm tra cho quy tắc «{rule}»."
    for key, allowed in PARAM_VALUES.items():
        if key in params and params[key] not in allowed:
            return f"«{key}» phải là một trong: {', '.join(sorted(allowed))}."
    for key in INT_PARAMS & set(params):
        if not isinstance(params[key], int) or isinstance(params[key], bool) or params[key] < 0:
            return f"«{key}» phải là số nguyên không âm."
    if "min_share" in params and not (
        isinstance(params["min_share"], int | float) and 0 <= params["min_share"] <= 1
    ):
        return "«min_share» phải là số từ 0 đến 1."
    for facts in _SAMPLES:
        try:
            outcome = spec.check(facts, Context(2024, {"LDTT", "CSTDCS"}), spec.params(params))
            outcome_text(outcome)
        except Exception as error:  # reported to the administrator as the reason
            return f"Tham số làm quy tắc lỗi khi chạy thử: {error!r}."
    return None


_SAMPLES = (
    SubjectFacts("ca_nhan", 0, "", "", members=MemberStats()),
    SubjectFacts(
        "tap_the",
        0,
        "",
        "",
        recruited_on=dt.date(2024, 3, 1),
        ratings={2022: "good", 2023: "excellent", 2024: "excellent"},
        awards={"CSTDCS": frozenset({2022, 2023}), "BANG_KHEN_TINH": frozenset({2018})},
        members=MemberStats(10, 10, 8, 1, {"warning": 1}, {"warning": 1}),
    ),
)
