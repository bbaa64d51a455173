"""Issuing a decision: number, final amounts, content hash, award history, dossiers decided.

Issuing happens once. Within one transaction the decision is locked, its amounts are
computed at the signing date, the register gives it the next number, its content hash is
stored, each line becomes an AwardRecord in the awardee's history (which feeds the
eligibility rules), and each dossier whose approved nominees are now all decided moves
CONCLUDED → DECIDED through the one transition service. The .docx/.pdf are rendered with
the number after the commit.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.permissions import Cap
from thidua.decisions.content import content_hash, decision_payload, document_context
from thidua.decisions.models import (
    Decision,
    DecisionKind,
    DecisionLine,
    DecisionStatus,
    RegisterKind,
)
from thidua.decisions.selectors.decisions import decision_lines
from thidua.decisions.services.drafts import _Rewards, ensure_draft
from thidua.decisions.services.registers import numbers_take, symbol_for
from thidua.documents.models import GeneratedDocument
from thidua.documents.services import document_request
from thidua.movements.services.notify import notify
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome
from thidua.nominations.selectors.levels import APPROVED_HERE
from thidua.nominations.services.notify import users_with_cap_over
from thidua.nominations.services.transition import dossier_transition
from thidua.rules.models import AwardRecord

TEMPLATE_CODE = "quyet_dinh_khen_thuong"


def _check_signature(signed_on: dt.date | None, signer_name: str, signer_position: str) -> None:
    errors = {}
    if signed_on is None:
        errors["signed_on"] = "Cần ghi ngày ký."
    elif signed_on > timezone.localdate():
        errors["signed_on"] = "Ngày ký không được sau ngày hôm nay."
    if not signer_name.strip():
        errors["signer_name"] = "Cần ghi họ tên người ký."
    if not signer_position.strip():
        errors["signer_position"] = "Cần ghi chức vụ người ký."
    if errors:
        raise ValidationError(errors)


def _number_and_freeze(decision: Decision, lines: Sequence[DecisionLine], actor: Any) -> None:
    """Take the number, store the hash and the total; the decision is ISSUED from here on."""
    assert decision.signed_on is not None
    register, (number,) = numbers_take(
        organization=decision.organization,
        year=decision.signed_on.year,
        kind=RegisterKind.DECISION,
    )
    decision.register, decision.number = register, number
    decision.number_text = f"{number}/{register.symbol}"
    decision.status = DecisionStatus.ISSUED
    decision.issued_by = actor if getattr(actor, "pk", None) else None
    decision.issued_at = timezone.now()
    decision.total_amount = sum(line.amount for line in lines)
    decision.content_hash = content_hash(decision_payload(decision, lines))
    decision.full_clean()
    decision.save()


def _reprice(decision: Decision, lines: list[DecisionLine]) -> None:
    assert decision.signed_on is not None
    rewards = _Rewards(decision.organization, decision.signed_on)
    for line in lines:
        line.amount, line.amount_detail = rewards(line.award_type.code, line.subject)
    DecisionLine.objects.bulk_update(lines, ["amount", "amount_detail"])


def _award_records(decision: Decision, lines: list[DecisionLine]) -> None:
    """One AwardRecord per line. Checked in one query, written in one INSERT: a 1.000-line
    decision would otherwise spend seconds validating rows one by one."""
    year, number = decision.round.year, decision.number_text
    existing = AwardRecord.objects.filter(year=year, decision_number=number).filter(
        Q(person__in=[ln.person_id for ln in lines if ln.person_id])
        | Q(organization__in=[ln.organization_id for ln in lines if ln.organization_id])
    )
    taken = {(r.person_id, r.organization_id, r.award_type_id) for r in existing}
    records = []
    for line in lines:
        key = (line.person_id, line.organization_id, line.award_type_id)
        if key in taken:
            raise ValidationError(
                f"{line.name}: đã có khen thưởng «{line.award_type.name}» năm {year} "
                f"ghi số quyết định {number}."
            )
        taken.add(key)
        records.append(
            AwardRecord(
                person_id=line.person_id,
                organization_id=line.organization_id,
                award_type_id=line.award_type_id,
                year=year,
                decision_number=number,
                decision_date=decision.signed_on,
                issuer=decision.organization.name[:255],
                note=f"Quyết định số {number}"[:255],
            )
        )
    created = AwardRecord.objects.bulk_create(records)
    for line, record in zip(lines, created, strict=True):
        line.award_record = record
    DecisionLine.objects.bulk_update(lines, ["award_record"])


def _decide_dossiers(decision: Decision, actor: Any) -> tuple[list[Dossier], list[Dossier]]:
    """Move the dossiers whose approved here-decided nominees are all in issued decisions
    and that have no approved nominee left for the level above (that one goes up first;
    the upper level's answer decides it: exchange's outcome recording).

    Returns (moved, still waiting)."""
    ids = set(decision.lines.values_list("nomination__dossier_id", flat=True))
    issued = DecisionLine.objects.filter(
        decision__status=DecisionStatus.ISSUED,
        decision__kind=DecisionKind.AWARD,
        nomination__isnull=False,
        revoked=False,
    )
    # approved nominees still open: those for the level above, and those decided here
    # that no issued decision holds yet
    still_open = set(
        Nomination.objects.filter(outcome=Outcome.APPROVED, dossier_id__in=ids)
        .exclude(APPROVED_HERE & Q(pk__in=issued.values("nomination_id")))
        .values_list("dossier_id", flat=True)
    )
    moved, waiting = [], []
    for dossier in Dossier.objects.filter(pk__in=ids).select_related("organization"):
        if dossier.status == DossierStatus.CONCLUDED and dossier.pk not in still_open:
            dossier_transition(dossier=dossier, to=DossierStatus.DECIDED, actor=actor)
            moved.append(dossier)
        else:
            waiting.append(dossier)
    return moved, waiting


def decision_document_request(*, decision: Decision, actor: Any) -> GeneratedDocument:
    """Ask the documents app for the decision's .docx and .pdf (rendered by the worker)."""
    lines = decision_lines(decision)
    year = decision.round.year
    symbol = (
        decision.register.symbol
        if decision.register
        else symbol_for(decision.organization, (decision.planned_date or timezone.localdate()).year)
    )
    context = document_context(decision, lines, symbol=symbol, year=year)
    label = f"Quyết định {decision.number_text}" if decision.number_text else "Dự thảo quyết định"
    return document_request(
        actor=actor,
        template_code=TEMPLATE_CODE,
        organization=decision.organization,
        subject=decision,
        title=f"{label} {decision.title}",
        context=context,
    )


def tell_units(*, decision: Decision, dossiers: Sequence[Dossier], text: str) -> None:
    for dossier in dossiers:
        users = users_with_cap_over(Cap.NOMINATE, dossier.organization.path)
        url = reverse("nominations:dossier-detail", args=[dossier.pk])
        notify(users=users, text=text, url=url, key=f"decision-{decision.pk}-{dossier.pk}")


@transaction.atomic
def decision_issue(
    *,
    decision: Decision,
    actor: Any,
    signed_on: dt.date | None,
    signer_name: str,
    signer_position: str,
    signer_authority: str = "",
) -> Decision:
    """Record the signature and issue the draft: number, amounts at the signing date, hash,
    award history, dossiers decided, audit snapshot, the units told, documents rendered."""
    locked = ensure_draft(decision)
    if locked.kind != DecisionKind.AWARD:
        raise ValidationError("Chỉ ban hành được dự thảo quyết định khen thưởng.")
    _check_signature(signed_on, signer_name, signer_position)
    lines = decision_lines(locked)
    if not lines:
        raise ValidationError("Quyết định chưa có ai được khen thưởng.")
    locked.signed_on = signed_on
    locked.signer_name, locked.signer_position = signer_name.strip(), signer_position.strip()
    locked.signer_authority = signer_authority.strip()
    _reprice(locked, lines)
    _number_and_freeze(locked, lines, actor)
    _award_records(locked, lines)
    moved, waiting = _decide_dossiers(locked, actor)
    event_record(
        actor=actor,
        event_type=EventType.DECISION_ISSUED,
        subject=locked,
        organization=locked.organization,
        data={
            "number": locked.number_text,
            "content_hash": locked.content_hash,
            "dossiers_decided": [d.pk for d in moved],
            "snapshot": decision_payload(locked, lines),
        },
    )
    tell_units(
        decision=locked,
        dossiers=waiting,
        text=f"Đã ban hành Quyết định số {locked.number_text}: {locked.title}.",
    )
    decision_document_request(decision=locked, actor=actor)
    return locked
