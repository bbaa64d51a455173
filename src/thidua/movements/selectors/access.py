"""Who sees and does what in a movement, from the one permission module (core/permissions.py).

A user *oversees* a movement when its organiser or scope is in their view scope (the
department's officers, council, leaders, auditors): they see every unit's records. A user
who only sees some participants (an officer, head or clerk of a division) sees the
movement once launched, and only their own units' registrations, targets and reports:
everything else is "not found" (404), as elsewhere in the application.
"""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, scope_paths
from thidua.movements.models import Movement, MovementStatus, Participant

NOT_FOUND = "Không tìm thấy phong trào thi đua."


def covered(path: str, paths: list[str] | None) -> bool:
    """Is the organisation at `path` inside one of the subtrees `paths` (None: everywhere)?"""
    return paths is None or any(path.startswith(p) for p in paths)


@dataclass(frozen=True)
class MovementAccess:
    oversee: bool  # sees every participant's records
    manage: bool  # runs the movement: MANAGE_MOVEMENTS over the organiser
    view_units: frozenset[int]  # participant organisations whose records the user sees
    register_units: frozenset[int]  # … for which the user may register
    report_units: frozenset[int]  # … for which the user records progress and reports

    def sees_unit(self, org_id: int | None) -> bool:
        return self.oversee or (org_id is not None and org_id in self.view_units)


def movement_access(
    user: Any, movement: Movement, participants: list[tuple[int, str]] | None = None
) -> MovementAccess:
    """The user's rights in `movement`; `participants` are (organisation id, path) pairs
    when the caller already has them (one query otherwise)."""
    if participants is None:
        participants = list(
            movement.participants.values_list("organization_id", "organization__path")
        )
    view = scope_paths(user, Cap.VIEW)
    oversee = covered(movement.organizer.path, view) or covered(movement.scope.path, view)

    def units(cap: Cap) -> frozenset[int]:
        paths = scope_paths(user, cap)
        return frozenset(org_id for org_id, path in participants if covered(path, paths))

    return MovementAccess(
        oversee=oversee,
        manage=covered(movement.organizer.path, scope_paths(user, Cap.MANAGE_MOVEMENTS)),
        view_units=frozenset(o for o, _ in participants) if oversee else units(Cap.VIEW),
        register_units=units(Cap.REGISTER),
        report_units=units(Cap.REPORT),
    )


def _paths_q(paths: list[str], field: str) -> Q:
    q = Q(pk__in=[])
    for p in paths:
        q |= Q(**{f"{field}__startswith": p})
    return q


def movement_scope(user: Any) -> QuerySet[Movement]:
    """Movements the user may see: those organised or scoped inside their view scope
    (drafts included), and launched ones in which one of their units takes part."""
    paths = scope_paths(user, Cap.VIEW)
    movements = Movement.objects.all()
    if paths is None:
        return movements
    if not paths:
        return movements.none()
    takes_part = Participant.objects.filter(
        _paths_q(paths, "organization__path"), movement=OuterRef("pk")
    )
    own = _paths_q(paths, "organizer__path") | _paths_q(paths, "scope__path")
    return movements.filter(own | (Exists(takes_part) & ~Q(status=MovementStatus.DRAFT)))


def movement_get_for_user(
    user: Any, pk: Any, *, manage: bool = False
) -> tuple[Movement, MovementAccess]:
    """The movement and the user's rights in it; 404 when they may not see it, 403 when
    `manage` is asked of someone who may only look."""
    try:
        movement = movement_scope(user).select_related("organizer", "scope", "parent").get(pk=pk)
    except (Movement.DoesNotExist, ValueError, TypeError):
        raise Http404(NOT_FOUND) from None
    access = movement_access(user, movement)
    if not access.oversee and not access.view_units:
        raise Http404(NOT_FOUND)
    if manage and not access.manage:
        raise PermissionDenied("Bạn không có quyền quản lý phong trào này.")
    return movement, access
