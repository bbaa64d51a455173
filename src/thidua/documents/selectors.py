"""Reading templates and generated documents, always through the permission module."""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, has_cap, is_system_admin, org_scope
from thidua.documents import registry
from thidua.documents.models import DocumentTemplate, GeneratedDocument
from thidua.organizations.models import Organization


@dataclass(frozen=True)
class ResolvedTemplate:
    """The template in force for a code and an organisation: an override or the shipped file."""

    code: str
    version: int  # 0 = shipped with the application
    template: DocumentTemplate | None
    sha256: str

    def read(self) -> bytes:
        if self.template is not None:
            with self.template.file.open("rb") as handle:
                return handle.read()
        return shipped_path(self.code).read_bytes()


def shipped_path(code: str) -> Path:
    spec = registry.get_spec(code)
    if spec is None:
        raise ValidationError(f"Không có mẫu văn bản mã «{code}».")
    return spec.path


def ancestor_ids(organization: Organization) -> list[int]:
    """The organisation and its ancestors, nearest first, read from the stored tree path."""
    return [int(part) for part in reversed(organization.path.split(".")) if part]


def template_for(code: str, organization: Organization | None) -> ResolvedTemplate:
    """The nearest active override up the organisation's tree, else the system-wide one,
    else the file shipped with the application."""
    path = shipped_path(code)
    ids = ancestor_ids(organization) if organization is not None else []
    overrides = DocumentTemplate.objects.filter(code=code, active=True).filter(
        Q(organization_id__in=ids) | Q(organization__isnull=True)
    )
    rank = {org_id: i for i, org_id in enumerate(ids)}
    best = min(overrides, key=lambda t: rank.get(t.organization_id or 0, len(ids)), default=None)
    if best is not None:
        return ResolvedTemplate(code, best.version, best, best.sha256)
    return ResolvedTemplate(code, 0, None, hashlib.sha256(path.read_bytes()).hexdigest())


# -- generated documents ------------------------------------------------------------------


def document_list_for_user(*, user: Any) -> QuerySet[GeneratedDocument]:
    """Documents of the organisations the user may see, newest first (list pages)."""
    return (
        GeneratedDocument.objects.filter(organization__in=org_scope(user))
        .select_related("organization", "created_by")
        .defer("context")
    )


def documents_for_subject(*, user: Any, subject: Any) -> QuerySet[GeneratedDocument]:
    """The documents about one object (a movement, a decision) that the user may see."""
    return document_list_for_user(user=user).filter(
        subject_type=subject._meta.label_lower, subject_id=str(subject.pk)
    )


def document_get_for_user(*, user: Any, pk: int) -> GeneratedDocument:
    """The document, or 404 when its organisation is outside the user's scope."""
    try:
        return document_list_for_user(user=user).get(pk=pk)
    except (GeneratedDocument.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy văn bản.") from None


def can_regenerate(user: Any, document: GeneratedDocument) -> bool:
    """Who may run a generation again: its author, or a template manager over its unit."""
    if document.created_by_id is not None and document.created_by_id == user.pk:
        return True
    return org_scope(user, Cap.MANAGE_TEMPLATES).filter(pk=document.organization_id).exists()


# -- templates ----------------------------------------------------------------------------


def template_orgs_for_user(*, user: Any) -> QuerySet[Organization]:
    """Organisations whose templates the user may replace (active ones)."""
    return org_scope(user, Cap.MANAGE_TEMPLATES).filter(valid_to__isnull=True)


def template_overrides_for_user(*, user: Any) -> QuerySet[DocumentTemplate]:
    """Uploaded templates the user manages, and the system-wide ones everyone is subject to."""
    if not has_cap(user, Cap.MANAGE_TEMPLATES):
        return DocumentTemplate.objects.none()
    scope = Q(organization__in=org_scope(user, Cap.MANAGE_TEMPLATES)) | Q(organization__isnull=True)
    return DocumentTemplate.objects.filter(scope).select_related("organization", "uploaded_by")


def template_get_for_user(*, user: Any, pk: int, write: bool = False) -> DocumentTemplate:
    """An uploaded template, 404 outside the user's scope; system-wide ones are written
    only by system administrators (403)."""
    try:
        template = template_overrides_for_user(user=user).get(pk=pk)
    except (DocumentTemplate.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy mẫu văn bản.") from None
    if write and template.organization_id is None and not is_system_admin(user):
        raise PermissionDenied("Chỉ quản trị hệ thống được thay mẫu dùng chung.")
    return template
