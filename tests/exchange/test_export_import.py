"""The round trip: a package made at the department, taken in at the province."""

import hashlib
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.exchange.conftest import read_package, repack
from thidua.audit.models import Event, EventType
from thidua.exchange.manifest import FORMAT
from thidua.exchange.models import ImportedPackage
from thidua.exchange.services import importing
from thidua.exchange.services.export import package_export
from thidua.exchange.services.importing import package_import
from thidua.nominations.models import Dossier, DossierStatus
from thidua.organizations.models import Person


def _upload(content: bytes, name: str = "goi-ho-so.zip") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/zip")


def _content(package: Any) -> bytes:
    with package.file.open("rb") as handle:
        data: bytes = handle.read()
    return data


def _import(content: bytes, province_round: Any, province_officer: Any) -> Dossier:
    return package_import(upload=_upload(content), the_round=province_round, actor=province_officer)


def _errors(content: bytes, province_round: Any, province_officer: Any) -> str:
    with pytest.raises(ValidationError) as error:
        _import(content, province_round, province_officer)
    return "\n".join(error.value.messages)


def test_it_exports_a_package_with_a_manifest_and_checksums(package: Any, concluded: Any) -> None:
    content = _content(package)
    assert package.sha256 == hashlib.sha256(content).hexdigest()
    manifest, files = read_package(content)
    assert (manifest["format"], manifest["version"]) == (FORMAT, 1)
    assert manifest["sender"] == {
        "code": "SLA-LDTBXH",
        "name": "Sở Lao động - Thương binh và Xã hội",
    }
    [nominee] = manifest["nominees"]  # the Giấy khen is decided at the department
    person = concluded.upward.person
    assert nominee["person"] == {
        "full_name": "Trần Văn Hùng",
        "birth_date": "1985-03-02",
        "gender": "male",
        "national_id": person.national_id,
        "unit": {"code": "SLA-LDTBXH-LDVL", "name": "Phòng Lao động - Việc làm"},
        "position": "Chuyên viên",
    }
    assert nominee["award"]["code"] == "CSTD_TINH" and nominee["vote_result"]["yes"] == 9
    kinds = sorted(f["kind"] for f in manifest["files"])
    assert kinds == [
        "achievement_report",
        "council_minutes",
        "review_minutes",
        "submission_letter",
        "submission_letter",
    ]
    assert "Lò Thị Mai" not in str(manifest)
    for entry in manifest["files"]:
        assert hashlib.sha256(files[entry["path"]]).hexdigest() == entry["sha256"]
        assert len(files[entry["path"]]) == entry["size"]
    assert set(files) == {f["path"] for f in manifest["files"]}
    concluded.dossier.refresh_from_db()
    assert concluded.dossier.status == DossierStatus.FORWARDED
    assert Event.objects.get(event_type=EventType.PACKAGE_EXPORTED).data["sha256"] == package.sha256


def test_it_imports_the_package_at_the_higher_level(
    package: Any, concluded: Any, province_round: Any, province_officer: Any
) -> None:
    dossier = _import(_content(package), province_round, province_officer)
    assert (dossier.status, dossier.round, dossier.source_package) == (
        DossierStatus.SUBMITTED,
        province_round,
        package.sha256,
    )
    assert dossier.organization.code == "SLA-LDTBXH"
    [nomination] = dossier.nominations.all()
    assert nomination.person == concluded.upward.person  # found by national id
    assert nomination.award_type.code == "CSTD_TINH"
    manifest, _ = read_package(_content(package))
    stored = {(a.kind, a.sha256) for a in dossier.attachments.all()}
    expected = {
        ({"council_minutes": "review_minutes"}.get(f["kind"], f["kind"]), f["sha256"])
        for f in manifest["files"]
    }
    assert stored == expected
    for a in dossier.attachments.all():
        assert hashlib.sha256(a.file.read()).hexdigest() == a.sha256
    assert ImportedPackage.objects.get().dossier == dossier
    assert Event.objects.filter(event_type=EventType.PACKAGE_IMPORTED).count() == 1


def test_it_refuses_a_second_import(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    _import(_content(package), province_round, province_officer)
    assert "đã được nhập" in _errors(_content(package), province_round, province_officer)
    assert Dossier.objects.filter(round=province_round).count() == 1


def test_it_refuses_a_tampered_file(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    manifest, _ = read_package(_content(package))
    path = next(f["path"] for f in manifest["files"] if f["kind"] == "achievement_report")

    def tamper(files: dict[str, bytes]) -> None:
        files[path] = files[path] + b" sua"

    content = repack(_content(package), files=tamper)
    assert f"Tệp «{path}» không khớp mã kiểm tra SHA-256" in _errors(
        content, province_round, province_officer
    )
    assert not Dossier.objects.filter(round=province_round).exists()


def test_it_refuses_missing_and_extra_files(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    manifest, _ = read_package(_content(package))
    path = manifest["files"][0]["path"]

    def swap(files: dict[str, bytes]) -> None:
        del files[path]
        files["them/tep-la.pdf"] = b"%PDF"

    errors = _errors(repack(_content(package), files=swap), province_round, province_officer)
    assert f"Thiếu tệp «{path}»" in errors and "«them/tep-la.pdf» không có trong bản kê" in errors


def test_it_lists_every_unknown_code_and_writes_nothing(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    def unknown(m: dict[str, Any]) -> None:
        m["nominees"][0]["person"]["unit"]["code"] = "KHONG-CO"
        m["nominees"][0]["award"]["code"] = "KHONG_CO"

    errors = _errors(repack(_content(package), manifest=unknown), province_round, province_officer)
    assert "không có đơn vị mã «KHONG-CO»" in errors
    assert "không có danh hiệu, hình thức mã «KHONG_CO»" in errors
    assert not Dossier.objects.filter(round=province_round).exists()


def test_it_refuses_an_unknown_sender(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    def sender(m: dict[str, Any]) -> None:
        m["sender"] = {"code": "BKN-LDTBXH", "name": "Sở LĐTBXH Bắc Kạn"}

    errors = _errors(repack(_content(package), manifest=sender), province_round, province_officer)
    assert "Không có đơn vị gửi mã «BKN-LDTBXH»" in errors


def test_it_creates_a_person_it_does_not_know(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    def stranger(m: dict[str, Any]) -> None:
        person = m["nominees"][0]["person"]
        person.update(full_name="Hà Văn Mới", national_id="014085999999", birth_date="1985-01-09")

    dossier = _import(
        repack(_content(package), manifest=stranger), province_round, province_officer
    )
    person = Person.objects.get(national_id="014085999999")
    assert dossier.nominations.get().person == person
    job = person.employments.get()
    assert (job.organization.code, job.position) == ("SLA-LDTBXH-LDVL", "Chuyên viên")


def test_it_refuses_paths_that_leave_the_package(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    def evil(files: dict[str, bytes]) -> None:
        files["../../etc/cron.d/x"] = b"* * * * * root true"

    errors = _errors(repack(_content(package), files=evil), province_round, province_officer)
    assert "Đường dẫn «../../etc/cron.d/x» trong gói hồ sơ không hợp lệ" in errors


def test_it_refuses_a_zip_bomb(
    package: Any, province_round: Any, province_officer: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(importing, "MAX_UNCOMPRESSED_BYTES", 1024 * 1024)

    def bomb(files: dict[str, bytes]) -> None:
        files["bom.bin"] = b"\0" * (2 * 1024 * 1024)  # compresses to a few kilobytes

    errors = _errors(repack(_content(package), files=bomb), province_round, province_officer)
    assert "giải nén ra quá 1 MB" in errors


def test_it_refuses_too_many_files(
    package: Any, province_round: Any, province_officer: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(importing, "MAX_FILES", 3)
    assert "vượt quá 3 tệp" in _errors(_content(package), province_round, province_officer)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("goi.pdf", b"%PDF-1.4", "Hãy chọn tệp gói hồ sơ .zip"),
        ("goi.zip", b"not a zip at all", "không phải tệp nén .zip"),
        ("goi.zip", b"PK\x03\x04broken", "không phải tệp nén .zip"),
    ],
)
def test_it_refuses_what_is_not_a_package(
    province_round: Any, province_officer: Any, name: str, content: bytes, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        package_import(
            upload=_upload(content, name), the_round=province_round, actor=province_officer
        )


def test_it_refuses_a_manifest_of_another_format(
    package: Any, province_round: Any, province_officer: Any
) -> None:
    def other(m: dict[str, Any]) -> None:
        m["format"] = "something-else"

    errors = _errors(repack(_content(package), manifest=other), province_round, province_officer)
    assert "không phải gói hồ sơ trình cấp trên" in errors


def test_it_imports_only_for_the_rounds_officer(
    package: Any, province_round: Any, personas: Any
) -> None:
    with pytest.raises(PermissionDenied):
        _import(_content(package), province_round, personas.dept_officer)


def test_it_needs_the_letter_before_export(concluded: Any, personas: Any) -> None:
    with pytest.raises(ValidationError, match="Cần lập tờ trình"):
        package_export(dossier=concluded.dossier, actor=personas.dept_officer)
    concluded.dossier.refresh_from_db()
    assert concluded.dossier.status == DossierStatus.CONCLUDED


def test_it_lets_only_the_officer_export(concluded: Any, personas: Any, letter: Any) -> None:
    for user in (personas.officer_a, personas.clerk_a, personas.leader):
        with pytest.raises(PermissionDenied):
            package_export(dossier=concluded.dossier, actor=user)
