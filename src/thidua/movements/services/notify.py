"""In-application notifications and the e-mails that go with them."""

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from thidua.accounts.models import Role, RoleAssignment, User
from thidua.movements.models import Notification

# Who hears about a unit's registration and reports: the people working on them there.
UNIT_ROLES = (Role.UNIT_HEAD, Role.UNIT_CLERK, Role.EMULATION_OFFICER)


def unit_users(org_ids: Iterable[int]) -> dict[int, list[User]]:
    """Users holding a unit role on each organisation itself (not on a parent)."""
    found: dict[int, list[User]] = {}
    grants = (
        RoleAssignment.objects.filter(organization_id__in=list(org_ids), role__in=UNIT_ROLES)
        .select_related("user")
        .order_by("organization_id", "user_id")
    )
    for grant in grants:
        users = found.setdefault(grant.organization_id, [])
        if grant.user.is_active and grant.user not in users:
            users.append(grant.user)
    return found


def staff_users(paths: Iterable[str]) -> list[User]:
    """Staff accounts (role `staff`) held on a unit inside one of the subtrees `paths`:
    those who register their own titles."""
    prefixes = tuple(paths)
    grants = RoleAssignment.objects.filter(role=Role.STAFF, user__is_active=True).select_related(
        "user", "organization"
    )
    found: dict[int, User] = {}
    for grant in grants.order_by("user_id"):
        if prefixes and grant.organization.path.startswith(prefixes):
            found.setdefault(grant.user_id, grant.user)
    return list(found.values())


def notify(
    *, users: Iterable[Any], text: str, url: str = "", key: str = "", email: bool = False
) -> int:
    """Add a notification for each user (once per `key`), and e-mail it if asked.

    Returns how many were new. E-mails leave after the transaction commits.
    """
    created = 0
    for user in users:
        if key and Notification.objects.filter(user=user, key=key).exists():
            continue
        try:
            with transaction.atomic():
                Notification.objects.create(
                    user=user, text=text[:500], url=url, key=key, created_at=timezone.now()
                )
        except IntegrityError:  # the same reminder written by a concurrent run
            continue
        created += 1
        if email and user.email:
            _mail_on_commit(user.email, text, url)
    return created


def _mail_on_commit(address: str, text: str, url: str) -> None:
    link = f"{settings.SITE_URL}{url}" if url else settings.SITE_URL
    body = f"{text}\n\nXem chi tiết: {link}\n\n-- \nthidua · Phần mềm quản lý thi đua – khen thưởng"
    transaction.on_commit(lambda: send_mail(text[:120], body, None, [address], fail_silently=True))


def moment(day: dt.date | None) -> dt.datetime:
    """Now, or 9:00 on `day` when a service is told the day it acts on (demo data, tests)."""
    if day is None:
        return timezone.now()
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))


def notification_mark_read(*, user: Any, pk: int | None = None) -> int:
    """Mark one notification of the user (or all of them) as read."""
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if pk is not None:
        unread = unread.filter(pk=pk)
    return unread.update(read_at=timezone.now())
