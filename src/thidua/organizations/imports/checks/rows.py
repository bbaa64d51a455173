"""Raw IR rows → typed rows; a cell that cannot be converted is reported and marked invalid."""

from typing import Any

from thidua.core.text import fold
from thidua.organizations.imports.checks.base import cell_error
from thidua.organizations.imports.checks.cells import (
    to_choice,
    to_date,
    to_national_id,
    to_phone,
    to_text,
)
from thidua.organizations.imports.ir import (
    Batch,
    ParsedWorkbook,
    RawRow,
    RowError,
    SheetIR,
    StaffRow,
    UnitRow,
)
from thidua.organizations.imports.schema import (
    CATEGORY_LOOKUP,
    GENDER_LOOKUP,
    KIND_LOOKUP,
    STAFF,
    UNITS,
)
from thidua.organizations.models import OrgKind, StaffCategory

KIND_CHOICES = "; ".join(f"{label} ({code})" for code, label in OrgKind.choices)
CATEGORY_CHOICES = ", ".join(str(label) for _, label in StaffCategory.choices)


def _is_formula(value: Any) -> bool:
    # parse.py already reported it; the cell is left empty here so no second error follows
    return isinstance(value, str) and value.startswith("=")


class _Cells:
    """Converts the cells of one raw row, collecting errors and the keys that failed."""

    def __init__(self, sheet: SheetIR, raw: RawRow) -> None:
        self.sheet, self.raw, self.row = sheet, raw, int(raw["_row"])
        self.errors: list[RowError] = []
        self.invalid: set[str] = set()

    def value(self, key: str) -> Any:
        value = self.raw.get(key)
        if _is_formula(value):
            self.invalid.add(key)
            return None
        return value

    def text(self, key: str) -> str:
        return to_text(self.value(key))

    def converted(self, key: str, result: tuple[Any, str | None]) -> Any:
        value, error = result
        if error:
            self.errors.append(cell_error(self.sheet, self.row, key, error))
            self.invalid.add(key)
        return value


def unit_row(sheet: SheetIR, raw: RawRow) -> tuple[UnitRow, list[RowError]]:
    c = _Cells(sheet, raw)
    row = UnitRow(
        row=c.row,
        code=c.text("code"),
        name=c.text("name"),
        short_name=c.text("short_name"),
        kind=c.converted(
            "kind", to_choice(c.value("kind"), KIND_LOOKUP, "Loại hình", KIND_CHOICES)
        ),
        parent_code=c.text("parent_code"),
        place=c.text("place"),
        valid_from=c.converted("valid_from", to_date(c.value("valid_from"))),
        invalid=c.invalid,
    )
    return row, c.errors


def staff_row(sheet: SheetIR, raw: RawRow) -> tuple[StaffRow, list[RowError]]:
    c = _Cells(sheet, raw)
    row = StaffRow(
        row=c.row,
        full_name=c.text("full_name"),
        birth_date=c.converted("birth_date", to_date(c.value("birth_date"))),
        gender=c.converted(
            "gender", to_choice(c.value("gender"), GENDER_LOOKUP, "Giới tính", "Nam, Nữ")
        ),
        national_id=to_national_id(c.value("national_id")),
        civil_servant_code=c.text("civil_servant_code"),
        email=c.text("email"),
        phone=to_phone(c.value("phone")),
        org_code=c.text("org_code"),
        position=c.text("position"),
        staff_category=c.converted(
            "staff_category",
            to_choice(c.value("staff_category"), CATEGORY_LOOKUP, "Loại cán bộ", CATEGORY_CHOICES),
        ),
        start_date=c.converted("start_date", to_date(c.value("start_date"))),
        invalid=c.invalid,
    )
    row.name_key = fold(row.full_name)
    return row, c.errors


def build_batch(parsed: ParsedWorkbook) -> tuple[Batch, list[RowError]]:
    """The typed rows of every known sheet and the cell conversion errors."""
    batch = Batch(sheets=parsed.sheets)
    errors: list[RowError] = []
    if UNITS in parsed.sheets:
        for raw in parsed.sheets[UNITS].rows:
            unit, found = unit_row(parsed.sheets[UNITS], raw)
            batch.units.append(unit)
            errors += found
    if STAFF in parsed.sheets:
        for raw in parsed.sheets[STAFF].rows:
            person, found = staff_row(parsed.sheets[STAFF], raw)
            batch.staff.append(person)
            errors += found
    return batch, errors
