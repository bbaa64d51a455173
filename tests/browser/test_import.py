"""The Excel import refuses a bad file with clear Vietnamese messages and imports nothing."""

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.browser.helpers import show_as, sign_in, snap
from thidua.organizations.models import ImportLog, Person

pytestmark = pytest.mark.browser

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPLOAD = "Tệp Excel (.xlsx)"


def open_import_page(page: Page) -> None:
    page.goto("/")
    page.get_by_role("button", name="Tiện ích").click()
    page.get_by_role("link", name="Nhập/xuất Excel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhập đơn vị và cán bộ từ Excel")


def upload(page: Page, name: str, content: bytes) -> None:
    page.get_by_label(UPLOAD).set_input_files({"name": name, "mimeType": XLSX, "buffer": content})
    page.get_by_role("button", name="Tải lên và nhập").click()


def workbook_with_a_bad_row(page: Page, unit_code: str) -> bytes:
    """The template from the page's download link, with one good and one bad staff row."""
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tệp mẫu").click()
    assert download.value.suggested_filename == "mau-nhap-don-vi-can-bo.xlsx"
    workbook = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    sheet = workbook["Cán bộ"]
    headers = [cell.value for cell in sheet[1]]
    rows = [
        {
            "Họ và tên": "Lý Văn Tâm",
            "Ngày sinh": "12/10/1987",
            "Giới tính": "Nam",
            "Số CCCD": "014087001234",
            "Mã đơn vị": unit_code,
            "Chức vụ": "Chuyên viên",
        },
        {
            "Họ và tên": "Mai Thị Xuân",
            "Ngày sinh": "31/02/1990",
            "Giới tính": "Nữ",
            "Số CCCD": "12345",
            "Mã đơn vị": "KHONG-CO",
            "Chức vụ": "Chuyên viên",
        },
    ]
    for row in rows:
        sheet.append([row.get(header.rstrip(" *")) for header in headers])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_it_refuses_a_text_file_renamed_xlsx(page: Page, live_server, personas):
    sign_in(page, live_server, personas.officer_a)
    open_import_page(page)

    upload(page, "danh-sach-can-bo.xlsx", "Họ và tên;Ngày sinh\nLý Văn Tâm;12/10/1987\n".encode())

    expect(page.get_by_role("alert")).to_contain_text("Tệp không phải định dạng Excel .xlsx")
    expect(page.get_by_role("alert")).to_contain_text("«Excel Workbook (*.xlsx)»")
    assert not Person.objects.filter(name_folded="ly van tam").exists()


def test_it_lists_row_addressed_errors_and_imports_nothing(page: Page, live_server, tree, personas):
    sign_in(page, live_server, show_as(personas.officer_a, "Phạm Thị Thu"))
    open_import_page(page)
    content = workbook_with_a_bad_row(page, tree.unit_a.code)

    upload(page, "can-bo-phong-ldvl.xlsx", content)

    expect(page.get_by_role("alert")).to_contain_text("chưa nhập dữ liệu nào")
    errors = page.locator("#import-errors tbody").get_by_role("row")
    expect(errors.first).to_be_visible()
    for index in range(errors.count()):
        expect(errors.nth(index).get_by_role("cell").nth(0)).to_have_text("Cán bộ")
        expect(errors.nth(index).get_by_role("cell").nth(1)).to_have_text("3")  # the bad row only
    table = page.locator("#import-errors")
    for text in ("Ngày sinh", "Số CCCD", "KHONG-CO"):
        expect(table).to_contain_text(text)
    snap(page, "import-errors.png")

    assert not Person.objects.filter(name_folded__in=["ly van tam", "mai thi xuan"]).exists()
    assert ImportLog.objects.get().status == "rejected"
