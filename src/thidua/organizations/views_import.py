"""Excel import and export pages: permission check → form → one service call → render."""

from typing import Any

from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from thidua.core.http import file_response, xlsx_response
from thidua.core.permissions import Cap, require_cap
from thidua.organizations.imports.export import staff_export
from thidua.organizations.imports.forms import ImportUploadForm
from thidua.organizations.imports.services import import_run
from thidua.organizations.imports.template import template_workbook
from thidua.organizations.selectors import import_log_list as import_log_list_for

# A page with more rows than this gets slow on a phone; the rest are counted, not listed.
MAX_SHOWN = 2000


@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.IMPORT)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = import_run(
            actor=request.user,
            file=form.cleaned_data["file"],
            skip_bad_rows=form.cleaned_data["skip_bad_rows"],
        )
    context: dict[str, Any] = {"form": form, "result": result, "max_shown": MAX_SHOWN}
    if result is not None:
        context |= {
            "errors": result.errors[:MAX_SHOWN],
            "errors_hidden": max(len(result.errors) - MAX_SHOWN, 0),
            "warnings": result.warnings[:MAX_SHOWN],
            "warnings_hidden": max(len(result.warnings) - MAX_SHOWN, 0),
        }
    return render(request, "organizations/import.html", context)


@require_GET
def import_template(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.IMPORT)
    return xlsx_response(template_workbook(), "mau-nhap-don-vi-can-bo.xlsx")


@require_GET
def export_staff(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.IMPORT)
    content = staff_export(user=request.user)
    return xlsx_response(content, f"don-vi-can-bo-{timezone.localdate():%Y-%m-%d}.xlsx")


def import_log_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.IMPORT)
    page = Paginator(import_log_list_for(user=request.user), 50).get_page(request.GET.get("trang"))
    return render(request, "organizations/import_logs.html", {"page": page})


def import_log_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_cap(request.user, Cap.IMPORT)
    log = get_object_or_404(import_log_list_for(user=request.user).defer(None), pk=pk)
    return render(request, "organizations/import_log_detail.html", {"log": log})


def import_log_file(request: HttpRequest, pk: int) -> FileResponse:
    require_cap(request.user, Cap.IMPORT)
    log = get_object_or_404(import_log_list_for(user=request.user), pk=pk)
    return file_response(log.file, log.original_name)
