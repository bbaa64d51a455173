"""Reads of accounts for the user-management pages."""

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from thidua.accounts.models import RoleAssignment, User
from thidua.core.permissions import Cap, scope_paths


def user_list_for_admin(*, admin: Any, query: str = "") -> QuerySet[User]:
    """Users with a role inside the admin's scope, or with no role yet (all for a global admin)."""
    users = User.objects.all()
    paths = scope_paths(admin, Cap.MANAGE_USERS)
    if paths is not None:
        scope = Q(role_assignments__isnull=True)
        for path in paths:
            scope |= Q(role_assignments__organization__path__startswith=path)
        users = users.filter(scope).distinct()
    if query:
        users = users.filter(
            Q(username__icontains=query)
            | Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
        )
    roles = RoleAssignment.objects.select_related("organization")
    return users.prefetch_related(Prefetch("role_assignments", queryset=roles)).order_by("username")
