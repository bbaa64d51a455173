"""Assembling the upward package of a concluded dossier (CONCLUDED → FORWARDED)."""

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.text import fold
from thidua.councils.selectors.documents import council_documents_for_dossier
from thidua.documents.models import DocumentStatus, GeneratedDocument
from thidua.exchange.manifest import FORMAT, MANIFEST, VERSION
from thidua.exchange.models import ExportPackage
from thidua.exchange.selectors import is_officer_for, letter_for, upward_nominations
from thidua.nominations.models import Dossier, DossierStatus, Nomination
from thidua.nominations.services.transition import dossier_transition

_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class PackedFile:
    path: str
    kind: str
    nominee: int | None
    name: str
    content: bytes

    def entry(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "nominee": self.nominee,
            "name": self.name,
            "size": len(self.content),
            "sha256": hashlib.sha256(self.content).hexdigest(),
        }


def _ascii(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", fold(name)).strip("-.")
    return stem[:80] or "tep"


def _read(field: Any) -> bytes:
    with field.open("rb") as handle:
        data: bytes = handle.read()
    return data


def _document_files(document: GeneratedDocument, folder: str, kind: str) -> list[PackedFile]:
    files = []
    for field, ext in ((document.docx, "docx"), (document.pdf, "pdf")):
        if field:
            name = f"{document.title}.{ext}"
            path = f"{folder}/{document.pk}-{_ascii(document.title)}.{ext}"
            files.append(PackedFile(path, kind, None, name, _read(field)))
    return files


def _letter_files(dossier: Dossier) -> list[PackedFile]:
    letter = letter_for(dossier)
    if letter is None:
        raise ValidationError("Cần lập tờ trình trước khi xuất gói hồ sơ.")
    if letter.status != DocumentStatus.READY:
        raise ValidationError("Tờ trình đang được tạo; xin chờ ít giây rồi xuất gói hồ sơ.")
    return _document_files(letter, "to-trinh", "submission_letter")


def _attachment_files(dossier: Dossier, keys: set[int]) -> list[PackedFile]:
    files = []
    for a in dossier.attachments.order_by("kind", "id"):
        if a.nomination_id is not None and a.nomination_id not in keys:
            continue  # a nominee decided at the department: not part of this proposal
        path = f"tai-lieu/{a.pk}-{_ascii(a.original_name)}"
        files.append(PackedFile(path, a.kind, a.nomination_id, a.original_name, _read(a.file)))
    return files


def _council_files(dossier: Dossier) -> list[PackedFile]:
    files = []
    for document in council_documents_for_dossier(dossier):
        if document.status == DocumentStatus.READY:
            files += _document_files(document, "hoi-dong", "council_minutes")
    return files


def _org(org: Any) -> dict[str, str]:
    return {"code": org.code, "name": org.name}


def _nominee(n: Nomination) -> dict[str, Any]:
    person = None
    if n.person is not None:
        p = n.person
        person = {
            "full_name": p.full_name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
            "gender": p.gender,
            "national_id": p.national_id,
            "unit": _org(p.current_organization or n.dossier.organization),
            "position": n.position or p.current_position,
        }
    return {
        "key": n.pk,
        "subject": n.subject,
        "person": person,
        "organization": _org(n.organization) if n.organization is not None else None,
        "award": {"code": n.award_type.code, "name": n.award_type.name},
        "summary": n.summary,
        "vote_result": n.vote_result,
    }


def manifest_for(
    dossier: Dossier, nominees: list[Nomination], files: list[PackedFile]
) -> dict[str, Any]:
    organizer, the_round = dossier.round.organizer, dossier.round
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": timezone.now().isoformat(),
        "sender": _org(organizer),
        "round": {"title": the_round.title, "year": the_round.year, "kind": the_round.kind},
        "dossier": {
            "id": dossier.pk,
            "title": dossier.title,
            "number": dossier.number,
            "unit": _org(dossier.organization),
        },
        "nominees": [_nominee(n) for n in nominees],
        "files": [f.entry() for f in files],
    }


def package_bytes(manifest: dict[str, Any], files: list[PackedFile]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True)
        package.writestr(zipfile.ZipInfo(MANIFEST, _ZIP_TIME), text.encode())
        for f in files:
            info = zipfile.ZipInfo(f.path, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, f.content)
    return buffer.getvalue()


def _missing_ids(nominees: list[Nomination]) -> list[str]:
    return [
        f"{n.subject_name}: chưa có số CCCD, cấp trên không xác định được người được đề nghị."
        for n in nominees
        if n.person is not None and not n.person.national_id
    ]


@transaction.atomic
def package_export(*, dossier: Dossier, actor: Any) -> ExportPackage:
    """Zip the Tờ trình, the dossier's files and the council's minutes with a manifest
    (people, awards, summaries, ballot results, SHA-256 of every file), keep it, and move
    the dossier CONCLUDED → FORWARDED. Nothing is kept if the move is refused."""
    locked = (
        Dossier.objects.select_for_update()
        .select_related("round__organizer", "organization")
        .get(pk=dossier.pk)
    )
    if actor is not None and not is_officer_for(actor, locked):
        raise PermissionDenied("Bạn không có quyền trình hồ sơ này lên cấp trên.")
    if locked.status != DossierStatus.CONCLUDED:
        raise ValidationError("Chỉ xuất gói cho hồ sơ đã có kết quả xét, chưa trình cấp trên.")
    nominees = list(upward_nominations(locked))
    if not nominees:
        raise ValidationError("Hồ sơ không có danh hiệu, hình thức nào thuộc thẩm quyền cấp trên.")
    errors = _missing_ids(nominees)
    if errors:
        raise ValidationError(errors)
    files = [
        *_letter_files(locked),
        *_attachment_files(locked, {n.pk for n in nominees}),
        *_council_files(locked),
    ]
    manifest = manifest_for(locked, nominees, files)
    content = package_bytes(manifest, files)
    digest = hashlib.sha256(content).hexdigest()
    dossier_transition(dossier=locked, to=DossierStatus.FORWARDED, actor=actor)
    filename = f"goi-ho-so-{locked.round.organizer.code}-{locked.pk}-{digest[:8]}.zip"
    package = ExportPackage(
        dossier=locked,
        filename=filename,
        size=len(content),
        sha256=digest,
        manifest=manifest,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    package.file.save(filename, ContentFile(content), save=False)
    package.full_clean()
    package.save()
    event_record(
        actor=actor,
        event_type=EventType.PACKAGE_EXPORTED,
        subject=locked,
        organization=locked.round.organizer,
        data={
            "package": package.pk,
            "sha256": digest,
            "size": len(content),
            "nominees": [n.pk for n in nominees],
            "files": [{"path": f.path, "sha256": f.entry()["sha256"]} for f in files],
        },
    )
    dossier.refresh_from_db()
    return package
