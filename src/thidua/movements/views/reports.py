"""Report pages: requests and who reported, a unit's report, the overdue list, the summary,
and the notifications."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from thidua.core.permissions import Cap, require_cap
from thidua.movements import forms, services
from thidua.movements.models import (
    Notification,
    ReportAttachment,
    ReportRequest,
    ReportStatus,
    UnitReport,
)
from thidua.movements.selectors import reports as selectors
from thidua.movements.selectors.access import movement_get_for_user
from thidua.movements.views.common import file_response, form_errors
from thidua.movements.workflow import REPORT_TRANSITIONS, moves_from, transition_for
from thidua.organizations.models import Organization


def report_list(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    year = request.GET.get("nam", "")
    return render(
        request,
        "movements/reports.html",
        {
            "movement": movement,
            "access": access,
            "occurrences": selectors.report_overview(
                movement=movement, access=access, year=int(year) if year.isdigit() else None
            ),
            "today": timezone.localdate(),
            "year": year,
            "request_form": forms.ReportRequestForm(
                initial={"title": f"Báo cáo kết quả thực hiện {movement.title}"[:300]}
            )
            if access.manage
            else None,
            "tab": "reports",
        },
    )


@require_POST
def report_request_create(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk, manage=True)
    form = forms.ReportRequestForm(request.POST)
    if form.is_valid():
        try:
            services.report_request_create(
                actor=request.user, movement=movement, data=form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã gửi yêu cầu báo cáo.")
            return redirect("movements:report-list", movement.pk)
    return render(
        request,
        "movements/reports.html",
        {
            "movement": movement,
            "access": access,
            "occurrences": selectors.report_overview(movement=movement, access=access),
            "today": timezone.localdate(),
            "request_form": form,
            "tab": "reports",
        },
    )


@require_http_methods(["GET", "POST"])
def report_edit(request: HttpRequest, request_pk: int, year: int, org: int) -> HttpResponse:
    """The unit writes (or continues) its report for one year of a request."""
    report_request = get_object_or_404(ReportRequest, pk=request_pk)
    movement, access = movement_get_for_user(request.user, report_request.movement_id)
    if org not in access.report_units:
        if access.sees_unit(org):
            raise PermissionDenied("Bạn chỉ có quyền xem báo cáo của đơn vị này.")
        raise Http404("Không tìm thấy đơn vị trong phong trào.")
    organization = get_object_or_404(Organization, pk=org)
    report = UnitReport.objects.filter(
        request=report_request, year=year, organization=organization
    ).first()
    if report is not None and report.status == ReportStatus.SUBMITTED:
        return redirect("movements:report-detail", report.pk)
    targets = selectors.report_targets(report, movement, org)
    form = forms.UnitReportForm(
        request.POST or None,
        request.FILES or None,
        targets=targets,
        initial={"text": report.text if report else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            report = services.report_save(
                actor=request.user,
                request=report_request,
                year=year,
                organization=organization,
                text=form.cleaned_data["text"],
                figures=form.figures(),
                attachments=form.cleaned_data["attachments"],
            )
            if "gui" in request.POST:
                services.report_transition(
                    report=report, to=ReportStatus.SUBMITTED, actor=request.user
                )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(
                request, "Đã gửi báo cáo." if "gui" in request.POST else "Đã lưu báo cáo."
            )
            return redirect("movements:report-detail", report.pk)
    return render(
        request,
        "movements/report_form.html",
        {
            "movement": movement,
            "report_request": report_request,
            "year": year,
            "organization": organization,
            "report": report,
            "form": form,
            "attachments": report.attachments.all() if report else [],
            "tab": "reports",
        },
    )


def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report, access = selectors.report_get_for_user(request.user, pk)
    by = set()
    if report.organization_id in access.report_units:
        by.add("unit")
    if access.manage:
        by.add("manager")
    return render(
        request,
        "movements/report_detail.html",
        {
            "movement": report.request.movement,
            "report": report,
            "figures": report.figures.select_related("target").order_by("target__order", "id"),
            "attachments": report.attachments.all(),
            "moves": moves_from(REPORT_TRANSITIONS, report.status, by),
            "may_edit": "unit" in by and report.status in services.reports.EDITABLE,
            "return_form": forms.ReturnForm(),
            "tab": "reports",
        },
    )


@require_POST
def report_transition(request: HttpRequest, pk: int, to: str) -> HttpResponse:
    report, _ = selectors.report_get_for_user(request.user, pk)
    form = forms.NoteForm(request.POST)
    form.is_valid()
    try:
        row = transition_for(REPORT_TRANSITIONS, report.status, to)
        services.report_transition(
            report=report, to=to, actor=request.user, note=form.cleaned_data.get("note", "")
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, f"{row.label}: xong.")
    return redirect("movements:report-detail", report.pk)


@require_GET
def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    attachment = get_object_or_404(ReportAttachment, pk=pk)
    selectors.report_get_for_user(request.user, attachment.report_id)
    return file_response(attachment.file, attachment.original_name)


@require_POST
def attachment_remove(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = get_object_or_404(ReportAttachment.objects.select_related("report"), pk=pk)
    report, _ = selectors.report_get_for_user(request.user, attachment.report_id)
    try:
        services.report_attachment_remove(actor=request.user, attachment=attachment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("movements:report-edit", report.request_id, report.year, report.organization_id)


def report_summary(request: HttpRequest, pk: int, request_pk: int, year: int) -> HttpResponse:
    """The department office's summary of one request and year: all reports, figures added up."""
    movement, access = movement_get_for_user(request.user, pk)
    if not access.oversee:
        raise PermissionDenied("Chỉ đơn vị phát động xem được báo cáo tổng hợp.")
    report_request = get_object_or_404(ReportRequest, pk=request_pk, movement=movement)
    return render(
        request,
        "movements/report_summary.html",
        {
            "movement": movement,
            "summary": selectors.report_summary(
                movement=movement, access=access, request=report_request, year=year
            ),
            "report_request": report_request,
            "year": year,
            "may_generate": access.manage,
            "tab": "reports",
        },
    )


def overdue(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    rows = selectors.overdue_list(user=request.user, today=timezone.localdate())
    page = Paginator(rows, 100).get_page(request.GET.get("trang"))
    return render(request, "movements/overdue.html", {"page": page, "today": timezone.localdate()})


def notifications(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    items = Notification.objects.filter(user=user).order_by("-created_at", "-id")
    page = Paginator(items, 50).get_page(request.GET.get("trang"))
    return render(request, "movements/notifications.html", {"page": page})


@require_POST
def notifications_read(request: HttpRequest) -> HttpResponse:
    pk = request.POST.get("id")
    user: Any = request.user
    services.notification_mark_read(user=user, pk=int(pk) if pk and pk.isdigit() else None)
    notification = (
        Notification.objects.filter(user=user, pk=pk).first() if pk and pk.isdigit() else None
    )
    if notification is not None and url_has_allowed_host_and_scheme(
        notification.url, allowed_hosts={request.get_host()}
    ):
        return redirect(notification.url)
    return redirect("movements:notifications")
