"""The list pages: rounds, a round's dossiers, the units' dossiers and the officer's inbox.

Each returns a queryset already joined and annotated (STYLE convention 8); counts come
from `annotate`/`aggregate`, never from Python loops over rows.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from thidua.core.permissions import Cap, has_cap_over, org_scope, scope_paths
from thidua.nominations.models import Dossier, DossierStatus, ReviewRound
from thidua.nominations.selectors.access import _paths_q, dossier_scope, round_scope
from thidua.organizations.models import Organization

S = DossierStatus
SENT = ~Q(status=S.DRAFT)


def _with_counts(dossiers: QuerySet[Dossier]) -> QuerySet[Dossier]:
    return (
        dossiers.select_related("round", "organization")
        .defer("note", "return_reason", "round__note")
        .annotate(
            nominee_count=Count("nominations", distinct=True),
            ineligible_count=Count(
                "nominations", filter=Q(nominations__eligible=False), distinct=True
            ),
        )
    )


def round_list(*, user: Any) -> QuerySet[ReviewRound]:
    """Rounds the user sees, newest first, with how many dossiers were sent."""
    return (
        round_scope(user)
        .select_related("organizer", "movement")
        .defer("note")
        .annotate(sent_count=Count("dossiers", filter=~Q(dossiers__status=S.DRAFT), distinct=True))
        .order_by("-year", "-created_at", "-id")
    )


@dataclass
class RoundPage:
    counts: list[tuple[str, str, int]]  # (status, label, count) for statuses present
    total: int
    dossiers: QuerySet[Dossier]
    missing: QuerySet[Organization] | None  # only for whoever runs the round
    nominate_units: list[Organization] = field(default_factory=list)


def round_page(*, user: Any, the_round: ReviewRound, status: str = "") -> RoundPage:
    """A round's dossiers the user sees, counted by status; for the organiser's officers,
    the units directly below that have sent nothing yet; the units the user may nominate for."""
    visible = dossier_scope(user).filter(round=the_round)
    by_status = dict(visible.values_list("status").annotate(n=Count("id")).order_by())
    counts = [
        (value, str(label), by_status[value]) for value, label in S.choices if value in by_status
    ]
    dossiers = _with_counts(visible)
    if status in S.values:
        dossiers = dossiers.filter(status=status)
    missing = None
    if has_cap_over(user, Cap.APPRAISE, the_round.organizer.path):
        sent = Dossier.objects.filter(
            SENT, round=the_round, organization__path__startswith=OuterRef("path")
        )
        missing = (
            Organization.objects.filter(parent=the_round.organizer, valid_to__isnull=True)
            .exclude(Exists(sent))
            .only("id", "name", "code", "path")
            .order_by("path")
        )
    units = (
        org_scope(user, Cap.NOMINATE)
        .filter(path__startswith=the_round.organizer.path, valid_to__isnull=True)
        .only("id", "name", "path")
        .order_by("path")
    )
    return RoundPage(
        counts=counts,
        total=sum(by_status.values()),
        dossiers=dossiers.order_by("organization__path", "id"),
        missing=missing,
        nominate_units=list(units),
    )


def unit_dossiers(*, user: Any, status: str = "", round_id: int | None = None) -> QuerySet[Dossier]:
    """Dossiers of the units the user prepares dossiers for (NOMINATE), newest round first."""
    paths = scope_paths(user, Cap.NOMINATE)
    if paths == []:
        return Dossier.objects.none()
    dossiers = Dossier.objects.filter(_paths_q(paths, "organization__path"))
    if status in S.values:
        dossiers = dossiers.filter(status=status)
    if round_id:
        dossiers = dossiers.filter(round_id=round_id)
    return _with_counts(dossiers).order_by("-round__year", "-round_id", "organization__path", "id")


def inbox(*, user: Any, status: str = "", round_id: int | None = None) -> QuerySet[Dossier]:
    """Dossiers sent to rounds the user organises (APPRAISE over the organiser); drafts stay
    with their units and are left out."""
    paths = scope_paths(user, Cap.APPRAISE)
    if paths == []:
        return Dossier.objects.none()
    dossiers = Dossier.objects.filter(_paths_q(paths, "round__organizer__path")).filter(SENT)
    if status in S.values:
        dossiers = dossiers.filter(status=status)
    if round_id:
        dossiers = dossiers.filter(round_id=round_id)
    return (
        _with_counts(dossiers)
        .annotate(
            appraised_count=Count(
                "nominations", filter=~Q(nominations__appraisal=""), distinct=True
            )
        )
        .order_by("-round__year", "-submitted_at", "id")
    )


def inbox_rounds(*, user: Any) -> QuerySet[ReviewRound]:
    """Rounds for the inbox's filter."""
    paths = scope_paths(user, Cap.APPRAISE)
    if paths == []:
        return ReviewRound.objects.none()
    return ReviewRound.objects.filter(_paths_q(paths, "organizer__path")).only(
        "id", "title", "year"
    )
