"""Factories that go through the services, so paths, versions and audit rows are real."""

import datetime as dt
import itertools
from typing import Any

from thidua.accounts.models import User
from thidua.accounts.services import role_grant, user_create
from thidua.organizations.models import Organization, Person
from thidua.organizations.people import person_create
from thidua.organizations.services import org_create

PASSWORD = "Mat-khau-thu-nghiem-2026"
_seq = itertools.count(1)


def make_org(
    name: str,
    *,
    parent: Organization | None = None,
    kind: str = "division",
    code: str | None = None,
    valid_from: dt.date = dt.date(2015, 1, 1),
    **kwargs: Any,
) -> Organization:
    return org_create(
        actor=None,
        code=code or f"U{next(_seq):04d}",
        name=name,
        kind=kind,
        parent=parent,
        valid_from=valid_from,
        **kwargs,
    )


def national_id_for(birth: dt.date, gender: str, province: str = "014") -> str:
    century = {1900: 0, 2000: 2}[birth.year // 100 * 100]
    digit = century + (1 if gender == "female" else 0)
    return f"{province}{digit}{birth.year % 100:02d}{next(_seq) % 1_000_000:06d}"


def make_person(
    full_name: str = "Nguyễn Văn An",
    *,
    org: Organization | None = None,
    birth: dt.date = dt.date(1985, 3, 2),
    gender: str = "male",
    start: dt.date = dt.date(2015, 1, 1),
    with_id: bool = True,
    **kwargs: Any,
) -> Person:
    data = {
        "full_name": full_name,
        "birth_date": birth,
        "gender": gender,
        "national_id": national_id_for(birth, gender) if with_id else None,
        **kwargs,
    }
    return person_create(
        actor=None, data=data, organization=org, position="Chuyên viên", start_date=start
    )


def make_user(
    username: str,
    role: str | None = None,
    org: Organization | None = None,
    person: Person | None = None,
    password: str | None = None,
    **kwargs: Any,
) -> User:
    """A user with `role` over `org`; passwords (argon2, slow on purpose) only when a test logs in."""
    user = user_create(
        actor=None,
        username=username,
        password=password,
        full_name=username,
        person=person,
        **kwargs,
    )
    if role and org:
        role_grant(actor=None, user=user, role=role, organization=org)
    return user
