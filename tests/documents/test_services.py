"""Requests rendered by the task, hashes, audit; template lookup up the tree; uploads."""

import hashlib
import io
import zipfile
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from tests.documents.helpers import docx_with_text, sample
from thidua.audit.models import Event, EventType
from thidua.documents import services
from thidua.documents.models import DocumentStatus, DocumentTemplate, GeneratedDocument
from thidua.documents.selectors import template_for
from thidua.documents.services import document_request, template_upload

SHIPPED = (services.registry.get_spec("ke_hoach").path).read_bytes()  # type: ignore[union-attr]


def _request(personas: Any, tree: Any, **overrides: Any) -> GeneratedDocument:
    arguments = {
        "actor": personas.dept_officer,
        "template_code": "ke_hoach",
        "organization": tree.dept,
        "subject": tree.unit_a,
        "title": "Kế hoạch phát động phong trào thi đua năm 2026",
        "context": sample("ke_hoach"),
        **overrides,
    }
    return document_request(**arguments)


def _events(document: GeneratedDocument) -> list[str]:
    events = Event.objects.filter(subject_type="documents.generateddocument")
    return list(
        events.filter(subject_id=str(document.pk))
        .order_by("id")
        .values_list("event_type", flat=True)
    )


@pytest.mark.libreoffice
def test_it_renders_the_request_in_the_task_and_stores_hashes(
    tree: Any,
    personas: Any,
    immediate_tasks: None,
    soffice: str,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        document = _request(personas, tree)
    document.refresh_from_db()
    assert document.status == DocumentStatus.READY, document.error
    assert document.error == ""
    docx, pdf = document.docx.read(), document.pdf.read()
    assert docx[:2] == b"PK" and pdf[:5] == b"%PDF-"
    assert document.docx_sha256 == hashlib.sha256(docx).hexdigest()
    assert document.pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    assert document.template_version == 0
    assert document.template_sha256 == hashlib.sha256(SHIPPED).hexdigest()
    assert (document.subject_type, document.subject_id) == (
        "organizations.organization",
        str(tree.unit_a.pk),
    )
    assert _events(document) == [EventType.DOCUMENT_REQUESTED, EventType.DOCUMENT_GENERATED]
    generated = Event.objects.get(event_type=EventType.DOCUMENT_GENERATED)
    assert generated.data["pdf_sha256"] == document.pdf_sha256
    assert generated.actor == personas.dept_officer


def test_nothing_is_rendered_inside_the_request(
    tree: Any, personas: Any, immediate_tasks: None, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = _request(personas, tree)
    assert len(callbacks) == 1  # the task is queued once the transaction commits
    document.refresh_from_db()
    assert document.status == DocumentStatus.PENDING
    assert not document.docx and not document.pdf


def test_without_libreoffice_the_docx_is_still_delivered(
    tree: Any,
    personas: Any,
    immediate_tasks: None,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.SOFFICE_BINARY = "/khong/co/soffice"
    with django_capture_on_commit_callbacks(execute=True):
        document = _request(personas, tree)
    document.refresh_from_db()
    assert document.status == DocumentStatus.READY
    assert document.docx and not document.pdf and document.pdf_sha256 == ""
    assert "Chưa có bản PDF" in document.error and "LibreOffice" in document.error


def test_a_broken_template_fails_the_document_and_can_be_retried(
    tree: Any,
    personas: Any,
    immediate_tasks: None,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.SOFFICE_BINARY = "/khong/co/soffice"
    broken = DocumentTemplate.objects.create(
        code="ke_hoach",
        organization=tree.dept,
        sha256="0" * 64,
        version=1,
        uploaded_at="2026-01-01T00:00:00+07:00",
    )
    broken.file.save("x.docx", io.BytesIO(docx_with_text("{{ title ")), save=True)
    with django_capture_on_commit_callbacks(execute=True):
        document = _request(personas, tree)
    document.refresh_from_db()
    assert document.status == DocumentStatus.FAILED
    assert "Không điền được mẫu văn bản" in document.error
    assert _events(document)[-1] == EventType.DOCUMENT_FAILED

    broken.file.save("y.docx", io.BytesIO(SHIPPED), save=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.document_regenerate(actor=personas.dept_officer, document=document)
    document.refresh_from_db()
    assert document.status == DocumentStatus.READY
    assert not document.pdf and document.can_retry  # LibreOffice is still missing
    settings.SOFFICE_BINARY = "/bin/false"
    with django_capture_on_commit_callbacks(execute=True):
        services.document_regenerate(actor=personas.dept_officer, document=document)
    document.refresh_from_db()
    assert document.status == DocumentStatus.READY and "LibreOffice" in document.error
    document.pdf.save("p.pdf", io.BytesIO(b"%PDF-"), save=True)
    with pytest.raises(ValidationError, match="Chỉ tạo lại"):
        services.document_regenerate(actor=personas.dept_officer, document=document)


def test_the_context_must_be_plain_json(tree: Any, personas: Any) -> None:
    import datetime as dt

    with pytest.raises(ValidationError, match="JSON"):
        _request(personas, tree, context={"issued_on": dt.date(2026, 1, 1)})
    with pytest.raises(ValidationError, match="Không có mẫu"):
        _request(personas, tree, template_code="khong_co")


# -- templates ----------------------------------------------------------------------------


def _upload(actor: Any, org: Any, content: bytes = SHIPPED, code: str = "ke_hoach") -> Any:
    template, _ = template_upload(
        actor=actor, code=code, organization=org, content=content, original_name="mau.docx"
    )
    return template


def test_template_lookup_walks_up_the_tree(tree: Any, personas: Any) -> None:
    assert template_for("ke_hoach", tree.unit_a).template is None  # the shipped file
    dept = _upload(personas.dept_officer, tree.dept)
    assert template_for("ke_hoach", tree.unit_a).template == dept
    assert template_for("ke_hoach", tree.unit_b).template == dept
    assert template_for("ke_hoach", tree.home_affairs).template is None
    unit_a = _upload(personas.officer_a, tree.unit_a)
    assert template_for("ke_hoach", tree.unit_a).template == unit_a
    assert template_for("ke_hoach", tree.unit_b).template == dept
    everyone = _upload(personas.admin, None)
    assert template_for("ke_hoach", tree.home_affairs).template == everyone
    assert template_for("ke_hoach", tree.unit_b).template == dept  # nearer than system-wide
    services.template_deactivate(actor=personas.officer_a, template=unit_a)
    assert template_for("ke_hoach", tree.unit_a).template == dept
    assert template_for("cong_van", tree.unit_a).template is None  # per code


def test_uploads_make_versions_with_one_active(tree: Any, personas: Any) -> None:
    first = _upload(personas.officer_a, tree.unit_a)
    second = _upload(personas.officer_a, tree.unit_a)
    first.refresh_from_db()
    assert (first.version, first.active, second.version, second.active) == (1, False, 2, True)
    assert second.sha256 == hashlib.sha256(SHIPPED).hexdigest()
    services.template_activate(actor=personas.officer_a, template=first)
    second.refresh_from_db()
    assert not second.active
    assert template_for("ke_hoach", tree.unit_a).version == 1
    kinds = Event.objects.filter(subject_type="documents.documenttemplate").values_list(
        "event_type", flat=True
    )
    assert sorted(kinds) == sorted(
        [EventType.TEMPLATE_UPLOADED, EventType.TEMPLATE_UPLOADED, EventType.TEMPLATE_ACTIVATED]
    )


def _zip(**parts: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name.replace("__", "/"), data)
    return out.getvalue()


def _with_macro() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SHIPPED)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/vbaProject.bin", b"macro")
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7 not a docx", "không phải là văn bản Word .docx"),
        (_zip(hello__txt=b"x"), "thiếu phần nội dung word/document.xml"),
        (_with_macro(), "không được chứa macro"),
        (docx_with_text("{{ title "), "Mẫu không dùng được, chưa được lưu"),
        (docx_with_text("{% for x in sections %}"), "Mẫu không dùng được"),
        (
            docx_with_text("{{ title.__class__.__mro__[1].__subclasses__() }}"),
            "Mẫu không dùng được",
        ),
    ],
)
def test_bad_templates_are_refused(tree: Any, personas: Any, content: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _upload(personas.officer_a, tree.unit_a, content)
    assert not DocumentTemplate.objects.exists()


def test_a_template_too_large_is_refused(tree: Any, personas: Any, settings: Any) -> None:
    settings.UPLOAD_MAX_BYTES = 1024
    with pytest.raises(ValidationError, match="quá lớn"):
        _upload(personas.officer_a, tree.unit_a)


def test_unknown_variables_are_a_warning_and_print_empty(tree: Any, personas: Any) -> None:
    _, warnings = template_upload(
        actor=personas.officer_a,
        code="ke_hoach",
        organization=tree.unit_a,
        content=docx_with_text("{{ title }} {{ ma_so_thue }} {{ movement.name }}"),
        original_name="mau.docx",
    )
    assert len(warnings) == 1
    assert "ma_so_thue" in warnings[0] and "movement" in warnings[0]
