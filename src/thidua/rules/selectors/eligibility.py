"""Evaluate a year for an organisation subtree: people in chunks, then collectives, then quotas.

Memory stays flat with the number of people: results are yielded chunk by chunk and
only per-unit tallies (and the candidates of units with a quota) are kept.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.db import connection, connections

from thidua.core.perf import gc_paused
from thidua.core.permissions import Cap, scope_paths
from thidua.organizations.models import Organization, Person
from thidua.organizations.selectors import person_employment_on
from thidua.rules.checks import award_order
from thidua.rules.engine import Catalogue, MemberTally, Plan, SubjectResult, evaluate
from thidua.rules.facts import SubjectFacts
from thidua.rules.quotas import QuotaRow, quota_row, ranking_score
from thidua.rules.selectors.catalogue import award_codes_by_id, catalogue_load, province_id_of
from thidua.rules.selectors.facts import (
    COMPETING_KINDS,
    ChunkRows,
    OrgInfo,
    collective_facts,
    facts_from_rows,
    orgs_in,
    people_facts,
    people_rows,
    year_end,
    year_end_units,
)

CHUNK = 5000
BASE_CODES = ("LDTT", "CSTDCS")


def _paths(org: Organization | None, user: Any) -> list[str] | None:
    """Tree paths to evaluate: the organisation's subtree, cut to what the user may see."""
    allowed = scope_paths(user, Cap.VIEW) if user is not None else None
    if org is None:
        return allowed
    if allowed is None or any(org.path.startswith(p) for p in allowed):
        return [org.path]
    return [p for p in allowed if p.startswith(org.path)]


class EligibilityRun:
    """One evaluation: iterate `results()`, then read `quotas` and `counts`.

    `org` limits it to a subtree (cut to what `user` may see); `direct_only` to the unit,
    its direct sub-units and their people (the unit page without «gồm cả đơn vị trực
    thuộc»: the sub-units are judged, so their members are evaluated too).
    """

    def __init__(
        self,
        *,
        year: int,
        org: Organization | None = None,
        user: Any = None,
        chunk_size: int = CHUNK,
        catalogue: Catalogue | None = None,
        direct_only: bool = False,
    ) -> None:
        self.year = year
        self.org = org
        self.chunk_size = chunk_size
        self.catalogue = catalogue or catalogue_load()
        self.paths = _paths(org, user)
        self.codes = award_codes_by_id()
        self.orgs: dict[int, OrgInfo] = orgs_in(self.paths)
        units = year_end_units(year, self.paths)
        if direct_only and org is not None:
            # the unit and its direct sub-units: their collectives need their members
            near = {o.pk for o in self.orgs.values() if o.pk == org.pk or o.parent_id == org.pk}
            units = {p: u for p, u in units.items() if u in near}
        self.units = units
        self.members: dict[int, MemberTally] = defaultdict(MemberTally)
        self.children: dict[int, MemberTally] = defaultdict(MemberTally)
        self.candidates: dict[tuple[int, str], list[Any]] = defaultdict(list)
        self.quotas: list[QuotaRow] = []
        self.counts: dict[str, int] = defaultdict(int)
        self.direct_only = direct_only
        self._held = self._held_codes()
        self._quota_cache: dict[int | None, frozenset[str]] = {}
        self._plans: dict[int | None, Plan] = {}

    def _held_codes(self) -> tuple[str, ...]:
        codes = set(BASE_CODES)
        for row in self.catalogue.settings:
            codes |= {q.get("of", "") for q in row.quotas}
        return tuple(sorted(c for c in codes if c))

    def _quota_titles(self, province_id: int | None) -> frozenset[str]:
        found = self._quota_cache.get(province_id)
        if found is None:
            plan = self.catalogue.plan(self.year, province_id)
            found = (
                frozenset(q["title"] for q in plan.setting.quotas) if plan.setting else frozenset()
            )
            self._quota_cache[province_id] = found
        return found

    def people(self) -> Iterator[SubjectResult]:
        ids = sorted(self.units)
        chunks = [ids[i : i + self.chunk_size] for i in range(0, len(ids), self.chunk_size)]
        for rows in self._chunk_rows(chunks):
            for facts in facts_from_rows(
                rows, year=self.year, units=self.units, orgs=self.orgs, codes=self.codes
            ):
                yield self._person(facts)

    def _chunk_rows(self, chunks: list[list[int]]) -> Iterator[ChunkRows]:
        """Each chunk's rows; from the second chunk on, read in a helper thread while the
        previous one is evaluated (the database and the driver's reading do not hold the
        GIL, so the two overlap). Inside a transaction (a request, a test) the helper's own
        connection would not see uncommitted rows: then the chunks are read in turn."""
        if len(chunks) < 2 or connection.in_atomic_block:
            for chunk in chunks:
                yield people_rows(chunk, self.year)
            return
        with ThreadPoolExecutor(max_workers=1) as helper:
            try:
                pending = helper.submit(people_rows, chunks[0], self.year)
                for n in range(len(chunks)):
                    rows = pending.result()
                    if n + 1 < len(chunks):
                        pending = helper.submit(people_rows, chunks[n + 1], self.year)
                    yield rows
            finally:
                helper.submit(connections.close_all).result()

    def _plan(self, province_id: int | None) -> Plan:
        plan = self._plans.get(province_id)
        if plan is None:
            plan = self._plans[province_id] = self.catalogue.plan(self.year, province_id)
        return plan

    def _person(self, facts: SubjectFacts) -> SubjectResult:
        result = evaluate(facts, self._plan(facts.province_id))
        self.counts["people"] += 1
        if facts.unit_id is not None:
            self.members[facts.unit_id].add(result, self.year, self._held)
            for title in self._quota_titles(facts.province_id):
                if title in result.eligible:
                    self.candidates[(facts.unit_id, title)].append(ranking_score(facts, self.year))
        return result

    def collective_ids(self) -> list[int]:
        day = year_end(self.year)
        infos = [o for o in self.orgs.values() if o.active_on(day) and o.kind in COMPETING_KINDS]
        if self.direct_only and self.org is not None:
            infos = [o for o in infos if o.pk == self.org.pk or o.parent_id == self.org.pk]
        return [o.pk for o in sorted(infos, key=lambda o: o.path)]

    def collectives(self) -> Iterator[SubjectResult]:
        targets = self.collective_ids()
        stats = {pk: self.members[pk].stats() for pk in targets if pk in self.members}
        for facts in collective_facts(
            targets, year=self.year, orgs=self.orgs, members=stats, codes=self.codes
        ):
            result = evaluate(facts, self.catalogue.plan(self.year, facts.province_id))
            self.counts["collectives"] += 1
            if facts.unit_id is not None:
                self.children[facts.unit_id].add(result, self.year, self._held)
                for title in self._quota_titles(facts.province_id) & result.eligible:
                    self.candidates[(facts.unit_id, title)].append(ranking_score(facts, self.year))
            yield result

    def results(self) -> Iterator[SubjectResult]:
        """People, then collectives; `quotas` is set once the iteration is done.

        The cycle collector is paused until then (also while the caller handles each
        result): the run makes millions of short-lived acyclic objects, freed by
        reference counting, and the collector's passes over the live ones cost a third of
        the run. Cycles the caller creates meanwhile are collected when it resumes.
        """
        with gc_paused():
            yield from self.people()
            yield from self.collectives()
        self.quotas = self._quotas()

    def _quotas(self) -> list[QuotaRow]:
        collective_titles = set(award_order("tap_the")) - set(award_order("ca_nhan"))
        rows = []
        for pk in sorted(set(self.members) | set(self.children), key=lambda p: self._path(p)):
            info = self.orgs.get(pk)
            if info is None:
                continue
            plan = self.catalogue.plan(self.year, province_id_of(info.path))
            for quota in plan.setting.quotas if plan.setting else ():
                collective = (
                    quota.get("subject") == "tap_the" or quota["title"] in collective_titles
                )
                tally = (self.children if collective else self.members).get(pk)
                if tally is None or tally.count == 0:
                    continue
                rows.append(
                    quota_row(
                        organization=info.code,
                        quota=dict(quota),
                        base_count=tally.held[quota["of"]],
                        eligible_count=tally.eligible[quota["title"]],
                        candidates=self.candidates.get((pk, quota["title"]), []),
                    )
                )
        return rows

    def _path(self, pk: int) -> str:
        info = self.orgs.get(pk)
        return info.path if info else ""

    def unit_code(self, facts: SubjectFacts) -> str:
        if facts.subject == "tap_the":
            return facts.code
        info = self.orgs.get(facts.unit_id) if facts.unit_id is not None else None
        return info.code if info else ""


def result_dicts(result: SubjectResult, organization: str = "") -> Iterator[dict[str, Any]]:
    """The JSON shape of the issue, one dict per (subject, award)."""
    facts = result.facts
    for award in result.awards:
        yield {
            "subject": facts.subject,
            "code": facts.code,
            "name": facts.name,
            "organization": organization,
            "title": award.title,
            "eligible": award.eligible,
            "checks": [
                {
                    "rule": c.rule,
                    "passed": c.passed,
                    "message": c.message,
                    "legal_basis": c.legal_basis,
                    "tag": c.tag,
                }
                for c in award.checks
            ],
        }


def person_unit_on(person: Person, day: dt.date) -> int | None:
    job = person_employment_on(person, day)
    return job.organization_id if job else None


def person_eligibility(
    *, person: Person, year: int, catalogue: Catalogue | None = None
) -> SubjectResult:
    """One person's answer for `year`: every award in force, every check, in Vietnamese."""
    catalogue = catalogue or catalogue_load()
    unit_id = person_unit_on(person, year_end(year)) or person.current_organization_id
    orgs = _org_with_ancestors(unit_id) if unit_id else {}
    facts = people_facts(
        [person.pk], year=year, units={person.pk: unit_id} if unit_id else {}, orgs=orgs
    )[0]
    return evaluate(facts, catalogue.plan(year, facts.province_id))


def _org_with_ancestors(pk: int) -> dict[int, OrgInfo]:
    fields = (
        "pk",
        "code",
        "name",
        "path",
        "kind",
        "parent_id",
        "successor_id",
        "valid_from",
        "valid_to",
    )
    return {
        row[0]: OrgInfo(*row) for row in Organization.objects.filter(pk=pk).values_list(*fields)
    }
