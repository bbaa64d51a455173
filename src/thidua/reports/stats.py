"""A year's emulation statistics of an organisation, as plain values (no ORM here).

Seed 004 reports a year like this: "14/14 tập thể đạt Tập thể lao động tiên tiến, 100 %;
18/224 cá nhân đạt Chiến sĩ thi đua cơ sở, 8,0 %". The selector (`reports.selectors`)
reads the organisation tree as it stood on 31/12 of the year, who was employed where that
day and the year's awards into `StatsFacts`; everything below is arithmetic over them:

* people (`ca_nhan`): employed on 31/12 in the organisation or any unit below it;
* collectives (`tap_the`): the units below the organisation (not itself) existing on 31/12;
* a title's count: people (or collectives) of those totals who hold a non-revoked award of
  the year with that code; percent = count / total × 100, one decimal, half up.

The numbers per unit assume one post per person at a time (the employment services refuse
overlapping posts), so the per-unit totals add up to the organisation's.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CA_NHAN = "ca_nhan"
TAP_THE = "tap_the"
SUBJECTS = (CA_NHAN, TAP_THE)
SUBJECT_LABELS = {CA_NHAN: "cá nhân", TAP_THE: "tập thể"}
ONE_DECIMAL = Decimal("0.1")


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def percent(count: int, total: int) -> Decimal:
    """count / total × 100 to one decimal, half up (18/224 → 8.0; 1/16 → 6.3); 0.0 if no total."""
    if total <= 0:
        return Decimal("0.0")
    return (Decimal(count) * 100 / Decimal(total)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def percent_text(value: Decimal) -> str:
    """8.0 → "8,0"; 100.0 → "100" (the seeds write a full 100 % without decimals)."""
    if value == 100:
        return "100"
    return f"{value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP):f}".replace(".", ",")


def number_text(value: int) -> str:
    """50000 → "50.000"."""
    return f"{value:,}".replace(",", ".")


# --- facts (what the selector reads) ------------------------------------------------------


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name: str
    order: int


@dataclass(frozen=True)
class UnitFacts:
    """One organisation of the subtree as it stood on 31/12 of the year."""

    id: int
    code: str
    name: str
    parent_id: int | None
    people: int = 0  # employed in this very unit on 31/12
    person_titles: Mapping[str, int] = field(default_factory=dict)  # code -> its people holding it
    titles: frozenset[str] = frozenset()  # codes this unit received as a collective


@dataclass(frozen=True)
class StatsFacts:
    year: int
    root_id: int
    units: tuple[UnitFacts, ...]  # the root and every unit below it, parents before children
    catalogue: tuple[CatalogueEntry, ...]
    initiatives: Mapping[str, int] = field(default_factory=dict)  # level -> count


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    ca_nhan: int
    tap_the: int

    def of(self, subject: str) -> int:
        return self.ca_nhan if subject == CA_NHAN else self.tap_the


@dataclass(frozen=True)
class TitleRow:
    code: str
    name: str
    subject: str
    count: int
    total: int
    percent: Decimal
    order: int = 0  # the award's place in the catalogue

    @property
    def sentence(self) -> str:
        """ "18/224 cá nhân đạt Chiến sĩ thi đua cơ sở, 8,0 %" """
        return (
            f"{number_text(self.count)}/{number_text(self.total)} {SUBJECT_LABELS[self.subject]} "
            f"đạt {self.name}, {percent_text(self.percent)} %"
        )


@dataclass(frozen=True)
class Group:
    """Totals and titles of a set of people and collectives (the organisation or a part)."""

    totals: Totals
    titles: tuple[TitleRow, ...]

    def count(self, code: str, subject: str) -> int:
        return next((t.count for t in self.titles if (t.code, t.subject) == (code, subject)), 0)


@dataclass(frozen=True)
class BreakdownRow:
    """A direct sub-unit with everything below it, or the organisation's own staff (`direct`)."""

    code: str
    name: str
    direct: bool
    group: Group


@dataclass(frozen=True)
class InitiativeCount:
    level: str
    label: str
    count: int


@dataclass(frozen=True)
class YearStats:
    year: int
    code: str
    name: str  # the organisation's name on 31/12 of the year
    group: Group
    breakdown: tuple[BreakdownRow, ...]
    initiatives: tuple[InitiativeCount, ...]

    @property
    def totals(self) -> Totals:
        return self.group.totals

    @property
    def titles(self) -> tuple[TitleRow, ...]:
        return self.group.titles


@dataclass(frozen=True)
class ComparisonRow:
    code: str
    name: str
    subject: str
    current: TitleRow | None
    previous: TitleRow | None

    @property
    def change(self) -> Decimal:
        """Percentage points gained (+) or lost (−) since the previous year."""
        now = self.current.percent if self.current else Decimal("0.0")
        before = self.previous.percent if self.previous else Decimal("0.0")
        return now - before


# --- arithmetic ---------------------------------------------------------------------------


def _subtree(units: tuple[UnitFacts, ...], top: int) -> list[UnitFacts]:
    children: dict[int | None, list[UnitFacts]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    found: list[UnitFacts] = []
    stack = [u for u in units if u.id == top]
    while stack:
        unit = stack.pop()
        found.append(unit)
        stack.extend(children.get(unit.id, []))
    return found


def group_tally(
    people_units: Iterable[UnitFacts],
    collectives: Iterable[UnitFacts],
    catalogue: tuple[CatalogueEntry, ...],
) -> Group:
    """Totals and one row per award code and subject with a count above zero, in
    catalogue order (individual before collective for a form given to both)."""
    people_units, collectives = list(people_units), list(collectives)
    totals = Totals(ca_nhan=sum(u.people for u in people_units), tap_the=len(collectives))
    counts: dict[tuple[str, str], int] = {}
    for unit in people_units:
        for code, n in unit.person_titles.items():
            counts[code, CA_NHAN] = counts.get((code, CA_NHAN), 0) + n
    for unit in collectives:
        for code in unit.titles:
            counts[code, TAP_THE] = counts.get((code, TAP_THE), 0) + 1
    rows = []
    for entry in sorted(catalogue, key=lambda e: (e.order, e.code)):
        for subject in SUBJECTS:
            n = counts.get((entry.code, subject), 0)
            if n > 0:
                total = totals.of(subject)
                rows.append(
                    TitleRow(
                        entry.code, entry.name, subject, n, total, percent(n, total), entry.order
                    )
                )
    return Group(totals, tuple(rows))


def year_stats(facts: StatsFacts, initiative_labels: Mapping[str, str]) -> YearStats:
    """The organisation's statistics and the breakdown by its direct sub-units.

    The breakdown's sub-unit rows count the sub-unit itself among its collectives, and a
    row "direct" holds the organisation's own staff, so that the rows add up to the total.
    """
    root = next(u for u in facts.units if u.id == facts.root_id)
    everyone = _subtree(facts.units, root.id)
    below = [u for u in everyone if u.id != root.id]
    breakdown = []
    if root.people:
        breakdown.append(
            BreakdownRow(root.code, root.name, True, group_tally([root], [], facts.catalogue))
        )
    for child in [u for u in facts.units if u.parent_id == root.id and u.id != root.id]:
        part = _subtree(facts.units, child.id)
        breakdown.append(
            BreakdownRow(child.code, child.name, False, group_tally(part, part, facts.catalogue))
        )
    return YearStats(
        year=facts.year,
        code=root.code,
        name=root.name,
        group=group_tally(everyone, below, facts.catalogue),
        breakdown=tuple(breakdown),
        initiatives=tuple(
            InitiativeCount(level, label, facts.initiatives.get(level, 0))
            for level, label in initiative_labels.items()
        ),
    )


def comparison(current: YearStats, previous: YearStats) -> list[ComparisonRow]:
    """Every code and subject present in either year, in catalogue order."""
    now = {(t.code, t.subject): t for t in current.titles}
    before = {(t.code, t.subject): t for t in previous.titles}
    first = {**before, **now}
    rows = []
    for key in sorted(first, key=lambda k: (first[k].order, k[0], SUBJECTS.index(k[1]))):
        row = now.get(key) or before[key]
        rows.append(ComparisonRow(row.code, row.name, row.subject, now.get(key), before.get(key)))
    return rows


def stats_dict(stats: YearStats) -> dict[str, Any]:
    """The shape `thidua stats --format json` prints (keys in this order)."""
    return {
        "year": stats.year,
        "organization": stats.code,
        "totals": {CA_NHAN: stats.totals.ca_nhan, TAP_THE: stats.totals.tap_the},
        "titles": [
            {
                "code": t.code,
                "subject": t.subject,
                "count": t.count,
                "total": t.total,
                "percent": float(t.percent),
            }
            for t in stats.titles
        ],
    }


@dataclass(frozen=True)
class Cell:
    count: int
    percent: Decimal


def breakdown_table(
    stats: YearStats,
) -> tuple[list[TitleRow], list[tuple[BreakdownRow, list[Cell]]]]:
    """The per-unit table: one column per title of the organisation, one cell per sub-unit
    (its count and its own percentage)."""
    columns = list(stats.titles)
    rows = []
    for row in stats.breakdown:
        cells = []
        for column in columns:
            n = row.group.count(column.code, column.subject)
            cells.append(Cell(n, percent(n, row.group.totals.of(column.subject))))
        rows.append((row, cells))
    return columns, rows


def chart_data(current: YearStats, previous: YearStats | None) -> dict[str, Any]:
    """Percentages per title, this year against the previous one (if it has any award
    recorded: a year without data would show as zeros), for the bar chart."""
    if previous is not None and not previous.titles:
        previous = None
    rows = comparison(current, previous or current)
    labels = [f"{r.name} ({SUBJECT_LABELS[r.subject]})" for r in rows]
    datasets = [
        {
            "label": f"Năm {current.year}",
            "data": [float(r.current.percent) if r.current else 0.0 for r in rows],
        }
    ]
    if previous is not None:
        datasets.append(
            {
                "label": f"Năm {previous.year}",
                "data": [float(r.previous.percent) if r.previous else 0.0 for r in rows],
            }
        )
    return {"labels": labels, "datasets": datasets}
