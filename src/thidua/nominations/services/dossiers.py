"""Creating, editing and submitting a unit's dossier. Audited.

The status itself only ever changes in `services.transition.dossier_transition`;
`dossier_submit` re-evaluates every nominee first, so the submission guard judges today's
answers of the rules engine, not those of the day each nominee was added.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.nominations.models import Dossier, DossierStatus, ReviewRound, RoundStatus
from thidua.nominations.services.common import actor_or_none, locked_draft, require_nominate
from thidua.nominations.services.nominees import nominations_recheck
from thidua.nominations.services.transition import dossier_transition
from thidua.organizations.models import Organization

DOSSIER_FIELDS = ("title", "number", "note")


@transaction.atomic
def dossier_create(
    *, actor: Any, the_round: ReviewRound, organization: Organization, data: dict[str, Any]
) -> Dossier:
    """A new draft dossier of `organization` (the organiser or a unit below it) in an open round."""
    require_nominate(actor, organization.path)
    # read again under a lock: a round being closed at this moment takes no new dossier
    the_round = (
        ReviewRound.objects.select_for_update().select_related("organizer").get(pk=the_round.pk)
    )
    if the_round.status != RoundStatus.OPEN:
        raise ValidationError("Đợt xét đã kết thúc, không nhận thêm hồ sơ.")
    if not organization.path.startswith(the_round.organizer.path):
        raise ValidationError(
            {"organization": f"{organization.name} không thuộc {the_round.organizer.name}."}
        )
    if organization.valid_to is not None:
        raise ValidationError({"organization": f"{organization.name} đã ngừng hoạt động."})
    dossier = Dossier(
        round=the_round,
        organization=organization,
        created_by=actor_or_none(actor),
        **{k: (data.get(k) or "").strip() for k in DOSSIER_FIELDS},
    )
    dossier.full_clean()
    dossier.save()
    event_record(
        actor=actor,
        event_type=EventType.DOSSIER_CREATED,
        subject=dossier,
        organization=organization,
        data={"round": the_round.pk, "title": dossier.title},
    )
    return dossier


@transaction.atomic
def dossier_update(*, actor: Any, dossier: Dossier, data: dict[str, Any]) -> Dossier:
    """Change the title, the submission letter's number or the note of a draft."""
    locked = locked_draft(dossier, actor)
    old = {k: getattr(locked, k) for k in DOSSIER_FIELDS}
    for key in DOSSIER_FIELDS:
        if key in data:
            setattr(locked, key, (data[key] or "").strip())
    locked.full_clean()
    locked.save(update_fields=[*DOSSIER_FIELDS, "updated_at"])
    changes = diff(old, {k: getattr(locked, k) for k in DOSSIER_FIELDS})
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.DOSSIER_SAVED,
            subject=locked,
            organization=locked.organization,
            data=changes,
        )
    return locked


def dossier_submit(*, dossier: Dossier, actor: Any, note: str = "") -> Dossier:
    """Re-check every nominee, then submit through the one transition service.

    Two transactions on purpose: when the guard refuses, the refreshed answers stay, so the
    page shows the unit why (a nominee who became ineligible now needs a justification).
    """
    if dossier.status == DossierStatus.DRAFT:
        nominations_recheck(dossier=dossier, actor=actor)
    return dossier_transition(dossier=dossier, to=DossierStatus.SUBMITTED, actor=actor, note=note)
