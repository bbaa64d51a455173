from typing import Any

from django.http import HttpRequest

from thidua.accounts.models import Role
from thidua.core.permissions import Cap, has_cap, is_system_admin, roles_of


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Which menu entries the signed-in user may see (the permission module decides)."""
    user = request.user
    if not user.is_authenticated:
        return {"nav": {}}
    return {
        "nav": {
            "view": has_cap(user, Cap.VIEW),
            "import": has_cap(user, Cap.IMPORT),
            "audit": has_cap(user, Cap.VIEW_AUDIT),
            "admin": is_system_admin(user),
            "nominate": has_cap(user, Cap.NOMINATE),
            "appraise": has_cap(user, Cap.APPRAISE),
            "council": has_cap(user, Cap.RUN_COUNCIL),
            "decide": has_cap(user, Cap.DECIDE),
            # members get ballots; their role is on the already loaded assignments (no query)
            "council_member": bool(
                roles_of(user) & {Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.SIGNING_LEADER}
            ),
            "own_person_id": getattr(user, "person_id", None),
        }
    }
