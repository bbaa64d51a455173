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

from django.db import connection
from django.db.models import Q

from thidua.organizations.models import Employment, Organization, OrgKind, Person
from thidua.rules.facts import DisciplineFact, InitiativeFact, MemberStats, SubjectFacts
from thidua.rules.models import (
    AwardRecord,
    Discipline,
    Initiative,
    InitiativeAuthor,
    PersonCode,
    YearRating,
)
from thidua.rules.selectors.catalogue import award_codes_by_id, province_id_of


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


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


def _select(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _people_filter(ids: list[int], column: str) -> tuple[str, list[Any], bool]:
    """SQL condition on `column` for the chunk: a range when dense, else IN; and whether
    rows may belong to people outside the chunk (a range over a sparse chunk)."""
    lo, hi = ids[0], ids[-1]
    if len(ids) * 2 >= hi - lo + 1:
        return f"{column} BETWEEN %s AND %s", [lo, hi], len(ids) != hi - lo + 1
    return f"{column} IN ({', '.join(['%s'] * len(ids))})", list(ids), False


def _as_date(value: Any) -> dt.date | None:
    """An aggregate (MIN) loses the column type on SQLite: it comes back as text."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _date(value: Any) -> dt.date:
    found = _as_date(value)
    if found is None:
        raise ValueError("ngày bắt buộc bị trống")
    return found


IN_BATCH = 5000  # parameters of one IN (…): well under SQLite's 32.766
T_RATING = YearRating._meta.db_table
T_AWARD = AwardRecord._meta.db_table
T_AUTHOR = InitiativeAuthor._meta.db_table
T_INITIATIVE = Initiative._meta.db_table
T_DISCIPLINE = Discipline._meta.db_table
T_EMPLOYMENT = Employment._meta.db_table
T_PERSON = Person._meta.db_table
T_CODE = PersonCode._meta.db_table


@dataclass
class ChunkRows:
    """The raw rows of one chunk of people: read in one place (possibly another thread),
    folded into facts in another."""

    ids: list[int]
    sparse: bool
    ratings: list[tuple[Any, ...]]
    awards: list[tuple[Any, ...]]
    authored: list[tuple[Any, ...]]
    initiatives: list[tuple[Any, ...]]
    disciplines: list[tuple[Any, ...]]
    starts: list[tuple[Any, ...]]
    people: list[tuple[Any, ...]]


def people_rows(ids: list[int], year: int) -> ChunkRows:
    """Plain SQL (table names from the models) because this is the hot path of evaluating
    a province: the ORM's per-row work was half the read time (docs/benchmarks.md)."""
    cond, args, sparse = _people_filter(ids, "person_id")
    authored = _select(f"SELECT person_id, initiative_id FROM {T_AUTHOR} WHERE {cond}", args)
    # Read by id rather than joined: on PostgreSQL the planner hashed the whole initiative
    # table for every chunk (docs/benchmarks.md).
    initiatives: list[tuple[Any, ...]] = []
    wanted = sorted({i for _, i in authored})
    for start in range(0, len(wanted), IN_BATCH):
        batch = wanted[start : start + IN_BATCH]
        id_cond, id_args, _ = _people_filter(batch, "id")
        initiatives += _select(
            f"SELECT id, code, year, level, kind FROM {T_INITIATIVE} WHERE {id_cond} AND year <= %s",
            [*id_args, year],
        )
    person_cond, person_args, _ = _people_filter(ids, "p.id")
    return ChunkRows(
        ids=ids,
        sparse=sparse,
        ratings=_select(
            f"SELECT person_id, year, rating FROM {T_RATING} WHERE {cond} AND year <= %s",
            [*args, year],
        ),
        awards=_select(
            f"SELECT person_id, award_type_id, year FROM {T_AWARD} WHERE {cond} AND year <= %s "
            "AND revoked = %s",
            [*args, year, False],
        ),
        authored=authored,
        initiatives=initiatives,
        disciplines=_select(
            f"SELECT person_id, form, start_date, end_date FROM {T_DISCIPLINE} WHERE {cond} "
            "AND start_date <= %s",
            [*args, year_end(year)],
        ),
        starts=_select(
            f"SELECT person_id, MIN(start_date) FROM {T_EMPLOYMENT} WHERE {cond} GROUP BY person_id",
            args,
        ),
        people=_select(
            f"SELECT p.id, p.full_name, p.national_id, c.code FROM {T_PERSON} p "
            f"LEFT JOIN {T_CODE} c ON c.person_id = p.id WHERE {person_cond}",
            person_args,
        ),
    )


def people_facts(
    ids: list[int],
    *,
    year: int,
    units: dict[int, int],
    orgs: dict[int, OrgInfo],
    codes: dict[int, str] | None = None,
) -> list[SubjectFacts]:
    """Facts of the people `ids` (sorted) for `year`: nine plain queries for the chunk."""
    if not ids:
        return []
    return facts_from_rows(people_rows(ids, year), year=year, units=units, orgs=orgs, codes=codes)


def facts_from_rows(
    rows: ChunkRows,
    *,
    year: int,
    units: dict[int, int],
    orgs: dict[int, OrgInfo],
    codes: dict[int, str] | None = None,
) -> list[SubjectFacts]:
    codes = codes if codes is not None else award_codes_by_id()
    wanted = set(rows.ids) if rows.sparse else None
    # Rows of one person usually come together (index order): look the person up once.
    ratings: dict[int, dict[int, str]] = {}
    current, got = None, {}
    for pid, y, rating in rows.ratings:
        if pid != current:
            current, got = pid, ratings.setdefault(pid, {})
        got[y] = rating
    awards: dict[int, dict[str, set[int]]] = {}
    current, mine = None, {}
    for pid, type_id, y in rows.awards:
        if pid != current:
            current, mine = pid, awards.setdefault(pid, {})
        code = codes[type_id]
        if code in mine:
            mine[code].add(y)
        else:
            mine[code] = {y}
    known = {
        iid: InitiativeFact(code, y, level, kind) for iid, code, y, level, kind in rows.initiatives
    }
    initiatives: dict[int, list[InitiativeFact]] = {}
    for pid, iid in rows.authored:
        if iid in known:
            initiatives.setdefault(pid, []).append(known[iid])
    disciplines: dict[int, list[DisciplineFact]] = {}
    for pid, form, start, end in rows.disciplines:
        disciplines.setdefault(pid, []).append(DisciplineFact(form, _date(start), _as_date(end)))
    starts = dict(rows.starts)
    result = []
    empty: dict[Any, Any] = {}
    provinces: dict[int | None, int | None] = {None: None}
    for pid, name, national_id, code in rows.people:
        if wanted is not None and pid not in wanted:
            continue
        unit_id = units.get(pid)
        if unit_id not in provinces:
            unit = orgs.get(unit_id)  # type: ignore[arg-type]
            provinces[unit_id] = province_id_of(unit.path) if unit else None
        rated = ratings.get(pid, empty)
        result.append(
            SubjectFacts(
                "ca_nhan",
                pid,
                code or national_id or f"#{pid}",
                name,
                unit_id,
                provinces[unit_id],
                _recruited(_as_date(starts.get(pid)), min(rated) if rated else None),
                rated,
                awards.get(pid, empty),
                tuple(initiatives.get(pid, ())),
                tuple(disciplines.get(pid, ())),
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
                awards=dict(merged_awards),
                members=members.get(pk, MemberStats()),
            )
        )
    return result
