"""Typed attachments of a dossier: upload (checked by content, hashed) and removal. Audited."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.movements.files import stored_file_fill
from thidua.nominations.models import Attachment, AttachmentKind, Dossier, Nomination
from thidua.nominations.services.common import locked_draft


@transaction.atomic
def attachment_add(
    *,
    dossier: Dossier,
    actor: Any,
    kind: str,
    upload: Any,
    nomination: Nomination | None = None,
) -> Attachment:
    """Attach a file (PDF, Word, Excel, JPG, PNG; at most 20 MB) to a draft dossier,
    optionally for one nominee (an achievement report, an initiative's confirmation)."""
    locked = locked_draft(dossier, actor)
    if kind not in AttachmentKind.values:
        raise ValidationError({"kind": "Chọn loại tài liệu."})
    if nomination is not None and nomination.dossier_id != locked.pk:
        raise ValidationError({"nomination": "Người, tập thể này không thuộc hồ sơ."})
    attachment = Attachment(dossier=locked, nomination=nomination, kind=kind)
    stored_file_fill(attachment, upload, field="file", actor=actor)
    attachment.full_clean()
    attachment.save()
    event_record(
        actor=actor,
        event_type=EventType.ATTACHMENT_ADDED,
        subject=locked,
        organization=locked.organization,
        data={
            "attachment": attachment.pk,
            "kind": kind,
            "name": attachment.original_name,
            "size": attachment.size,
            "sha256": attachment.sha256,
            "nomination": nomination.pk if nomination else None,
        },
    )
    return attachment


@transaction.atomic
def attachment_remove(*, attachment: Attachment, actor: Any) -> None:
    """Detach a file from a draft dossier; the event keeps its name and hash (the stored
    file stays, as for the movements' documents)."""
    dossier = locked_draft(attachment.dossier, actor)
    event_record(
        actor=actor,
        event_type=EventType.ATTACHMENT_REMOVED,
        subject=dossier,
        organization=dossier.organization,
        data={
            "attachment": attachment.pk,
            "kind": attachment.kind,
            "name": attachment.original_name,
            "sha256": attachment.sha256,
        },
    )
    attachment.delete()
