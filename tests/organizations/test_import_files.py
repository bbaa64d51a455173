"""Whole-file refusals: one clear Vietnamese message, and nothing written but the log."""

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.organizations.import_helpers import STAFF_HEADERS, staff, unit, write_xlsx
from thidua.organizations.imports import parse
from thidua.organizations.imports.services import import_run
from thidua.organizations.models import ImportLog, ImportStatus, Organization, Person

UNIT_A = "SLA-LDTBXH-LDVL"


def _counts() -> tuple[int, int]:
    return Organization.objects.count(), Person.objects.count()


def _minimal_zip(path: Path, extra: dict[str, bytes] | None = None, workbook: bool = True) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if workbook:
            archive.writestr("xl/workbook.xml", "<workbook/>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return path


def _not_xlsx(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "danh-sach.xlsx"
    if kind == "text":
        path.write_text("Họ và tên;Ngày sinh\nNguyễn Văn An;02/03/1985\n", encoding="utf-8")
    elif kind == "xls":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    elif kind == "docx-like zip":
        _minimal_zip(path, {"word/document.xml": b"<document/>"}, workbook=False)
    elif kind == "broken zip":
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    return path


@pytest.mark.parametrize("kind", ["text", "xls", "docx-like zip", "broken zip"])
def test_it_refuses_a_file_that_is_not_xlsx_whatever_its_name(db, tmp_path, kind):
    before = _counts()
    result = import_run(actor=None, file=_not_xlsx(tmp_path, kind))
    assert result.status == ImportStatus.REJECTED
    assert "không phải định dạng Excel .xlsx" in result.message
    assert _counts() == before


def test_it_refuses_another_extension(db, tmp_path):
    path = write_xlsx(tmp_path / "danh-sach.csv", people=[staff("Nguyễn Văn An", UNIT_A)])
    result = import_run(actor=None, file=path)
    assert "đuôi .xlsx" in result.message


def test_it_refuses_a_file_over_the_size_limit(db, tmp_path, settings):
    settings.UPLOAD_MAX_BYTES = 1024 * 1024
    path = tmp_path / "to.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * (1024 * 1024 + 1))
    result = import_run(actor=None, file=path)
    assert result.message == "Tệp lớn hơn giới hạn 1 MB; hãy chia nhỏ tệp."
    log = ImportLog.objects.get()
    assert log.status == ImportStatus.REJECTED and not log.file  # too big: not even kept


def test_it_refuses_a_zip_bomb_by_its_compression_ratio(db, tmp_path):
    # 30 MB of zeros packs into ~30 KB: a ratio no spreadsheet has
    path = _minimal_zip(
        tmp_path / "bom.xlsx", {"xl/worksheets/sheet1.xml": b"\x00" * (30 * 1024 * 1024)}
    )
    assert path.stat().st_size < 200 * 1024
    result = import_run(actor=None, file=path)
    assert "dung lượng giải nén bất thường" in result.message


def test_it_refuses_a_zip_bomb_by_its_total_size(db, tmp_path, monkeypatch):
    monkeypatch.setattr(parse, "MAX_UNCOMPRESSED", 1024 * 1024)
    members = {f"xl/worksheets/sheet{i}.xml": bytes(range(256)) * 2048 for i in range(3)}
    result = import_run(actor=None, file=_minimal_zip(tmp_path / "bom.xlsx", members))
    assert "dung lượng giải nén bất thường" in result.message


def test_it_checks_the_zip_directory_before_opening_the_workbook(tmp_path, monkeypatch):
    path = _minimal_zip(
        tmp_path / "bom.xlsx", {"xl/worksheets/sheet1.xml": b"\x00" * (30 * 1024 * 1024)}
    )
    monkeypatch.setattr(parse, "load_workbook", lambda *a, **k: pytest.fail("opened a zip bomb"))
    with pytest.raises(parse.FileRejected):
        parse.check_file(path, path.name)


def test_it_refuses_formulas_cell_by_cell_without_evaluating_them(db, tmp_path):
    path = write_xlsx(
        tmp_path / "f.xlsx",
        people=[
            staff("Nguyễn Văn An", UNIT_A),
            staff('=HYPERLINK("http://x","Bấm")', UNIT_A, nid=""),
            staff("Lê Thị Hoa", "=A1", gender="Nữ"),
        ],
    )
    before = _counts()
    result = import_run(actor=None, file=path)
    formula_errors = [(e.row, e.column) for e in result.errors if "Công thức" in e.message]
    assert formula_errors == [(3, "A"), (4, "H")]
    assert all(e.sheet == "Cán bộ" for e in result.errors)
    assert _counts() == before


def test_it_refuses_wrong_headers_naming_the_missing_columns(db, tmp_path):
    headers = ["STT", *STAFF_HEADERS]
    headers[1] = "Tên"  # instead of "Họ và tên"
    path = write_xlsx(
        tmp_path / "h.xlsx", people=[[1, *staff("Nguyễn Văn An", UNIT_A)]], staff_headers=headers
    )
    result = import_run(actor=None, file=path)
    assert result.message == "Tệp không đúng mẫu; chưa nhập dữ liệu nào."
    messages = [(e.row, e.column, e.message) for e in result.errors]
    assert (1, "", "Thiếu cột «Họ và tên»; hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.") in messages
    assert any(column == "B" and "«Tên» không có trong mẫu" in m for _, column, m in messages)
    assert not any("STT" in m for _, _, m in messages)  # a row-number column is allowed


def test_it_refuses_a_workbook_without_known_sheets(db, tmp_path):
    workbook = Workbook()
    workbook.active.title = "Sheet1"
    workbook.active.append(["Họ và tên"])
    workbook.save(tmp_path / "x.xlsx")
    result = import_run(actor=None, file=tmp_path / "x.xlsx")
    assert "Không tìm thấy trang «Đơn vị» hoặc «Cán bộ»" in result.errors[0].message


def test_it_accepts_sheet_and_header_spellings_without_diacritics(db, tree, tmp_path):
    headers = [h.upper() for h in STAFF_HEADERS]
    path = write_xlsx(
        tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A)], staff_headers=headers
    )
    workbook = __import__("openpyxl").load_workbook(path)
    workbook["Cán bộ"].title = "Can_bo"
    workbook.save(path)
    result = import_run(actor=None, file=path)
    assert result.ok, result.errors
    assert result.counts["people_created"] == 1


def test_it_accepts_dates_written_as_text(db, tree, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx",
        people=[
            staff(
                "Nguyễn Văn An", UNIT_A, birth="02/03/1985", nid="001085000123", start="2021-04-05"
            ),
        ],
    )
    result = import_run(actor=None, file=path)
    assert result.ok, result.errors
    person = Person.objects.get(national_id="001085000123")
    assert person.birth_date == dt.date(1985, 3, 2)
    assert person.employments.get().start_date == dt.date(2021, 4, 5)


def test_it_reports_duplicate_unit_codes_and_imports_nothing(db, tree, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx",
        units=[
            unit("N1", "Phòng Một", parent="SLA-LDTBXH"),
            unit("N1", "Phòng Hai", parent="SLA-LDTBXH"),
        ],
    )
    before = _counts()
    result = import_run(actor=None, file=path)
    assert [(e.sheet, e.row, e.column) for e in result.errors] == [("Đơn vị", 3, "A")]
    assert "trùng với dòng 2" in result.errors[0].message
    assert _counts() == before
