"""Reads of organisations and people; every list is joined and scoped here."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from thidua.core.permissions import Cap, is_system_admin, org_scope, person_scope
from thidua.core.text import fold
from thidua.organizations.models import (
    Employment,
    ImportLog,
    Organization,
    OrganizationVersion,
    Person,
)


@dataclass
class TreeNode:
    organization_id: int
    code: str
    name: str
    short_name: str
    kind: str
    kind_label: str
    active: bool
    headcount: int = 0
    children: list["TreeNode"] = field(default_factory=list)


def org_tree_as_of(*, user: Any, day: dt.date) -> list[TreeNode]:
    """The organisation tree as it stood on `day`: names and parents of that date.

    Limited to the units the user may see; a visible unit whose parent is not visible
    becomes a root of the user's forest.
    """
    visible = org_scope(user, Cap.VIEW)
    versions = (
        OrganizationVersion.objects.filter(organization__in=visible, valid_from__lte=day)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gt=day))
        .select_related("organization")
        .order_by("organization__path")
    )
    counts = dict(
        Employment.objects.filter(organization__in=visible, start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .values_list("organization")
        .annotate(n=Count("id"))
        .values_list("organization", "n")
    )
    nodes: dict[int, TreeNode] = {}
    parents: dict[int, int | None] = {}
    for v in versions:
        nodes[v.organization_id] = TreeNode(
            organization_id=v.organization_id,
            code=v.organization.code,
            name=v.name,
            short_name=v.short_name,
            kind=v.kind,
            kind_label=v.get_kind_display(),
            active=v.organization.is_active_on(day),
            headcount=counts.get(v.organization_id, 0),
        )
        parents[v.organization_id] = v.parent_id
    roots = []
    for org_id, node in nodes.items():
        parent_id = parents[org_id]
        if parent_id in nodes:
            nodes[parent_id].children.append(node)
        else:
            roots.append(node)
    _sort(roots)
    return roots


def _sort(nodes: list[TreeNode]) -> None:
    """Units by name within each level: the order of the paper organisation charts."""
    nodes.sort(key=lambda n: fold(n.name))
    for node in nodes:
        _sort(node.children)


def org_version_on(org: Organization, day: dt.date) -> OrganizationVersion | None:
    return (
        org.versions.filter(valid_from__lte=day)
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gt=day))
        .first()
    )


def org_headcount(org: Organization, day: dt.date, subtree: bool = False) -> int:
    """People employed on `day` in `org` (or in its whole current subtree)."""
    jobs = Employment.objects.filter(start_date__lte=day).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=day)
    )
    if subtree:
        return jobs.filter(organization__path__startswith=org.path).count()
    return jobs.filter(organization=org).count()


def org_final_successor(org: Organization) -> Organization:
    """Follow successor links to the unit that carries `org`'s history today."""
    seen = {org.pk}
    while org.successor_id is not None and org.successor_id not in seen:
        org = org.successor  # type: ignore[assignment]
        seen.add(org.pk)
    return org


def person_employment_on(person: Person, day: dt.date) -> Employment | None:
    """The post a person held on `day` (the unit for the year is the one at year's end)."""
    return (
        person.employments.filter(start_date__lte=day)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=day))
        .select_related("organization")
        .order_by("-start_date")
        .first()
    )


def person_list(
    *, user: Any, query: str = "", organization: Organization | None = None, subtree: bool = True
) -> QuerySet[Person]:
    """People visible to `user`, searched ignoring case and diacritics, joined for the list page."""
    people = person_scope(user, Cap.VIEW).select_related("current_organization")
    folded = fold(query)
    if folded:
        if folded.isdigit():
            people = people.filter(
                Q(national_id__startswith=folded) | Q(civil_servant_code__startswith=folded)
            )
        else:
            people = people.filter(name_folded__contains=folded)
    if organization is not None:
        if subtree:
            people = people.filter(current_organization__path__startswith=organization.path)
        else:
            people = people.filter(current_organization=organization)
    return people.only(
        "id",
        "full_name",
        "birth_date",
        "gender",
        "national_id",
        "current_position",
        "current_organization__id",
        "current_organization__code",
        "current_organization__name",
        "current_organization__short_name",
    ).order_by("name_folded", "id")


def person_duplicates(
    *,
    national_id: str | None,
    full_name: str,
    birth_date: dt.date | None,
    exclude_pk: int | None = None,
) -> list[tuple[Person, str]]:
    """Likely duplicates of a person: the same CCCD, or the same name and birth date."""
    found: list[tuple[Person, str]] = []
    people = Person.objects.exclude(pk=exclude_pk) if exclude_pk else Person.objects.all()
    if national_id:
        found += [(p, "Trùng số CCCD") for p in people.filter(national_id=national_id)]
    if birth_date:
        same = people.filter(name_folded=fold(full_name), birth_date=birth_date)
        found += [(p, "Trùng họ tên và ngày sinh") for p in same if p not in [f[0] for f in found]]
    return found


def person_history(person: Person) -> QuerySet[Employment]:
    return person.employments.select_related("organization", "organization__successor").order_by(
        "-start_date"
    )


def import_log_list(*, user: Any) -> QuerySet[ImportLog]:
    """Excel uploads the user may review: their own, or all for a system administrator."""
    logs = ImportLog.objects.select_related("uploaded_by").defer("errors")
    return logs if is_system_admin(user) else logs.filter(uploaded_by=user)
