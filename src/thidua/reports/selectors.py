"""Reads for the statistics: the facts of a year as of its last day, and the page's choices.

The tree is the one of 31/12 of the year (`OrganizationVersion`, ADR 0001), walked level by
level from the organisation, so a merger, a move or a dissolution after the year changes
nothing in that year's figures. The queries are a fixed number per tree level and per
kind of fact: the counts are aggregated in the database, never row by row.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import connection
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from thidua.core.permissions import Cap, org_scope
from thidua.core.text import fold
from thidua.organizations.models import Employment, Organization, OrganizationVersion
from thidua.reports.stats import (
    CatalogueEntry,
    ComparisonRow,
    StatsFacts,
    UnitFacts,
    YearStats,
    comparison,
    year_end,
    year_stats,
)
from thidua.rules.models import AwardRecord, AwardType, Initiative, InitiativeLevel

FIRST_YEAR = 1945


class StatsUnavailable(Exception):
    """The organisation did not exist on 31/12 of the year asked for."""


def year_problem(year: int, today: dt.date | None = None) -> str | None:
    """Why `year` cannot be reported on, or None (1945 to the current year)."""
    last = (today or timezone.localdate()).year
    if not FIRST_YEAR <= year <= last:
        return f"Năm {year} không hợp lệ: chọn một năm từ {FIRST_YEAR} đến {last}."
    return None


def _valid_on(day: dt.date) -> Q:
    return Q(valid_from__lte=day) & (Q(valid_to__isnull=True) | Q(valid_to__gt=day))


VERSION_FIELDS = ("organization_id", "organization__code", "name", "parent_id")


def _tree_as_of(org: Organization, day: dt.date) -> list[tuple[int, str, str, int | None]]:
    """The organisation and everything below it on `day`, parents before children,
    siblings by name; empty if the organisation did not exist that day."""
    versions = OrganizationVersion.objects.filter(_valid_on(day))
    top = versions.filter(organization=org).values_list(*VERSION_FIELDS).first()
    if top is None:
        return []
    found = [top]
    seen = {org.pk}
    frontier = [org.pk]
    while frontier:
        level = [
            v
            for v in versions.filter(parent_id__in=frontier).values_list(*VERSION_FIELDS)
            if v[0] not in seen
        ]
        place = {unit_id: n for n, unit_id in enumerate(frontier)}
        level.sort(key=lambda v: (place[v[3]], fold(v[2]), v[1]))
        found += level
        frontier = [v[0] for v in level]
        seen.update(frontier)
    return found


def _employed_on(day: dt.date, prefix: str = "") -> Q:
    return Q(**{f"{prefix}start_date__lte": day}) & (
        Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": day})
    )


# The two big counts are plain SQL: the ORM joins the person table into both for nothing,
# and from the employments' side SQLite looks each person's awards up one by one (2–5 s at
# 50.000 people, bench/bench_stats.py). With the award rows first (CROSS JOIN fixes that
# order in SQLite; PostgreSQL plans it like any inner join, with hashes) it takes 0,2 s.
T_AWARD = AwardRecord._meta.db_table
T_EMPLOYMENT = Employment._meta.db_table
IN_BATCH = 5000  # parameters of one IN (…): well under SQLite's 32.766
PEOPLE_SQL = f"""
    SELECT organization_id, COUNT(DISTINCT person_id) FROM {T_EMPLOYMENT}
    WHERE organization_id IN ({{units}}) AND start_date <= %s
      AND (end_date IS NULL OR end_date >= %s)
    GROUP BY organization_id"""
PERSON_TITLES_SQL = f"""
    SELECT e.organization_id, a.award_type_id, COUNT(DISTINCT a.person_id)
    FROM {T_AWARD} a CROSS JOIN {T_EMPLOYMENT} e
    WHERE e.organization_id IN ({{units}}) AND e.person_id = a.person_id
      AND a.year = %s AND a.revoked = %s AND e.start_date <= %s
      AND (e.end_date IS NULL OR e.end_date >= %s)
    GROUP BY e.organization_id, a.award_type_id"""


def _select_by_units(sql: str, ids: list[int], params: list[Any]) -> list[tuple[Any, ...]]:
    """Run `sql` for the units in batches; every row is about one unit, so batches add up."""
    rows: list[tuple[Any, ...]] = []
    with connection.cursor() as cursor:
        for start in range(0, len(ids), IN_BATCH):
            chunk = ids[start : start + IN_BATCH]
            cursor.execute(sql.format(units=", ".join(["%s"] * len(chunk))), [*chunk, *params])
            rows += cursor.fetchall()
    return rows


def _people(ids: list[int], day: dt.date) -> dict[int, int]:
    """unit -> people employed there on `day`."""
    return {unit: n for unit, n in _select_by_units(PEOPLE_SQL, ids, [day, day])}


def _person_titles(
    ids: list[int], year: int, day: dt.date, codes: dict[int, str]
) -> dict[int, dict[str, int]]:
    """unit on 31/12 -> award code -> its people holding a non-revoked award of the year;
    the employment that places a person is the one in force that day."""
    found: dict[int, dict[str, int]] = {}
    for unit, kind, n in _select_by_units(PERSON_TITLES_SQL, ids, [year, False, day, day]):
        found.setdefault(unit, {})[codes[kind]] = n
    return found


def _unit_titles(ids: list[int], year: int, codes: dict[int, str]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for start in range(0, len(ids), IN_BATCH):
        rows = (
            AwardRecord.objects.filter(
                year=year, revoked=False, organization_id__in=ids[start : start + IN_BATCH]
            )
            .values_list("organization_id", "award_type_id")
            .distinct()
        )
        for unit_id, kind in rows:
            found.setdefault(unit_id, set()).add(codes[kind])
    return found


def _initiatives(ids: list[int], year: int, day: dt.date) -> dict[str, int]:
    """Initiatives recognised in the year with an author employed in the subtree on 31/12
    (one with several such authors counts once)."""
    prefix = "authorships__person__employments__"
    found: dict[int, str] = {}
    for start in range(0, len(ids), IN_BATCH):
        found.update(
            Initiative.objects.filter(
                _employed_on(day, prefix),
                year=year,
                authorships__person__employments__organization_id__in=ids[start : start + IN_BATCH],
            )
            .values_list("id", "level")
            .distinct()
        )
    return dict(Counter(found.values()))


def _catalogue() -> tuple[tuple[CatalogueEntry, ...], dict[int, str]]:
    """The award catalogue in order, and award type id -> code."""
    rows = list(AwardType.objects.values_list("id", "code", "name", "order"))
    entries = tuple(CatalogueEntry(code, name, order) for _, code, name, order in rows)
    return entries, {pk: code for pk, code, _, _ in rows}


def stats_facts(*, organization: Organization, year: int) -> StatsFacts:
    """Everything `year_stats` needs about `organization` in `year`.

    Raises StatsUnavailable if the organisation did not exist on 31/12 of the year.
    """
    day = year_end(year)
    tree = _tree_as_of(organization, day)
    if not tree:
        raise StatsUnavailable(_unavailable(organization, day))
    ids = [v[0] for v in tree]
    catalogue, codes = _catalogue()
    people = _people(ids, day)
    person_titles = _person_titles(ids, year, day, codes)
    unit_titles = _unit_titles(ids, year, codes)
    units = tuple(
        UnitFacts(
            id=unit_id,
            code=code,
            name=name,
            parent_id=None if unit_id == organization.pk else parent_id,
            people=people.get(unit_id, 0),
            person_titles=person_titles.get(unit_id, {}),
            titles=frozenset(unit_titles.get(unit_id, ())),
        )
        for unit_id, code, name, parent_id in tree
    )
    return StatsFacts(
        year=year,
        root_id=organization.pk,
        units=units,
        catalogue=catalogue,
        initiatives=_initiatives(ids, year, day),
    )


def _unavailable(org: Organization, day: dt.date) -> str:
    if org.valid_from > day:
        return (
            f"Đơn vị «{org.name}» thành lập từ ngày {org.valid_from:%d/%m/%Y}, "
            f"chưa có vào ngày {day:%d/%m/%Y}."
        )
    return f"Đơn vị «{org.name}» không còn hoạt động vào ngày {day:%d/%m/%Y}."


INITIATIVE_LABELS = {level.value: str(level.label) for level in InitiativeLevel}


def year_stats_for(*, organization: Organization, year: int) -> YearStats:
    """The year's statistics of `organization` (StatsUnavailable if it did not exist then)."""
    return year_stats(stats_facts(organization=organization, year=year), INITIATIVE_LABELS)


def previous_stats_for(*, organization: Organization, year: int) -> YearStats | None:
    """The previous year's statistics, or None if the organisation did not exist then."""
    try:
        return year_stats_for(organization=organization, year=year - 1)
    except StatsUnavailable:
        return None


# --- the page's choices ------------------------------------------------------------------


def stats_organizations(*, user: Any) -> QuerySet[Organization]:
    """Organisations the user may report on, in tree order (past ones too: their years stay)."""
    return (
        org_scope(user, Cap.VIEW)
        .only("id", "code", "name", "path", "valid_from", "valid_to")
        .order_by("path")
    )


def top_organization(orgs: list[Organization]) -> Organization | None:
    """The highest unit of the user's scope, preferring one that is still active."""
    if not orgs:
        return None
    return min(orgs, key=lambda o: (o.valid_to is not None, o.path.count("."), o.path))


def default_year(today: dt.date | None = None) -> int:
    """The latest year with recorded awards (not after this year), else last year."""
    today = today or timezone.localdate()
    latest = AwardRecord.objects.filter(year__lte=today.year).aggregate(y=Max("year"))["y"]
    return int(latest) if latest else today.year - 1


@dataclass(frozen=True)
class StatsPage:
    """What the statistics page, its chart and its Excel export show."""

    organization: Organization
    year: int
    current: YearStats | None
    unavailable: str = ""
    previous: YearStats | None = None
    comparison: list[ComparisonRow] = field(default_factory=list)

    @property
    def previous_year(self) -> int:
        return self.year - 1

    @property
    def previous_has_data(self) -> bool:
        """False when the previous year has no award recorded: its zeros mean "no data"."""
        return self.previous is not None and bool(self.previous.titles)

    @property
    def next_year(self) -> int | None:
        return self.year + 1 if self.year < timezone.localdate().year else None


def stats_page(*, organization: Organization, year: int) -> StatsPage:
    """The year's statistics with the previous year's beside them."""
    try:
        current = year_stats_for(organization=organization, year=year)
    except StatsUnavailable as error:
        return StatsPage(organization, year, None, unavailable=str(error))
    previous = previous_stats_for(organization=organization, year=year)
    rows = comparison(current, previous) if previous else comparison(current, _empty(current))
    return StatsPage(organization, year, current, previous=previous, comparison=rows)


def _empty(stats: YearStats) -> YearStats:
    return replace(stats, group=replace(stats.group, titles=()), breakdown=())
