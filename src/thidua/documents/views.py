"""Document pages: status and downloads behind the scope check; template administration."""

import unicodedata
from typing import Any
from urllib.parse import quote

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.permissions import Cap, has_cap, is_system_admin, require_cap
from thidua.documents import registry, selectors, services
from thidua.documents.forms import TemplateUploadForm

PAGE_SIZE = 50
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def attachment(response: HttpResponseBase, filename: str) -> HttpResponseBase:
    """Content-Disposition with an ASCII fallback and the Vietnamese name (RFC 6266/5987)."""
    decomposed = unicodedata.normalize("NFD", filename.replace("đ", "d").replace("Đ", "D"))
    fallback = "".join(c for c in decomposed if c.isascii() and c not in '"\\')
    response["Content-Disposition"] = (
        f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
    )
    return response


def _file_response(field: FieldFile, filename: str, extension: str) -> HttpResponseBase:
    try:
        handle = field.open("rb")
    except OSError:
        raise Http404("Không tìm thấy tệp trên máy chủ.") from None
    response = FileResponse(handle, content_type=CONTENT_TYPES[extension])
    return attachment(response, filename)


# -- generated documents ------------------------------------------------------------------


def document_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    documents = selectors.document_list_for_user(user=request.user)
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "documents/list.html",
        {"page": page, "can_manage_templates": has_cap(request.user, Cap.MANAGE_TEMPLATES)},
    )


def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.document_get_for_user(user=request.user, pk=pk)
    return render(
        request,
        "documents/detail.html",
        {
            "document": document,
            "can_regenerate": selectors.can_regenerate(request.user, document),
        },
    )


def document_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The status box alone, polled by htmx every 2 s while the document is being made."""
    document = selectors.document_get_for_user(user=request.user, pk=pk)
    return render(request, "documents/_status.html", {"document": document})


def document_download(request: HttpRequest, pk: int, extension: str) -> HttpResponseBase:
    document = selectors.document_get_for_user(user=request.user, pk=pk)
    field = document.docx if extension == "docx" else document.pdf
    if not field:
        raise Http404("Văn bản chưa có tệp này.")
    return _file_response(field, document.download_name(extension), extension)


@require_POST
def document_regenerate_view(request: HttpRequest, pk: int) -> HttpResponse:
    document = selectors.document_get_for_user(user=request.user, pk=pk)
    if not selectors.can_regenerate(request.user, document):
        raise PermissionDenied("Bạn không có quyền tạo lại văn bản này.")
    try:
        services.document_regenerate(actor=request.user, document=document)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("documents:detail", pk)


# -- templates ----------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def template_list(request: HttpRequest) -> HttpResponse:
    """The templates in force, the uploaded versions, and the upload form."""
    require_cap(request.user, Cap.MANAGE_TEMPLATES)
    form = TemplateUploadForm(
        request.POST or None,
        request.FILES or None,
        organizations=selectors.template_orgs_for_user(user=request.user),
        allow_global=is_system_admin(request.user),
    )
    if request.method == "POST" and form.is_valid():
        response = _upload(request, form)
        if response is not None:
            return response
    overrides = list(selectors.template_overrides_for_user(user=request.user))
    specs = [
        {"spec": spec, "overrides": [t for t in overrides if t.code == spec.code]}
        for spec in registry.all_specs()
    ]
    return render(request, "documents/templates.html", {"form": form, "specs": specs})


def _upload(request: HttpRequest, form: TemplateUploadForm) -> HttpResponse | None:
    upload = form.cleaned_data["file"]
    try:
        template, warnings = services.template_upload(
            actor=request.user,
            code=form.cleaned_data["code"],
            organization=form.cleaned_data["organization"],
            content=upload.read(),
            original_name=upload.name,
        )
    except ValidationError as error:
        form.add_error("file", error.messages)
        return None
    messages.success(
        request, f"Đã lưu và áp dụng mẫu «{template.code}» phiên bản {template.version}."
    )
    for warning in warnings:
        messages.warning(request, warning)
    return redirect("documents:templates")


def template_default(request: HttpRequest, code: str) -> HttpResponseBase:
    """The shipped template, to edit in Word and upload back."""
    require_cap(request.user, Cap.MANAGE_TEMPLATES)
    spec = registry.get_spec(code)
    if spec is None:
        raise Http404("Không có mẫu văn bản này.")
    response = FileResponse(spec.path.open("rb"), content_type=CONTENT_TYPES["docx"])
    return attachment(response, f"Mẫu {code} (mặc định).docx")


def template_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    template = selectors.template_get_for_user(user=request.user, pk=pk)
    return _file_response(template.file, f"Mẫu {template.code} v{template.version}.docx", "docx")


def _template_action(request: HttpRequest, pk: int, action: Any, done: str) -> HttpResponse:
    template = selectors.template_get_for_user(user=request.user, pk=pk, write=True)
    action(actor=request.user, template=template)
    messages.success(request, done)
    return redirect("documents:templates")


@require_POST
def template_deactivate_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _template_action(
        request, pk, services.template_deactivate, "Đã ngừng dùng mẫu; mẫu cấp trên được áp dụng."
    )


@require_POST
def template_activate_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _template_action(request, pk, services.template_activate, "Đã dùng lại phiên bản này.")
