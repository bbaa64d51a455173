"""Nominees of a dossier: add (one or in bulk from the engine's candidates), edit, remove,
re-check eligibility, and the officer's appraisal. Audited on the dossier's timeline.

Every nominee carries the rules engine's answer for the round's year; an ineligible one
is accepted only with a justification, which the reviewer sees next to the failed checks.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Q

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.nominations.models import Appraisal, Dossier, DossierStatus, Nomination
from thidua.nominations.selectors.access import dossier_roles
from thidua.nominations.selectors.eligibility import Verdict, VerdictCache
from thidua.nominations.services.common import locked_draft
from thidua.organizations.models import Employment, Organization, Person
from thidua.rules.models import AwardKind, AwardType

NEEDS_JUSTIFICATION = "Chưa đủ điều kiện theo quy định: cần ghi lý do đề nghị."


@dataclass(frozen=True)
class Entry:
    """One nominee to add: a person or a collective, the award, optional texts."""

    award_type: AwardType
    person: Person | None = None
    organization: Organization | None = None
    position: str = ""
    summary: str = ""
    justification: str = ""


def _in_unit(dossier: Dossier, entry: Entry) -> bool:
    """People employed in the unit's subtree during the year (or now); the unit itself and
    its sub-units as collectives."""
    path = dossier.organization.path
    if entry.organization is not None:
        return entry.organization.path.startswith(path)
    person = entry.person
    assert person is not None
    current = person.current_organization
    if current is not None and current.path.startswith(path):
        return True
    year = dossier.round.year
    return (
        Employment.objects.filter(
            person=person,
            organization__path__startswith=path,
            start_date__lte=dt.date(year, 12, 31),
        )
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=dt.date(year, 1, 1)))
        .exists()
    )


def _check_entry(dossier: Dossier, entry: Entry) -> None:
    if (entry.person is None) == (entry.organization is None):
        raise ValidationError("Chọn một cá nhân hoặc một tập thể.")
    subject = "ca_nhan" if entry.person is not None else "tap_the"
    award = entry.award_type
    if award.kind not in (AwardKind.TITLE, AwardKind.FORM) or subject not in award.subjects:
        who = "cá nhân" if subject == "ca_nhan" else "tập thể"
        raise ValidationError({"award_type": f"«{award.name}» không xét cho {who}."})
    if not _in_unit(dossier, entry):
        raise ValidationError(
            f"{entry.person or entry.organization} không thuộc {dossier.organization.name}."
        )
    same = dossier.nominations.filter(award_type=award)
    if entry.person is not None:
        same = same.filter(person=entry.person)
    else:
        same = same.filter(organization=entry.organization)
    if same.exists():
        raise ValidationError(
            f"{entry.person or entry.organization} đã được đề nghị «{award.name}» trong hồ sơ."
        )


def _create(dossier: Dossier, entry: Entry, verdict: Verdict, order: int, actor: Any) -> Nomination:
    justification = entry.justification.strip()
    if verdict.eligible is False and not justification:
        raise ValidationError({"justification": NEEDS_JUSTIFICATION})
    position = entry.position
    if not position and entry.person is not None:
        position = entry.person.current_position
    nomination = Nomination(
        dossier=dossier,
        person=entry.person,
        organization=entry.organization,
        award_type=entry.award_type,
        position=position,
        summary=entry.summary.strip(),
        justification=justification,
        eligible=verdict.eligible,
        eligibility_notes=verdict.notes,
        order=order,
    )
    nomination.full_clean()
    nomination.save()
    event_record(
        actor=actor,
        event_type=EventType.NOMINEE_ADDED,
        subject=dossier,
        organization=dossier.organization,
        data={
            "nomination": nomination.pk,
            "name": nomination.subject_name,
            "award": entry.award_type.code,
            "eligible": verdict.eligible,
            "justification": justification,
        },
    )
    return nomination


def _next_order(dossier: Dossier) -> int:
    return (dossier.nominations.aggregate(m=Max("order"))["m"] or 0) + 1


@transaction.atomic
def nominee_add(*, dossier: Dossier, actor: Any, entry: Entry) -> Nomination:
    """Propose one person or collective for one award, with the engine's verdict."""
    locked = locked_draft(dossier, actor)
    _check_entry(locked, entry)
    verdict = VerdictCache(locked.round.year).verdict(
        person=entry.person, organization=entry.organization, code=entry.award_type.code
    )
    return _create(locked, entry, verdict, _next_order(locked), actor)


@transaction.atomic
def nominees_add_bulk(*, dossier: Dossier, actor: Any, entries: list[Entry]) -> list[Nomination]:
    """Add several candidates at once (the «Gợi ý từ điều kiện» panel). Those already in
    the dossier are skipped; one that the engine now finds ineligible refuses the batch,
    since a bulk add carries no justification."""
    locked = locked_draft(dossier, actor)
    cache = VerdictCache(locked.round.year)
    order = _next_order(locked)
    added = []
    for entry in entries:
        existing = locked.nominations.filter(award_type=entry.award_type).filter(
            Q(person=entry.person) if entry.person else Q(organization=entry.organization)
        )
        if existing.exists():
            continue
        _check_entry(locked, entry)
        verdict = cache.verdict(
            person=entry.person, organization=entry.organization, code=entry.award_type.code
        )
        if verdict.eligible is False:
            raise ValidationError(
                f"{entry.person or entry.organization}: không còn đủ điều kiện "
                f"«{entry.award_type.name}»; hãy thêm riêng kèm lý do đề nghị."
            )
        added.append(_create(locked, entry, verdict, order, actor))
        order += 1
    return added


EDITABLE = ("position", "summary", "justification")


@transaction.atomic
def nominee_update(*, nomination: Nomination, actor: Any, data: dict[str, Any]) -> Nomination:
    """Change the position, achievement summary or justification while the dossier is a draft."""
    locked_draft(nomination.dossier, actor)
    current = Nomination.objects.select_for_update().get(pk=nomination.pk)
    old = {k: getattr(current, k) for k in EDITABLE}
    for key in EDITABLE:
        if key in data:
            setattr(current, key, (data[key] or "").strip())
    if current.eligible is False and not current.justification:
        raise ValidationError({"justification": NEEDS_JUSTIFICATION})
    current.full_clean()
    current.save(update_fields=list(EDITABLE))
    changes = diff(old, {k: getattr(current, k) for k in EDITABLE})
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.NOMINEE_CHANGED,
            subject=current.dossier,
            organization=current.dossier.organization,
            data={"nomination": current.pk, "name": current.subject_name, **changes},
        )
    return current


@transaction.atomic
def nominee_remove(*, nomination: Nomination, actor: Any) -> None:
    """Take a nominee out of a draft dossier (its attachments go with it)."""
    dossier = locked_draft(nomination.dossier, actor)
    event_record(
        actor=actor,
        event_type=EventType.NOMINEE_REMOVED,
        subject=dossier,
        organization=dossier.organization,
        data={
            "nomination": nomination.pk,
            "name": nomination.subject_name,
            "award": nomination.award_type.code,
        },
    )
    nomination.delete()


@transaction.atomic
def nominations_recheck(*, dossier: Dossier, actor: Any) -> int:
    """Evaluate every nominee again (history may have changed since it was added); record
    the nominees whose answer changed. Returns how many changed."""
    locked = locked_draft(dossier, actor)
    cache = VerdictCache(locked.round.year)
    changed = 0
    nominations = locked.nominations.select_related(
        "person__current_organization", "organization", "award_type"
    ).select_for_update(of=("self",))
    for n in nominations:
        verdict = cache.verdict(
            person=n.person, organization=n.organization, code=n.award_type.code
        )
        if (verdict.eligible, verdict.notes) == (n.eligible, n.eligibility_notes):
            continue
        old = {"eligible": n.eligible, "eligibility_notes": n.eligibility_notes}
        n.eligible, n.eligibility_notes = verdict.eligible, verdict.notes
        n.save(update_fields=["eligible", "eligibility_notes"])
        event_record(
            actor=actor,
            event_type=EventType.NOMINEE_CHANGED,
            subject=locked,
            organization=locked.organization,
            data={
                "nomination": n.pk,
                "name": n.subject_name,
                "recheck": True,
                "old": old,
                "new": {"eligible": n.eligible, "eligibility_notes": n.eligibility_notes},
            },
        )
        changed += 1
    return changed


def _locked_for_appraisal(dossier: Dossier, actor: Any) -> Dossier:
    locked = (
        Dossier.objects.select_for_update()
        .select_related("round__organizer", "organization")
        .get(pk=dossier.pk)
    )
    if actor is not None and "officer" not in dossier_roles(actor, locked):
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị tổ chức xét mới thẩm định hồ sơ.")
    if locked.status != DossierStatus.RECEIVED:
        raise ValidationError("Chỉ thẩm định khi hồ sơ đã được tiếp nhận và chưa thẩm định xong.")
    return locked


def _appraise(
    dossier: Dossier, nomination: Nomination, opinion: str, note: str, actor: Any
) -> bool:
    if opinion not in (Appraisal.AGREE, Appraisal.DISAGREE):
        raise ValidationError({"appraisal": "Chọn ý kiến thẩm định."})
    note = note.strip()
    if opinion == Appraisal.DISAGREE and not note:
        raise ValidationError(
            {"appraisal_note": f"{nomination.subject_name}: ghi lý do không đồng ý."}
        )
    if (nomination.appraisal, nomination.appraisal_note) == (opinion, note):
        return False
    old = nomination.appraisal
    nomination.appraisal, nomination.appraisal_note = opinion, note
    nomination.save(update_fields=["appraisal", "appraisal_note"])
    event_record(
        actor=actor,
        event_type=EventType.NOMINEE_APPRAISED,
        subject=dossier,
        organization=dossier.organization,
        data={
            "nomination": nomination.pk,
            "name": nomination.subject_name,
            "award": nomination.award_type.code,
            "old": old,
            "new": opinion,
            "note": note,
        },
    )
    return True


@transaction.atomic
def nomination_appraise(
    *, nomination: Nomination, opinion: str, note: str, actor: Any
) -> Nomination:
    """The officer's opinion on one nominee: agree, or disagree with a reason."""
    dossier = _locked_for_appraisal(nomination.dossier, actor)
    current = dossier.nominations.select_related("award_type", "person", "organization").get(
        pk=nomination.pk
    )
    _appraise(dossier, current, opinion, note, actor)
    return current


@transaction.atomic
def dossier_appraise(*, dossier: Dossier, opinions: dict[int, tuple[str, str]], actor: Any) -> int:
    """Opinions on several nominees from the appraisal page (nomination id → (opinion,
    note)); rows left without an opinion are skipped. Returns how many changed."""
    locked = _locked_for_appraisal(dossier, actor)
    nominations = locked.nominations.select_related("award_type", "person", "organization")
    changed = 0
    for n in nominations.filter(pk__in=list(opinions)):
        opinion, note = opinions[n.pk]
        if opinion:
            changed += _appraise(locked, n, opinion, note, actor)
    return changed
