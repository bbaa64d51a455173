"""Writing registrations: periods, a unit's registration, a person's own, and their workflow."""

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.core.formats import format_date
from thidua.core.permissions import Cap, scope_paths
from thidua.movements import rules
from thidua.movements.models import (
    Movement,
    MovementStatus,
    Registration,
    RegistrationLine,
    RegistrationPeriod,
    RegistrationStatus,
)
from thidua.movements.selectors.access import covered
from thidua.movements.selectors.registrations import participant_for_person, unit_staff
from thidua.movements.services.notify import moment, notify, staff_users, unit_users
from thidua.movements.workflow import REGISTRATION_TRANSITIONS, transition_for
from thidua.organizations.models import Organization, Person
from thidua.rules.models import AwardType

EDITABLE = (RegistrationStatus.DRAFT, RegistrationStatus.RETURNED)
PERIOD_FIELDS = ["year", "opens_on", "deadline", "reopened_until", "note"]


def _can_manage(actor: Any, movement: Movement) -> bool:
    return actor is None or covered(
        movement.organizer.path, scope_paths(actor, Cap.MANAGE_MOVEMENTS)
    )


def _can_act_for(actor: Any, registration: Registration) -> bool:
    if actor is None:
        return True
    if registration.person_id is not None and registration.person_id == actor.person_id:
        return True
    return covered(registration.organization.path, scope_paths(actor, Cap.REGISTER))


@transaction.atomic
def registration_period_open(
    *, actor: Any, movement: Movement, data: dict[str, Any]
) -> RegistrationPeriod:
    """Open registration for the movement (or one of its years) and tell the units."""
    if movement.status != MovementStatus.LAUNCHED:
        raise ValidationError("Chỉ mở đăng ký cho phong trào đang được phát động.")
    period = RegistrationPeriod(
        movement=movement,
        created_by=actor if getattr(actor, "pk", None) else None,
        **{f: data.get(f) for f in PERIOD_FIELDS if f in data},
    )
    if period.year and period.year not in movement.years():
        raise ValidationError({"year": "Năm đăng ký phải nằm trong thời gian của phong trào."})
    period.full_clean()
    period.save()
    event_record(
        actor=actor,
        event_type=EventType.REGISTRATION_PERIOD_OPENED,
        subject=period,
        organization=movement.organizer,
        data={"new": diff({}, {f: getattr(period, f) for f in PERIOD_FIELDS})["new"]},
    )
    url = reverse("movements:registration-overview", args=[movement.pk])
    text = f"Mở đăng ký thi đua: {movement.title} – hạn chót {format_date(period.deadline)}."
    org_ids = movement.participants.values_list("organization_id", flat=True)
    for users in unit_users(org_ids).values():
        notify(users=users, text=text, url=url, key=f"registration-open:{period.pk}")
    # Staff have no menu entry for movements: they hear of it by e-mail and in the app.
    notify(
        users=staff_users(movement.participants.values_list("organization__path", flat=True)),
        text=f"{text} Cán bộ tự đăng ký danh hiệu tại «Đăng ký thi đua của tôi».",
        url=reverse("movements:my-registrations"),
        key=f"registration-open-staff:{period.pk}",
        email=True,
    )
    return period


@transaction.atomic
def registration_period_update(
    *, actor: Any, period: RegistrationPeriod, data: dict[str, Any]
) -> RegistrationPeriod:
    """Change the deadline or reopen registration until a later day."""
    old = {f: getattr(period, f) for f in PERIOD_FIELDS}
    for field in PERIOD_FIELDS:
        if field in data and field != "year":
            setattr(period, field, data[field])
    period.full_clean()
    period.save()
    changes = diff(old, {f: getattr(period, f) for f in PERIOD_FIELDS})
    if changes["new"]:
        event_record(
            actor=actor,
            event_type=EventType.REGISTRATION_PERIOD_CHANGED,
            subject=period,
            organization=period.movement.organizer,
            data=changes,
        )
    return period


def _window_errors(period: RegistrationPeriod, today: dt.date) -> list[str]:
    errors = []
    if period.movement.status != MovementStatus.LAUNCHED:
        errors.append("Phong trào không còn nhận đăng ký (chưa phát động hoặc đã kết thúc).")
    errors += rules.check_registration_window(
        today=today,
        opens_on=period.opens_on,
        deadline=period.deadline,
        reopened_until=period.reopened_until,
    )
    return errors


def _editable(registration: Registration, period: RegistrationPeriod, today: dt.date) -> None:
    if registration.status not in EDITABLE:
        raise ValidationError(
            f"Bản đăng ký ở trạng thái «{registration.get_status_display()}» không sửa được."
        )
    errors = _window_errors(period, today)
    if errors:
        raise ValidationError(errors)


def _self_registered(period: RegistrationPeriod, person_ids: set[int]) -> set[int]:
    return set(
        Registration.objects.filter(period=period, person_id__in=person_ids).values_list(
            "person_id", flat=True
        )
    )


@transaction.atomic
def registration_save(
    *,
    actor: Any,
    period: RegistrationPeriod,
    organization: Organization,
    collective: list[AwardType],
    individuals: dict[int, AwardType],
    commitments: str,
    today: dt.date | None = None,
) -> Registration:
    """Save a unit's registration: its collective titles and, in bulk, its staff's titles.

    Refused after the deadline (unless reopened) and once submitted. People who registered
    themselves keep their own registration and cannot be registered again here.
    """
    today = today or timezone.localdate()
    if not period.movement.participants.filter(organization=organization).exists():
        raise ValidationError("Đơn vị không tham gia phong trào này.")
    registration, created = Registration.objects.select_for_update().get_or_create(
        period=period,
        organization=organization,
        person=None,
        defaults={"commitments": commitments},
    )
    if not _can_act_for(actor, registration):
        raise PermissionDenied("Bạn không có quyền đăng ký thi đua cho đơn vị này.")
    _editable(registration, period, today)
    staff_ids = set(unit_staff(organization).values_list("pk", flat=True))
    outsiders = set(individuals) - staff_ids
    if outsiders:
        raise ValidationError("Có cá nhân không thuộc đơn vị trong danh sách đăng ký.")
    doubled = _self_registered(period, set(individuals))
    if doubled:
        names = ", ".join(Person.objects.filter(pk__in=doubled).values_list("full_name", flat=True))
        raise ValidationError(f"Đã tự đăng ký, không đăng ký lại được: {names}.")
    old = _lines_snapshot(registration)
    registration.lines.all().delete()
    RegistrationLine.objects.bulk_create(
        [RegistrationLine(registration=registration, award_type=a) for a in collective]
        + [
            RegistrationLine(registration=registration, award_type=a, person_id=pid)
            for pid, a in sorted(individuals.items())
        ]
    )
    registration.commitments = commitments
    registration.save(update_fields=["commitments", "updated_at"])
    event_record(
        actor=actor,
        event_type=EventType.REGISTRATION_SAVED,
        subject=registration,
        organization=organization,
        data={"old": old, "new": _lines_snapshot(registration), "created": created},
    )
    return registration


def _lines_snapshot(registration: Registration) -> dict[str, Any]:
    lines = registration.lines.select_related("award_type").order_by("person_id", "id")
    return {
        "collective": [ln.award_type.code for ln in lines if ln.person_id is None],
        "individuals": {str(ln.person_id): ln.award_type.code for ln in lines if ln.person_id},
        "commitments": registration.commitments,
    }


@transaction.atomic
def self_registration_save(
    *,
    actor: Any,
    period: RegistrationPeriod,
    person: Person,
    award_type: AwardType,
    commitments: str,
    today: dt.date | None = None,
) -> Registration:
    """A staff member registers their own title, through their unit in the movement."""
    today = today or timezone.localdate()
    if actor is not None and actor.person_id != person.pk:
        raise PermissionDenied("Chỉ tự đăng ký cho chính mình.")
    unit = participant_for_person(period.movement, person)
    if unit is None:
        raise ValidationError("Đơn vị của bạn không tham gia phong trào này.")
    if RegistrationLine.objects.filter(
        registration__period=period, registration__person__isnull=True, person=person
    ).exists():
        raise ValidationError("Đơn vị đã đăng ký danh hiệu cho bạn trong bản đăng ký của đơn vị.")
    registration, created = Registration.objects.select_for_update().get_or_create(
        period=period, person=person, defaults={"organization": unit}
    )
    _editable(registration, period, today)
    old = _lines_snapshot(registration)
    registration.lines.all().delete()
    RegistrationLine.objects.create(registration=registration, award_type=award_type, person=person)
    registration.commitments = commitments
    registration.save(update_fields=["commitments", "updated_at"])
    event_record(
        actor=actor,
        event_type=EventType.REGISTRATION_SAVED,
        subject=registration,
        organization=unit,
        data={"old": old, "new": _lines_snapshot(registration), "created": created},
    )
    return registration


@transaction.atomic
def registration_transition(
    *,
    registration: Registration,
    to: str,
    actor: Any,
    note: str = "",
    today: dt.date | None = None,
) -> Registration:
    """Submit, accept or return a registration along REGISTRATION_TRANSITIONS."""
    locked = (
        Registration.objects.select_for_update(of=("self",))  # lock this row only (PostgreSQL)
        .select_related("period__movement__organizer", "organization")
        .get(pk=registration.pk)
    )
    row = transition_for(REGISTRATION_TRANSITIONS, locked.status, to)
    movement = locked.period.movement
    allowed = _can_manage(actor, movement) if row.by == "manager" else _can_act_for(actor, locked)
    if not allowed:
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này.")
    if row.needs_note and not note.strip():
        raise ValidationError("Hãy ghi lý do trả lại.")
    if row.guard == "registration_submit":
        period = locked.period
        errors = rules.check_registration_submit(
            rules.RegistrationFacts(
                today=today or timezone.localdate(),
                opens_on=period.opens_on,
                deadline=period.deadline,
                reopened_until=period.reopened_until,
                movement_status=movement.status,
                line_count=locked.lines.count(),
            )
        )
        if errors:
            raise ValidationError(errors)
    _apply(locked, to, actor, note, moment(today))
    event_record(
        actor=actor,
        event_type=row.event,
        subject=locked,
        organization=locked.organization,
        data={"old": registration.status, "new": to, "note": note},
    )
    if to == RegistrationStatus.RETURNED and locked.submitted_by_id:
        notify(
            users=[locked.submitted_by],
            text=f"Bản đăng ký thi đua của {locked.person or locked.organization} bị trả lại: {note}",
            url=reverse("movements:registration-detail", args=[locked.pk]),
            email=True,
        )
    registration.status = locked.status
    return locked


def _apply(registration: Registration, to: str, actor: Any, note: str, now: dt.datetime) -> None:
    who = actor if getattr(actor, "pk", None) else None
    registration.status = to
    if to == RegistrationStatus.SUBMITTED:
        registration.submitted_at, registration.submitted_by = now, who
        registration.return_reason = ""
    else:
        registration.decided_at, registration.decided_by = now, who
        if to == RegistrationStatus.RETURNED:
            registration.return_reason = note
    registration.save()
