"""The one place that knows who may do what where.

A role is held over an organisation and its whole subtree. Views, selectors, commands and
API endpoints ask this module; none of them test roles inline. Records outside the user's
scope are reported as missing (404), so a user of unit A cannot even learn that unit B's
record exists; records in scope that the user may only read give 403 on write.
"""

from enum import StrEnum
from functools import reduce
from operator import or_
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from thidua.accounts.models import Role, User
from thidua.organizations.models import Organization, Person


class Cap(StrEnum):
    VIEW = "view"  # see organisations, people and their history in scope
    EDIT_PEOPLE = "edit_people"  # add and edit people and employments
    MANAGE_ORGS = "manage_orgs"  # create, rename, merge, split, dissolve units
    IMPORT = "import"  # import and export staff lists
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_RULES = "manage_rules"  # change the award catalogue and the province settings
    MANAGE_MOVEMENTS = "manage_movements"  # launch and run movements, registration, reports
    REGISTER = "register"  # register a unit's collective and staff titles
    REPORT = "report"  # record progress on a unit's targets and submit its reports
    MANAGE_TEMPLATES = "manage_templates"  # replace the document templates of a subtree
    NOMINATE = "nominate"  # prepare and submit a unit's nomination dossiers
    APPRAISE = "appraise"  # open review rounds, receive, appraise and return dossiers
    RUN_COUNCIL = "run_council"  # keep the council's members, meetings, agendas and ballots
    DECIDE = "decide"  # draft, issue and revoke award decisions, print certificates


_ALL_READERS = {
    Role.SYSTEM_ADMIN,
    Role.EMULATION_OFFICER,
    Role.UNIT_HEAD,
    Role.UNIT_CLERK,
    Role.COUNCIL_MEMBER,
    Role.COUNCIL_SECRETARY,
    Role.SIGNING_LEADER,
    Role.AUDITOR,
}
_EDITORS = {Role.SYSTEM_ADMIN, Role.EMULATION_OFFICER, Role.UNIT_HEAD, Role.UNIT_CLERK}

ROLE_CAPS: dict[Cap, frozenset[Role]] = {
    Cap.VIEW: frozenset(_ALL_READERS),
    Cap.EDIT_PEOPLE: frozenset(_EDITORS),
    Cap.MANAGE_ORGS: frozenset({Role.SYSTEM_ADMIN, Role.EMULATION_OFFICER}),
    Cap.IMPORT: frozenset(_EDITORS),
    Cap.VIEW_AUDIT: frozenset(
        {Role.SYSTEM_ADMIN, Role.EMULATION_OFFICER, Role.UNIT_HEAD, Role.AUDITOR}
    ),
    Cap.MANAGE_USERS: frozenset({Role.SYSTEM_ADMIN}),
    Cap.MANAGE_RULES: frozenset({Role.SYSTEM_ADMIN, Role.EMULATION_OFFICER}),
    Cap.MANAGE_MOVEMENTS: frozenset({Role.SYSTEM_ADMIN, Role.EMULATION_OFFICER}),
    # Staff register their own titles without a role over the unit (movements/selectors.py).
    Cap.REGISTER: frozenset({Role.UNIT_HEAD, Role.UNIT_CLERK, Role.EMULATION_OFFICER}),
    Cap.REPORT: frozenset({Role.UNIT_HEAD, Role.UNIT_CLERK, Role.EMULATION_OFFICER}),
    Cap.MANAGE_TEMPLATES: frozenset({Role.SYSTEM_ADMIN, Role.EMULATION_OFFICER}),
    Cap.NOMINATE: frozenset({Role.UNIT_HEAD, Role.UNIT_CLERK, Role.EMULATION_OFFICER}),
    Cap.APPRAISE: frozenset({Role.EMULATION_OFFICER}),
    Cap.RUN_COUNCIL: frozenset({Role.EMULATION_OFFICER, Role.COUNCIL_SECRETARY}),
    # The signing leader issues; the officer drafts and records a signature made on paper.
    Cap.DECIDE: frozenset({Role.EMULATION_OFFICER, Role.SIGNING_LEADER}),
}


def _assignments(user: Any) -> list[tuple[str, str]]:
    """(role, organisation path) pairs of the user, cached on the user object per request."""
    cached = getattr(user, "_thidua_roles", None)
    if cached is None:
        cached = list(user.role_assignments.values_list("role", "organization__path"))
        user._thidua_roles = cached
    return cached


def is_system_admin(user: Any) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return bool(user.is_superuser) or any(r == Role.SYSTEM_ADMIN for r, _ in _assignments(user))


def roles_of(user: Any) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return {role for role, _ in _assignments(user)}


def scope_paths(user: Any, cap: Cap) -> list[str] | None:
    """Tree paths whose subtrees the user may act on with `cap`; None means everywhere."""
    if not getattr(user, "is_authenticated", False):
        return []
    if user.is_superuser:
        return None
    allowed = ROLE_CAPS[cap]
    paths = sorted({path for role, path in _assignments(user) if role in allowed})
    # drop paths already covered by an ancestor path
    return [p for p in paths if not any(p != q and p.startswith(q) for q in paths)]


def has_cap(user: Any, cap: Cap) -> bool:
    paths = scope_paths(user, cap)
    return paths is None or bool(paths)


def _path_q(paths: list[str], field: str) -> Q:
    return reduce(or_, (Q(**{f"{field}__startswith": p}) for p in paths))


def org_scope(user: Any, cap: Cap = Cap.VIEW) -> QuerySet[Organization]:
    paths = scope_paths(user, cap)
    orgs = Organization.objects.all()
    if paths is None:
        return orgs
    return orgs.filter(_path_q(paths, "path")) if paths else orgs.none()


def person_scope(user: Any, cap: Cap = Cap.VIEW) -> QuerySet[Person]:
    """People the user may see (or edit): those whose unit is in scope, and always oneself."""
    paths = scope_paths(user, cap)
    people = Person.objects.all()
    if paths is None:
        return people
    q = _path_q(paths, "current_organization__path") if paths else Q(pk__in=[])
    if user.is_authenticated and user.person_id and cap in (Cap.VIEW, Cap.EDIT_PEOPLE):
        q |= Q(pk=user.person_id)
    return people.filter(q)


def org_get_for_user(user: Any, pk: int, cap: Cap = Cap.VIEW) -> Organization:
    """The organisation, or 404 if the user cannot see it, or 403 if they may see but not `cap`."""
    try:
        org = org_scope(user, Cap.VIEW).get(pk=pk)
    except (Organization.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy đơn vị.") from None
    if cap != Cap.VIEW and not org_scope(user, cap).filter(pk=pk).exists():
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này với đơn vị này.")
    return org


def person_get_for_user(user: Any, pk: int, write: bool = False) -> Person:
    """The person, or 404 outside the user's scope, or 403 if read-only for this user."""
    try:
        person = person_scope(user, Cap.VIEW).select_related("current_organization").get(pk=pk)
    except (Person.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy cá nhân.") from None
    if write and not person_scope(user, Cap.EDIT_PEOPLE).filter(pk=pk).exists():
        raise PermissionDenied("Bạn chỉ có quyền xem hồ sơ này.")
    return person


def can_edit_person(user: Any, person: Person) -> bool:
    return person_scope(user, Cap.EDIT_PEOPLE).filter(pk=person.pk).exists()


def is_self_service(user: Any, person: Person) -> bool:
    """True when the user edits their own record without an editor role over it."""
    if user.person_id != person.pk:
        return False
    paths = scope_paths(user, Cap.EDIT_PEOPLE)
    if paths is None:
        return False
    org = person.current_organization
    return not (org and any(org.path.startswith(p) for p in paths))


def has_cap_over(user: Any, cap: Cap, path: str) -> bool:
    """May the user act with `cap` on the organisation at tree `path`?"""
    paths = scope_paths(user, cap)
    return paths is None or any(path.startswith(p) for p in paths)


def require_cap(user: Any, cap: Cap) -> None:
    if not has_cap(user, cap):
        raise PermissionDenied("Bạn không có quyền truy cập chức năng này.")


__all__ = [
    "ROLE_CAPS",
    "Cap",
    "User",
    "can_edit_person",
    "has_cap",
    "has_cap_over",
    "is_self_service",
    "is_system_admin",
    "org_get_for_user",
    "org_scope",
    "person_get_for_user",
    "person_scope",
    "require_cap",
    "roles_of",
    "scope_paths",
]
