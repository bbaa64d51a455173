"""Facts and catalogues for the pure rule tests, built from the seed migration's own rows."""

import datetime as dt
import importlib
from collections.abc import Iterable, Mapping
from typing import Any

from thidua.rules.engine import Catalogue, SettingRow, SubjectResult, VersionRow, evaluate
from thidua.rules.facts import DisciplineFact, InitiativeFact, MemberStats, SubjectFacts

SEED = importlib.import_module("thidua.rules.migrations.0002_seed_catalogue")


def seeded_versions() -> list[VersionRow]:
    return [
        VersionRow(rule, award, subject, name, basis, start, end, params, tag)
        for rule, award, subject, name, basis, (
            start,
            end,
        ), params, tag, _note in SEED.RULE_VERSIONS
    ]


def catalogue(*settings: SettingRow) -> Catalogue:
    return Catalogue(seeded_versions(), list(settings))


def person(
    *,
    ratings: Mapping[int, str] | None = None,
    awards: Mapping[str, Iterable[int]] | None = None,
    initiatives: Iterable[tuple[int, str]] = (),
    recruited: dt.date | None = dt.date(2010, 1, 1),
    disciplines: Iterable[tuple[str, dt.date, dt.date | None]] = (),
    code: str = "P001",
) -> SubjectFacts:
    return SubjectFacts(
        subject="ca_nhan",
        pk=1,
        code=code,
        name="Nguyễn Thị An",
        unit_id=10,
        province_id=1,
        recruited_on=recruited,
        ratings=dict(ratings or {}),
        awards={k: frozenset(v) for k, v in (awards or {}).items()},
        initiatives=tuple(
            InitiativeFact(f"SK{n}", y, level, "sang_kien")
            for n, (y, level) in enumerate(initiatives, start=1)
        ),
        disciplines=tuple(DisciplineFact(f, s, e) for f, s, e in disciplines),
    )


def unit(
    *,
    ratings: Mapping[int, str] | None = None,
    awards: Mapping[str, Iterable[int]] | None = None,
    members: MemberStats | None = None,
) -> SubjectFacts:
    return SubjectFacts(
        subject="tap_the",
        pk=10,
        code="U01",
        name="Phòng Lao động - Việc làm",
        unit_id=2,
        province_id=1,
        ratings=dict(ratings or {}),
        awards={k: frozenset(v) for k, v in (awards or {}).items()},
        members=members or MemberStats(),
    )


def run(facts: SubjectFacts, year: int, cat: Catalogue | None = None) -> SubjectResult:
    return evaluate(facts, (cat or catalogue()).plan(year, facts.province_id))


def award(result: SubjectResult, code: str) -> Any:
    return next(a for a in result.awards if a.title == code)


def check(result: SubjectResult, rule: str) -> Any:
    return next(c for a in result.awards for c in a.checks if c.rule == rule)


def excellent_years(*years: int) -> dict[int, str]:
    return dict.fromkeys(years, "excellent")


def good_years(*years: int) -> dict[int, str]:
    return dict.fromkeys(years, "good")
