"""Whole-file checks on sheets and headers; any error here stops before the rows are read."""

from thidua.organizations.imports.ir import ParsedWorkbook, RowError, SheetIR
from thidua.organizations.imports.schema import COLUMNS, STAFF_TITLE, UNITS_TITLE, header_key

# Columns users commonly add that carry nothing to import.
IGNORED_HEADERS = frozenset({"stt", "tt", "so thu tu", "ghi chu"})
TEMPLATE_HINT = "hãy tải tệp mẫu và giữ nguyên dòng tiêu đề"


def check_sheets(parsed: ParsedWorkbook) -> list[RowError]:
    if not parsed.sheets:
        return [
            RowError(
                "",
                None,
                "",
                "",
                f"Không tìm thấy trang «{UNITS_TITLE}» hoặc «{STAFF_TITLE}»; {TEMPLATE_HINT}.",
            )
        ]
    if not any(sheet.rows for sheet in parsed.sheets.values()):
        return [RowError("", None, "", "", "Tệp không có dòng dữ liệu nào.")]
    return []


def _sheet_header_errors(sheet: SheetIR) -> list[RowError]:
    errors = [
        RowError(
            sheet.title, 1, "", column.header, f"Thiếu cột «{column.header}»; {TEMPLATE_HINT}."
        )
        for column in COLUMNS[sheet.kind]
        if column.required and column.key not in sheet.columns
    ]
    errors += [
        RowError(
            sheet.title,
            1,
            letter,
            sheet.headers[letter],
            f"Cột «{sheet.headers[letter]}» bị lặp lại.",
        )
        for letter in sheet.duplicated
    ]
    errors += [
        RowError(
            sheet.title,
            1,
            letter,
            sheet.headers[letter],
            f"Cột «{sheet.headers[letter]}» không có trong mẫu; {TEMPLATE_HINT}.",
        )
        for letter in sheet.unknown
        if header_key(sheet.headers[letter]) not in IGNORED_HEADERS
    ]
    return errors


def check_headers(parsed: ParsedWorkbook) -> list[RowError]:
    errors: list[RowError] = []
    for sheet in parsed.sheets.values():
        errors += _sheet_header_errors(sheet)
    return errors


FILE_CHECKS = [check_sheets, check_headers]
