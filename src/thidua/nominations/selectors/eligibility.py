"""The rules engine's answer for nominees and the candidates it offers first.

A nominee gets `eligible` True/False with the failed checks' Vietnamese messages, or None
when the engine does not evaluate that award (Giấy khen: criteria set by each province).
"""

from dataclasses import dataclass, field
from typing import Any

from thidua.core.text import fold
from thidua.nominations.models import Dossier
from thidua.organizations.models import Organization, Person
from thidua.rules.engine import Catalogue, SubjectResult
from thidua.rules.models import AwardKind, AwardType
from thidua.rules.selectors.catalogue import catalogue_load
from thidua.rules.selectors.eligibility import EligibilityRun, person_eligibility


@dataclass(frozen=True)
class Verdict:
    eligible: bool | None
    notes: list[str] = field(default_factory=list)


NOT_EVALUATED = Verdict(None, [])


def verdicts_of(result: SubjectResult | None) -> dict[str, Verdict]:
    """Award code → verdict, for every award the engine evaluated for the subject."""
    if result is None:
        return {}
    return {
        a.title: Verdict(
            a.eligible, [] if a.eligible else [c.message for c in a.checks if not c.passed]
        )
        for a in result.awards
    }


def collective_result(org: Organization, year: int, catalogue: Catalogue) -> SubjectResult | None:
    """The collective's answer: its members (and direct sub-units) are evaluated with it."""
    run = EligibilityRun(year=year, org=org, catalogue=catalogue, direct_only=True)
    for result in run.results():
        if result.facts.subject == "tap_the" and result.facts.pk == org.pk:
            return result
    return None


class VerdictCache:
    """Verdicts for several nominees of one year, each subject evaluated once."""

    def __init__(self, year: int, catalogue: Catalogue | None = None) -> None:
        self.year = year
        self.catalogue = catalogue or catalogue_load()
        self._people: dict[int, dict[str, Verdict]] = {}
        self._orgs: dict[int, dict[str, Verdict]] = {}

    def for_person(self, person: Person, code: str) -> Verdict:
        if person.pk not in self._people:
            result = person_eligibility(person=person, year=self.year, catalogue=self.catalogue)
            self._people[person.pk] = verdicts_of(result)
        return self._people[person.pk].get(code, NOT_EVALUATED)

    def for_org(self, org: Organization, code: str) -> Verdict:
        if org.pk not in self._orgs:
            self._orgs[org.pk] = verdicts_of(collective_result(org, self.year, self.catalogue))
        return self._orgs[org.pk].get(code, NOT_EVALUATED)

    def verdict(
        self, *, person: Person | None, organization: Organization | None, code: str
    ) -> Verdict:
        if person is not None:
            return self.for_person(person, code)
        assert organization is not None
        return self.for_org(organization, code)


@dataclass
class Candidate:
    kind: str  # "person" or "org"
    pk: int
    name: str
    unit: str

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.pk}"


@dataclass
class CandidateGroup:
    award: AwardType
    subject: str  # "ca_nhan" or "tap_the"
    candidates: list[Candidate] = field(default_factory=list)


def dossier_candidates(*, dossier: Dossier, user: Any) -> list[CandidateGroup]:
    """People and collectives of the proposing unit's subtree eligible in the round's year,
    grouped by award, without those the dossier already proposes for that award."""
    run = EligibilityRun(year=dossier.round.year, org=dossier.organization, user=user)
    taken = {
        ("person" if p else "org", p or o, a)
        for p, o, a in dossier.nominations.values_list(
            "person_id", "organization_id", "award_type__code"
        )
    }
    awards = {
        a.code: a for a in AwardType.objects.filter(kind__in=[AwardKind.TITLE, AwardKind.FORM])
    }
    groups: dict[tuple[str, str], CandidateGroup] = {}
    for result in run.results():
        facts = result.facts
        kind = "person" if facts.subject == "ca_nhan" else "org"
        unit_id = facts.unit_id if kind == "person" else facts.pk
        info = run.orgs.get(unit_id) if unit_id is not None else None
        for code in result.eligible:
            if code not in awards or (kind, facts.pk, code) in taken:
                continue
            group = groups.setdefault(
                (facts.subject, code), CandidateGroup(awards[code], facts.subject)
            )
            group.candidates.append(
                Candidate(kind, facts.pk, facts.name, info.name if info else "")
            )
    ordered = sorted(
        groups.values(), key=lambda g: (g.subject != "ca_nhan", g.award.order, g.award.code)
    )
    for group in ordered:
        group.candidates.sort(key=lambda c: (fold(c.unit), _given(c.name), fold(c.name)))
    return ordered


def _given(name: str) -> str:
    """Vietnamese lists sort by the given name (the last word), then the whole name."""
    return fold(name.split()[-1]) if name.strip() else ""
