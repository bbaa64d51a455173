"""Document pages and downloads behind the scope check; the template administration page."""

from typing import Any
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.conftest import client_for, verified_client_for
from tests.documents.helpers import docx_with_text
from thidua.documents.models import DocumentStatus, DocumentTemplate, GeneratedDocument
from thidua.documents.registry import get_spec

TITLE = "Kế hoạch thi đua năm 2026: Phòng Lao động - Việc làm"
SHIPPED = get_spec("ke_hoach").path.read_bytes()  # type: ignore[union-attr]


def _document(org: Any, user: Any, *, ready: bool = True) -> GeneratedDocument:
    document = GeneratedDocument.objects.create(
        template_code="ke_hoach",
        organization=org,
        title=TITLE,
        created_by=user,
        created_at=timezone.now(),
        status=DocumentStatus.READY if ready else DocumentStatus.PENDING,
    )
    if ready:
        document.docx.save("a.docx", ContentFile(b"PK docx"), save=False)
        document.pdf.save("a.pdf", ContentFile(b"%PDF- pdf"), save=False)
        document.save()
    return document


@pytest.fixture
def unit_a_doc(tree: Any, personas: Any) -> GeneratedDocument:
    return _document(tree.unit_a, personas.officer_a)


@pytest.mark.parametrize("suffix", ["", "trang-thai/", "tai-ve.docx", "tai-ve.pdf"])
def test_another_unit_cannot_see_or_download_the_document(
    personas: Any, unit_a_doc: GeneratedDocument, suffix: str
) -> None:
    response = client_for(personas.officer_b).get(f"/van-ban/{unit_a_doc.pk}/{suffix}")
    assert response.status_code == 404


@pytest.mark.parametrize("persona", ["officer_a", "clerk_a", "dept_officer", "auditor"])
def test_the_unit_and_its_parents_download_it(
    personas: Any, unit_a_doc: GeneratedDocument, persona: str
) -> None:
    response = client_for(getattr(personas, persona)).get(f"/van-ban/{unit_a_doc.pk}/tai-ve.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == b"%PDF- pdf"


def test_downloads_carry_the_vietnamese_file_name(
    personas: Any, unit_a_doc: GeneratedDocument
) -> None:
    response = client_for(personas.officer_a).get(f"/van-ban/{unit_a_doc.pk}/tai-ve.docx")
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="Ke hoach thi dua nam 2026 Phong Lao')
    expected = quote("Kế hoạch thi đua năm 2026 Phòng Lao động - Việc làm.docx", safe="")
    assert f"filename*=UTF-8''{expected}" in disposition
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_page_polls_while_pending_and_stops_when_ready(tree: Any, personas: Any) -> None:
    pending = _document(tree.unit_a, personas.officer_a, ready=False)
    client = client_for(personas.officer_a)
    page = client.get(f"/van-ban/{pending.pk}/").content.decode()
    assert "Đang tạo…" in page
    assert 'hx-trigger="every 2s"' in page
    assert client.get(f"/van-ban/{pending.pk}/tai-ve.docx").status_code == 404
    pending.status = DocumentStatus.READY
    pending.docx.save("a.docx", ContentFile(b"PK"), save=True)
    status = client.get(f"/van-ban/{pending.pk}/trang-thai/").content.decode()
    assert "hx-trigger" not in status
    assert f"/van-ban/{pending.pk}/tai-ve.docx" in status
    assert "tai-ve.pdf" not in status


def test_the_list_shows_only_documents_in_scope(tree: Any, personas: Any) -> None:
    _document(tree.unit_a, personas.officer_a)
    other = _document(tree.unit_b, personas.officer_b)
    other.title = "Danh sách của Phòng Người có công"
    other.save()
    page = client_for(personas.officer_a).get("/van-ban/").content.decode()
    assert "Kế hoạch thi đua năm 2026" in page
    assert "Phòng Người có công" not in page


def test_a_failed_document_can_be_retried_by_its_author_only(
    tree: Any, personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    failed = _document(tree.unit_a, personas.officer_a, ready=False)
    failed.status, failed.error = DocumentStatus.FAILED, "Không điền được mẫu văn bản: x"
    failed.save()
    assert client_for(personas.clerk_a).post(f"/van-ban/{failed.pk}/tao-lai/").status_code == 403
    with django_capture_on_commit_callbacks(execute=False):
        response = client_for(personas.officer_a).post(f"/van-ban/{failed.pk}/tao-lai/")
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == DocumentStatus.PENDING


# -- template administration --------------------------------------------------------------


def _upload(client: Any, org: Any, content: bytes = SHIPPED) -> Any:
    data = {
        "code": "ke_hoach",
        "organization": org.pk if org else "",
        "file": SimpleUploadedFile("mau-rieng.docx", content),
    }
    return client.post("/van-ban/mau/", data)


def test_only_template_managers_see_the_template_page(personas: Any) -> None:
    assert client_for(personas.clerk_a).get("/van-ban/mau/").status_code == 403
    assert client_for(personas.auditor).get("/van-ban/mau/").status_code == 403
    page = client_for(personas.officer_a).get("/van-ban/mau/")
    assert page.status_code == 200
    assert "Tải mẫu mặc định" in page.content.decode()


def test_the_default_template_downloads(personas: Any) -> None:
    response = client_for(personas.officer_a).get("/van-ban/mau/mac-dinh/ke_hoach.docx")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == SHIPPED


def test_an_officer_replaces_the_template_of_their_unit_only(tree: Any, personas: Any) -> None:
    client = client_for(personas.officer_a)
    response = _upload(client, tree.unit_a)
    assert response.status_code == 302
    template = DocumentTemplate.objects.get()
    assert (template.organization, template.version, template.active) == (tree.unit_a, 1, True)
    refused = _upload(client, tree.unit_b)
    assert refused.status_code == 200
    assert DocumentTemplate.objects.count() == 1
    assert _upload(client, None).status_code == 200  # system-wide: administrators only
    assert DocumentTemplate.objects.count() == 1


def test_a_bad_template_is_refused_with_a_message(tree: Any, personas: Any) -> None:
    response = _upload(client_for(personas.officer_a), tree.unit_a, docx_with_text("{{ title "))
    assert response.status_code == 200
    assert "Mẫu không dùng được, chưa được lưu" in response.content.decode()
    assert not DocumentTemplate.objects.exists()


def test_another_unit_cannot_touch_the_template(tree: Any, personas: Any) -> None:
    _upload(client_for(personas.officer_a), tree.unit_a)
    template = DocumentTemplate.objects.get()
    other = client_for(personas.officer_b)
    assert other.post(f"/van-ban/mau/{template.pk}/ngung-dung/").status_code == 404
    assert other.get(f"/van-ban/mau/{template.pk}/tai-ve.docx").status_code == 404
    owner = client_for(personas.dept_officer)  # the parent unit's officer manages it too
    assert owner.post(f"/van-ban/mau/{template.pk}/ngung-dung/").status_code == 302
    template.refresh_from_db()
    assert not template.active


def test_system_wide_templates_are_for_administrators(tree: Any, personas: Any) -> None:
    admin = verified_client_for(personas.admin)
    assert _upload(admin, None).status_code == 302
    template = DocumentTemplate.objects.get(organization__isnull=True)
    officer = client_for(personas.dept_officer)
    assert officer.post(f"/van-ban/mau/{template.pk}/ngung-dung/").status_code == 403
