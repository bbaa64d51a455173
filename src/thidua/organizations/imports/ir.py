"""The intermediate representation between the workbook and the database.

    ParsedWorkbook := sheets: {"units" | "staff": SheetIR}, errors: [RowError]
    SheetIR        := title, columns: {key: letter}, headers: {letter: text},
                      unknown: [letter], duplicated: [letter], rows: [RawRow]
    RawRow         := {"_row": source row number, key: cell value (str | date | number | None)}

Checks turn RawRows into the typed `UnitRow` / `StaffRow` and report `RowError`s; the
database side of the checks is `ImportFacts`, built by `selectors.import_facts`.
"""

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

RawRow = dict[str, Any]

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class RowError:
    """One problem, addressed as the user sees it: sheet, row, column letter and header."""

    sheet: str
    row: int | None
    column: str
    header: str
    message: str
    level: str = ERROR

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        where = [self.sheet] if self.sheet else []
        if self.row:
            where.append(f"dòng {self.row}")
        if self.column:
            where.append(
                f"cột {self.column} ({self.header})" if self.header else f"cột {self.column}"
            )
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class SheetIR:
    kind: str
    title: str
    columns: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    rows: list[RawRow] = field(default_factory=list)


@dataclass
class ParsedWorkbook:
    sheets: dict[str, SheetIR] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)


@dataclass
class UnitRow:
    row: int
    code: str
    name: str
    short_name: str
    kind: str
    parent_code: str
    place: str
    valid_from: dt.date | None
    invalid: set[str] = field(default_factory=set)  # keys whose cell error is already reported


@dataclass
class StaffRow:
    row: int
    full_name: str
    birth_date: dt.date | None
    gender: str
    national_id: str
    civil_servant_code: str
    email: str
    phone: str
    org_code: str
    position: str
    staff_category: str
    start_date: dt.date | None
    invalid: set[str] = field(default_factory=set)
    name_key: str = ""  # the folded full name, the key for duplicate detection


@dataclass
class Batch:
    """The typed rows of one file, with where each column sits, for addressing errors."""

    units: list[UnitRow] = field(default_factory=list)
    staff: list[StaffRow] = field(default_factory=list)
    sheets: dict[str, SheetIR] = field(default_factory=dict)


@dataclass(frozen=True)
class OrgFact:
    id: int
    code: str
    name: str
    kind: str
    parent_code: str
    short_name: str
    place: str
    valid_from: dt.date
    valid_to: dt.date | None
    in_scope: bool

    def is_active_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class JobFact:
    id: int
    organization_id: int
    start_date: dt.date
    end_date: dt.date | None
    position: str
    staff_category: str


@dataclass(frozen=True)
class PersonFact:
    id: int
    full_name: str
    name_folded: str
    birth_date: dt.date | None
    gender: str
    national_id: str
    civil_servant_code: str
    email: str
    phone: str
    in_scope: bool
    jobs: tuple[JobFact, ...] = ()

    def open_job(self) -> JobFact | None:
        return next((j for j in self.jobs if j.end_date is None), None)


@dataclass
class ImportFacts:
    """What the database holds about the codes, numbers and names the file mentions."""

    today: dt.date
    scope_all: bool
    orgs: dict[str, OrgFact] = field(default_factory=dict)
    people_by_national_id: dict[str, PersonFact] = field(default_factory=dict)
    people_by_cs_code: dict[str, list[PersonFact]] = field(default_factory=dict)
    people_by_name_birth: dict[tuple[str, dt.date], list[PersonFact]] = field(default_factory=dict)
    # codes of unit rows dropped by "skip bad rows": staff rows pointing at them fail too
    skipped_units: set[str] = field(default_factory=set)
