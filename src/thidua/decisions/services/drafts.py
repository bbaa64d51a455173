"""Draft decisions: created from a round's approved nominees, edited until issued.

Every service here refuses an issued decision (it is frozen: its content hash is stored).
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.decisions.models import Decision, DecisionLine, DecisionStatus
from thidua.decisions.selectors.decisions import candidates
from thidua.nominations.models import Nomination, ReviewRound
from thidua.organizations.models import Organization, OrgKind
from thidua.rules.selectors.catalogue import RewardError, province_id_of, reward_compute

FROZEN = "Quyết định đã ban hành: không sửa được nội dung (đã lưu mã băm)."
EDITABLE_FIELDS = (
    "title",
    "authority",
    "legal_bases",
    "distribution",
    "planned_date",
    "signer_name",
    "signer_position",
    "signer_authority",
)
DEFAULT_BASES = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
    "Căn cứ Quy chế thi đua, khen thưởng của cơ quan",
    "Theo đề nghị của Hội đồng Thi đua - Khen thưởng",
)
LINE_FKS = [
    "decision",
    "nomination",
    "person",
    "organization",
    "award_type",
    "revokes_line",
    "award_record",
]
DEFAULT_DISTRIBUTION = ("Như Điều 3", "Lãnh đạo cơ quan", "Lưu: VT, TĐKT")


def default_authority(organization: Organization) -> str:
    """ "Giám đốc Sở Lao động - …" for a department, "Thủ trưởng …" otherwise."""
    head = "Giám đốc" if organization.kind == OrgKind.DEPARTMENT else "Thủ trưởng"
    return f"{head} {organization.name}"


def default_title(nominations: Sequence[Nomination], year: int) -> str:
    names = list(dict.fromkeys(n.award_type.name for n in nominations))
    kinds = {n.award_type.kind for n in nominations}
    what = "danh hiệu " if kinds == {"title"} else ""
    return f"Về việc tặng {what}{', '.join(names)} năm {year}"


def draft_initial(round_: ReviewRound, nominations: Sequence[Nomination]) -> dict[str, Any]:
    """What a new draft says unless the officer writes otherwise."""
    return {
        "title": default_title(nominations, round_.year) if nominations else "",
        "authority": default_authority(round_.organizer),
        "legal_bases": "\n".join(DEFAULT_BASES),
        "distribution": "\n".join(DEFAULT_DISTRIBUTION),
    }


def ensure_draft(decision: Decision) -> Decision:
    """The decision re-read under a lock; ValidationError unless it is still a draft."""
    locked = (
        Decision.objects.select_for_update(of=("self",))
        .select_related("organization", "round", "register", "revokes")
        .get(pk=decision.pk)
    )
    if locked.status != DecisionStatus.DRAFT:
        raise ValidationError(FROZEN)
    return locked


class _Rewards:
    """reward_compute per (award, subject) for one day, so 1.000 lines cost a few queries."""

    def __init__(self, organization: Organization, day: dt.date) -> None:
        self.day = day
        self.province_id = province_id_of(organization.path)
        self.cache: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}

    def __call__(self, code: str, subject: str) -> tuple[int, dict[str, Any]]:
        key = (code, subject)
        if key not in self.cache:
            try:
                amount, coefficient, salary = reward_compute(
                    code=code, subject=subject, day=self.day, province_id=self.province_id
                )
            except RewardError as error:
                raise ValidationError(str(error)) from error
            detail = {
                **amount.as_dict(),
                "rounding": amount.rounding,
                "day": self.day.isoformat(),
                "legal_basis": coefficient.legal_basis,
                "salary_basis": salary.legal_basis,
            }
            self.cache[key] = (amount.amount, detail)
        return self.cache[key]


def _snapshot(n: Nomination) -> dict[str, Any]:
    if n.person_id:
        person = n.person
        assert person is not None
        unit = person.current_organization or n.dossier.organization
        return {
            "person": person,
            "name": person.full_name,
            "position": n.position or person.current_position,
            "unit": unit.name,
        }
    org = n.organization
    assert org is not None
    return {
        "organization": org,
        "name": org.name,
        "position": "",
        "unit": org.parent.name if org.parent else "",
    }


def _build_lines(decision: Decision, nominations: Iterable[Nomination], day: dt.date) -> int:
    rewards = _Rewards(decision.organization, day)
    lines = []
    for order, n in enumerate(nominations, start=1):
        amount, detail = rewards(n.award_type.code, n.subject)
        line = DecisionLine(
            decision=decision,
            nomination=n,
            award_type=n.award_type,
            subject=n.subject,
            achievement=n.summary,
            amount=amount,
            amount_detail=detail,
            order=order,
            **_snapshot(n),
        )
        # the related rows were just read; checking each foreign key again costs a query each
        line.full_clean(exclude=LINE_FKS, validate_unique=False, validate_constraints=False)
        lines.append(line)
    DecisionLine.objects.bulk_create(lines)
    total = sum(line.amount for line in lines)
    decision.total_amount = total
    decision.save(update_fields=["total_amount", "updated_at"])
    return len(lines)


def _pick(
    round_: ReviewRound, draft: Decision | None, ids: Iterable[int] | None
) -> list[Nomination]:
    """The chosen nominees among the round's candidates (all of them when `ids` is None)."""
    available = list(candidates(round_, draft=draft).select_for_update(of=("self",)))
    if ids is None:
        chosen = available
    else:
        wanted = {int(i) for i in ids}
        chosen = [n for n in available if n.pk in wanted]
        if len(chosen) != len(wanted):
            raise ValidationError(
                "Có người, tập thể đã chọn không còn chờ quyết định (đã vào quyết định khác "
                "hoặc chưa có kết quả xét)."
            )
    if not chosen:
        raise ValidationError("Chưa chọn người, tập thể nào để khen thưởng.")
    return chosen


def _day(decision: Decision) -> dt.date:
    return decision.planned_date or timezone.localdate()


@transaction.atomic
def decision_draft_create(
    *,
    round_: ReviewRound,
    actor: Any,
    nomination_ids: Iterable[int] | None = None,
    fields: dict[str, Any] | None = None,
) -> Decision:
    """A draft decision of the round's organiser for the chosen nominees (default: all).

    Lines snapshot the nominee as printed and the reward computed for the planned signing
    date (recomputed at the real signing date when the decision is issued).
    """
    nominations = _pick(round_, None, nomination_ids)
    organizer = round_.organizer
    values = {
        **draft_initial(round_, nominations),
        **{k: v for k, v in (fields or {}).items() if k in EDITABLE_FIELDS},
    }
    decision = Decision(
        organization=organizer,
        round=round_,
        created_by=actor if getattr(actor, "pk", None) else None,
        **values,
    )
    decision.full_clean()
    decision.save()
    count = _build_lines(decision, nominations, _day(decision))
    event_record(
        actor=actor,
        event_type=EventType.DECISION_DRAFTED,
        subject=decision,
        organization=organizer,
        data={"title": decision.title, "lines": count, "total": decision.total_amount},
    )
    return decision


@transaction.atomic
def decision_update(*, decision: Decision, actor: Any, fields: dict[str, Any]) -> Decision:
    """Change the draft's text, planned date or signer; the amounts follow the planned date."""
    locked = ensure_draft(decision)
    old = {k: getattr(locked, k) for k in EDITABLE_FIELDS}
    for key, value in fields.items():
        if key in EDITABLE_FIELDS:
            setattr(locked, key, value)
    locked.full_clean()
    locked.save()
    changes = diff(old, {k: getattr(locked, k) for k in EDITABLE_FIELDS})
    if old["planned_date"] != locked.planned_date:
        _reprice(locked, _day(locked))
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.DECISION_CHANGED,
            subject=locked,
            organization=locked.organization,
            data=changes,
        )
    return locked


def _reprice(decision: Decision, day: dt.date) -> None:
    rewards = _Rewards(decision.organization, day)
    lines = list(decision.lines.select_related("award_type"))
    for line in lines:
        line.amount, line.amount_detail = rewards(line.award_type.code, line.subject)
    DecisionLine.objects.bulk_update(lines, ["amount", "amount_detail"])
    decision.total_amount = sum(line.amount for line in lines)
    decision.save(update_fields=["total_amount", "updated_at"])


@transaction.atomic
def decision_lines_set(
    *, decision: Decision, actor: Any, nomination_ids: Iterable[int]
) -> Decision:
    """Choose again who the draft awards, among the round's candidates and its own lines."""
    locked = ensure_draft(decision)
    nominations = _pick(locked.round, locked, list(nomination_ids))
    before = sorted(locked.lines.values_list("nomination_id", flat=True))
    locked.lines.all().delete()
    _build_lines(locked, nominations, _day(locked))
    after = sorted(n.pk for n in nominations)
    event_record(
        actor=actor,
        event_type=EventType.DECISION_CHANGED,
        subject=locked,
        organization=locked.organization,
        data={"old": {"nominations": before}, "new": {"nominations": after}},
    )
    return locked


@transaction.atomic
def decision_delete(*, decision: Decision, actor: Any) -> None:
    """Discard a draft; its nominees wait for another decision again."""
    locked = ensure_draft(decision)
    event_record(
        actor=actor,
        event_type=EventType.DECISION_CHANGED,
        subject=locked,
        organization=locked.organization,
        data={"deleted": True, "title": locked.title, "lines": locked.lines.count()},
    )
    locked.lines.all().delete()
    locked.delete()
