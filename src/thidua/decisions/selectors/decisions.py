"""Reads of decisions: candidates of a round, lines, lists, certificates, verification."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import Http404

from thidua.core.permissions import Cap, has_cap, org_scope
from thidua.decisions.models import (
    Certificate,
    Decision,
    DecisionKind,
    DecisionLine,
    DecisionStatus,
)
from thidua.decisions.selectors.access import decision_scope
from thidua.nominations.models import DossierStatus, Nomination, ReviewRound
from thidua.nominations.selectors.access import round_scope
from thidua.nominations.selectors.levels import APPROVED_HERE


def waiting_nominations(*, draft: Decision | None = None) -> QuerySet[Nomination]:
    """Nominees waiting for a decision, in any round: the council approved them, their award
    is decided here, not in another decision (unless that award was revoked). Their dossier
    is concluded, or already forwarded upward for its other nominees (a mixed dossier: ADR
    0008). The one definition behind `candidates` and the counts of `rounds_to_decide`."""
    taken = DecisionLine.objects.filter(nomination__isnull=False, revoked=False)
    if draft is not None:
        taken = taken.exclude(decision=draft)
    return Nomination.objects.filter(
        APPROVED_HERE,
        dossier__status__in=(DossierStatus.CONCLUDED, DossierStatus.FORWARDED),
    ).exclude(pk__in=taken.values("nomination_id"))


def candidates(round_: ReviewRound, *, draft: Decision | None = None) -> QuerySet[Nomination]:
    """The round's nominees waiting for a decision (`waiting_nominations`), joined and in
    the decision's order; with `draft`, that draft's own lines count as waiting."""
    return (
        waiting_nominations(draft=draft)
        .filter(dossier__round=round_)
        .select_related(
            "award_type",
            "person__current_organization",
            "organization__parent",
            "dossier__organization",
        )
        .order_by("award_type__order", "award_type__code", "dossier__organization__path", "id")
    )


@dataclass(frozen=True)
class AwardGroup:
    award: Any
    nominations: list[Nomination]


def candidate_groups(nominations: QuerySet[Nomination]) -> list[AwardGroup]:
    groups: dict[int, AwardGroup] = {}
    for n in nominations:
        groups.setdefault(n.award_type_id, AwardGroup(n.award_type, [])).nominations.append(n)
    return list(groups.values())


def decision_lines(decision: Decision) -> list[DecisionLine]:
    return list(
        decision.lines.select_related(
            "award_type", "person", "organization", "award_record"
        ).order_by("order", "id")
    )


def decision_list_for_user(user: Any) -> QuerySet[Decision]:
    """Decisions the user sees, with their line counts and totals (one query)."""
    return (
        decision_scope(user)
        .select_related("organization", "revokes")
        .annotate(
            line_count=Count("lines"),
            revoked_count=Count("lines", filter=Q(lines__revoked=True)),
            amount=Sum("lines__amount"),
        )
        .defer("legal_bases", "distribution", "reason")
        .order_by("-created_at", "-id")
    )


@dataclass(frozen=True)
class RoundRow:
    round: ReviewRound
    candidates: int


def rounds_to_decide(user: Any) -> list[RoundRow]:
    """Rounds whose organiser the user decides for, with the number of nominees waiting:
    one query whatever the number of rounds (STYLE.md convention 8)."""
    if not has_cap(user, Cap.DECIDE):
        return []
    waiting = (
        waiting_nominations()
        .filter(dossier__round=OuterRef("pk"))
        .order_by()
        .values("dossier__round")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rounds = (
        round_scope(user)
        .filter(organizer__in=org_scope(user, Cap.DECIDE))
        .select_related("organizer")
        .defer("note")
        .annotate(waiting=Coalesce(Subquery(waiting, output_field=IntegerField()), 0))
        .order_by("-year", "-id")
    )
    return [RoundRow(r, r.waiting) for r in rounds]


def revocations_of(decision: Decision) -> list[Decision]:
    return list(
        decision.revocations.filter(status=DecisionStatus.ISSUED).order_by("signed_on", "id")
    )


def certificate_lines(decision: Decision) -> list[DecisionLine]:
    """The lines a certificate is printed for: not revoked, in the decision's order."""
    return list(
        decision.lines.filter(revoked=False)
        .select_related("award_type", "person", "organization", "certificate__register")
        .order_by("order", "id")
    )


@dataclass(frozen=True)
class Verification:
    certificate: Certificate
    line: DecisionLine
    decision: Decision
    revoked_by: Decision | None


def verification_for_token(token: str) -> Verification:
    """What the public verification page shows for a certificate token, or 404."""
    try:
        cert = Certificate.objects.select_related(
            "line__award_type",
            "line__decision__organization",
            "register",
        ).get(token=token)
    except (Certificate.DoesNotExist, ValueError):
        raise Http404("Không tìm thấy giấy chứng nhận.") from None
    line = cert.line
    revoking = None
    if line.revoked:
        revoking = (
            Decision.objects.filter(
                kind=DecisionKind.REVOCATION,
                status=DecisionStatus.ISSUED,
                lines__revokes_line=line,
            )
            .order_by("signed_on", "id")
            .first()
        )
    return Verification(cert, line, line.decision, revoking)
