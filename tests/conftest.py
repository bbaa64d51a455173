"""A small organisation tree and the personas every permission test uses.

UBND tỉnh Sơn La (province)
└── Sở Lao động - Thương binh và Xã hội (dept)
    ├── Phòng Lao động - Việc làm (unit_a)      officer_a, clerk_a, head_a, staff_a (person)
    └── Phòng Người có công (unit_b)            officer_b (the negative persona)
Sở Nội vụ (home_affairs)
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client, TransactionTestCase

from tests.factories import make_org, make_person, make_user
from thidua.accounts.models import Role


@dataclass
class Tree:
    province: Any
    dept: Any
    unit_a: Any
    unit_b: Any
    home_affairs: Any


@pytest.fixture
def tree(db: Any) -> Tree:
    province = make_org("UBND tỉnh Sơn La", kind="provincial_committee", code="SLA")
    dept = make_org(
        "Sở Lao động - Thương binh và Xã hội", parent=province, kind="department", code="SLA-LDTBXH"
    )
    return Tree(
        province=province,
        dept=dept,
        unit_a=make_org("Phòng Lao động - Việc làm", parent=dept, code="SLA-LDTBXH-LDVL"),
        unit_b=make_org("Phòng Người có công", parent=dept, code="SLA-LDTBXH-NCC"),
        home_affairs=make_org("Sở Nội vụ", parent=province, kind="department", code="SLA-SNV"),
    )


@dataclass
class Personas:
    officer_a: Any
    officer_b: Any
    dept_officer: Any
    clerk_a: Any
    council_member: Any
    leader: Any
    auditor: Any
    staff_a: Any
    admin: Any


@pytest.fixture
def personas(tree: Tree) -> Personas:
    staff_person = make_person(
        "Trần Thị Bình", org=tree.unit_a, gender="female", birth=dt.date(1990, 5, 17)
    )
    return Personas(
        officer_a=make_user("officer_a", Role.EMULATION_OFFICER, tree.unit_a),
        officer_b=make_user("officer_b", Role.EMULATION_OFFICER, tree.unit_b),
        dept_officer=make_user("dept_officer", Role.EMULATION_OFFICER, tree.dept),
        clerk_a=make_user("clerk_a", Role.UNIT_CLERK, tree.unit_a),
        council_member=make_user("council", Role.COUNCIL_MEMBER, tree.dept),
        leader=make_user("leader", Role.SIGNING_LEADER, tree.dept),
        auditor=make_user("auditor", Role.AUDITOR, tree.dept),
        staff_a=make_user("staff_a", Role.STAFF, tree.unit_a, person=staff_person),
        admin=make_user("sysadmin", Role.SYSTEM_ADMIN, tree.province),
    )


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def verified_client_for(user: Any) -> Client:
    """A client that passed the second factor, as system administrators must."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client = client_for(user)
    client.post("/tai-khoan/xac-thuc/", {"token": f"{totp(device.bin_key):06d}", "next": "/"})
    return client


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Any) -> None:
    """Tests read static files from the source tree and write media to a temporary folder."""
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.AXES_ENABLED = False


def _catalogue_reseed() -> None:
    import importlib

    from django.apps import apps

    from thidua.rules.models import AwardType

    if not AwardType.objects.exists():
        importlib.import_module("thidua.rules.migrations.0002_seed_catalogue").seed(apps, None)


def _teardown_then_reseed(self: TransactionTestCase) -> None:
    """A transactional test (the browser's, the concurrency ones) ends by emptying every
    table, including the award catalogue the rules migration seeded; put it back at once so
    the next test in this process finds the catalogue every database starts with."""
    _flush_teardown(self)
    _catalogue_reseed()


_flush_teardown = TransactionTestCase._fixture_teardown
TransactionTestCase._fixture_teardown = _teardown_then_reseed  # type: ignore[method-assign]
