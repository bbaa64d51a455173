"""Reads of registrations: who registered what, who has not, the printable list."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from thidua.core.permissions import Cap, scope_paths
from thidua.core.text import fold
from thidua.movements.models import (
    Movement,
    MovementStatus,
    Participant,
    Registration,
    RegistrationLine,
    RegistrationPeriod,
    RegistrationStatus,
)
from thidua.movements.selectors.access import MovementAccess, covered
from thidua.organizations.models import Organization, Person
from thidua.rules.models import AwardType

SELF_EXCLUDED = {"CSTT", "THON_VAN_HOA", "GIA_DINH_VAN_HOA"}  # armed forces, communities


def unit_staff(organization: Organization) -> QuerySet[Person]:
    """The unit's current staff (its sub-units included), in name order."""
    return Person.objects.filter(current_organization__path__startswith=organization.path).order_by(
        "name_folded", "id"
    )


def path_prefixes(path: str) -> list[str]:
    """The paths of an organisation and of all its ancestors ("00000001.00000002." → 2)."""
    parts = path.split(".")[:-1]
    return [".".join(parts[: i + 1]) + "." for i in range(len(parts))]


def participant_for_person(movement: Movement, person: Person) -> Organization | None:
    """The participant unit a person belongs to today (the deepest one containing their unit)."""
    org = person.current_organization
    if org is None:
        return None
    return (
        Organization.objects.filter(
            movement_participations__movement=movement, path__in=path_prefixes(org.path)
        )
        .order_by("-path")
        .first()
    )


def title_choices(movement: Movement, subject: str) -> list[AwardType]:
    """Titles a collective (`tap_the`) or an individual (`ca_nhan`) may register: the
    catalogue's emulation titles for that subject and the award forms the movement offers."""
    offered = {a.pk for a in movement.award_forms.all()}
    return [
        a
        for a in AwardType.objects.order_by("order", "code")
        if subject in (a.subjects or [])
        and a.code not in SELF_EXCLUDED
        and (a.kind == "title" or a.pk in offered)
    ]


@dataclass
class PeriodRow:
    """One participant and its registration in a period (None: not registered yet)."""

    organization: Organization
    registration: Registration | None
    collective: list[str] = field(default_factory=list)
    individuals: int = 0
    self_registered: int = 0


def period_overview(*, period: RegistrationPeriod, access: MovementAccess) -> list[PeriodRow]:
    """Every participant the user sees with its registration and counts, in name order."""
    participants = (
        Participant.objects.filter(movement=period.movement)
        .select_related("organization")
        .order_by("organization__name")
    )
    registrations = {
        r.organization_id: r
        for r in Registration.objects.filter(period=period, person__isnull=True)
        .annotate(individuals=Count("lines", filter=Q(lines__person__isnull=False)))
        .prefetch_related(
            Prefetch(
                "lines",
                queryset=RegistrationLine.objects.filter(person__isnull=True).select_related(
                    "award_type"
                ),
                to_attr="collective_lines",
            )
        )
    }
    selves = dict(
        Registration.objects.filter(period=period, person__isnull=False)
        .exclude(status=RegistrationStatus.DRAFT)
        .values_list("organization_id")
        .annotate(n=Count("id"))
        .values_list("organization_id", "n")
    )
    rows = []
    for p in participants:
        if not access.sees_unit(p.organization_id):
            continue
        reg = registrations.get(p.organization_id)
        rows.append(
            PeriodRow(
                organization=p.organization,
                registration=reg,
                collective=[ln.award_type.code for ln in reg.collective_lines] if reg else [],
                individuals=getattr(reg, "individuals", 0) if reg else 0,
                self_registered=selves.get(p.organization_id, 0),
            )
        )
    return rows


def registration_get_for_user(user: Any, pk: Any) -> Registration:
    """A registration the user may see: their own, one of their units', or any in a movement
    they oversee. Anything else is "not found" (404)."""
    from django.http import Http404

    from thidua.movements.selectors.access import movement_access, movement_scope

    try:
        registration = Registration.objects.select_related(
            "period__movement__organizer",
            "period__movement__scope",
            "organization",
            "person",
        ).get(pk=pk)
    except (Registration.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy bản đăng ký.") from None
    if registration.person_id is not None and registration.person_id == user.person_id:
        return registration
    movement = registration.period.movement
    if not movement_scope(user).filter(pk=movement.pk).exists():
        raise Http404("Không tìm thấy bản đăng ký.")
    access = movement_access(user, movement)
    if not access.sees_unit(registration.organization_id):
        raise Http404("Không tìm thấy bản đăng ký.")
    return registration


def self_lines(period: RegistrationPeriod, person_ids: list[int]) -> QuerySet[RegistrationLine]:
    """Lines people registered themselves in the period (they are left out of the unit's)."""
    return RegistrationLine.objects.filter(
        registration__period=period, registration__person__isnull=False, person_id__in=person_ids
    ).select_related("award_type")


def unit_line_for(period: RegistrationPeriod, person: Person) -> RegistrationLine | None:
    """The line the person's unit registered for them, if any."""
    return (
        RegistrationLine.objects.filter(
            registration__period=period, registration__person__isnull=True, person=person
        )
        .select_related("award_type", "registration")
        .first()
    )


def registration_lines(registration: Registration) -> QuerySet[RegistrationLine]:
    return registration.lines.select_related("award_type", "person").order_by(
        "person__name_folded", "id"
    )


@dataclass(frozen=True)
class ListRow:
    """A line of the printable/Excel registration list."""

    unit: str
    person: str
    position: str
    title_code: str
    title: str
    status: str
    own: bool  # registered by the person themself


def registration_list(*, period: RegistrationPeriod, access: MovementAccess) -> list[ListRow]:
    """Every line registered in the period that the user may see (drafts left out), by unit
    then person: the collective's titles first, then its staff."""
    lines = (
        RegistrationLine.objects.filter(registration__period=period)
        .exclude(registration__status=RegistrationStatus.DRAFT)
        .select_related("registration__organization", "person", "award_type")
        .order_by("registration__organization__name", "person__name_folded", "id")
    )
    rows = []
    for ln in lines:
        reg = ln.registration
        if not access.sees_unit(reg.organization_id):
            continue
        rows.append(
            ListRow(
                unit=reg.organization.name,
                person=ln.person.full_name if ln.person else "",
                position=ln.person.current_position if ln.person else "",
                title_code=ln.award_type.code,
                title=ln.award_type.name,
                status=reg.get_status_display(),
                own=reg.person_id is not None,
            )
        )
    rows.sort(key=lambda r: (fold(r.unit), r.person != "", fold(r.person)))
    return rows


def open_periods_for_person(person: Person) -> list[tuple[RegistrationPeriod, Organization]]:
    """Registration periods of launched movements in which the person's unit takes part,
    each with that participant unit (two queries)."""
    org = person.current_organization
    if org is None:
        return []
    units: dict[int, Organization] = {}
    for p in (
        Participant.objects.filter(
            organization__path__in=path_prefixes(org.path),
            movement__status=MovementStatus.LAUNCHED,
        )
        .select_related("organization")
        .order_by("organization__path")
    ):
        units[p.movement_id] = p.organization  # deeper paths come later and win
    periods = (
        RegistrationPeriod.objects.filter(movement_id__in=units)
        .select_related("movement")
        .order_by("deadline", "id")
    )
    return [(period, units[period.movement_id]) for period in periods]


def can_register_unit(user: Any, organization: Organization) -> bool:
    return covered(organization.path, scope_paths(user, Cap.REGISTER))
