"""Revocation (hủy bỏ) of awards of an issued decision, on one of the Law's four grounds.

The revocation is itself a decision, numbered in the same register, pointing at the
original and listing the revoked lines; it is issued at once (the officer records the
leader's signature). The original decision is not touched: it stays frozen with its hash.
The awards are kept in the history, marked revoked, and the certificates' verification
page says so.
"""

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.formats import format_date
from thidua.decisions.content import decision_payload
from thidua.decisions.models import (
    Decision,
    DecisionKind,
    DecisionLine,
    DecisionStatus,
    RevocationGround,
)
from thidua.decisions.services.issue import (
    _check_signature,
    _number_and_freeze,
    decision_document_request,
    tell_units,
)
from thidua.nominations.models import Dossier
from thidua.rules.models import AwardRecord


def _lines_to_revoke(original: Decision, line_ids: Iterable[int] | None) -> list[DecisionLine]:
    open_lines = list(
        original.lines.select_for_update(of=("self",))
        .filter(revoked=False)
        .select_related("award_type", "person", "organization", "award_record", "nomination")
        .order_by("order", "id")
    )
    if line_ids is None:
        chosen = open_lines
    else:
        wanted = {int(i) for i in line_ids}
        chosen = [line for line in open_lines if line.pk in wanted]
        if len(chosen) != len(wanted):
            raise ValidationError("Có dòng đã chọn không thuộc quyết định hoặc đã bị hủy bỏ.")
    if not chosen:
        raise ValidationError("Chọn ít nhất một người, tập thể để hủy bỏ khen thưởng.")
    return chosen


def _check_ground(ground: str, reason: str) -> None:
    errors = {}
    if ground not in RevocationGround.values:
        errors["ground"] = "Chọn một trong bốn căn cứ hủy bỏ của Luật Thi đua, khen thưởng."
    if not reason.strip():
        errors["reason"] = "Cần ghi lý do hủy bỏ."
    if errors:
        raise ValidationError(errors)


def _copy_lines(revocation: Decision, originals: list[DecisionLine]) -> list[DecisionLine]:
    copies = [
        DecisionLine(
            decision=revocation,
            revokes_line=line,
            person=line.person,
            organization=line.organization,
            award_type=line.award_type,
            subject=line.subject,
            name=line.name,
            position=line.position,
            unit=line.unit,
            achievement=line.achievement,
            amount=line.amount,
            amount_detail=line.amount_detail,
            order=i,
        )
        for i, line in enumerate(originals, start=1)
    ]
    DecisionLine.objects.bulk_create(copies)
    return list(
        revocation.lines.select_related("award_type", "person", "organization").order_by("order")
    )


@transaction.atomic
def decision_revoke(
    *,
    decision: Decision,
    actor: Any,
    line_ids: Iterable[int] | None,
    ground: str,
    reason: str,
    signed_on: dt.date | None,
    signer_name: str,
    signer_position: str,
    signer_authority: str = "",
) -> Decision:
    """Issue a revoking decision for the chosen lines (all when `line_ids` is None), mark
    their awards revoked (kept in the history) and record DECISION_REVOKED."""
    original = (
        Decision.objects.select_for_update(of=("self",))
        .select_related("organization", "round", "register")
        .get(pk=decision.pk)
    )
    if original.status != DecisionStatus.ISSUED or original.kind != DecisionKind.AWARD:
        raise ValidationError("Chỉ hủy bỏ được quyết định khen thưởng đã ban hành.")
    _check_ground(ground, reason)
    _check_signature(signed_on, signer_name, signer_position)
    assert signed_on is not None and original.signed_on is not None
    if signed_on < original.signed_on:
        raise ValidationError({"signed_on": "Ngày ký hủy bỏ không được trước ngày ký quyết định."})
    originals = _lines_to_revoke(original, line_ids)
    partial = len(originals) < original.lines.count()
    revocation = Decision(
        organization=original.organization,
        round=original.round,
        kind=DecisionKind.REVOCATION,
        title=(
            f"Về việc hủy bỏ {'một phần ' if partial else ''}Quyết định số "
            f"{original.number_text} ngày {format_date(original.signed_on)}"
        ),
        authority=original.authority,
        legal_bases=original.legal_bases,
        distribution=original.distribution,
        signed_on=signed_on,
        signer_name=signer_name.strip(),
        signer_position=signer_position.strip(),
        signer_authority=signer_authority.strip(),
        revokes=original,
        ground=ground,
        reason=reason.strip(),
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    revocation.full_clean()
    revocation.save()
    lines = _copy_lines(revocation, originals)
    _number_and_freeze(revocation, lines, actor)
    DecisionLine.objects.filter(pk__in=[line.pk for line in originals]).update(revoked=True)
    note = f"Hủy bỏ theo Quyết định số {revocation.number_text}"[:255]
    AwardRecord.objects.filter(
        pk__in=[line.award_record_id for line in originals if line.award_record_id]
    ).update(revoked=True, note=note)
    data = {
        "revocation": revocation.pk,
        "number": revocation.number_text,
        "ground": ground,
        "reason": revocation.reason,
        "lines": [line.pk for line in originals],
        "names": [line.name for line in originals],
        "snapshot": decision_payload(revocation, lines),
    }
    for subject in (original, revocation):
        event_record(
            actor=actor,
            event_type=EventType.DECISION_REVOKED,
            subject=subject,
            organization=original.organization,
            data=data,
        )
    dossiers = Dossier.objects.filter(
        pk__in={line.nomination.dossier_id for line in originals if line.nomination}
    ).select_related("organization")
    tell_units(
        decision=revocation,
        dossiers=list(dossiers),
        text=f"Quyết định số {revocation.number_text} hủy bỏ khen thưởng của "
        f"{len(originals)} người, tập thể theo Quyết định số {original.number_text}.",
    )
    decision_document_request(decision=revocation, actor=actor)
    return revocation
