"""The workbook layout users fill in: the blank template, and the frame the export fills.

Both are built in openpyxl's write-only mode, so the export of 50.000 people streams rows
instead of holding every cell in memory. Dropdowns point at the lists on the help sheet.
"""

import io
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from thidua.organizations.imports.schema import (
    HELP_TITLE,
    STAFF_COLUMNS,
    STAFF_TITLE,
    UNIT_COLUMNS,
    UNITS_TITLE,
    Column,
)
from thidua.organizations.models import Gender, OrgKind, StaffCategory

DATE_FORMAT = "DD/MM/YYYY"
TEXT_COLUMNS = frozenset(
    {"code", "parent_code", "national_id", "civil_servant_code", "phone", "org_code"}
)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")

INSTRUCTIONS = (
    "HƯỚNG DẪN NHẬP DỮ LIỆU ĐƠN VỊ VÀ CÁN BỘ",
    "",
    "1. Trang «Đơn vị»: mỗi dòng một đơn vị. Trang «Cán bộ»: mỗi dòng một người và chức vụ hiện tại.",
    "2. Giữ nguyên dòng tiêu đề (dòng 1). Cột tô màu cam là bắt buộc. Không dùng công thức.",
    "3. Ngày ghi theo dạng dd/mm/yyyy (ví dụ 05/09/1985) hoặc dùng ô kiểu Ngày.",
    "4. Loại hình, Giới tính, Loại cán bộ: chọn trong danh sách bên dưới (ghi tên hoặc mã đều được).",
    "5. Mã đơn vị cấp trên: mã của một đơn vị trong tệp hoặc đã có trong hệ thống.",
    "6. Số CCCD gồm 12 chữ số; định dạng ô kiểu Văn bản để giữ số 0 ở đầu.",
    "7. Nhập lại cùng tệp không tạo trùng: cán bộ được nhận ra theo số CCCD, rồi mã số CC/VC.",
    "8. Tệp có lỗi sẽ không được nhập dòng nào, trừ khi chọn «Bỏ qua các dòng lỗi».",
)
LISTS_ROW = len(INSTRUCTIONS) + 2


def _lists() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        ("Loại hình", [(str(label), code) for code, label in OrgKind.choices]),
        ("Giới tính", [(str(label), code) for code, label in Gender.choices]),
        ("Loại cán bộ", [(str(label), code) for code, label in StaffCategory.choices]),
    ]


def _list_range(index: int) -> str:
    """The help-sheet range of the labels of list `index` (columns A, D, G …)."""
    letter = get_column_letter(index * 3 + 1)
    size = len(_lists()[index][1])
    return f"'{HELP_TITLE}'!${letter}${LISTS_ROW + 1}:${letter}${LISTS_ROW + size}"


VALIDATED = {"kind": 0, "gender": 1, "staff_category": 2}


def _header_cell(sheet: Any, column: Column) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=column.header)
    cell.font = Font(bold=True)
    cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    return cell


def _frame(workbook: Workbook, title: str, columns: tuple[Column, ...], rows: int) -> Any:
    """A data sheet with widths, formats, dropdowns and the header row written."""
    sheet = workbook.create_sheet(title)
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.key in TEXT_COLUMNS:
            sheet.column_dimensions[letter].number_format = "@"
        if column.key in VALIDATED:
            rule = DataValidation(
                type="list",
                formula1=_list_range(VALIDATED[column.key]),
                allow_blank=True,
                showErrorMessage=False,
            )
            rule.add(f"{letter}2:{letter}{rows + 1000}")
            sheet.data_validations.append(rule)
    sheet.freeze_panes = "A2"
    sheet.append([_header_cell(sheet, column) for column in columns])
    return sheet


def _help_sheet(workbook: Workbook) -> None:
    sheet = workbook.create_sheet(HELP_TITLE)
    sheet.column_dimensions["A"].width = 30
    for text in INSTRUCTIONS:
        sheet.append([text])
    sheet.append([])
    lists = _lists()
    header: list[Any] = []
    for name, _ in lists:
        header += [name, "Mã", ""]
    sheet.append(header)
    for index in range(max(len(items) for _, items in lists)):
        cells: list[Any] = []
        for _, items in lists:
            cells += [*items[index], ""] if index < len(items) else ["", "", ""]
        sheet.append(cells)


def _date_cell(sheet: Any, value: Any) -> Any:
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def layout_workbook(
    units: Iterable[list[Any]], staff: Iterable[list[Any]], sizes: tuple[int, int]
) -> bytes:
    """The whole workbook: «Đơn vị», «Cán bộ», «Hướng dẫn»; rows are lists in column order.

    Rows may be generators over a database cursor; dates get the dd/mm/yyyy cell format.
    """
    workbook = Workbook(write_only=True)
    unit_sheet = _frame(workbook, UNITS_TITLE, UNIT_COLUMNS, sizes[0])
    staff_sheet = _frame(workbook, STAFF_TITLE, STAFF_COLUMNS, sizes[1])
    _help_sheet(workbook)
    _write_rows(unit_sheet, UNIT_COLUMNS, units)
    _write_rows(staff_sheet, STAFF_COLUMNS, staff)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_rows(sheet: Any, columns: tuple[Column, ...], rows: Iterable[list[Any]]) -> None:
    dates = {index for index, column in enumerate(columns) if column.is_date}
    for row in rows:
        sheet.append([_date_cell(sheet, v) if i in dates else v for i, v in enumerate(row)])


def template_workbook() -> bytes:
    """The blank template. No example rows: a forgotten example would be imported."""
    return layout_workbook([], [], (0, 0))
