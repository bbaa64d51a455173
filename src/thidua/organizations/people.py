"""Writes to people and their employments. `current_organization` is derived here only."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.core.text import fold, normalize_name
from thidua.core.validators import check_national_id
from thidua.organizations.models import Employment, Organization, Person

PERSON_FIELDS = ("full_name", "birth_date", "gender", "national_id", "civil_servant_code", "email", "phone")
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
    job = jobs.filter(start_date__lte=today).filter(Q(end_date__isnull=True) | Q(end_date__gte=today)).first()
    job = job or jobs.first()
    person.current_organization = job.organization if job else None
    person.current_position = job.position if job else ""
    Person.objects.filter(pk=person.pk).update(
        current_organization=person.current_organization, current_position=person.current_position
    )


@transaction.atomic
def person_create(
    *, actor: Any, data: dict[str, Any], organization: Organization | None = None,
    position: str = "", staff_category: str = "civil_servant", start_date: dt.date | None = None,
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
    event_record(actor=actor, event_type=EventType.PERSON_CREATED, subject=person,
                 organization=organization, data={"new": diff({}, _values(person))["new"]})
    if organization is not None:
        employment_start(actor=actor, person=person, organization=organization, position=position,
                         staff_category=staff_category, start_date=start_date or timezone.localdate())
    return person


@transaction.atomic
def person_update(*, actor: Any, person: Person, data: dict[str, Any], self_service: bool = False) -> Person:
    """Change a person's own fields; self-service may only touch contact details."""
    allowed = SELF_SERVICE_FIELDS if self_service else PERSON_FIELDS
    person = Person.objects.select_for_update().get(pk=person.pk)
    old = _values(person)
    for field in allowed:
        if field in data:
            setattr(person, field, data[field] if data[field] is not None or field in ("birth_date",) else "")
    person.full_name = normalize_name(person.full_name)
    person.national_id = person.national_id or None
    person.name_folded = fold(person.full_name)
    _validate(person)
    person.save()
    changes = diff(old, _values(person))
    if changes["new"]:
        event_record(actor=actor, event_type=EventType.PERSON_UPDATED, subject=person,
                     organization=person.current_organization, data=changes)
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
    *, actor: Any, person: Person, organization: Organization, start_date: dt.date,
    position: str = "", staff_category: str = "civil_servant", end_previous: bool = True,
) -> Employment:
    """Start a post; the open previous post (if any) ends the day before."""
    if not organization.is_active_on(start_date):
        raise ValidationError({"organization": f"Đơn vị «{organization.name}» không hoạt động vào ngày này."})
    if end_previous:
        for job in person.employments.select_for_update().filter(end_date__isnull=True, start_date__lt=start_date):
            employment_end(actor=actor, employment=job, end_date=start_date - dt.timedelta(days=1))
    job = Employment(person=person, organization=organization, position=position.strip(),
                     staff_category=staff_category, start_date=start_date)
    job.full_clean()
    _check_overlap(job)
    job.save()
    person_refresh_current(person)
    event_record(actor=actor, event_type=EventType.EMPLOYMENT_STARTED, subject=person, organization=organization,
                 data={"new": {"organization": organization.code, "position": job.position,
                               "staff_category": staff_category, "start_date": start_date.isoformat()}})
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
    event_record(actor=actor, event_type=EventType.EMPLOYMENT_ENDED, subject=employment.person,
                 organization=employment.organization,
                 data={"old": {"end_date": old.isoformat() if old else None},
                       "new": {"end_date": end_date.isoformat()}, "organization": employment.organization.code})
    return employment
