"""Facts in bulk: a fixed number of queries per chunk of people, whatever the chunk size.

Rows are read with `values_list` (no model instances) and folded into the frozen facts
the checks read. A chunk is selected by an id range when its ids are dense (the whole
province), else by `IN` (a unit of a few people scattered over the id space).
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Min, Q, QuerySet

from thidua.organizations.models import Employment, Organization, OrgKind, Person
from thidua.rules.facts import DisciplineFact, InitiativeFact, MemberStats, SubjectFacts
from thidua.rules.models import AwardRecord, Discipline, InitiativeAuthor, YearRating
from thidua.rules.selectors.catalogue import award_codes_by_id, province_id_of


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def _by_people(qs: QuerySet[Any], ids: list[int], field: str = "person_id") -> QuerySet[Any]:
    lo, hi = ids[0], ids[-1]
    if len(ids) * 2 >= hi - lo + 1:
        return qs.filter(**{f"{field}__gte": lo, f"{field}__lte": hi})
    return qs.filter(**{f"{field}__in": ids})


@dataclass(frozen=True)
class OrgInfo:
    pk: int
    code: str
    name: str
    path: str
    kind: str
    parent_id: int | None
    successor_id: int | None
    valid_from: dt.date
    valid_to: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


def orgs_in(paths: list[str] | None) -> dict[int, OrgInfo]:
    """Organisations under any of `paths` (None: all), active or not, as plain rows."""
    qs = Organization.objects.all()
    if paths is not None:
        q = Q(pk__in=[])
        for path in paths:
            q |= Q(path__startswith=path)
        qs = qs.filter(q)
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
    return {row[0]: OrgInfo(*row) for row in qs.values_list(*fields)}


def year_end_units(year: int, paths: list[str] | None) -> dict[int, int]:
    """person id → the unit of the employment in force on 31/12 of `year` (within `paths`)."""
    day = year_end(year)
    jobs = Employment.objects.filter(start_date__lte=day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day)
    )
    if paths is not None:
        q = Q(pk__in=[])
        for path in paths:
            q |= Q(organization__path__startswith=path)
        jobs = jobs.filter(q)
    units: dict[int, int] = {}
    for person_id, org_id in jobs.order_by("start_date", "id").values_list(
        "person_id", "organization_id"
    ):
        units[person_id] = org_id
    return units


def people_facts(
    ids: list[int],
    *,
    year: int,
    units: dict[int, int],
    orgs: dict[int, OrgInfo],
    codes: dict[int, str] | None = None,
) -> list[SubjectFacts]:
    """Facts of the people `ids` (sorted) for `year`: seven queries for the whole chunk."""
    if not ids:
        return []
    codes = codes if codes is not None else award_codes_by_id()
    wanted = set(ids)
    ratings: dict[int, dict[int, str]] = defaultdict(dict)
    first_rated: dict[int, int] = {}
    rating_rows = YearRating.objects.filter(person__isnull=False, year__lte=year)
    for pid, y, rating in _by_people(rating_rows, ids).values_list("person_id", "year", "rating"):
        if pid in wanted:
            ratings[pid][y] = rating
            first_rated[pid] = min(y, first_rated.get(pid, y))
    awards: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    award_rows = AwardRecord.objects.filter(person__isnull=False, revoked=False, year__lte=year)
    for pid, type_id, y in _by_people(award_rows, ids).values_list(
        "person_id", "award_type_id", "year"
    ):
        if pid in wanted:
            awards[pid][codes[type_id]].add(y)
    initiatives: dict[int, list[InitiativeFact]] = defaultdict(list)
    authored = InitiativeAuthor.objects.filter(initiative__year__lte=year)
    for pid, code, y, level, kind in _by_people(authored, ids).values_list(
        "person_id", "initiative__code", "initiative__year", "initiative__level", "initiative__kind"
    ):
        if pid in wanted:
            initiatives[pid].append(InitiativeFact(code, y, level, kind))
    disciplines: dict[int, list[DisciplineFact]] = defaultdict(list)
    measures = Discipline.objects.filter(start_date__lte=year_end(year))
    for pid, form, start, end in _by_people(measures, ids).values_list(
        "person_id", "form", "start_date", "end_date"
    ):
        if pid in wanted:
            disciplines[pid].append(DisciplineFact(form, start, end))
    starts = dict(
        _by_people(Employment.objects.all(), ids)
        .values("person_id")
        .annotate(first=Min("start_date"))
        .values_list("person_id", "first")
    )
    people = _by_people(Person.objects.all(), ids, "id").values_list(
        "id", "full_name", "national_id", "history_code__code"
    )
    result = []
    for pid, name, national_id, code in people:
        if pid not in wanted:
            continue
        unit_id = units.get(pid)
        unit = orgs.get(unit_id) if unit_id is not None else None
        result.append(
            SubjectFacts(
                subject="ca_nhan",
                pk=pid,
                code=code or national_id or f"#{pid}",
                name=name,
                unit_id=unit_id,
                province_id=province_id_of(unit.path) if unit else None,
                recruited_on=_recruited(starts.get(pid), first_rated.get(pid)),
                ratings=ratings.get(pid, {}),
                awards={k: frozenset(v) for k, v in awards.get(pid, {}).items()},
                initiatives=tuple(initiatives.get(pid, ())),
                disciplines=tuple(disciplines.get(pid, ())),
            )
        )
    return result


def _recruited(first_job: dt.date | None, first_rated: int | None) -> dt.date | None:
    """The earliest sign of service: the first post recorded, or 1 January of a year
    rated before that post's year (a post recorded may be a transfer, not the
    recruitment; a rating in an earlier year proves the person already worked then).
    """
    if first_rated is not None and (first_job is None or first_rated < first_job.year):
        return dt.date(first_rated, 1, 1)
    return first_job


def final_successors(orgs: dict[int, OrgInfo]) -> dict[int, int]:
    """org id → the unit that carries its history today (itself when not merged)."""
    result: dict[int, int] = {}
    for pk in orgs:
        seen = {pk}
        current = orgs[pk]
        while current.successor_id is not None and current.successor_id in orgs:
            if current.successor_id in seen:
                break
            seen.add(current.successor_id)
            current = orgs[current.successor_id]
        result[pk] = current.pk
    return result


COMPETING_KINDS = {k for k in OrgKind.values if k != OrgKind.PROVINCIAL_COMMITTEE}


def collective_facts(
    org_ids: Iterable[int],
    *,
    year: int,
    orgs: dict[int, OrgInfo],
    members: dict[int, MemberStats],
    codes: dict[int, str] | None = None,
) -> list[SubjectFacts]:
    """Facts of collectives; a unit merged into another before the year's end lends its
    history to its successor for the years before the merger (ADR 0005)."""
    codes = codes if codes is not None else award_codes_by_id()
    targets = list(org_ids)
    target_set = set(targets)
    day = year_end(year)
    heirs = final_successors(orgs)
    sources: dict[int, list[int]] = defaultdict(list)
    for pk, heir in heirs.items():
        if pk != heir and not orgs[pk].active_on(day) and heir in target_set:
            sources[heir].append(pk)
    related = set(targets) | {p for ps in sources.values() for p in ps}
    ratings: dict[int, dict[int, str]] = defaultdict(dict)
    for oid, y, rating in YearRating.objects.filter(
        organization_id__in=related, year__lte=year
    ).values_list("organization_id", "year", "rating"):
        ratings[oid][y] = rating
    awards: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for oid, type_id, y in AwardRecord.objects.filter(
        organization_id__in=related, revoked=False, year__lte=year
    ).values_list("organization_id", "award_type_id", "year"):
        awards[oid][codes[type_id]].add(y)
    result = []
    for pk in targets:
        info = orgs[pk]
        merged_ratings: dict[int, str] = {}
        merged_awards: dict[str, set[int]] = defaultdict(set)
        for source in [*sources.get(pk, []), pk]:  # the unit's own rows win
            ended = orgs[source].valid_to
            cutoff = ended.year if source != pk and ended is not None else year
            merged_ratings.update({y: r for y, r in ratings.get(source, {}).items() if y <= cutoff})
            for code, years in awards.get(source, {}).items():
                merged_awards[code] |= {y for y in years if y <= cutoff}
        result.append(
            SubjectFacts(
                subject="tap_the",
                pk=pk,
                code=info.code,
                name=info.name,
                unit_id=info.parent_id,
                province_id=province_id_of(info.path),
                ratings=merged_ratings,
                awards={k: frozenset(v) for k, v in merged_awards.items()},
                members=members.get(pk, MemberStats()),
            )
        )
    return result
