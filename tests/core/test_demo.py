"""`thidua loaddemo`: the demo organisations, people, history and accounts."""

import datetime as dt
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import TestCase, override_settings

from tests.factories import make_org
from thidua.accounts.models import Role, RoleAssignment, User
from thidua.audit.models import Event
from thidua.core.demo import ACCOUNTS, DEMO_PASSWORD, demo_accounts, load_demo
from thidua.core.demo.names import EMAIL_DOMAIN
from thidua.core.demo.plan import build_plan, retirement_day
from thidua.core.permissions import person_scope
from thidua.core.validators import check_national_id
from thidua.organizations.models import Employment, Organization, OrgKind, Person
from thidua.organizations.selectors import TreeNode, org_tree_as_of

SEED_YEAR_END = dt.date(2023, 12, 31)
COLLECTIVES = (OrgKind.DIVISION, OrgKind.PUBLIC_SERVICE_UNIT)
# CCCD province codes of the demo provinces and of the other birthplaces the demo draws
DEMO_CCCD_PROVINCES = {"010", "014", "037", "070", "015", "035", "036", "075"}
OTHER_CCCD_PROVINCES = {"001", "025", "030", "034", "038", "040", "033", "036"}


def _find(nodes: list[TreeNode], code: str) -> TreeNode | None:
    for node in nodes:
        if node.code == code:
            return node
        found = _find(node.children, code)
        if found is not None:
            return found
    return None


def _staff(node: TreeNode) -> int:
    return node.headcount + sum(_staff(child) for child in node.children)


# Argon2 for ten accounts would dominate the run; the password check below still works.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class DemoLoadedTest(TestCase):
    result: Any

    @classmethod
    def setUpTestData(cls) -> None:
        cls.result = load_demo()

    def test_it_loads_on_an_empty_database(self) -> None:
        plan = build_plan()
        assert self.result.loaded
        assert Organization.objects.count() == len(plan.orgs)
        assert Person.objects.count() == len(plan.people) > 800
        assert Event.objects.filter(event_type="organization.merged").exists()
        assert Event.objects.filter(event_type="person.created").count() == len(plan.people)

    def test_it_reproduces_lao_cai_2023_from_seed_004(self) -> None:
        admin = User.objects.get(username="admin")
        department = _find(org_tree_as_of(user=admin, day=SEED_YEAR_END), "LCI-SLDTBXH")
        assert department is not None
        assert department.name == "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai"
        assert len([c for c in department.children if c.kind in COLLECTIVES]) == 14
        assert _staff(department) == 224

    def test_it_keeps_the_other_departments_in_range(self) -> None:
        admin = User.objects.get(username="admin")
        tree = org_tree_as_of(user=admin, day=SEED_YEAR_END)
        for province in ("SLA", "NBH", "BPC"):
            department = _find(tree, f"{province}-SLDTBXH")
            assert department is not None
            assert 8 <= len(department.children) <= 12
            assert 60 <= _staff(department) <= 120

    def test_it_shows_the_2025_merger_in_todays_tree(self) -> None:
        admin = User.objects.get(username="admin")
        today = org_tree_as_of(user=admin, day=dt.date.today())
        assert _find(today, "LCI-SLDTBXH") is None
        home = _find(today, "LCI-SNV")
        assert home is not None
        assert "LCI-SLDTBXH-NCC" in [c.code for c in home.children]
        labour = Organization.objects.get(code="LCI-SLDTBXH")
        assert labour.valid_to == dt.date(2025, 3, 1)
        assert labour.successor is not None and labour.successor.code == "LCI-SNV"

    def test_it_merges_the_provinces_on_1_july_2025(self) -> None:
        merged = {"YBI": "LCI", "HNM": "NBH", "NDH": "NBH", "BPC": "DNI"}
        for source, target in merged.items():
            province = Organization.objects.get(code=source)
            assert province.valid_to == dt.date(2025, 7, 1)
            assert province.successor is not None and province.successor.code == target
        roots = Organization.objects.filter(parent__isnull=True, valid_to__isnull=True)
        assert set(roots.values_list("code", flat=True)) == {"LCI", "SLA", "NBH", "DNI"}
        assert Event.objects.filter(data__decision="Nghị quyết 202/2025/QH15").exists()

    def test_it_closes_the_district_offices_without_leaving_staff_behind(self) -> None:
        offices = Organization.objects.filter(kind=OrgKind.DISTRICT_OFFICE)
        assert offices.count() == 18
        assert set(offices.values_list("valid_to", flat=True)) == {dt.date(2025, 7, 1)}
        closed = Employment.objects.filter(organization__valid_to__isnull=False)
        assert not closed.filter(end_date__isnull=True).exists()

    def test_it_gives_some_people_several_posts(self) -> None:
        posts = [p.employments.count() for p in Person.objects.prefetch_related("employments")]
        assert sum(1 for n in posts if n >= 3) >= 20

    def test_every_cccd_is_valid_and_fictitious_looking(self) -> None:
        for person in Person.objects.all():
            assert person.national_id is not None
            assert check_national_id(person.national_id, person.birth_date, person.gender) == []
            assert person.national_id[:3] in DEMO_CCCD_PROVINCES | OTHER_CCCD_PROVINCES
            assert person.birth_date is not None and 1966 <= person.birth_date.year <= 2000
            assert person.email.endswith(f"@{EMAIL_DOMAIN}")

    def test_each_role_has_an_account(self) -> None:
        assert set(RoleAssignment.objects.values_list("role", flat=True)) == set(Role.values)
        assert [a.username for a in demo_accounts()] == [a.username for a in ACCOUNTS]
        staff = User.objects.get(username="nhanvien")
        assert staff.check_password(DEMO_PASSWORD)
        assert staff.person is not None
        assert staff.person.current_organization is not None
        assert staff.person.current_organization.code == "LCI-SLDTBXH-NCC"

    def test_the_other_unit_persona_sees_none_of_lao_cai(self) -> None:
        lao_cai = User.objects.get(username="canbo.tdkt")
        ninh_binh = User.objects.get(username="canbo.ninhbinh")
        assert person_scope(lao_cai).filter(current_organization__code="LCI-SLDTBXH-NCC").exists()
        assert (
            not person_scope(ninh_binh)
            .filter(current_organization__code__startswith="LCI")
            .exists()
        )

    def test_it_is_idempotent(self) -> None:
        counts = (Organization.objects.count(), Person.objects.count(), User.objects.count())
        again = load_demo()
        forced = load_demo(force=True)
        assert not again.loaded and not forced.loaded
        assert (
            Organization.objects.count(),
            Person.objects.count(),
            User.objects.count(),
        ) == counts

    def test_demoaccounts_prints_the_table(self) -> None:
        out = StringIO()
        call_command("demoaccounts", stdout=out)
        text = out.getvalue()
        assert "canbo.tdkt" in text and "Sở Nội vụ tỉnh Lào Cai" in text
        assert DEMO_PASSWORD in text


@pytest.mark.django_db
def test_it_skips_a_database_that_has_organisations() -> None:
    make_org("UBND tỉnh Sơn La", kind="provincial_committee", code="SLA")
    out = StringIO()
    call_command("loaddemo", stdout=out)
    assert "bỏ qua" in out.getvalue()
    assert Organization.objects.count() == 1
    assert not User.objects.filter(username="admin").exists()


@pytest.mark.django_db
def test_demoaccounts_says_when_nothing_is_loaded() -> None:
    out = StringIO()
    call_command("demoaccounts", stdout=out)
    assert "loaddemo" in out.getvalue()


def test_the_plan_is_deterministic() -> None:
    assert build_plan() == build_plan()


@pytest.mark.parametrize(
    ("birth", "gender", "retires"),
    [
        (dt.date(1966, 1, 15), "female", dt.date(2021, 6, 1)),  # 55 years 4 months in 2021
        (dt.date(1968, 3, 10), "female", dt.date(2024, 8, 1)),  # 56 years 4 months in 2024
        (dt.date(1966, 5, 20), "male", dt.date(2028, 6, 1)),  # 62 years, reached in 2028
    ],
)
def test_retirement_day_follows_the_2019_labour_code(
    birth: dt.date, gender: str, retires: dt.date
) -> None:
    assert retirement_day(birth, gender) == retires
