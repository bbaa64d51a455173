"""Recording the higher level's decision on a forwarded dossier (FORWARDED → DECIDED)."""

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.exchange.models import UpperDecision
from thidua.exchange.selectors import is_officer_for, upward_nominations
from thidua.nominations.models import Dossier, DossierStatus
from thidua.nominations.services.transition import dossier_transition
from thidua.rules.models import AwardRecord


@transaction.atomic
def outcome_record(
    *,
    dossier: Dossier,
    actor: Any,
    decision_number: str,
    decision_date: dt.date,
    issuer: str,
    awarded: set[int],
) -> UpperDecision:
    """«Ghi nhận quyết định của cấp trên»: an award record for each nominee the higher
    level awarded (year = the round's year), so that the awards enter the history and the
    eligibility checks; then the dossier moves FORWARDED → DECIDED."""
    locked = (
        Dossier.objects.select_for_update()
        .select_related("round__organizer", "organization")
        .get(pk=dossier.pk)
    )
    if actor is not None and not is_officer_for(actor, locked):
        raise PermissionDenied("Bạn không có quyền ghi nhận quyết định cho hồ sơ này.")
    if locked.status != DossierStatus.FORWARDED:
        raise ValidationError("Chỉ ghi nhận quyết định cho hồ sơ đã trình cấp trên.")
    nominees = list(upward_nominations(locked))
    unknown = awarded - {n.pk for n in nominees}
    if unknown:
        raise ValidationError("Có người, tập thể không thuộc hồ sơ trình cấp trên.")
    decision = UpperDecision(
        dossier=locked,
        decision_number=decision_number.strip(),
        decision_date=decision_date,
        issuer=issuer.strip(),
        results=[
            {
                "nomination": n.pk,
                "name": n.subject_name,
                "award": n.award_type.code,
                "awarded": n.pk in awarded,
            }
            for n in nominees
        ],
        recorded_by=actor if getattr(actor, "pk", None) else None,
    )
    decision.full_clean()
    decision.save()
    records = []
    for n in nominees:
        if n.pk not in awarded:
            continue
        record = AwardRecord(
            person=n.person,
            organization=n.organization,
            award_type=n.award_type,
            year=locked.round.year,
            decision_number=decision.decision_number,
            decision_date=decision_date,
            issuer=decision.issuer[:255],
            note=f"Trình cấp trên: {locked.title}"[:255],
        )
        record.full_clean()
        record.save()
        records.append(record.pk)
    dossier_transition(dossier=locked, to=DossierStatus.DECIDED, actor=actor)
    event_record(
        actor=actor,
        event_type=EventType.OUTCOME_RECORDED,
        subject=locked,
        organization=locked.round.organizer,
        data={
            "decision_number": decision.decision_number,
            "decision_date": decision_date.isoformat(),
            "issuer": decision.issuer,
            "results": decision.results,
            "award_records": records,
        },
    )
    dossier.refresh_from_db()
    return decision
