"""The public pages (no login): open notices, one notice with its nominees and the form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from thidua.core.forms import form_errors
from thidua.publicity.forms import CommentForm
from thidua.publicity.models import PublicNotice
from thidua.publicity.selectors import notice_entries, notice_get_public, notices_open
from thidua.publicity.services import comment_submit

THANKS = "Cảm ơn bạn đã góp ý. Cơ quan thường trực sẽ xem xét, xử lý ý kiến của bạn."


@login_not_required
def notice_list(request: HttpRequest) -> HttpResponse:
    notices = notices_open(timezone.localdate())
    return render(request, "publicity/public_list.html", {"notices": notices})


@login_not_required
@require_http_methods(["GET", "POST"])
def notice_detail(request: HttpRequest, pk: int) -> HttpResponse:
    today = timezone.localdate()
    notice = notice_get_public(pk, today)
    is_open = notice.is_open_on(today)
    form = CommentForm(request.POST or None, notice=notice)
    if request.method == "POST" and not is_open:
        messages.error(request, "Thông báo đã hết thời gian nhận ý kiến.")
        return redirect("publicity:notice-detail", notice.pk)
    if request.method == "POST" and form.is_valid():
        if form.is_robot:  # a robot filled the hidden field: thank it, keep nothing
            messages.success(request, THANKS)
            return _back(notice)
        try:
            comment_submit(
                notice=notice,
                name=form.cleaned_data["name"],
                contact=form.cleaned_data["contact"],
                content=form.cleaned_data["content"],
                entry=form.cleaned_data["entry"],
                address=request.META.get("REMOTE_ADDR", ""),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, THANKS)
            return _back(notice)
    return render(
        request,
        "publicity/public_detail.html",
        {"notice": notice, "entries": notice_entries(notice), "form": form, "is_open": is_open},
    )


def _back(notice: PublicNotice) -> HttpResponse:
    return redirect(reverse("publicity:notice-detail", args=[notice.pk]) + "#gop-y")
