"""Buttons that ask the documents app for a movement's official documents (rendered later by
the worker; the page then shows "Đang tạo…" and the downloads)."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from thidua.documents.services import document_request
from thidua.movements import documents
from thidua.movements.models import RegistrationPeriod, ReportRequest
from thidua.movements.selectors.access import movement_get_for_user
from thidua.movements.selectors.registrations import registration_list
from thidua.movements.selectors.reports import report_summary

MOVEMENT_KINDS = {"ke-hoach": "ke_hoach", "cong-van": "cong_van"}


def _request(
    request: HttpRequest,
    code: str,
    movement: Any,
    subject: Any,
    title: str,
    context: dict[str, Any],
) -> HttpResponse:
    try:
        document = document_request(
            actor=request.user,
            template_code=code,
            organization=movement.organizer,
            subject=subject,
            title=title,
            context=context,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("movements:movement-detail", movement.pk)
    messages.success(request, "Đang tạo văn bản; tải về khi trang báo đã xong.")
    return redirect("documents:detail", document.pk)


@require_POST
def movement_document(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """The plan (Kế hoạch) or the launch letter (Công văn) of the movement."""
    code = MOVEMENT_KINDS.get(kind)
    if code is None:
        raise Http404("Không có loại văn bản này.")
    movement, _ = movement_get_for_user(request.user, pk, manage=True)
    gather = documents.plan_context if code == "ke_hoach" else documents.letter_context
    title = documents.document_title(code, movement)
    return _request(request, code, movement, movement, title, gather(movement))


@require_POST
def registration_document(request: HttpRequest, pk: int) -> HttpResponse:
    period = get_object_or_404(RegistrationPeriod, pk=pk)
    movement, access = movement_get_for_user(request.user, period.movement_id, manage=True)
    period.movement = movement
    rows = registration_list(period=period, access=access)
    title = documents.document_title("danh_sach", movement, period.year)
    context = documents.registration_list_context(period, rows)
    return _request(request, "danh_sach", movement, period, title, context)


@require_POST
def summary_document(request: HttpRequest, pk: int, request_pk: int, year: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk, manage=True)
    if not access.oversee:
        raise PermissionDenied("Chỉ đơn vị phát động lập được báo cáo tổng hợp.")
    report_request = get_object_or_404(ReportRequest, pk=request_pk, movement=movement)
    summary = report_summary(movement=movement, access=access, request=report_request, year=year)
    title = documents.document_title("bao_cao", movement, year)
    context = documents.report_summary_context(movement, summary)
    return _request(request, "bao_cao", movement, movement, title, context)
