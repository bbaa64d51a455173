"""Who hears of a dossier's moves: the unit that proposed it, the officers who review it."""

from typing import Any

from django.urls import reverse

from thidua.accounts.models import RoleAssignment, User
from thidua.core.permissions import ROLE_CAPS, Cap
from thidua.movements.services.notify import notify
from thidua.nominations.models import Dossier


def users_with_cap_over(cap: Cap, path: str) -> list[User]:
    """Active users holding `cap` on the organisation at `path` or on one of its ancestors."""
    prefixes = [path[:i] for i in range(9, len(path) + 1, 9)]
    grants = (
        RoleAssignment.objects.filter(
            role__in=ROLE_CAPS[cap], organization__path__in=prefixes, user__is_active=True
        )
        .select_related("user")
        .order_by("user_id")
    )
    users: dict[int, User] = {}
    for grant in grants:
        users.setdefault(grant.user_id, grant.user)
    return list(users.values())


def dossier_notify(*, dossier: Dossier, text: str, to: str, key: str = "") -> int:
    """Tell the unit (`to="unit"`) or the reviewing officers (`to="officer"`) about the
    dossier, in the application and by e-mail."""
    if to == "unit":
        users: list[Any] = users_with_cap_over(Cap.NOMINATE, dossier.organization.path)
    else:
        users = users_with_cap_over(Cap.APPRAISE, dossier.round.organizer.path)
    url = reverse("nominations:dossier-detail", args=[dossier.pk])
    return notify(users=users, text=text, url=url, key=key, email=True)
