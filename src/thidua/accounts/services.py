"""Writes to accounts: users, roles and the second factor."""

from typing import Any

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from thidua.accounts.models import RoleAssignment, User
from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.organizations.models import Organization, Person


@transaction.atomic
def user_create(
    *,
    actor: Any,
    username: str,
    password: str | None,
    full_name: str = "",
    email: str = "",
    person: Person | None = None,
) -> User:
    # "Phạm Thị Thu": family and middle names "Phạm Thị", given name "Thu"
    family, _, given = " ".join(full_name.split()).rpartition(" ")
    user = User(
        username=username,
        email=email,
        first_name=given,
        last_name=family,
        person=person,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    event_record(
        actor=actor, event_type=EventType.USER_CREATED, subject=user, data={"username": username}
    )
    return user


@transaction.atomic
def role_grant(*, actor: Any, user: User, role: str, organization: Organization) -> RoleAssignment:
    assignment, created = RoleAssignment.objects.get_or_create(
        user=user, role=role, organization=organization
    )
    if created:
        event_record(
            actor=actor,
            event_type=EventType.ROLE_GRANTED,
            subject=user,
            organization=organization,
            data={"role": role, "organization": organization.code},
        )
    return assignment


@transaction.atomic
def role_revoke(*, actor: Any, assignment: RoleAssignment) -> None:
    event_record(
        actor=actor,
        event_type=EventType.ROLE_REVOKED,
        subject=assignment.user,
        organization=assignment.organization,
        data={"role": assignment.role, "organization": assignment.organization.code},
    )
    assignment.delete()


def totp_device_pending(*, user: Any) -> TOTPDevice:
    """The user's unconfirmed TOTP device, created on first visit to the setup page."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=False)


@transaction.atomic
def totp_device_confirm(*, user: Any, device: TOTPDevice, token: str) -> bool:
    if not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    event_record(actor=user, event_type=EventType.USER_OTP_ENABLED, subject=user)
    return True
