"""The council's result for one nominee (written by the councils app after the count)."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.nominations.models import DossierStatus, Nomination, Outcome


@transaction.atomic
def nomination_outcome_record(
    *, nomination: Nomination, outcome: str, vote_result: dict[str, Any], actor: Any
) -> Nomination:
    """Record approved/rejected with the tally; only while the dossier is before the council."""
    locked = (
        Nomination.objects.select_for_update(of=("self",))
        .select_related("dossier", "dossier__organization", "award_type", "person", "organization")
        .get(pk=nomination.pk)
    )
    if locked.dossier.status != DossierStatus.COUNCIL:
        raise ValidationError("Chỉ ghi kết quả xét khi hồ sơ đang được Hội đồng xét.")
    if outcome not in (Outcome.APPROVED, Outcome.REJECTED):
        raise ValidationError("Kết quả xét không hợp lệ.")
    old = locked.outcome
    locked.outcome, locked.vote_result = outcome, vote_result
    locked.save(update_fields=["outcome", "vote_result"])
    event_record(
        actor=actor,
        event_type=EventType.NOMINEE_OUTCOME,
        subject=locked.dossier,
        organization=locked.dossier.organization,
        data={
            "nomination": locked.pk,
            "name": locked.subject_name,
            "award": locked.award_type.code,
            "old": old,
            "new": outcome,
            "vote_result": vote_result,
        },
    )
    return locked
