"""A dossier's typed attachments: upload, download behind the dossier's permission, removal."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from thidua.core.http import file_response
from thidua.nominations.forms import AttachmentForm
from thidua.nominations.models import Attachment
from thidua.nominations.selectors.access import dossier_get_for_user
from thidua.nominations.services.attachments import attachment_add, attachment_remove
from thidua.nominations.views.common import form_errors, int_param
from thidua.nominations.views.nominees import _editable


@require_http_methods(["GET", "POST"])
def attachment_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = _editable(request, pk)
    form = AttachmentForm(
        request.POST or None,
        request.FILES or None,
        dossier=dossier,
        initial={"nomination": int_param(request, "nguoi"), "kind": request.GET.get("loai", "")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            attachment_add(
                dossier=dossier,
                actor=request.user,
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
                nomination=form.cleaned_data["nomination"],
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã đính kèm tài liệu.")
            return redirect(reverse("nominations:dossier-detail", args=[dossier.pk]) + "#tai-lieu")
    return render(request, "nominations/attachment_form.html", {"dossier": dossier, "form": form})


def _attachment(request: HttpRequest, pk: int, write: bool = False) -> Attachment:
    found = Attachment.objects.filter(pk=pk).values_list("dossier_id", flat=True).first()
    if found is None:
        raise Http404("Không tìm thấy tài liệu.")
    dossier = dossier_get_for_user(request.user, found, write=write)
    attachment = dossier.attachments.get(pk=pk)
    attachment.dossier = dossier
    return attachment


@require_GET
def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    attachment = _attachment(request, pk)
    return file_response(attachment.file, attachment.original_name)


@require_POST
def attachment_remove_view(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = _attachment(request, pk, write=True)
    try:
        attachment_remove(attachment=attachment, actor=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, f"Đã gỡ «{attachment.original_name}».")
    return redirect(
        reverse("nominations:dossier-detail", args=[attachment.dossier_id]) + "#tai-lieu"
    )
