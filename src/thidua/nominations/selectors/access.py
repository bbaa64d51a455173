"""Who sees and acts on a dossier, from the one permission module (core/permissions.py).

A dossier is visible to whoever sees its proposing unit (the unit's own people, and the
department's officers, council and leaders above it). Outside that it is "not found" (404);
inside it, a move the user may not make is refused (403).
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, has_cap_over, scope_paths
from thidua.nominations.models import Dossier, ReviewRound

NOT_FOUND = "Không tìm thấy hồ sơ đề nghị khen thưởng."

# Which capability makes the user act as each `by` of the transition table, and over which
# organisation: the proposing unit for "unit", the round's organiser for the others.
BY_CAP: dict[str, Cap] = {
    "unit": Cap.NOMINATE,
    "officer": Cap.APPRAISE,
    "council": Cap.RUN_COUNCIL,
    "decider": Cap.DECIDE,
}


def _paths_q(paths: list[str] | None, field: str) -> Q:
    if paths is None:
        return Q()
    q = Q(pk__in=[])
    for p in paths:
        q |= Q(**{f"{field}__startswith": p})
    return q


def dossier_scope(user: Any) -> QuerySet[Dossier]:
    """Dossiers of units the user sees."""
    return Dossier.objects.filter(_paths_q(scope_paths(user, Cap.VIEW), "organization__path"))


def round_scope(user: Any) -> QuerySet[ReviewRound]:
    """Rounds organised by a unit the user sees, or open to a unit the user sees."""
    paths = scope_paths(user, Cap.VIEW)
    if paths is None:
        return ReviewRound.objects.all()
    # a unit sees the rounds of every organiser above it (the organiser's path is a prefix)
    q = _paths_q(paths, "organizer__path")
    for p in paths:
        prefixes = [p[:i] for i in range(9, len(p) + 1, 9)]
        q |= Q(organizer__path__in=prefixes)
    return ReviewRound.objects.filter(q)


def dossier_roles(user: Any, dossier: Dossier) -> set[str]:
    """The `by` values of the transition table the user may act as on this dossier."""
    roles = set()
    for by, cap in BY_CAP.items():
        org = dossier.organization if by == "unit" else dossier.round.organizer
        if has_cap_over(user, cap, org.path):
            roles.add(by)
    return roles


def dossier_get_for_user(user: Any, pk: Any, write: bool = False) -> Dossier:
    """The dossier, or 404 outside the user's view; with `write`, 403 unless the user may
    prepare it for its unit (NOMINATE over the proposing unit)."""
    try:
        dossier = (
            dossier_scope(user)
            .select_related("round__organizer", "organization", "created_by")
            .get(pk=pk)
        )
    except (Dossier.DoesNotExist, ValueError, TypeError):
        raise Http404(NOT_FOUND) from None
    if write and not has_cap_over(user, Cap.NOMINATE, dossier.organization.path):
        raise PermissionDenied("Bạn chỉ có quyền xem hồ sơ này.")
    return dossier


def round_get_for_user(user: Any, pk: Any, manage: bool = False) -> ReviewRound:
    """The round, or 404 if the user sees neither its organiser nor a unit below it; with
    `manage`, 403 unless the user holds APPRAISE over the organiser."""
    try:
        found = round_scope(user).select_related("organizer", "movement").get(pk=pk)
    except (ReviewRound.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy đợt xét khen thưởng.") from None
    if manage and not has_cap_over(user, Cap.APPRAISE, found.organizer.path):
        raise PermissionDenied("Bạn không có quyền quản lý đợt xét này.")
    return found
