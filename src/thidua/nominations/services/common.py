"""What the dossier services share: who may prepare a dossier, and the draft lock."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError

from thidua.core.permissions import Cap, has_cap_over
from thidua.nominations.models import Dossier, DossierStatus

NOT_DRAFT = "Hồ sơ đã được gửi; chỉ sửa được khi hồ sơ đang soạn (hoặc bị trả lại)."


def actor_or_none(actor: Any) -> Any:
    return actor if getattr(actor, "pk", None) else None


def require_nominate(actor: Any, path: str) -> None:
    """`actor=None` is the system (commands, imports, tests of other services)."""
    if actor is not None and not has_cap_over(actor, Cap.NOMINATE, path):
        raise PermissionDenied("Bạn không có quyền lập hồ sơ đề nghị cho đơn vị này.")


def locked_draft(dossier: Dossier, actor: Any) -> Dossier:
    """The dossier re-read under a row lock, refusing unless it is a draft the actor may
    edit: a change cannot slip in while the dossier is being submitted."""
    locked = (
        Dossier.objects.select_for_update()
        .select_related("round__organizer", "organization")
        .get(pk=dossier.pk)
    )
    require_nominate(actor, locked.organization.path)
    if locked.status != DossierStatus.DRAFT:
        raise ValidationError(NOT_DRAFT)
    return locked
