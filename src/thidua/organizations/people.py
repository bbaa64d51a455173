"""Writes to people and their employments. `current_organization` is derived here only."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record, event_record_bulk
from thidua.core.text import fold, normalize_name
from thidua.core.validators import check_national_id
from thidua.organizations.models import Employment, Organization, Person

PERSON_FIELDS = (
    "full_name",
    "birth_date",
    "gender",
    "national_id",
    "civil_servant_code",
    "email",
    "phone",
)
SELF_SERVICE_FIELDS = ("email", "phone")


def _values(person: Person) -> dict[str, Any]:
    return {f: getattr(person, f) for f in PERSON_FIELDS}


def _validate(person: Person) -> None:
    if person.national_id:
        errors = check_national_id(person.national_id, person.birth_date, person.gender)
        if errors:
            raise ValidationError({"national_id": errors})
    person.full_clean(exclude=["current_organization"])


def person_refresh_current(person: Person, today: dt.date | None = None) -> None:
    """Derive the person's unit and position: the employment in force today, else the latest."""
    today = today or timezone.localdate()
    jobs = person.employments.order_by("-start_date", "-id")
    job = (
        jobs.filter(start_date__lte=today)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .first()
    )
    job = job or jobs.first()
    person.current_organization = job.organization if job else None
    person.current_position = job.position if job else ""
    Person.objects.filter(pk=person.pk).update(
        current_organization=person.current_organization, current_position=person.current_position
    )


@transaction.atomic
def person_create(
    *,
    actor: Any,
    data: dict[str, Any],
    organization: Organization | None = None,
    position: str = "",
    staff_category: str = "civil_servant",
    start_date: dt.date | None = None,
) -> Person:
    """Create a person and, when a unit is given, their first employment."""
    person = Person(**{k: data.get(k) for k in PERSON_FIELDS if k in data})
    person.full_name = normalize_name(person.full_name or "")
    person.national_id = person.national_id or None
    person.name_folded = fold(person.full_name)
    for field in ("gender", "civil_servant_code", "email", "phone"):
        setattr(person, field, getattr(person, field) or "")
    _validate(person)
    person.save()
    event_record(
        actor=actor,
        event_type=EventType.PERSON_CREATED,
        subject=person,
        organization=organization,
        data={"new": diff({}, _values(person))["new"]},
    )
    if organization is not None:
        employment_start(
            actor=actor,
            person=person,
            organization=organization,
            position=position,
            staff_category=staff_category,
            start_date=start_date or timezone.localdate(),
        )
    return person


@transaction.atomic
def person_update(
    *, actor: Any, person: Person, data: dict[str, Any], self_service: bool = False
) -> Person:
    """Change a person's own fields; self-service may only touch contact details."""
    allowed = SELF_SERVICE_FIELDS if self_service else PERSON_FIELDS
    person = Person.objects.select_for_update().get(pk=person.pk)
    old = _values(person)
    for field in allowed:
        if field in data:
            setattr(
                person,
                field,
                data[field] if data[field] is not None or field in ("birth_date",) else "",
            )
    person.full_name = normalize_name(person.full_name)
    person.national_id = person.national_id or None
    person.name_folded = fold(person.full_name)
    _validate(person)
    person.save()
    changes = diff(old, _values(person))
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.PERSON_UPDATED,
            subject=person,
            organization=person.current_organization,
            data=changes,
        )
    return person


def _check_overlap(employment: Employment) -> None:
    """A person holds one post (main employment) at a time."""
    others = Employment.objects.filter(person_id=employment.person_id).exclude(pk=employment.pk)
    end = employment.end_date or dt.date.max
    clash = others.filter(start_date__lte=end).filter(
        Q(end_date__isnull=True) | Q(end_date__gte=employment.start_date)
    )
    if clash.exists():
        raise ValidationError(
            "Quá trình công tác bị trùng thời gian với một quá trình khác; "
            "hãy kết thúc quá trình cũ trước ngày bắt đầu."
        )


@transaction.atomic
def employment_start(
    *,
    actor: Any,
    person: Person,
    organization: Organization,
    start_date: dt.date,
    position: str = "",
    staff_category: str = "civil_servant",
    end_previous: bool = True,
) -> Employment:
    """Start a post; the open previous post (if any) ends the day before."""
    if not organization.is_active_on(start_date):
        raise ValidationError(
            {"organization": f"Đơn vị «{organization.name}» không hoạt động vào ngày này."}
        )
    if end_previous:
        for job in person.employments.select_for_update().filter(
            end_date__isnull=True, start_date__lt=start_date
        ):
            employment_end(actor=actor, employment=job, end_date=start_date - dt.timedelta(days=1))
    job = Employment(
        person=person,
        organization=organization,
        position=position.strip(),
        staff_category=staff_category,
        start_date=start_date,
    )
    job.full_clean()
    _check_overlap(job)
    job.save()
    person_refresh_current(person)
    event_record(
        actor=actor,
        event_type=EventType.EMPLOYMENT_STARTED,
        subject=person,
        organization=organization,
        data={
            "new": {
                "organization": organization.code,
                "position": job.position,
                "staff_category": staff_category,
                "start_date": start_date.isoformat(),
            }
        },
    )
    return job


@transaction.atomic
def employment_end(*, actor: Any, employment: Employment, end_date: dt.date) -> Employment:
    if end_date < employment.start_date:
        raise ValidationError({"end_date": "Ngày kết thúc phải sau ngày bắt đầu."})
    old = employment.end_date
    employment.end_date = end_date
    employment.full_clean()
    employment.save(update_fields=["end_date"])
    person_refresh_current(employment.person)
    event_record(
        actor=actor,
        event_type=EventType.EMPLOYMENT_ENDED,
        subject=employment.person,
        organization=employment.organization,
        data={
            "old": {"end_date": old.isoformat() if old else None},
            "new": {"end_date": end_date.isoformat()},
            "organization": employment.organization.code,
        },
    )
    return employment


# --- Bulk import (the Excel import of whole staff lists) -----------------------------------

BULK_BATCH = 1000


@dataclass(frozen=True)
class StaffImportItem:
    """One staff row, already checked: who it is, what to set, and their post.

    `person_id` None means a new person; otherwise `data` holds only the fields to change.
    `action` is "new", "keep" (the post is already recorded; position and category may be
    corrected) or "start" (a move: a new post from `start_date`).
    """

    person_id: int | None
    data: dict[str, Any]
    organization_id: int
    position: str
    staff_category: str
    start_date: dt.date
    action: str


@dataclass
class BulkImportCounts:
    people_created: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    employments_started: int = 0
    employments_updated: int = 0


@transaction.atomic
def people_bulk_import(
    *, actor: Any, items: list[StaffImportItem], note: dict[str, Any] | None = None
) -> BulkImportCounts:
    """Create, update and move many people at once with the invariants of the single services.

    New people get `name_folded`, `current_organization` and their first Employment like
    `person_create` does, in batched INSERTs; a move goes through `employment_start`. Every
    change is audited (events written in bulk). Callers validate
    first (the import checks): this writes, it does not explain.
    """
    note = note or {}
    counts = BulkImportCounts()
    _bulk_create_people(actor, [i for i in items if i.person_id is None], note, counts)
    existing = [i for i in items if i.person_id is not None]
    _bulk_update_people(actor, existing, note, counts)
    _bulk_correct_posts(actor, [i for i in existing if i.action == "keep"], note, counts)
    for item in existing:
        if item.action == "start" and item.person_id is not None:
            person = Person.objects.get(pk=item.person_id)
            employment_start(
                actor=actor,
                person=person,
                organization=Organization.objects.get(pk=item.organization_id),
                start_date=item.start_date,
                position=item.position,
                staff_category=item.staff_category,
            )
            counts.employments_started += 1
    return counts


def _new_person(item: StaffImportItem) -> Person:
    data = item.data
    full_name = normalize_name(data.get("full_name") or "")
    return Person(
        full_name=full_name,
        name_folded=fold(full_name),
        birth_date=data.get("birth_date"),
        gender=data.get("gender") or "",
        national_id=data.get("national_id") or None,
        civil_servant_code=data.get("civil_servant_code") or "",
        email=data.get("email") or "",
        phone=data.get("phone") or "",
        current_organization_id=item.organization_id,
        current_position=item.position.strip(),
    )


def _bulk_create_people(
    actor: Any, items: list[StaffImportItem], note: dict[str, Any], counts: BulkImportCounts
) -> None:
    people = Person.objects.bulk_create([_new_person(i) for i in items], batch_size=BULK_BATCH)
    jobs = Employment.objects.bulk_create(
        [
            Employment(
                person=p,
                organization_id=i.organization_id,
                position=i.position.strip(),
                staff_category=i.staff_category,
                start_date=i.start_date,
            )
            for p, i in zip(people, items, strict=True)
        ],
        batch_size=BULK_BATCH,
    )
    # One event per person, carrying the first post: half the rows of person_create's two
    # events, which matters at 50.000 people, and the same facts on the person's timeline.
    event_record_bulk(
        actor=actor,
        event_type=EventType.PERSON_CREATED,
        entries=[
            (
                p,
                j.organization_id,
                {"new": diff({}, _values(p))["new"], "employment": _job_values(j), **note},
            )
            for p, j in zip(people, jobs, strict=True)
        ],
    )
    counts.people_created += len(people)
    counts.employments_started += len(jobs)


def _job_values(job: Employment) -> dict[str, Any]:
    return {
        "organization_id": job.organization_id,
        "position": job.position,
        "staff_category": job.staff_category,
        "start_date": job.start_date.isoformat(),
    }


def _bulk_update_people(
    actor: Any, items: list[StaffImportItem], note: dict[str, Any], counts: BulkImportCounts
) -> None:
    """Apply each item's `data`; only people whose values really change are written."""
    counts.people_unchanged += sum(1 for i in items if not i.data)
    items = [i for i in items if i.data]
    changed: list[Person] = []
    entries = []
    fields: set[str] = set()
    for chunk_start in range(0, len(items), BULK_BATCH):
        chunk = items[chunk_start : chunk_start + BULK_BATCH]
        people = Person.objects.in_bulk([i.person_id for i in chunk])
        for item in chunk:
            person = people[item.person_id]
            old = _values(person)
            for field, value in item.data.items():
                setattr(person, field, value)
            changes = diff(old, _values(person))
            if changes["new"]:
                fields |= set(changes["new"])
                changed.append(person)
                entries.append((person, person.current_organization_id, {**changes, **note}))
    now = timezone.now()
    for person in changed:
        person.updated_at = now
    if changed:
        Person.objects.bulk_update(changed, [*sorted(fields), "updated_at"], batch_size=BULK_BATCH)
        event_record_bulk(actor=actor, event_type=EventType.PERSON_UPDATED, entries=entries)
    counts.people_updated += len(changed)
    counts.people_unchanged += len(items) - len(changed)


def _bulk_correct_posts(
    actor: Any, items: list[StaffImportItem], note: dict[str, Any], counts: BulkImportCounts
) -> None:
    """Correct the position or staff category of posts that are already recorded and open."""
    by_person = {i.person_id: i for i in items if i.position or i.staff_category}
    changed: list[Employment] = []
    entries = []
    for chunk in _chunks(list(by_person)):
        for job in Employment.objects.filter(
            person_id__in=chunk, end_date__isnull=True
        ).select_related("person"):
            item = by_person[job.person_id]
            if job.organization_id != item.organization_id:
                continue
            old = {"position": job.position, "staff_category": job.staff_category}
            job.position = item.position.strip() or job.position
            job.staff_category = item.staff_category or job.staff_category
            changes = diff(old, {"position": job.position, "staff_category": job.staff_category})
            if changes["new"]:
                changed.append(job)
                entries.append((job.person, job.organization_id, {**changes, **note}))
    if changed:
        Employment.objects.bulk_update(
            changed, ["position", "staff_category"], batch_size=BULK_BATCH
        )
        for job in changed:
            person_refresh_current(job.person)
        event_record_bulk(actor=actor, event_type=EventType.EMPLOYMENT_UPDATED, entries=entries)
    counts.employments_updated += len(changed)


def _chunks(values: list[Any]) -> list[list[Any]]:
    return [values[i : i + BULK_BATCH] for i in range(0, len(values), BULK_BATCH)]
