"""The units and staff in scope → .xlsx in the template's layout, so an export re-imports.

Active units and the people holding an open post in them, with that post; dissolved units
and past posts are history, kept in the system, not in this working list.
"""

from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.permissions import Cap, org_scope
from thidua.organizations.imports.template import layout_workbook
from thidua.organizations.models import Employment, Gender, Organization, OrgKind, StaffCategory


def export_units(*, user: Any, root: Organization | None = None) -> QuerySet[Organization]:
    """Active units the user may import into (all for the system), optionally one subtree."""
    units = Organization.objects.all() if user is None else org_scope(user, Cap.IMPORT)
    units = units.filter(valid_to__isnull=True)
    if root is not None:
        units = units.filter(path__startswith=root.path)
    return units.order_by("path")


def _unit_rows(units: QuerySet[Organization]) -> Iterator[list[Any]]:
    kinds = dict(OrgKind.choices)
    for unit in units.values(
        "code", "name", "short_name", "kind", "parent__code", "place", "valid_from"
    ):
        yield [
            unit["code"],
            unit["name"],
            unit["short_name"],
            str(kinds.get(unit["kind"], unit["kind"])),
            unit["parent__code"] or "",
            unit["place"],
            unit["valid_from"],
        ]


def _staff_rows(units: QuerySet[Organization]) -> Iterator[list[Any]]:
    genders, categories = dict(Gender.choices), dict(StaffCategory.choices)
    jobs = (
        Employment.objects.filter(organization__in=units, end_date__isnull=True)
        .order_by("organization__path", "person__name_folded", "person_id")
        .values_list(
            "person__full_name",
            "person__birth_date",
            "person__gender",
            "person__national_id",
            "person__civil_servant_code",
            "person__email",
            "person__phone",
            "organization__code",
            "position",
            "staff_category",
            "start_date",
        )
    )
    for (
        name,
        birth,
        gender,
        nid,
        cs_code,
        email,
        phone,
        code,
        position,
        category,
        start,
    ) in jobs.iterator(2000):
        yield [
            name,
            birth,
            str(genders.get(gender, "")),
            nid or "",
            cs_code,
            email,
            phone,
            code,
            position,
            str(categories.get(category, category)),
            start,
        ]


def staff_export(*, user: Any, root: Organization | None = None) -> bytes:
    """The workbook of the user's scope (or of `root`'s subtree), and an audit event."""
    units = export_units(user=user, root=root)
    unit_count = units.count()
    staff_count = Employment.objects.filter(organization__in=units, end_date__isnull=True).count()
    content = layout_workbook(_unit_rows(units), _staff_rows(units), (unit_count, staff_count))
    event_record(
        actor=user,
        event_type=EventType.EXPORT_DOWNLOADED,
        subject=root,
        organization=root,
        data={"what": "staff.xlsx", "units": unit_count, "staff": staff_count},
    )
    return content
