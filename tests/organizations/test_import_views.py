"""The upload, template and export pages: permission-checked, Vietnamese, scoped."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import client_for, verified_client_for
from tests.organizations.import_helpers import staff, unit, write_xlsx
from thidua.organizations.models import ImportLog, Organization, Person

UNIT_A, UNIT_B = "SLA-LDTBXH-LDVL", "SLA-LDTBXH-NCC"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _upload(path, **data):
    return {"file": SimpleUploadedFile(path.name, path.read_bytes(), content_type=XLSX), **data}


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("officer_a", 200),
        ("clerk_a", 200),
        ("admin", 200),
        ("staff_a", 403),
        ("auditor", 403),
        ("leader", 403),
    ],
)
@pytest.mark.parametrize(
    "url_name", ["organizations:import", "organizations:import-template", "organizations:export"]
)
def test_it_lets_only_importers_in(personas, persona, status, url_name):
    user = getattr(personas, persona)
    client = verified_client_for(user) if persona == "admin" else client_for(user)
    assert client.get(reverse(url_name)).status_code == status


def test_anonymous_users_are_sent_to_the_login_page(db, client):
    response = client.get(reverse("organizations:import"))
    assert response.status_code == 302 and "next=" in response["Location"]


def test_the_page_has_an_accessible_upload_form(personas):
    html = client_for(personas.officer_a).get(reverse("organizations:import")).content.decode()
    assert 'enctype="multipart/form-data"' in html and 'data-progress="import-progress"' in html
    assert '<label class="form-label" for="id_file">Tệp Excel (.xlsx)' in html
    assert 'aria-describedby="id_file_help"' in html and "tối đa 20 MB" in html
    assert 'for="id_skip_bad_rows">Bỏ qua các dòng lỗi</label>' in html


def test_an_upload_imports_and_shows_the_summary(personas, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx",
        units=[unit("A-TO1", "Tổ Một", parent=UNIT_A)],
        people=[staff("Nguyễn Văn An", "A-TO1")],
    )
    response = client_for(personas.officer_a).post(reverse("organizations:import"), _upload(path))
    html = response.content.decode()
    assert response.status_code == 200 and "Đã nhập xong" in html
    assert Person.objects.filter(
        full_name="Nguyễn Văn An", current_organization__code="A-TO1"
    ).exists()
    assert ImportLog.objects.get().uploaded_by == personas.officer_a


def test_an_importer_of_unit_a_gets_row_errors_for_unit_b(personas, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A), staff("Lê Văn Bảo", UNIT_B)]
    )
    response = client_for(personas.officer_a).post(reverse("organizations:import"), _upload(path))
    html = response.content.decode()
    assert "Danh sách lỗi" in html and "nằm ngoài phạm vi quản lý của bạn" in html
    assert "<td>Cán bộ</td>" in html and '<td class="num">3</td>' in html and "H <span" in html
    assert not Person.objects.filter(full_name__in=["Nguyễn Văn An", "Lê Văn Bảo"]).exists()


def test_skipping_bad_rows_imports_the_rest(personas, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A), staff("Lê Văn Bảo", UNIT_B)]
    )
    response = client_for(personas.officer_a).post(
        reverse("organizations:import"), _upload(path, skip_bad_rows="on")
    )
    assert "Bỏ qua 1 dòng lỗi" in response.content.decode()
    assert Person.objects.filter(full_name="Nguyễn Văn An").exists()
    assert not Person.objects.filter(full_name="Lê Văn Bảo").exists()


def test_a_bad_file_gets_one_clear_message(personas, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("không phải Excel", encoding="utf-8")
    html = (
        client_for(personas.officer_a)
        .post(reverse("organizations:import"), _upload(path))
        .content.decode()
    )
    assert "không phải định dạng Excel .xlsx" in html


def test_the_template_downloads_with_its_sheets_and_lists(personas):
    response = client_for(personas.officer_a).get(reverse("organizations:import-template"))
    assert response["Content-Type"] == XLSX and "attachment" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Đơn vị", "Cán bộ", "Hướng dẫn"]
    headers = [c.value for c in workbook["Cán bộ"][1]]
    assert headers[:4] == ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"]
    lists = {
        str(dv.sqref): dv.formula1 for dv in workbook["Cán bộ"].data_validations.dataValidation
    }
    assert lists["C2:C1000"].startswith("'Hướng dẫn'!$D$")  # the gender dropdown


def test_the_export_contains_only_the_users_scope(personas, tree):
    response = client_for(personas.officer_b).get(reverse("organizations:export"))
    workbook = load_workbook(io.BytesIO(response.content))
    units = [r[0] for r in workbook["Đơn vị"].iter_rows(min_row=2, values_only=True)]
    people = list(workbook["Cán bộ"].iter_rows(min_row=2, values_only=True))
    assert units == [UNIT_B] and people == []
    response = client_for(personas.officer_a).get(reverse("organizations:export"))
    people = [
        r[0]
        for r in load_workbook(io.BytesIO(response.content))["Cán bộ"].iter_rows(
            min_row=2, values_only=True
        )
    ]
    assert people == ["Trần Thị Bình"]
    assert Organization.objects.count() == 5


def test_it_keeps_a_reviewable_log_of_each_upload_for_its_author_only(personas, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Lê Văn Bảo", UNIT_B)])
    officer_a = client_for(personas.officer_a)
    officer_a.post(reverse("organizations:import"), _upload(path))
    log = ImportLog.objects.get()
    assert "x.xlsx" in officer_a.get(reverse("organizations:import-logs")).content.decode()
    detail = officer_a.get(reverse("organizations:import-log", args=[log.pk])).content.decode()
    assert "Cán bộ" in detail and "Dòng" in detail  # the row-addressed errors are kept
    kept = officer_a.get(reverse("organizations:import-log-file", args=[log.pk]))
    assert kept.status_code == 200 and b"".join(kept.streaming_content).startswith(b"PK")
    officer_b = client_for(personas.officer_b)
    assert officer_b.get(reverse("organizations:import-log", args=[log.pk])).status_code == 404
    assert "x.xlsx" not in officer_b.get(reverse("organizations:import-logs")).content.decode()
    admin = verified_client_for(personas.admin)
    assert admin.get(reverse("organizations:import-log", args=[log.pk])).status_code == 200
