"""One demo account per role, and the table that `make run` prints.

The personas follow the seed documents: the emulation work of Lào Cai's department (since
01/03/2025 Sở Nội vụ tỉnh Lào Cai), one of its divisions, and an officer of Ninh Bình as
the "other unit" who must not see Lào Cai's people.
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch

from thidua.accounts.models import Role, RoleAssignment, User
from thidua.accounts.services import role_grant, user_create
from thidua.core.demo import catalogue as cat
from thidua.organizations.models import Organization, OrgKind, Person

DEMO_PASSWORD = "ThiDua@2026"

DIVISION = cat.labour_code("LCI", "NCC")  # Phòng Người có công, under Sở Nội vụ since 2025
DEPARTMENT = cat.home_code("LCI")
TODAY_ROOTS = tuple(p.code for p in cat.PROVINCES if not p.merged_into)


@dataclass(frozen=True)
class AccountSpec:
    username: str
    role: str
    scopes: tuple[str, ...]  # organisation codes
    person_tag: str = ""  # the demo person the account belongs to, if any
    full_name: str = ""  # for accounts without a person


ACCOUNTS: tuple[AccountSpec, ...] = (
    AccountSpec("admin", Role.SYSTEM_ADMIN, TODAY_ROOTS, full_name="Quản trị hệ thống"),
    AccountSpec("canbo.tdkt", Role.EMULATION_OFFICER, (DEPARTMENT,), "canbo.tdkt"),
    AccountSpec("truongphong", Role.UNIT_HEAD, (DIVISION,), "truongphong"),
    AccountSpec("vanthu", Role.UNIT_CLERK, (DIVISION,), "vanthu"),
    AccountSpec("hoidong", Role.COUNCIL_MEMBER, (DEPARTMENT,), "hoidong"),
    AccountSpec("thuky", Role.COUNCIL_SECRETARY, (DEPARTMENT,), "thuky"),
    AccountSpec("lanhdao", Role.SIGNING_LEADER, (DEPARTMENT,), "lanhdao"),
    AccountSpec("nhanvien", Role.STAFF, (DIVISION,), "nhanvien"),
    AccountSpec("kiemtra", Role.AUDITOR, (DEPARTMENT,), full_name="Kiểm tra viên"),
    AccountSpec(
        "canbo.ninhbinh", Role.EMULATION_OFFICER, (cat.home_code("NBH"),), "canbo.ninhbinh"
    ),
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    scope: str
    person: str


def accounts_create(*, actor: Any, people: dict[str, Person]) -> list[User]:
    """Create the demo accounts (all with `DEMO_PASSWORD`) and grant their roles."""
    users = []
    for spec in ACCOUNTS:
        person = people.get(spec.person_tag)
        user = user_create(
            actor=actor,
            username=spec.username,
            password=DEMO_PASSWORD,
            person=person,
            full_name=person.full_name if person else spec.full_name,
            email=person.email if person else f"{spec.username}@demo.thidua.invalid",
        )
        for code in spec.scopes:
            role_grant(
                actor=actor,
                user=user,
                role=spec.role,
                organization=Organization.objects.get(code=code),
            )
        users.append(user)
    return users


def _scope_label(org: Organization) -> str:
    if org.kind in (OrgKind.DIVISION, OrgKind.PUBLIC_SERVICE_UNIT) and org.parent is not None:
        return f"{org.name} – {org.parent.name}"
    return org.name


def demo_accounts() -> list[DemoAccount]:
    """The demo accounts that exist in the database, in the order of `ACCOUNTS`."""
    grants = RoleAssignment.objects.select_related("organization__parent").order_by("id")
    users = (
        User.objects.filter(username__in=[a.username for a in ACCOUNTS])
        .select_related("person")
        .prefetch_related(Prefetch("role_assignments", queryset=grants))
    )
    by_name = {u.username: u for u in users}
    rows = []
    for spec in ACCOUNTS:
        user = by_name.get(spec.username)
        if user is None:
            continue
        scope = "; ".join(
            _scope_label(g.organization) for g in user.role_assignments.all() if g.role == spec.role
        )
        rows.append(
            DemoAccount(
                spec.username,
                str(Role(spec.role).label),
                scope,
                user.person.full_name if user.person else "",
            )
        )
    return rows


def accounts_table(rows: list[DemoAccount]) -> str:
    """A plain-text table of the demo accounts, with the shared password."""
    if not rows:
        return "Chưa có tài khoản mẫu. Chạy `thidua loaddemo` để nạp dữ liệu mẫu."
    header = ("Tài khoản", "Vai trò", "Phạm vi")
    cells = [header, *((r.username, r.role, r.scope) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(2)]
    lines = [f"{c[0].ljust(widths[0])}  {c[1].ljust(widths[1])}  {c[2]}" for c in cells]
    rule = widths[0] + widths[1] + 4 + max(len(c[2]) for c in cells)
    lines.insert(1, "-" * min(rule, 100))
    lines += [
        "",
        f"Mật khẩu chung của mọi tài khoản mẫu: {DEMO_PASSWORD}",
        "Tài khoản quản trị (admin) phải cài đặt xác thực hai lớp (TOTP) ở lần đăng nhập đầu.",
        "Mọi cá nhân trong dữ liệu mẫu đều là hư cấu. Không dùng dữ liệu mẫu trên hệ thống thật.",
    ]
    return "\n".join(lines)
