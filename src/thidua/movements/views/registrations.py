"""Registration pages: periods, a unit's registration, a person's own, the lists."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.movements import forms, rules, services
from thidua.movements.exports import registration_workbook
from thidua.movements.models import Registration, RegistrationPeriod, RegistrationStatus
from thidua.movements.selectors import registrations as selectors
from thidua.movements.selectors.access import movement_get_for_user
from thidua.movements.views.common import form_errors, xlsx_response
from thidua.movements.workflow import REGISTRATION_TRANSITIONS, moves_from, transition_for
from thidua.organizations.models import Organization


def _period_for(request: HttpRequest, pk: int, manage: bool = False):  # type: ignore[no-untyped-def]
    period = get_object_or_404(RegistrationPeriod, pk=pk)
    movement, access = movement_get_for_user(request.user, period.movement_id, manage=manage)
    period.movement = movement
    return period, access


def _window(period: RegistrationPeriod) -> list[str]:
    return rules.check_registration_window(
        today=timezone.localdate(),
        opens_on=period.opens_on,
        deadline=period.deadline,
        reopened_until=period.reopened_until,
    )


def registration_overview(request: HttpRequest, pk: int) -> HttpResponse:
    """The movement's registration periods; per period, every unit's registration status,
    with those that have not registered marked."""
    movement, access = movement_get_for_user(request.user, pk)
    periods = list(movement.registration_periods.order_by("year", "id"))
    chosen = next(
        (p for p in periods if str(p.pk) == request.GET.get("dot")),
        periods[-1] if periods else None,
    )
    rows = selectors.period_overview(period=chosen, access=access) if chosen else []
    return render(
        request,
        "movements/registration_overview.html",
        {
            "movement": movement,
            "access": access,
            "periods": periods,
            "period": chosen,
            "rows": rows,
            "missing": [
                r
                for r in rows
                if r.registration is None or r.registration.status == RegistrationStatus.DRAFT
            ],
            "closed": _window(chosen) if chosen else [],
            "open_form": forms.RegistrationPeriodForm(movement=movement) if access.manage else None,
            "tab": "registration",
        },
    )


@require_POST
def period_open(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk, manage=True)
    form = forms.RegistrationPeriodForm(request.POST, movement=movement)
    if form.is_valid():
        try:
            period = services.registration_period_open(
                actor=request.user, movement=movement, data=form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã mở đăng ký thi đua và thông báo cho các đơn vị.")
            return redirect(
                f"{reverse('movements:registration-overview', args=[movement.pk])}?dot={period.pk}"
            )
    return render(
        request,
        "movements/registration_overview.html",
        {
            "movement": movement,
            "access": access,
            "periods": list(movement.registration_periods.all()),
            "period": None,
            "rows": [],
            "open_form": form,
            "tab": "registration",
        },
    )


@require_http_methods(["GET", "POST"])
def period_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change the deadline, or reopen registration after it."""
    period, _ = _period_for(request, pk, manage=True)
    form = forms.PeriodReopenForm(
        request.POST or None,
        initial={"deadline": period.deadline, "reopened_until": period.reopened_until},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.registration_period_update(
                actor=request.user, period=period, data=form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu thời hạn đăng ký.")
            url = reverse("movements:registration-overview", args=[period.movement_id])
            return redirect(f"{url}?dot={period.pk}")
    return render(
        request,
        "movements/period_form.html",
        {"movement": period.movement, "period": period, "form": form, "tab": "registration"},
    )


@require_http_methods(["GET", "POST"])
def registration_unit(request: HttpRequest, pk: int, org: int) -> HttpResponse:
    """A unit registers: collective titles, a title per staff member, commitments."""
    period, access = _period_for(request, pk)
    if org not in access.register_units:
        if access.sees_unit(org):
            raise PermissionDenied("Bạn chỉ có quyền xem bản đăng ký của đơn vị này.")
        raise Http404("Không tìm thấy đơn vị trong phong trào.")
    organization = get_object_or_404(Organization, pk=org)
    registration = Registration.objects.filter(
        period=period, organization=organization, person__isnull=True
    ).first()
    lines = list(registration.lines.all()) if registration else []
    staff = list(
        selectors.unit_staff(organization).only("id", "full_name", "current_position", "birth_date")
    )
    locked: dict[int, str] = {
        line.person_id or 0: line.award_type.name
        for line in selectors.self_lines(period, [p.pk for p in staff])
    }
    form = forms.RegistrationForm(
        request.POST or None,
        collective=selectors.title_choices(period.movement, "tap_the"),
        individual=selectors.title_choices(period.movement, "ca_nhan"),
        staff=staff,
        locked=locked,
        initial={
            "collective": [ln.award_type_id for ln in lines if ln.person_id is None],
            "commitments": registration.commitments if registration else "",
            **{f"person_{ln.person_id}": ln.award_type_id for ln in lines if ln.person_id},
        },
    )
    closed = _window(period)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.registration_save(
                actor=request.user,
                period=period,
                organization=organization,
                collective=list(form.cleaned_data["collective"]),
                individuals=form.individuals(),
                commitments=form.cleaned_data["commitments"],
            )
            if "gui" in request.POST:
                services.registration_transition(
                    registration=registration, to=RegistrationStatus.SUBMITTED, actor=request.user
                )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request,
                "Đã gửi đăng ký thi đua." if "gui" in request.POST else "Đã lưu bản đăng ký.",
            )
            return redirect("movements:registration-detail", registration.pk)
    return render(
        request,
        "movements/registration_form.html",
        {
            "movement": period.movement,
            "period": period,
            "organization": organization,
            "registration": registration,
            "form": form,
            "closed": closed,
            "editable": registration is None
            or registration.status in services.registrations.EDITABLE,
            "tab": "registration",
        },
    )


def registration_detail(request: HttpRequest, pk: int) -> HttpResponse:
    registration = selectors.registration_get_for_user(request.user, pk)
    movement = registration.period.movement
    user: Any = request.user
    own = registration.person_id is not None and registration.person_id == user.person_id
    by = set()
    if own or selectors.can_register_unit(request.user, registration.organization):
        by.add("unit")
    if movement_access_manage(request, movement.pk):
        by.add("manager")
    return render(
        request,
        "movements/registration_detail.html",
        {
            "movement": movement,
            "registration": registration,
            "lines": selectors.registration_lines(registration),
            "moves": moves_from(REGISTRATION_TRANSITIONS, registration.status, by),
            "may_edit": "unit" in by and registration.status in services.registrations.EDITABLE,
            "closed": _window(registration.period),
            "return_form": forms.ReturnForm(),
            "own": own,
            "tab": "registration",
        },
    )


def movement_access_manage(request: HttpRequest, movement_id: int) -> bool:
    try:
        _, access = movement_get_for_user(request.user, movement_id)
    except Http404:
        return False
    return access.manage


@require_POST
def registration_transition(request: HttpRequest, pk: int, to: str) -> HttpResponse:
    registration = selectors.registration_get_for_user(request.user, pk)
    form = forms.NoteForm(request.POST)
    form.is_valid()
    try:
        row = transition_for(REGISTRATION_TRANSITIONS, registration.status, to)
        services.registration_transition(
            registration=registration,
            to=to,
            actor=request.user,
            note=form.cleaned_data.get("note", ""),
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, f"{row.label}: xong.")
    return redirect("movements:registration-detail", registration.pk)


@require_http_methods(["GET", "POST"])
def registration_self(request: HttpRequest, pk: int) -> HttpResponse:
    """A staff member registers their own title."""
    period = get_object_or_404(RegistrationPeriod.objects.select_related("movement"), pk=pk)
    person = getattr(request.user, "person", None)
    unit = selectors.participant_for_person(period.movement, person) if person else None
    if person is None or unit is None:
        raise Http404("Không tìm thấy đợt đăng ký của đơn vị bạn.")
    registration = Registration.objects.filter(period=period, person=person).first()
    line = registration.lines.first() if registration else None
    form = forms.SelfRegistrationForm(
        request.POST or None,
        titles=selectors.title_choices(period.movement, "ca_nhan"),
        initial={
            "award_type": line.award_type_id if line else None,
            "commitments": registration.commitments if registration else "",
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.self_registration_save(
                actor=request.user,
                period=period,
                person=person,
                award_type=form.cleaned_data["award_type"],
                commitments=form.cleaned_data["commitments"],
            )
            services.registration_transition(
                registration=registration, to=RegistrationStatus.SUBMITTED, actor=request.user
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã gửi đăng ký thi đua của bạn.")
            return redirect("movements:registration-detail", registration.pk)
    return render(
        request,
        "movements/registration_self.html",
        {
            "period": period,
            "movement": period.movement,
            "unit": unit,
            "registration": registration,
            "form": form,
            "closed": _window(period),
            "unit_line": selectors.unit_line_for(period, person),
        },
    )


def my_registrations(request: HttpRequest) -> HttpResponse:
    """Open registration periods for the signed-in person, with what they registered."""
    person = getattr(request.user, "person", None)
    periods = selectors.open_periods_for_person(person) if person else []
    mine = (
        {
            r.period_id: r
            for r in Registration.objects.filter(person=person).select_related("period")
        }
        if person
        else {}
    )
    rows = [(p, unit, mine.get(p.pk), _window(p)) for p, unit in periods]
    return render(request, "movements/my_registrations.html", {"rows": rows, "person": person})


def _list_rows(request: HttpRequest, pk: int):  # type: ignore[no-untyped-def]
    period, access = _period_for(request, pk)
    return period, selectors.registration_list(period=period, access=access)


@require_GET
def registration_print(request: HttpRequest, pk: int) -> HttpResponse:
    period, rows = _list_rows(request, pk)
    return render(
        request,
        "movements/registration_print.html",
        {
            "period": period,
            "movement": period.movement,
            "rows": rows,
            "today": timezone.localdate(),
        },
    )


@require_GET
def registration_export(request: HttpRequest, pk: int) -> HttpResponse:
    period, rows = _list_rows(request, pk)
    event_record(
        actor=request.user,
        event_type=EventType.EXPORT_DOWNLOADED,
        subject=period,
        organization=period.movement.organizer,
        data={"export": "registrations", "rows": len(rows)},
    )
    return xlsx_response(
        registration_workbook(period=period, rows=rows), f"dang-ky-thi-dua-{period.pk}.xlsx"
    )
