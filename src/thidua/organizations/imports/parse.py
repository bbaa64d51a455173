"""xlsx → IR. Refuses unsafe files before opening them and never evaluates a formula.

openpyxl parses the package XML with defusedxml when it is installed (it is a project
dependency), which covers entity-expansion attacks; the zip directory check here covers
decompression bombs, which defusedxml does not see.
"""

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from thidua.core.formats import format_number
from thidua.organizations.imports.ir import ParsedWorkbook, RawRow, RowError, SheetIR
from thidua.organizations.imports.schema import SHEET_KEYS, column_lookup, header_key

ZIP_SIGNATURE = b"PK\x03\x04"
REQUIRED_MEMBERS = ("[Content_Types].xml", "xl/workbook.xml")
# A 20 MB xlsx of plain cells unpacks to well under 200 MB and compresses about 5–20×;
# a member that claims 100× and more than 10 MB is a bomb, not a staff list. zipfile caps
# what it inflates at the declared size, so checking the directory is enough.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 10 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_ROWS = 200_000
# Sheets formatted down to row 1 048 576 yield empty rows; stop after a long empty run.
BLANK_RUN_LIMIT = 1000

FORMULA_MESSAGE = "Công thức không được chấp nhận; hãy nhập giá trị (dán dạng giá trị)."


class FileRejected(Exception):
    """The whole file is refused; the message is the one clear sentence shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def too_big_message() -> str:
    limit = format_number(settings.UPLOAD_MAX_BYTES / (1024 * 1024), 0)
    return f"Tệp lớn hơn giới hạn {limit} MB; hãy chia nhỏ tệp."


NOT_XLSX = (
    "Tệp không phải định dạng Excel .xlsx (có thể là tệp .xls cũ, tệp có đặt mật khẩu hoặc "
    "tệp đã đổi đuôi). Hãy mở bằng Excel và lưu lại dạng «Excel Workbook (*.xlsx)»."
)
BOMB = "Tệp có dung lượng giải nén bất thường, nghi là tệp độc hại; hệ thống không xử lý tệp này."


def check_file(path: Path, name: str) -> None:
    """Raise FileRejected unless `path` is a plausible, safe .xlsx of acceptable size."""
    if path.stat().st_size > settings.UPLOAD_MAX_BYTES:
        raise FileRejected(too_big_message())
    if not name.lower().endswith(".xlsx"):
        raise FileRejected("Chỉ nhận tệp Excel có đuôi .xlsx; hãy dùng tệp mẫu của hệ thống.")
    with path.open("rb") as handle:
        if handle.read(4) != ZIP_SIGNATURE:
            raise FileRejected(NOT_XLSX)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileRejected(NOT_XLSX) from None
    _check_members(members)


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    names = {m.filename for m in members}
    if not all(required in names for required in REQUIRED_MEMBERS):
        raise FileRejected(NOT_XLSX)
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise FileRejected(BOMB)
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise FileRejected(BOMB)


def parse_workbook(path: Path) -> ParsedWorkbook:
    """Read the known sheets into the IR; unknown sheets (the help sheet) are ignored."""
    parsed = ParsedWorkbook()
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # openpyxl raises many types on a damaged package
        raise FileRejected(
            "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng."
        ) from None
    try:
        for worksheet in workbook.worksheets:
            kind = SHEET_KEYS.get(header_key(worksheet.title))
            if kind is not None and kind not in parsed.sheets:
                parsed.sheets[kind] = _read_sheet(worksheet, kind, parsed.errors)
    except FileRejected:
        raise
    except Exception:
        raise FileRejected(
            "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng."
        ) from None
    finally:
        workbook.close()
    return parsed


def _read_header(sheet: SheetIR, header: tuple[Any, ...]) -> dict[int, str]:
    """Record where each known column sits; returns position → column key."""
    lookup = column_lookup(sheet.kind)
    positions: dict[int, str] = {}
    for index, value in enumerate(header):
        text = "" if value is None else str(value).strip()
        if not text:
            continue
        letter = get_column_letter(index + 1)
        sheet.headers[letter] = text
        column = lookup.get(header_key(text))
        if column is None:
            sheet.unknown.append(letter)
        elif column.key in sheet.columns:
            sheet.duplicated.append(letter)
        else:
            sheet.columns[column.key] = letter
            positions[index] = column.key
    return positions


def _read_sheet(worksheet: Any, kind: str, errors: list[RowError]) -> SheetIR:
    sheet = SheetIR(kind=kind, title=worksheet.title)
    # A stated dimension smaller than the data would make openpyxl stop early: read all rows.
    worksheet.reset_dimensions()
    rows: Iterator[tuple[Any, ...]] = worksheet.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None:
        return sheet
    positions = _read_header(sheet, header)
    blank_run = 0
    for number, values in enumerate(rows, start=2):
        row = _read_row(sheet, positions, number, values, errors)
        if row is None:
            blank_run += 1
            if blank_run > BLANK_RUN_LIMIT:
                break
            continue
        blank_run = 0
        sheet.rows.append(row)
        if len(sheet.rows) > MAX_ROWS:
            raise FileRejected(
                f"Trang «{sheet.title}» có quá {format_number(MAX_ROWS)} dòng; hãy chia nhỏ tệp."
            )
    return sheet


def _read_row(
    sheet: SheetIR,
    positions: dict[int, str],
    number: int,
    values: tuple[Any, ...],
    errors: list[RowError],
) -> RawRow | None:
    """One data row as {key: value}; None when every known cell is empty."""
    row: RawRow = {"_row": number}
    for index, key in positions.items():
        value = values[index] if index < len(values) else None
        if isinstance(value, ArrayFormula | DataTableFormula):
            text = str(getattr(value, "text", "") or "")
            value = text if text.startswith("=") else f"={text}"
        if isinstance(value, str):
            value = value.strip() or None
        if value is None:
            continue
        if isinstance(value, str) and value.startswith("="):
            letter = sheet.columns[key]
            errors.append(
                RowError(sheet.title, number, letter, sheet.headers[letter], FORMULA_MESSAGE)
            )
        row[key] = value
    return row if len(row) > 1 else None
