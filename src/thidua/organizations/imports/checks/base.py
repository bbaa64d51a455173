"""What every check shares: its type, and how an error is addressed to a cell."""

import datetime as dt
from collections.abc import Callable

from thidua.organizations.imports.ir import ERROR, Batch, ImportFacts, RowError, SheetIR
from thidua.organizations.imports.schema import COLUMNS, TITLES
from thidua.organizations.models import Organization

Check = Callable[[Batch, ImportFacts], list[RowError]]

# A unit created without a founding date starts on the model's default day.
DEFAULT_VALID_FROM: dt.date = Organization._meta.get_field("valid_from").default  # type: ignore[assignment]


def canonical_header(kind: str, key: str) -> str:
    return next((c.header for c in COLUMNS[kind] if c.key == key), key)


def cell_error(
    sheet: SheetIR, row: int | None, key: str, message: str, level: str = ERROR
) -> RowError:
    """An error at (row, column of `key`) with the header as the file spells it."""
    letter = sheet.columns.get(key, "")
    header = sheet.headers.get(letter) or canonical_header(sheet.kind, key)
    return RowError(sheet.title, row, letter, header, message, level)


def date_vn(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def sheet_of(batch: Batch, kind: str) -> SheetIR:
    """The sheet of `kind`, or an empty one named as in the template when the file has none."""
    return batch.sheets.get(kind) or SheetIR(kind=kind, title=TITLES[kind])


def too_long(sheet: SheetIR, row: int, values: dict[str, str]) -> list[RowError]:
    """Texts longer than their column allows (the database would refuse them)."""
    errors = []
    for column in COLUMNS[sheet.kind]:
        value = values.get(column.key) or ""
        if column.max_length and len(value) > column.max_length:
            errors.append(
                cell_error(
                    sheet,
                    row,
                    column.key,
                    f"Dài quá {column.max_length} ký tự (hiện có {len(value)}).",
                )
            )
    return errors
