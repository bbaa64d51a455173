"""Pages of targets, progress and the dashboards (with the JSON their charts read)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.movements import forms, services
from thidua.movements.exports import targets_workbook
from thidua.movements.models import Participant, Progress
from thidua.movements.selectors import targets as selectors
from thidua.movements.selectors.access import movement_get_for_user
from thidua.movements.views.common import file_response, form_errors, xlsx_response
from thidua.organizations.models import Organization

DASHBOARD_PAGE = 50


def _units(movement):  # type: ignore[no-untyped-def]
    return Organization.objects.filter(movement_participations__movement=movement).order_by("name")


def target_list(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    targets = selectors.targets_visible(movement=movement, access=access)
    rows = [(t, selectors.target_achievement(t)) for t in targets]
    return render(
        request,
        "movements/targets.html",
        {"movement": movement, "access": access, "rows": rows, "tab": "targets"},
    )


@require_http_methods(["GET", "POST"])
def target_create(request: HttpRequest, pk: int) -> HttpResponse:
    movement, _ = movement_get_for_user(request.user, pk, manage=True)
    form = forms.TargetForm(
        request.POST or None,
        units=_units(movement),
        initial={"organization": request.GET.get("don-vi"), "direction": "at_least"},
    )
    if request.method == "POST" and form.is_valid():
        try:
            target = services.target_create(
                actor=request.user, movement=movement, data=form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Đã thêm chỉ tiêu «{target.name}».")
            if "them-nua" in request.POST:
                return redirect("movements:target-create", movement.pk)
            return redirect("movements:target-list", movement.pk)
    return render(
        request,
        "movements/target_form.html",
        {"movement": movement, "form": form, "target": None, "tab": "targets"},
    )


@require_http_methods(["GET", "POST"])
def target_edit(request: HttpRequest, pk: int) -> HttpResponse:
    target, access = selectors.target_get_for_user(request.user, pk)
    if not access.manage:
        raise PermissionDenied("Bạn không có quyền sửa chỉ tiêu.")
    movement = target.movement
    form = forms.TargetForm(
        request.POST or None, units=_units(movement), initial=forms.TargetForm.initial_for(target)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.target_update(actor=request.user, target=target, data=form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu chỉ tiêu.")
            return redirect("movements:target-detail", target.pk)
    return render(
        request,
        "movements/target_form.html",
        {"movement": movement, "form": form, "target": target, "tab": "targets"},
    )


@require_POST
def target_delete(request: HttpRequest, pk: int) -> HttpResponse:
    target, access = selectors.target_get_for_user(request.user, pk)
    if not access.manage:
        raise PermissionDenied("Bạn không có quyền xóa chỉ tiêu.")
    try:
        services.target_delete(actor=request.user, target=target)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("movements:target-detail", target.pk)
    messages.success(request, "Đã xóa chỉ tiêu.")
    return redirect("movements:target-list", target.movement_id)


@require_http_methods(["GET", "POST"])
def target_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The target, its achievement explained, its progress history and (for those who may
    record it) the form to record a new value."""
    target, access = selectors.target_get_for_user(request.user, pk)
    may_record = selectors.can_record(access, target)
    form = None
    if may_record:
        form = forms.ProgressForm(
            request.POST or None, request.FILES or None, initial={"on": timezone.localdate()}
        )
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                services.progress_record(
                    actor=request.user,
                    target=target,
                    value=data["value"],
                    on=data["on"],
                    note=data["note"],
                    evidence=data["evidence"],
                )
            except ValidationError as error:
                form_errors(form, error)
            else:
                messages.success(request, "Đã cập nhật tiến độ.")
                return redirect("movements:target-detail", target.pk)
    elif request.method == "POST":
        raise PermissionDenied("Bạn không có quyền cập nhật tiến độ chỉ tiêu này.")
    return render(
        request,
        "movements/target_detail.html",
        {
            "movement": target.movement,
            "target": target,
            "access": access,
            "achievement": selectors.target_achievement(target),
            "history": selectors.progress_history(target),
            "form": form,
            "late": selectors.deadline_passed(target, timezone.localdate()),
            "tab": "targets",
        },
    )


@require_GET
def progress_evidence(request: HttpRequest, pk: int) -> FileResponse:
    progress = get_object_or_404(Progress, pk=pk)
    selectors.target_get_for_user(request.user, progress.target_id)
    return file_response(progress.evidence, progress.original_name)


def movement_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    board = selectors.movement_dashboard(movement=movement, access=access)
    page = Paginator(board.rows, DASHBOARD_PAGE).get_page(request.GET.get("trang"))
    return render(
        request,
        "movements/dashboard.html",
        {"movement": movement, "access": access, "board": board, "page": page, "tab": "dashboard"},
    )


@require_GET
def movement_dashboard_data(request: HttpRequest, pk: int) -> JsonResponse:
    movement, access = movement_get_for_user(request.user, pk)
    board = selectors.movement_dashboard(movement=movement, access=access)
    page = Paginator(board.rows, DASHBOARD_PAGE).get_page(request.GET.get("trang"))
    return JsonResponse(
        {"totals": board.totals, **selectors.dashboard_chart(list(page.object_list))}
    )


def _unit_for(request: HttpRequest, pk: int, org: int):  # type: ignore[no-untyped-def]
    movement, access = movement_get_for_user(request.user, pk)
    if not access.sees_unit(org):
        raise Http404("Không tìm thấy đơn vị trong phong trào.")
    participant = get_object_or_404(
        Participant.objects.select_related("organization"), movement=movement, organization_id=org
    )
    return movement, access, participant.organization


def unit_dashboard(request: HttpRequest, pk: int, org: int) -> HttpResponse:
    movement, access, organization = _unit_for(request, pk, org)
    board = selectors.unit_dashboard(movement=movement, organization=organization)
    return render(
        request,
        "movements/unit_dashboard.html",
        {
            "movement": movement,
            "access": access,
            "board": board,
            "may_add": access.manage,
            "tab": "dashboard",
        },
    )


@require_GET
def unit_dashboard_data(request: HttpRequest, pk: int, org: int) -> JsonResponse:
    movement, _, organization = _unit_for(request, pk, org)
    board = selectors.unit_dashboard(movement=movement, organization=organization)
    return JsonResponse(selectors.unit_chart(board))


@require_GET
def targets_export(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    content = targets_workbook(movement=movement, access=access)
    event_record(
        actor=request.user,
        event_type=EventType.EXPORT_DOWNLOADED,
        subject=movement,
        organization=movement.organizer,
        data={"export": "targets"},
    )
    return xlsx_response(content, f"chi-tieu-phong-trao-{movement.pk}.xlsx")
