"""The statistics as an Excel workbook: the titles with the previous year, the units, the
initiatives. Percentages are numbers (Excel formats them), counts are integers."""

import io
import re

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from thidua.reports.selectors import StatsPage
from thidua.reports.stats import SUBJECT_LABELS, YearStats, breakdown_table

BOLD = Font(bold=True)
PERCENT_FORMAT = "0.0"


def _sheet(book: Workbook, title: str, header: list[str], widths: list[int]) -> WriteOnlyWorksheet:
    sheet = book.create_sheet(title)
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_bold(sheet, text) for text in header])
    return sheet


def _bold(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = BOLD
    return cell


def _pct(sheet: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=float(value) if value is not None else None)  # type: ignore[arg-type]
    cell.number_format = PERCENT_FORMAT
    return cell


def stats_workbook(page: StatsPage) -> bytes:
    """Sheets "Tổng hợp", "Theo đơn vị" and "Sáng kiến" of the page's year."""
    current = page.current
    assert current is not None  # the views export only a year the organisation existed in
    book = Workbook(write_only=True)
    _titles(book, page, current)
    _units(book, current)
    sheet = _sheet(book, "Sáng kiến", ["Cấp công nhận", "Số sáng kiến"], [40, 14])
    for item in current.initiatives:
        sheet.append([item.label, item.count])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _titles(book: Workbook, page: StatsPage, current: YearStats) -> None:
    y, p = page.year, page.previous_year
    sheet = _sheet(
        book,
        "Tổng hợp",
        [
            "Danh hiệu, hình thức",
            "Mã",
            "Đối tượng",
            f"Số lượng {y}",
            f"Tổng số {y}",
            f"Tỷ lệ % {y}",
            f"Số lượng {p}",
            f"Tổng số {p}",
            f"Tỷ lệ % {p}",
            "Chênh lệch (điểm %)",
        ],
        [44, 18, 12, 12, 12, 12, 12, 12, 12, 18],
    )
    sheet.append([f"{current.name} — năm {y}, tính đến ngày 31/12/{y}"])
    sheet.append(["Tổng số cá nhân", None, None, current.totals.ca_nhan])
    sheet.append(["Tổng số tập thể trực thuộc", None, None, current.totals.tap_the])
    for row in page.comparison:
        now = row.current
        before = row.previous if page.previous_has_data else None
        sheet.append(
            [
                row.name,
                row.code,
                SUBJECT_LABELS[row.subject],
                now.count if now else 0,
                now.total if now else current.totals.of(row.subject),
                _pct(sheet, now.percent if now else 0),
                before.count if before else _zero(page),
                before.total if before else None,
                _pct(sheet, before.percent if before else None),
                _pct(sheet, row.change if page.previous_has_data else None),
            ]
        )


def _zero(page: StatsPage) -> int | None:
    """0 for a title the previous year did not reach; nothing if that year has no data."""
    return 0 if page.previous_has_data else None


def _units(book: Workbook, current: YearStats) -> None:
    columns, rows = breakdown_table(current)
    header = ["Đơn vị", "Mã", "Cá nhân", "Tập thể"]
    for column in columns:
        header += [f"{column.name} ({SUBJECT_LABELS[column.subject]})", "Tỷ lệ %"]
    sheet = _sheet(book, "Theo đơn vị", header, [44, 22, 10, 10] + [16, 9] * len(columns))
    for row, cells in rows:
        name = f"{row.name} (nhân sự trực thuộc)" if row.direct else row.name
        values: list[object] = [name, row.code, row.group.totals.ca_nhan, row.group.totals.tap_the]
        for cell in cells:
            values += [cell.count, _pct(sheet, cell.percent)]
        sheet.append(values)


def stats_filename(page: StatsPage) -> str:
    code = re.sub(r"[^A-Za-z0-9_-]", "_", page.organization.code)
    return f"thong-ke-{code}-{page.year}.xlsx"
