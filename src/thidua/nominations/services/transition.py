"""The one entry point that moves a dossier (STYLE convention 5)."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from thidua.audit.services import event_record
from thidua.nominations.models import Dossier, DossierStatus
from thidua.nominations.rules import GUARDS
from thidua.nominations.selectors.access import dossier_roles
from thidua.nominations.selectors.facts import dossier_facts
from thidua.nominations.services.notify import dossier_notify
from thidua.nominations.workflow import transition_for

S = DossierStatus

# Who is told of each arrival state, and what.
_TELL: dict[str, tuple[str, str]] = {
    S.SUBMITTED: ("officer", "Hồ sơ đề nghị khen thưởng mới: «{title}» của {unit}."),
    S.RECEIVED: ("unit", "Hồ sơ «{title}» đã được tiếp nhận."),
    S.APPRAISED: ("unit", "Hồ sơ «{title}» đã được thẩm định, chờ Hội đồng xét."),
    S.COUNCIL: ("unit", "Hồ sơ «{title}» đang được Hội đồng Thi đua – Khen thưởng xét."),
    S.PUBLISHED: ("unit", "Kết quả xét hồ sơ «{title}» đang được công khai lấy ý kiến."),
    S.CONCLUDED: ("unit", "Hồ sơ «{title}» đã có kết quả xét của Hội đồng."),
    S.FORWARDED: ("unit", "Hồ sơ «{title}» đã được trình cấp trên."),
    S.DECIDED: ("unit", "Hồ sơ «{title}» đã có quyết định khen thưởng."),
}


def dossier_snapshot(dossier: Dossier) -> dict[str, Any]:
    """The dossier as it stands, kept in the audit event of approvals and decisions."""
    return {
        "id": dossier.pk,
        "title": dossier.title,
        "organization": dossier.organization.code,
        "status": dossier.status,
        "nominees": [
            {
                "id": n.pk,
                "person": n.person_id,
                "organization": n.organization_id,
                "name": n.subject_name,
                "award": n.award_type.code,
                "eligible": n.eligible,
                "justification": n.justification,
                "appraisal": n.appraisal,
                "outcome": n.outcome,
                "vote_result": n.vote_result,
            }
            for n in dossier.nominations.select_related("award_type", "person", "organization")
        ],
    }


@transaction.atomic
def dossier_transition(*, dossier: Dossier, to: str, actor: Any, note: str = "") -> Dossier:
    """Move the dossier to `to` if the table allows it from its current state, the actor
    acts in the row's `by` role, and the row's guard finds nothing wrong.

    The row is re-read under a lock, so two officers pressing buttons at once are served
    one after the other and the second sees the first one's result. Every move is in the
    audit log (with a snapshot for the moves that carry results) and tells the people
    concerned. `actor=None` is the system (commands, tests of other services).
    """
    locked = (
        Dossier.objects.select_for_update()
        .select_related("round__organizer", "organization")
        .get(pk=dossier.pk)
    )
    source = locked.status
    row = transition_for(source, to)
    if actor is not None and row.by not in dossier_roles(actor, locked):
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này với hồ sơ.")
    note = note.strip()
    if row.needs_note and not note:
        raise ValidationError({"note": "Cần ghi lý do."})
    if row.guard:
        errors = GUARDS[row.guard](dossier_facts(locked))
        if errors:
            raise ValidationError(errors)
    now = timezone.now()
    locked.status = to
    fields = ["status", "updated_at"]
    if row.needs_note and to == S.DRAFT:  # the reason the unit reads on its draft
        locked.return_reason = note
        fields.append("return_reason")
    if to == S.SUBMITTED:
        locked.submitted_at, locked.return_reason = now, ""
        fields += ["submitted_at", "return_reason"]
    if to == S.RECEIVED:
        locked.received_at = now
        fields.append("received_at")
    locked.save(update_fields=fields)
    data: dict[str, Any] = {"old": source, "new": to}
    if note:
        data["note"] = note
    if to in (S.APPRAISED, S.CONCLUDED, S.FORWARDED, S.DECIDED):
        data["snapshot"] = dossier_snapshot(locked)
    event_record(
        actor=actor,
        event_type=row.event,
        subject=locked,
        organization=locked.organization,
        data=data,
    )
    _tell(locked, source, to, note)
    dossier.refresh_from_db()
    return locked


def _tell(dossier: Dossier, source: str, to: str, note: str) -> None:
    if to == S.DRAFT:
        if source == S.SUBMITTED:
            text, who = f"Đơn vị đã thu hồi hồ sơ «{dossier.title}».", "officer"
        else:
            text, who = f"Hồ sơ «{dossier.title}» bị trả lại: {note}", "unit"
        dossier_notify(dossier=dossier, text=text, to=who)
        return
    if source == S.COUNCIL and to == S.APPRAISED:
        text = f"Hồ sơ «{dossier.title}» được rút khỏi chương trình họp Hội đồng: {note}"
        dossier_notify(dossier=dossier, text=text, to="unit")
        return
    who, template = _TELL[to]
    text = template.format(title=dossier.title, unit=dossier.organization.name)
    dossier_notify(dossier=dossier, text=text, to=who)
