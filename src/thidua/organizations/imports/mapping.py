"""Checked rows → models, through the organisation and people services.

The caller (`services.import_run`) holds the one transaction; everything here runs inside
it, so a failure half-way leaves the database as it was.
"""

from dataclasses import asdict
from typing import Any

from django.core.exceptions import ValidationError

from thidua.organizations.imports.checks.staff import KEEP, job_plan, person_match
from thidua.organizations.imports.ir import Batch, ImportFacts, PersonFact, StaffRow, UnitRow
from thidua.organizations.models import Organization, StaffCategory
from thidua.organizations.people import StaffImportItem, people_bulk_import
from thidua.organizations.services import org_create, org_update

# Fields an import fills only when the system has none (identity is corrected on the
# person's page, not by a spreadsheet), and contact fields the file may overwrite.
FILL_EMPTY = ("birth_date", "gender", "national_id", "civil_servant_code")
OVERWRITE = ("email", "phone")


def map_batch(
    *, actor: Any, batch: Batch, facts: ImportFacts, note: dict[str, Any]
) -> dict[str, int]:
    """Write units (parents first), then people and posts; returns what was done."""
    counts: dict[str, int] = {"units_created": 0, "units_updated": 0, "units_unchanged": 0}
    orgs = _map_units(actor, batch, facts, counts)
    items = [_staff_item(row, facts, orgs) for row in batch.staff]
    counts.update(asdict(people_bulk_import(actor=actor, items=items, note=note)))
    return counts


def _map_units(
    actor: Any, batch: Batch, facts: ImportFacts, counts: dict[str, int]
) -> dict[str, int]:
    """Create the new units parents first, correct the existing ones; returns code → id."""
    known = Organization.objects.in_bulk([fact.id for fact in facts.orgs.values()])
    by_code = {org.code: org for org in known.values()}
    for unit in batch.units:
        if unit.code in facts.orgs:
            counts[
                "units_updated"
                if _update_unit(actor, by_code[unit.code], unit)
                else "units_unchanged"
            ] += 1
    pending = [u for u in batch.units if u.code not in by_code]
    while pending:
        ready = [u for u in pending if not u.parent_code or u.parent_code in by_code]
        if not ready:
            raise ValidationError("Các đơn vị cấp trên tạo thành vòng lặp.")
        for unit in ready:
            by_code[unit.code] = _create_unit(actor, unit, by_code.get(unit.parent_code))
            counts["units_created"] += 1
        pending = [u for u in pending if u.code not in by_code]
    return {code: org.pk for code, org in by_code.items()}


def _create_unit(actor: Any, unit: UnitRow, parent: Organization | None) -> Organization:
    return org_create(
        actor=actor,
        code=unit.code,
        name=unit.name,
        kind=unit.kind,
        parent=parent,
        short_name=unit.short_name,
        place=unit.place,
        valid_from=unit.valid_from,
    )


def _update_unit(actor: Any, org: Organization, unit: UnitRow) -> bool:
    """Correct the short name and place (fields without history); True when changed."""
    if not org.is_active:
        return False
    short_name, place = unit.short_name or org.short_name, unit.place or org.place
    if (short_name, place) == (org.short_name, org.place):
        return False
    org_update(actor=actor, org=org, short_name=short_name, place=place)
    return True


def _person_data(row: StaffRow) -> dict[str, Any]:
    return {
        "full_name": row.full_name,
        "birth_date": row.birth_date,
        "gender": row.gender,
        "national_id": row.national_id,
        "civil_servant_code": row.civil_servant_code,
        "email": row.email,
        "phone": row.phone,
    }


def _changes(row: StaffRow, person: PersonFact) -> dict[str, Any]:
    new = _person_data(row)
    changes = {f: new[f] for f in FILL_EMPTY if new[f] and not getattr(person, f)}
    changes.update({f: new[f] for f in OVERWRITE if new[f] and new[f] != getattr(person, f)})
    return changes


def _post_corrections(row: StaffRow, person: PersonFact, org_id: int) -> tuple[str, str]:
    """(position, category) to correct on the open post in the same unit; "" = unchanged."""
    job = person.open_job()
    if job is None or job.organization_id != org_id:
        return "", ""
    position = row.position if row.position and row.position != job.position else ""
    category = (
        row.staff_category
        if row.staff_category and row.staff_category != job.staff_category
        else ""
    )
    return position, category


def _staff_item(row: StaffRow, facts: ImportFacts, orgs: dict[str, int]) -> StaffImportItem:
    person = person_match(row, facts).person
    action, _ = job_plan(row, person, facts)
    org_id = orgs[row.org_code]
    position, category = row.position, row.staff_category or StaffCategory.CIVIL_SERVANT
    if action == KEEP and person is not None:
        position, category = _post_corrections(row, person, org_id)
    data = _person_data(row) if person is None else _changes(row, person)
    return StaffImportItem(
        person_id=person.id if person else None,
        data=data,
        organization_id=org_id,
        position=position,
        staff_category=category,
        start_date=row.start_date or facts.today,
        action=action,
    )
