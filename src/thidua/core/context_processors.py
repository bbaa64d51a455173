from typing import Any

from django.http import HttpRequest

from thidua.core.permissions import Cap, has_cap, is_system_admin


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
            "own_person_id": getattr(user, "person_id", None),
        }
    }
