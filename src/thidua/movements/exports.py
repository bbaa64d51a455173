"""Excel exports users open as they are: targets with progress, and registration lists."""

import io
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from thidua.movements.models import Movement, RegistrationPeriod
from thidua.movements.selectors.access import MovementAccess
from thidua.movements.selectors.registrations import ListRow
from thidua.movements.selectors.targets import progress_rows, target_achievement, targets_visible

BOLD = Font(bold=True)


def _sheet(book: Workbook, title: str, header: list[str], widths: list[int]) -> WriteOnlyWorksheet:
    sheet = book.create_sheet(title)
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.freeze_panes = "A2"
    cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = BOLD
        cells.append(cell)
    sheet.append(cells)
    return sheet


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _num(value: Any) -> Any:
    return float(value) if value is not None else None


def targets_workbook(*, movement: Movement, access: MovementAccess) -> bytes:
    """Sheet "Chỉ tiêu": every visible target with its latest value and achievement;
    sheet "Tiến độ": every value recorded, oldest first."""
    book = Workbook(write_only=True)
    sheet = _sheet(
        book,
        "Chỉ tiêu",
        [
            "Đơn vị",
            "Nhóm",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Cách đánh giá",
            "Mức chỉ tiêu",
            "Mức xuất phát",
            "Thời hạn",
            "Thực hiện",
            "Tính đến ngày",
            "% kế hoạch",
            "Kết quả",
            "Diễn giải",
        ],
        [34, 24, 60, 12, 18, 14, 14, 12, 14, 14, 12, 16, 70],
    )
    for target in targets_visible(movement=movement, access=access):
        result = target_achievement(target)
        sheet.append(
            [
                target.organization.name if target.organization else "Chung của phong trào",
                target.group,
                target.name,
                target.unit,
                target.get_direction_display(),
                _num(target.target_value),
                _num(target.baseline),
                target.deadline,
                _num(target.latest_value),
                target.latest_on,
                _num(result.percent),
                target.get_light_display(),
                result.text,
            ]
        )
    log = _sheet(
        book,
        "Tiến độ",
        ["Đơn vị", "Chỉ tiêu", "Giá trị", "Tính đến ngày", "Ghi chú", "Minh chứng", "Người ghi"],
        [34, 60, 14, 14, 40, 30, 24],
    )
    for row in progress_rows(movement=movement, access=access).iterator(chunk_size=2000):
        target = row.target
        log.append(
            [
                target.organization.name if target.organization else "Chung của phong trào",
                target.name,
                _num(row.value),
                row.on,
                row.note,
                row.original_name,
                str(row.recorded_by) if row.recorded_by else "",
            ]
        )
    return _save(book)


def registration_workbook(*, period: RegistrationPeriod, rows: Iterable[ListRow]) -> bytes:
    """The registration list: one row per collective title or person, by unit."""
    book = Workbook(write_only=True)
    sheet = _sheet(
        book,
        "Danh sách đăng ký",
        [
            "STT",
            "Đơn vị",
            "Họ và tên (cá nhân)",
            "Chức vụ",
            "Mã danh hiệu",
            "Danh hiệu đăng ký",
            "Hình thức",
            "Trạng thái",
        ],
        [6, 40, 28, 22, 16, 40, 14, 16],
    )
    for number, row in enumerate(rows, start=1):
        sheet.append(
            [
                number,
                row.unit,
                row.person,
                row.position,
                row.title_code,
                row.title,
                "Tự đăng ký" if row.own else ("Tập thể" if not row.person else "Đơn vị đăng ký"),
                row.status,
            ]
        )
    return _save(book)
