"""Received documents: upload and read a document, check its fields, record it or start a
movement from it."""

import logging
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.http import file_response
from thidua.core.permissions import Cap, has_cap, org_scope, require_cap
from thidua.ingest import records
from thidua.ingest.errors import IngestError
from thidua.ingest.forms import PreviewForm, UploadForm
from thidua.ingest.models import ReceivedDocument

logger = logging.getLogger(__name__)
PAGE_SIZE = 30
NOT_FOUND = "Không tìm thấy văn bản."


def _scope(user: Any) -> QuerySet[ReceivedDocument]:
    return ReceivedDocument.objects.filter(organization__in=org_scope(user, Cap.VIEW))


def _get(user: Any, pk: int) -> ReceivedDocument:
    try:
        return _scope(user).select_related("organization", "movement", "uploaded_by").get(pk=pk)
    except ReceivedDocument.DoesNotExist:
        raise Http404(NOT_FOUND) from None


def received_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    documents = _scope(request.user).select_related("organization", "movement")
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "ingest/list.html",
        {"page": page, "can_upload": has_cap(request.user, Cap.MANAGE_MOVEMENTS)},
    )


def received_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    document = _get(request.user, pk)
    return render(
        request,
        "ingest/detail.html",
        {"document": document, "x": document.extracted, "statistics": document.statistics.all()},
    )


def received_download(request: HttpRequest, pk: int) -> FileResponse:
    require_cap(request.user, Cap.VIEW)
    document = _get(request.user, pk)
    return file_response(document.file, document.original_name)


def _preview(request: HttpRequest, form: PreviewForm, payload: dict[str, Any]) -> HttpResponse:
    organization = org_scope(request.user, Cap.MANAGE_MOVEMENTS).filter(pk=payload["org"]).first()
    return render(
        request,
        "ingest/preview.html",
        {"form": form, "x": payload["x"], "payload": payload, "organization": organization},
    )


@require_http_methods(["GET", "POST"])
def received_upload(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.MANAGE_MOVEMENTS)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        try:
            extracted = records.extract_upload(name=upload.name, data=data)
        except IngestError as error:
            form.add_error("file", error.message_vi)
        except Exception:  # never a traceback for a document we cannot parse
            logger.exception("ingest failed on upload %s", upload.name)
            form.add_error("file", records.UNEXPECTED)
        else:
            sha = records.pending_store(data=data)
            payload_args = {
                "user": request.user,
                "organization": form.cleaned_data["organization"],
                "name": upload.name,
                "sha": sha,
                "size": len(data),
                "ext": records.extension_of(data),
                "extracted": extracted,
            }
            token = records.token_make(**payload_args)
            preview = PreviewForm(
                initial={
                    "token": token,
                    "doc_type": extracted.get("doc_type") or "other",
                    "number": extracted.get("number") or "",
                    "symbol": extracted.get("symbol") or "",
                    "issue_date": records.issue_date_initial(extracted),
                    "issuer": extracted.get("issuer") or "",
                    "title": extracted.get("title") or "",
                }
            )
            return _preview(request, preview, records.token_read(token, user=request.user))
    return render(request, "ingest/upload.html", {"form": form})


@require_POST
def received_confirm(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.MANAGE_MOVEMENTS)
    form = PreviewForm(request.POST)
    try:
        payload = records.token_read(request.POST.get("token", ""), user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("ingest:received-upload")
    organization = org_scope(request.user, Cap.MANAGE_MOVEMENTS).filter(pk=payload["org"]).first()
    if organization is None:
        raise PermissionDenied("Bạn không có quyền ghi nhận văn bản cho đơn vị này.")
    if form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "token"}
        args: dict[str, Any] = {
            "actor": request.user,
            "organization": organization,
            "payload": payload,
            "fields": fields,
        }
        try:
            if request.POST.get("action") == "movement":
                _, movement = records.received_document_movement(**args)
                messages.success(
                    request, "Đã tạo dự thảo phong trào từ văn bản; hãy kiểm tra và bổ sung."
                )
                return redirect("movements:movement-edit", movement.pk)
            document = records.received_document_record(**args)
        except ValidationError as error:
            _add_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Đã ghi nhận văn bản đến.")
            return redirect("ingest:received-detail", document.pk)
    return _preview(request, form, payload)


def _add_errors(form: PreviewForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
