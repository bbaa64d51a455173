"""import_run end to end: all or nothing, skipping bad rows, re-imports, scope, log and audit."""

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from tests.factories import make_person
from tests.organizations.import_helpers import staff, unit, write_xlsx
from thidua.audit.models import Event, EventType
from thidua.organizations.imports.export import staff_export
from thidua.organizations.imports.services import import_run
from thidua.organizations.models import Employment, ImportLog, ImportStatus, Organization, Person

DEPT, UNIT_A, UNIT_B = "SLA-LDTBXH", "SLA-LDTBXH-LDVL", "SLA-LDTBXH-NCC"


@pytest.fixture
def good_file(tree, tmp_path):
    return write_xlsx(
        tmp_path / "tot.xlsx",
        units=[
            unit("N1", "Phòng Thí điểm", parent=DEPT, founded=dt.date(2010, 1, 1)),
            unit("N2", "Tổ Một", parent="N1", kind="other", founded="01/02/2012"),
        ],
        people=[
            staff("Nguyễn Văn An", "N1", birth=dt.date(1985, 3, 2), cs="CC0001", phone=912345678),
            staff("Lê Thị Hoa", "N2", birth=dt.date(1990, 7, 8), gender="Nữ", category="Viên chức"),
            staff(
                "Phạm Minh Tuấn",
                UNIT_A,
                birth=dt.date(1979, 1, 1),
                nid="",
                cs="CC0003",
                position="Trưởng phòng",
                category="leader",
                start="15/03/2018",
            ),
        ],
    )


def test_it_imports_units_parents_first_and_people_with_their_posts(good_file):
    result = import_run(actor=None, file=good_file)
    assert result.status == ImportStatus.COMPLETED, result.errors
    assert (result.counts["units_created"], result.counts["people_created"]) == (2, 3)
    n2 = Organization.objects.get(code="N2")
    assert n2.parent.code == "N1" and n2.path.startswith(Organization.objects.get(code="N1").path)
    assert n2.versions.count() == 1 and n2.valid_from == dt.date(2012, 2, 1)
    hoa = Person.objects.get(full_name="Lê Thị Hoa")
    assert (hoa.name_folded, hoa.gender, hoa.current_organization) == ("le thi hoa", "female", n2)
    assert hoa.employments.get().staff_category == "public_employee"
    tuan = Person.objects.get(civil_servant_code="CC0003")
    assert (tuan.current_position, tuan.national_id) == ("Trưởng phòng", None)
    assert Person.objects.get(civil_servant_code="CC0001").phone == "0912345678"


def test_it_imports_nothing_when_one_row_fails(good_file, tmp_path):
    workbook = load_workbook(good_file)
    workbook["Cán bộ"]["C3"] = "Không rõ"  # gender of Lê Thị Hoa
    workbook.save(good_file)
    before = (Organization.objects.count(), Person.objects.count(), Employment.objects.count())
    result = import_run(actor=None, file=good_file)
    assert result.status == ImportStatus.REJECTED
    assert [(e.sheet, e.row, e.column, e.header) for e in result.errors] == [
        ("Cán bộ", 3, "C", "Giới tính")
    ]
    assert "chưa nhập dữ liệu nào" in result.message
    assert (
        Organization.objects.count(),
        Person.objects.count(),
        Employment.objects.count(),
    ) == before
    assert not Event.objects.filter(event_type=EventType.IMPORT_COMPLETED).exists()


def test_it_imports_the_good_rows_and_lists_the_skipped_ones(good_file):
    workbook = load_workbook(good_file)
    workbook["Đơn vị"]["D2"] = "Bộ"  # unit N1 is bad: N2 (its child) and their staff go with it
    workbook["Cán bộ"]["F4"] = "khong-phai-email"
    workbook.save(good_file)
    result = import_run(actor=None, file=good_file, skip_bad_rows=True)
    assert result.status == ImportStatus.PARTIAL
    assert result.skipped_rows == [
        ("Cán bộ", 2),
        ("Cán bộ", 3),
        ("Cán bộ", 4),
        ("Đơn vị", 2),
        ("Đơn vị", 3),
    ]
    assert any("bị bỏ qua vì dòng của nó" in e.message for e in result.errors)
    assert not Organization.objects.filter(code__in=["N1", "N2"]).exists()
    assert not Person.objects.exists()


def test_it_skips_only_bad_rows_and_keeps_the_rest(good_file):
    workbook = load_workbook(good_file)
    workbook["Cán bộ"]["F4"] = "khong-phai-email"
    workbook.save(good_file)
    result = import_run(actor=None, file=good_file, skip_bad_rows=True)
    assert result.skipped_rows == [("Cán bộ", 4)]
    assert result.counts["people_created"] == 2
    assert "Bỏ qua 1 dòng lỗi" in result.message


def test_it_does_not_duplicate_anything_on_reimport(good_file):
    first = import_run(actor=None, file=good_file)
    counts = (Organization.objects.count(), Person.objects.count(), Employment.objects.count())
    second = import_run(actor=None, file=good_file)
    assert first.ok and second.ok, second.errors
    assert (second.counts["units_created"], second.counts["people_created"]) == (0, 0)
    assert second.counts["people_unchanged"] == 3 and second.counts["units_unchanged"] == 2
    assert (
        Organization.objects.count(),
        Person.objects.count(),
        Employment.objects.count(),
    ) == counts


def test_it_recognises_people_without_identifiers_by_name_birth_date_and_unit(tree, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx", people=[staff("Đỗ Thu Trang", UNIT_A, gender="Nữ", nid="")]
    )
    import_run(actor=None, file=path)
    result = import_run(actor=None, file=path)
    assert result.counts["people_unchanged"] == 1
    assert Person.objects.filter(full_name="Đỗ Thu Trang").count() == 1


def test_it_updates_contact_details_and_positions_of_known_people(tree, tmp_path):
    person = make_person("Nguyễn Văn An", org=tree.unit_a, birth=dt.date(1985, 3, 2))
    path = write_xlsx(
        tmp_path / "x.xlsx",
        people=[
            staff(
                "Nguyen Van An",
                UNIT_A,
                nid=person.national_id,
                email="an@sla.gov.vn",
                position="Phó trưởng phòng",
                start=dt.date(2015, 1, 1),
            ),
        ],
    )
    result = import_run(actor=None, file=path)
    assert (result.counts["people_updated"], result.counts["employments_updated"]) == (1, 1)
    person.refresh_from_db()
    assert (person.email, person.current_position) == ("an@sla.gov.vn", "Phó trưởng phòng")
    assert person.full_name == "Nguyễn Văn An"  # identity is not overwritten by a spreadsheet
    assert Event.objects.filter(
        event_type=EventType.PERSON_UPDATED, subject_id=str(person.pk)
    ).exists()


def test_it_moves_a_known_person_to_the_unit_in_the_file(tree, tmp_path):
    person = make_person("Nguyễn Văn An", org=tree.unit_a, birth=dt.date(1985, 3, 2))
    path = write_xlsx(
        tmp_path / "x.xlsx",
        people=[
            staff("Nguyễn Văn An", UNIT_B, nid=person.national_id, start=dt.date(2024, 9, 1)),
        ],
    )
    result = import_run(actor=None, file=path)
    assert result.counts["employments_started"] == 1
    person.refresh_from_db()
    assert person.current_organization == tree.unit_b
    old = person.employments.get(organization=tree.unit_a)
    assert old.end_date == dt.date(2024, 8, 31)


def test_it_refuses_a_cccd_that_belongs_to_someone_else(tree, tmp_path):
    other = make_person("Trần Văn Bình", org=tree.unit_a, birth=dt.date(1985, 3, 2))
    path = write_xlsx(
        tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A, nid=other.national_id)]
    )
    result = import_run(actor=None, file=path)
    assert [(e.column, e.header) for e in result.errors] == [("D", "Số CCCD")]
    assert "thuộc về một cá nhân khác" in result.errors[0].message


def test_it_warns_about_a_namesake_but_imports(tree, tmp_path):
    make_person("Nguyễn Văn An", org=tree.unit_b, birth=dt.date(1985, 3, 2))
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A)])
    result = import_run(actor=None, file=path)
    assert result.status == ImportStatus.COMPLETED
    assert "cùng họ tên và ngày sinh" in result.warnings[0].message
    assert Person.objects.filter(name_folded="nguyen van an").count() == 2


def test_a_dry_run_writes_nothing_at_all(good_file, settings):
    result = import_run(actor=None, file=good_file, dry_run=True)
    assert result.status == ImportStatus.VALIDATED and result.dry_run
    assert not Organization.objects.filter(code="N1").exists()
    assert not ImportLog.objects.exists()
    assert not (settings.MEDIA_ROOT / "imports").exists()


def test_it_keeps_the_file_a_log_row_and_audit_events(good_file, personas, settings):
    admin = personas.admin
    result = import_run(actor=admin, file=good_file)
    log = ImportLog.objects.get(pk=result.log_id)
    assert (log.status, log.uploaded_by, log.original_name) == (
        ImportStatus.COMPLETED,
        admin,
        "tot.xlsx",
    )
    assert (
        log.file.name.startswith("imports/")
        and (settings.MEDIA_ROOT / log.file.name).read_bytes() == good_file.read_bytes()
    )
    assert log.counts["people_created"] == 3 and len(log.sha256) == 64
    completed = Event.objects.get(event_type=EventType.IMPORT_COMPLETED)
    assert (completed.actor, completed.subject_id) == (admin, str(log.pk))
    created = Event.objects.filter(event_type=EventType.PERSON_CREATED, data__import_log=log.pk)
    assert created.count() == 3 and all(e.actor == admin for e in created)
    assert created.filter(data__employment__position="Trưởng phòng").count() == 1


def test_a_refused_file_is_logged_with_its_errors(tree, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", "KHONG-CO")])
    result = import_run(actor=None, file=path)
    log = ImportLog.objects.get(pk=result.log_id)
    assert log.status == ImportStatus.REJECTED
    assert log.errors[1]["row"] == 2 and log.errors[1]["column"] == "H"


def test_an_importer_of_unit_a_cannot_touch_unit_b(personas, tree, tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx",
        units=[
            unit("A-TO1", "Tổ thuộc phòng A", parent=UNIT_A),
            unit("B-TO1", "Tổ thuộc phòng B", parent=UNIT_B),
        ],
        people=[
            staff("Nguyễn Văn An", UNIT_A),
            staff("Lê Văn Bảo", UNIT_B, birth=dt.date(1980, 1, 1)),
        ],
    )
    result = import_run(actor=personas.officer_a, file=path)
    assert {(e.sheet, e.row, e.column) for e in result.errors} == {
        ("Đơn vị", 3, "E"),
        ("Cán bộ", 3, "H"),
    }
    assert all("phạm vi quản lý" in e.message for e in result.errors)
    result = import_run(actor=personas.officer_a, file=path, skip_bad_rows=True)
    assert Organization.objects.filter(code="A-TO1").exists()
    assert not Organization.objects.filter(code="B-TO1").exists()
    assert not Person.objects.filter(full_name="Lê Văn Bảo").exists()


def test_an_export_reimports_without_changes(good_file, personas):
    import_run(actor=None, file=good_file)
    content = staff_export(user=personas.dept_officer)
    path = good_file.with_name("xuat.xlsx")
    path.write_bytes(content)
    result = import_run(actor=personas.dept_officer, file=path)
    assert result.status == ImportStatus.COMPLETED, result.errors
    assert result.counts["units_created"] == result.counts["people_created"] == 0
    assert result.counts["people_updated"] == result.counts["employments_updated"] == 0
    assert result.counts["people_unchanged"] == 4  # the three imported and staff_a


def test_the_export_holds_only_the_users_scope(good_file, personas):
    import_run(actor=None, file=good_file)
    workbook = load_workbook(io.BytesIO(staff_export(user=personas.officer_a)))
    codes = [row[0] for row in workbook["Đơn vị"].iter_rows(min_row=2, values_only=True)]
    unit_codes = {row[7] for row in workbook["Cán bộ"].iter_rows(min_row=2, values_only=True)}
    assert codes == [UNIT_A] and unit_codes == {UNIT_A}
    assert Event.objects.filter(
        event_type=EventType.EXPORT_DOWNLOADED, actor=personas.officer_a
    ).exists()
