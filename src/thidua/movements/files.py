"""Checks of uploaded attachments: size and type by content, not by the name a user gave.

Accepted: PDF, Word (.docx, and the old .doc), Excel (.xlsx), JPEG and PNG, up to
`settings.UPLOAD_MAX_BYTES` (20 MB). A file whose first bytes do not match its extension is
refused, so a renamed executable cannot pass as a .pdf.
"""

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from thidua.core.formats import format_number

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".docx": (_ZIP,),
    ".xlsx": (_ZIP,),
    ".doc": (_OLE2,),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
}
# The part every Office Open XML package of that kind holds.
_OOXML_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
ACCEPT = ",".join(SIGNATURES)
ALLOWED_LABEL = "PDF, Word (.docx, .doc), Excel (.xlsx), ảnh JPG hoặc PNG"


def check_upload(*, name: str, head: bytes, size: int, max_bytes: int) -> list[str]:
    """Errors of an upload from its name, first bytes and size; empty when acceptable."""
    limit = format_number(max_bytes / (1024 * 1024), 0)
    if size > max_bytes:
        return [f"Tệp «{name}» lớn hơn {limit} MB."]
    if size == 0:
        return [f"Tệp «{name}» rỗng."]
    ext = PurePath(name).suffix.lower()
    signatures = SIGNATURES.get(ext)
    if signatures is None:
        return [f"Tệp «{name}» không thuộc loại được nhận ({ALLOWED_LABEL})."]
    if not head.startswith(signatures):
        return [f"Nội dung tệp «{name}» không phải tệp {ext} hợp lệ."]
    return []


def _ooxml_ok(upload: Any, ext: str) -> bool:
    part = _OOXML_PART.get(ext)
    if part is None:
        return True
    upload.seek(0)
    try:
        with zipfile.ZipFile(io.BytesIO(upload.read())) as package:
            return part in package.namelist()
    except zipfile.BadZipFile:
        return False


def validate_upload(upload: Any) -> None:
    """Raise ValidationError unless the uploaded file passes `check_upload` (and, for
    .docx/.xlsx, is a real package of that kind)."""
    upload.seek(0)
    head = upload.read(16)
    errors = check_upload(
        name=upload.name, head=head, size=upload.size, max_bytes=settings.UPLOAD_MAX_BYTES
    )
    ext = PurePath(upload.name).suffix.lower()
    if not errors and not _ooxml_ok(upload, ext):
        errors = [f"Nội dung tệp «{upload.name}» không phải tệp {ext} hợp lệ."]
    upload.seek(0)
    if errors:
        raise ValidationError(errors)


@dataclass(frozen=True)
class FileFacts:
    original_name: str
    size: int
    sha256: str


def file_facts(upload: Any) -> FileFacts:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return FileFacts(PurePath(upload.name).name[:255], upload.size, digest.hexdigest())


def stored_file_fill(obj: Any, upload: Any, *, field: str, actor: Any) -> None:
    """Validate `upload` and put it on `obj` (a StoredFile) with its name, size and hash."""
    validate_upload(upload)
    facts = file_facts(upload)
    setattr(obj, field, upload)
    obj.original_name, obj.size, obj.sha256 = facts.original_name, facts.size, facts.sha256
    obj.uploaded_by = actor if getattr(actor, "pk", None) else None
    obj.uploaded_at = timezone.now()
