"""Writing documents and templates: requests, rendering in the worker, uploads. Audited.

Rendering never happens in the request that changes state (STYLE convention 12): a request
stores the context and the worker renders it after the commit (tasks.generate_document).
"""

import hashlib
import json
import re
import zipfile
from functools import partial
from io import BytesIO
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.text import fold
from thidua.documents import registry
from thidua.documents.context import prepare_context
from thidua.documents.models import DocumentStatus, DocumentTemplate, GeneratedDocument
from thidua.documents.render import (
    DocumentRenderError,
    docx_to_pdf,
    render_docx,
    undeclared_variables,
)
from thidua.documents.selectors import ResolvedTemplate, template_for
from thidua.organizations.models import Organization

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # a 20 MB .docx that unpacks to more is a zip bomb


def _actor(actor: Any) -> Any:
    return actor if getattr(actor, "pk", None) else None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- generated documents ------------------------------------------------------------------


@transaction.atomic
def document_request(
    *,
    actor: Any,
    template_code: str,
    organization: Organization,
    subject: Any,
    title: str,
    context: dict[str, Any],
) -> GeneratedDocument:
    """Store a request for a document; the worker renders it once the transaction commits.

    `context` follows docs/documents.md and must be plain JSON: it is kept with the
    document, so the same file can be rendered again. The template in force for
    `organization` (its nearest override up the tree, else the shipped file) is fixed now.
    Callers check their own permissions first; `actor` is recorded as the author.
    """
    _check_json(context)
    resolved = template_for(template_code, organization)
    document = GeneratedDocument(
        template_code=template_code,
        template_version=resolved.version,
        template=resolved.template,
        template_sha256=resolved.sha256,
        organization=organization,
        subject_type=subject._meta.label_lower if subject is not None else "",
        subject_id=str(subject.pk) if subject is not None else "",
        title=" ".join(title.split())[:500],
        context=context,
        created_by=_actor(actor),
        created_at=timezone.now(),
    )
    document.full_clean()
    document.save()
    event_record(
        actor=actor,
        event_type=EventType.DOCUMENT_REQUESTED,
        subject=document,
        organization=organization,
        data=_template_data(document),
    )
    transaction.on_commit(partial(_enqueue, document.pk))
    return document


def _check_json(context: dict[str, Any]) -> None:
    try:
        json.dumps(context, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValidationError(
            f"Dữ liệu văn bản phải là JSON thuần (chuỗi, số, danh sách): {error}"
        ) from error


def _enqueue(document_id: int) -> None:
    from thidua.documents.tasks import generate_document  # tasks imports this module

    generate_document.enqueue(document_id=document_id)


def _template_data(document: GeneratedDocument) -> dict[str, Any]:
    return {
        "template_code": document.template_code,
        "template_version": document.template_version,
        "template_sha256": document.template_sha256,
        "subject_type": document.subject_type,
        "subject_id": document.subject_id,
    }


def document_generate(*, document_id: int) -> GeneratedDocument:
    """Render the .docx, then the .pdf, of a pending document and store both with hashes.

    Runs in the worker. Rendering takes seconds, so no transaction is open meanwhile; the
    row is locked only to store the result. A .docx without its PDF (LibreOffice missing or
    failing) is still delivered: the status is ready and `error` says why the PDF is absent.
    """
    document = GeneratedDocument.objects.select_related("template").get(pk=document_id)
    if document.status != DocumentStatus.PENDING:
        return document
    try:
        source = ResolvedTemplate(
            document.template_code,
            document.template_version,
            document.template,
            document.template_sha256,
        ).read()
        docx = render_docx(source, prepare_context(document.context))
    except (DocumentRenderError, ValidationError, OSError) as error:
        return _store_result(document_id, docx=None, pdf=None, error=_message(error))
    try:
        pdf, pdf_error = docx_to_pdf(docx), ""
    except DocumentRenderError as error:
        pdf, pdf_error = None, f"Chưa có bản PDF: {error}"
    return _store_result(document_id, docx=docx, pdf=pdf, error=pdf_error)


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, OSError):
        return "Không đọc được tệp mẫu văn bản trên máy chủ."
    return str(error)


@transaction.atomic
def _store_result(
    document_id: int, *, docx: bytes | None, pdf: bytes | None, error: str
) -> GeneratedDocument:
    document = (
        GeneratedDocument.objects.select_for_update(of=("self",))
        .select_related("organization", "created_by")
        .get(pk=document_id)
    )
    if document.status != DocumentStatus.PENDING:
        return document  # another worker finished it first
    stem = _storage_stem(document.title)
    if docx is not None:
        document.docx.save(f"{stem}.docx", ContentFile(docx), save=False)
        document.docx_sha256 = _sha256(docx)
    if pdf is not None:
        document.pdf.save(f"{stem}.pdf", ContentFile(pdf), save=False)
        document.pdf_sha256 = _sha256(pdf)
    document.status = DocumentStatus.READY if docx is not None else DocumentStatus.FAILED
    document.error = error
    document.finished_at = timezone.now()
    document.save()
    ready = document.status == DocumentStatus.READY
    event_record(
        actor=document.created_by,
        event_type=EventType.DOCUMENT_GENERATED if ready else EventType.DOCUMENT_FAILED,
        subject=document,
        organization=document.organization,
        data={
            **_template_data(document),
            "docx_sha256": document.docx_sha256,
            "pdf_sha256": document.pdf_sha256,
            "error": error,
        },
    )
    return document


def _storage_stem(title: str) -> str:
    """An ASCII file name for the disk; users download under the Vietnamese title."""
    return re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60] or "van-ban"


@transaction.atomic
def document_regenerate(*, actor: Any, document: GeneratedDocument) -> GeneratedDocument:
    """Queue a failed document (or one without its PDF) again, same template and context."""
    document = GeneratedDocument.objects.select_for_update().get(pk=document.pk)
    if not document.can_retry:
        raise ValidationError("Chỉ tạo lại được văn bản bị lỗi hoặc chưa có bản PDF.")
    document.status, document.error, document.finished_at = DocumentStatus.PENDING, "", None
    document.save(update_fields=["status", "error", "finished_at"])
    event_record(
        actor=actor,
        event_type=EventType.DOCUMENT_REQUESTED,
        subject=document,
        organization=document.organization,
        data={**_template_data(document), "retry": True},
    )
    transaction.on_commit(partial(_enqueue, document.pk))
    return document


# -- templates ----------------------------------------------------------------------------


def template_check(*, code: str, content: bytes) -> list[str]:
    """Check an uploaded template; raise ValidationError, or return warnings.

    It must be a real .docx (a zip with word/document.xml, no macros, not a zip bomb) and
    fill without error with the sample context of its code, so a broken template is
    refused before anyone's document depends on it.
    """
    spec = registry.get_spec(code)
    if spec is None:
        raise ValidationError(f"Không có mẫu văn bản mã «{code}».")
    limit = settings.UPLOAD_MAX_BYTES
    if len(content) > limit:
        raise ValidationError(f"Tệp mẫu quá lớn: tối đa {limit // (1024 * 1024)} MB.")
    _check_zip(content)
    sample = prepare_context(spec.sample())
    try:
        render_docx(content, sample)
        unknown = undeclared_variables(content, sample)
    except DocumentRenderError as error:
        raise ValidationError(f"Mẫu không dùng được, chưa được lưu. {error}") from error
    if not unknown:
        return []
    names = ", ".join(sorted(unknown))
    return [f"Mẫu dùng các biến không có trong dữ liệu chuẩn ({names}); chỗ đó sẽ để trống."]


def _check_zip(content: bytes) -> None:
    not_docx = "Tệp không phải là văn bản Word .docx hợp lệ."
    try:
        with zipfile.ZipFile(BytesIO(content)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise ValidationError(not_docx) from None
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise ValidationError(f"{not_docx} (thiếu phần nội dung word/document.xml)")
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise ValidationError("Mẫu văn bản không được chứa macro.")
    if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
        raise ValidationError("Tệp .docx giải nén ra quá lớn.")


@transaction.atomic
def template_upload(
    *,
    actor: Any,
    code: str,
    organization: Organization | None,
    content: bytes,
    original_name: str,
) -> tuple[DocumentTemplate, list[str]]:
    """Check and store a new version of a template for `organization` (None: everyone),
    make it the active one, and return it with the check's warnings."""
    warnings = template_check(code=code, content=content)
    versions = DocumentTemplate.objects.select_for_update().filter(
        code=code, organization=organization
    )
    latest = versions.aggregate(latest=Max("version"))["latest"] or 0
    versions.filter(active=True).update(active=False)
    template = DocumentTemplate(
        code=code,
        organization=organization,
        original_name=original_name[:255],
        size=len(content),
        sha256=_sha256(content),
        version=latest + 1,
        uploaded_by=_actor(actor),
        uploaded_at=timezone.now(),
        active=True,
    )
    template.file.save(f"{code}.docx", ContentFile(content), save=False)
    template.full_clean()
    template.save()
    _template_event(actor, EventType.TEMPLATE_UPLOADED, template, warnings=warnings)
    return template, warnings


@transaction.atomic
def template_deactivate(*, actor: Any, template: DocumentTemplate) -> DocumentTemplate:
    """Stop using an uploaded template: the next one up the tree, or the shipped file, applies."""
    template = DocumentTemplate.objects.select_for_update().get(pk=template.pk)
    if template.active:
        template.active = False
        template.save(update_fields=["active"])
        _template_event(actor, EventType.TEMPLATE_DEACTIVATED, template)
    return template


@transaction.atomic
def template_activate(*, actor: Any, template: DocumentTemplate) -> DocumentTemplate:
    """Use an earlier version again (it was checked when uploaded)."""
    template = DocumentTemplate.objects.select_for_update().get(pk=template.pk)
    if not template.active:
        DocumentTemplate.objects.filter(
            code=template.code, organization=template.organization, active=True
        ).update(active=False)
        template.active = True
        template.save(update_fields=["active"])
        _template_event(actor, EventType.TEMPLATE_ACTIVATED, template)
    return template


def _template_event(actor: Any, event_type: str, template: DocumentTemplate, **extra: Any) -> None:
    event_record(
        actor=actor,
        event_type=event_type,
        subject=template,
        organization=template.organization,
        data={
            "code": template.code,
            "version": template.version,
            "sha256": template.sha256,
            "original_name": template.original_name,
            **extra,
        },
    )
