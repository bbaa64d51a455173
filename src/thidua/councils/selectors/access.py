"""Who sees and runs a council, from the one permission module (core/permissions.py).

A council, its meetings and their results are visible to whoever sees the council's
organisation (its officers, council members and leaders); outside it they are "not found"
(404). Changing them needs RUN_COUNCIL over the organisation (the emulation officer, the
council's secretary); read-only users get 403. Ballots are for the members only (ballots.py).
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, has_cap_over, scope_paths
from thidua.councils.models import AgendaItem, Council, Meeting

READ_ONLY = "Bạn chỉ có quyền xem Hội đồng này."


def _paths_q(user: Any, cap: Cap, field: str) -> Q | None:
    paths = scope_paths(user, cap)
    if paths is None:
        return None
    q = Q(pk__in=[])
    for p in paths:
        q |= Q(**{f"{field}__startswith": p})
    return q


def council_scope(user: Any, cap: Cap = Cap.VIEW) -> QuerySet[Council]:
    q = _paths_q(user, cap, "organization__path")
    councils = Council.objects.select_related("organization")
    return councils if q is None else councils.filter(q)


def meeting_scope(user: Any) -> QuerySet[Meeting]:
    q = _paths_q(user, Cap.VIEW, "council__organization__path")
    meetings = Meeting.objects.select_related("council__organization", "round", "chair__user")
    return meetings if q is None else meetings.filter(q)


def can_run(user: Any, council: Council) -> bool:
    return has_cap_over(user, Cap.RUN_COUNCIL, council.organization.path)


def require_run(user: Any, council: Council) -> None:
    """The services' own check (views fetch with `manage=True` first)."""
    if user is not None and not can_run(user, council):
        raise PermissionDenied(READ_ONLY)


def council_get_for_user(user: Any, pk: Any, manage: bool = False) -> Council:
    try:
        council = council_scope(user).get(pk=pk)
    except (Council.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy Hội đồng.") from None
    if manage:
        require_run(user, council)
    return council


def meeting_get_for_user(user: Any, pk: Any, manage: bool = False) -> Meeting:
    try:
        meeting = meeting_scope(user).get(pk=pk)
    except (Meeting.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy phiên họp.") from None
    if manage:
        require_run(user, meeting.council)
    return meeting


def item_get_for_user(user: Any, pk: Any, manage: bool = False) -> AgendaItem:
    q = _paths_q(user, Cap.VIEW, "meeting__council__organization__path")
    items = AgendaItem.objects.select_related(
        "meeting__council__organization", "dossier__round", "dossier__organization"
    )
    try:
        item = (items if q is None else items.filter(q)).get(pk=pk)
    except (AgendaItem.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy nội dung họp.") from None
    if manage:
        require_run(user, item.meeting.council)
    return item
