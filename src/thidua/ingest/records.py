"""Writing received documents: record one (with its award counts) or start a movement from it.

The uploaded bytes wait in MEDIA_ROOT/ingest/tmp/ between the preview and the user's choice;
nothing is written to the database before the user confirms.
"""

import datetime as dt
import hashlib
import re
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import get_valid_filename

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.text import fold
from thidua.ingest.models import AwardStatistic, DocType, ReceivedDocument, StatSubject
from thidua.ingest.service import ingest_file
from thidua.movements import services as movement_services
from thidua.movements.models import DocumentKind, LegalDocument, Movement, MovementKind
from thidua.movements.models.targets import Direction
from thidua.movements.selectors.access import movement_scope
from thidua.rules.models import AwardType

EVENT_RECORDED = EventType.RECEIVED_DOCUMENT_RECORDED
TOKEN_SALT = "thidua.ingest.preview"
TOKEN_MAX_AGE = 24 * 3600
PENDING_DIR = "ingest/tmp"
STATISTIC_TYPES = {DocType.QUYET_DINH, DocType.BAO_CAO}
UNEXPECTED = "Lỗi không mong đợi khi phân tích văn bản; hãy báo cho quản trị viên."
EXPIRED = "Phiên xem trước đã hết hạn hoặc không hợp lệ; hãy tải văn bản lên lại."
_KINDS: dict[str, str] = {
    DocType.CHI_THI: DocumentKind.DIRECTIVE,
    DocType.KE_HOACH: DocumentKind.PLAN,
    DocType.CONG_VAN: DocumentKind.OFFICIAL_LETTER,
    DocType.QUYET_DINH: DocumentKind.DECISION,
    DocType.HUONG_DAN: DocumentKind.GUIDANCE,
    DocType.THONG_BAO: DocumentKind.NOTICE,
    DocType.BAO_CAO: DocumentKind.REPORT,
}
_THEMATIC = ("chuyen de", "theo dot", "dot thi dua", "cao diem")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d{2})(?!\d)")


def extension_of(data: bytes) -> str:
    """The stored file's extension, from its content (as the readers decide)."""
    if b"%PDF" in data[:1024]:
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        return ".docx"
    return ".txt"


def extract_upload(*, name: str, data: bytes) -> dict[str, Any]:
    """The contract dict of uploaded bytes, read as the command reads a file; `IngestError`
    carries the same Vietnamese message the command prints."""
    safe = get_valid_filename(Path(name).name) or "van-ban"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        return dict(ingest_file(path))


def pending_purge(*, now: dt.datetime | None = None) -> int:
    """Delete waiting uploads older than a preview token: nobody can confirm them any more."""
    if not default_storage.exists(PENDING_DIR):
        return 0
    limit = (now or timezone.now()) - dt.timedelta(seconds=TOKEN_MAX_AGE)
    removed = 0
    for name in default_storage.listdir(PENDING_DIR)[1]:
        path = f"{PENDING_DIR}/{name}"
        if default_storage.get_modified_time(path) < limit:
            default_storage.delete(path)
            removed += 1
    return removed


def pending_store(*, data: bytes) -> str:
    """Keep the uploaded bytes until the user confirms; returns their SHA-256.

    Each upload also clears the uploads whose preview expired unconfirmed.
    """
    pending_purge()
    sha = hashlib.sha256(data).hexdigest()
    name = f"{PENDING_DIR}/{sha}"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return sha


def token_make(
    *,
    user: Any,
    organization: Any,
    name: str,
    sha: str,
    size: int,
    ext: str,
    extracted: dict[str, Any],
) -> str:
    payload = {
        "u": user.pk,
        "org": organization.pk,
        "name": name[:255],
        "sha": sha,
        "size": size,
        "ext": ext,
        "x": extracted,
    }
    return signing.dumps(payload, salt=TOKEN_SALT, compress=True)


def token_read(token: str, *, user: Any) -> dict[str, Any]:
    """The preview payload, or ValidationError when forged, expired or another user's."""
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        raise ValidationError(EXPIRED) from None
    if payload.get("u") != user.pk:
        raise ValidationError(EXPIRED)
    return payload


def _pending_bytes(sha: str) -> bytes:
    name = f"{PENDING_DIR}/{sha}"
    if not default_storage.exists(name):
        raise ValidationError(EXPIRED)
    with default_storage.open(name, "rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != sha:
        raise ValidationError(EXPIRED)
    return data


def _year(fields: dict[str, Any], extracted: dict[str, Any]) -> int | None:
    if fields.get("issue_date"):
        return fields["issue_date"].year
    return (extracted.get("issue_date") or {}).get("year")


@transaction.atomic
def received_document_record(
    *, actor: Any, organization: Any, payload: dict[str, Any], fields: dict[str, Any]
) -> ReceivedDocument:
    """Save the document with the user's fields; for decisions and reports, its award counts
    become statistics of the receiving unit for the year of issue."""
    extracted = payload["x"]
    counts = extracted.get("award_counts") or []
    record_stats = fields["doc_type"] in STATISTIC_TYPES and bool(counts)
    year = _year(fields, extracted)
    if record_stats and year is None:
        raise ValidationError(
            {"issue_date": "Cần ngày ban hành để ghi số liệu khen thưởng theo năm."}
        )
    data = _pending_bytes(payload["sha"])
    document = ReceivedDocument(
        organization=organization,
        original_name=payload["name"],
        size=len(data),
        sha256=payload["sha"],
        extracted=extracted,
        uploaded_by=actor,
        **{k: fields.get(k) or ("" if k != "issue_date" else None) for k in _FIELDS},
    )
    document.file.save(f"{payload['sha'][:16]}{payload['ext']}", ContentFile(data), save=False)
    try:
        document.full_clean()
        document.save()
        stats = []
        if record_stats:
            stats = AwardStatistic.objects.bulk_create(
                AwardStatistic(
                    organization=organization,
                    year=year or 0,  # set whenever counts are recorded
                    award_code=str(c["code"])[:32],
                    subject=c["subject"] if c["subject"] in StatSubject.values else "ca_nhan",
                    count=int(c["count"]),
                    total=c.get("total"),
                    source=document,
                )
                for c in counts
            )
        event_record(
            actor=actor,
            event_type=EVENT_RECORDED,
            subject=document,
            organization=organization,
            data={
                "file": document.original_name,
                "sha256": document.sha256,
                "doc_type": document.doc_type,
                "number": document.number_symbol,
                "title": document.title,
                "statistics": [f"{s.year} {s.award_code} {s.subject}: {s.count}" for s in stats],
            },
        )
    except Exception:
        document.file.delete(save=False)
        raise
    transaction.on_commit(lambda: default_storage.delete(f"{PENDING_DIR}/{payload['sha']}"))
    return document


_FIELDS = ["doc_type", "number", "symbol", "issue_date", "issuer", "title"]


def _period(document: ReceivedDocument) -> tuple[int, int]:
    years = [int(y) for y in _YEAR.findall(document.title)]
    if years:
        return min(years), max(years)
    year = document.issue_date.year if document.issue_date else timezone.localdate().year
    return year, year


def _kind(document: ReceivedDocument) -> str:
    title = fold(document.title)
    if any(word in title for word in _THEMATIC):
        return MovementKind.THEMATIC
    return MovementKind.REGULAR


def _squash(number: str) -> str:
    return re.sub(r"\s+", "", number).casefold()


def parent_guess(*, user: Any, extracted: dict[str, Any]) -> Movement | None:
    """A movement the user can see whose legal document is one the document refers to."""
    numbers = {
        _squash(r["number"]) for r in extracted.get("referenced_documents") or [] if r.get("number")
    }
    if not numbers:
        return None
    query = Q()
    for number in numbers:
        query |= Q(number__iexact=number)
    documents = LegalDocument.objects.filter(query, movement__in=movement_scope(user))
    found = documents.select_related("movement").order_by("-movement__start_year", "id").first()
    return found.movement if found else None


def _target_data(target: dict[str, Any]) -> dict[str, Any] | None:
    try:
        value = Decimal(str(target["value"]))
    except (InvalidOperation, KeyError, TypeError):
        return None
    direction = target.get("direction")
    return {
        "name": (target.get("text") or "Chỉ tiêu")[:500],
        "target_value": value,
        "unit": (target.get("unit") or "")[:50],
        "direction": direction if direction in Direction.values else Direction.AT_LEAST,
    }


def _deadline_lines(extracted: dict[str, Any]) -> list[str]:
    return [f"- {d['text']}" for d in extracted.get("deadlines") or [] if d.get("text")]


@transaction.atomic
def movement_from_document(*, actor: Any, document: ReceivedDocument) -> Movement:
    """A draft movement of the receiving unit prefilled from the document's fields."""
    extracted = document.extracted
    start, end = _period(document)
    movement = movement_services.movement_create(
        actor=actor,
        data={
            "title": document.title[:500],
            "kind": _kind(document),
            "start_year": start,
            "end_year": end,
            "organizer": document.organization,
            "scope": document.organization,
            "parent": parent_guess(user=actor, extracted=extracted),
        },
        named=[m["name"] for m in extracted.get("movements") or [] if m.get("name")],
        award_forms=list(AwardType.objects.filter(code__in=extracted.get("award_forms") or [])),
    )
    for target in extracted.get("targets") or []:
        data = _target_data(target)
        if data is not None:
            movement_services.target_create(actor=actor, movement=movement, data=data)
    lines = _deadline_lines(extracted)
    if lines:
        movement_services.movement_content_save(
            actor=actor,
            movement=movement,
            items=[{"heading": "Thời hạn", "body": "\n".join(lines)}],
            criteria=[],
        )
    movement_services.legal_document_add(
        actor=actor,
        movement=movement,
        data={
            "kind": _KINDS.get(document.doc_type, DocumentKind.OTHER),
            "number": document.number_symbol[:100],
            "issued_on": document.issue_date,
            "issuer": document.issuer[:255],
            "summary": document.title[:500],
        },
    )
    document.movement = movement
    document.save(update_fields=["movement"])
    return movement


def received_document_movement(
    *, actor: Any, organization: Any, payload: dict[str, Any], fields: dict[str, Any]
) -> tuple[ReceivedDocument, Movement]:
    """Record the document and start a draft movement from it, both or neither."""
    document = None
    try:
        with transaction.atomic():
            document = received_document_record(
                actor=actor, organization=organization, payload=payload, fields=fields
            )
            movement = movement_from_document(actor=actor, document=document)
    except Exception:
        if document is not None:
            document.file.delete(save=False)
        raise
    return document, movement


def issue_date_initial(extracted: dict[str, Any]) -> dt.date | None:
    """The extracted date when all its parts are known."""
    parts = extracted.get("issue_date") or {}
    try:
        return dt.date(parts["year"], parts["month"], parts["day"])
    except (KeyError, TypeError, ValueError):
        return None


__all__ = [
    "UNEXPECTED",
    "extract_upload",
    "movement_from_document",
    "pending_store",
    "received_document_movement",
    "received_document_record",
    "token_make",
    "token_read",
]
