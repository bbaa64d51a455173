"""Review rounds: list, open, edit, close, and the round's page."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.permissions import Cap, has_cap, has_cap_over, require_cap
from thidua.nominations.forms import NoteForm, RoundForm
from thidua.nominations.models import DossierStatus, RoundStatus
from thidua.nominations.selectors.access import round_get_for_user
from thidua.nominations.selectors.lists import round_list, round_page
from thidua.nominations.services.rounds import ROUND_FIELDS, round_close, round_open, round_update
from thidua.nominations.views.common import form_errors


def rounds(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    page = Paginator(round_list(user=request.user), 30).get_page(request.GET.get("trang"))
    return render(
        request,
        "nominations/round_list.html",
        {"page": page, "can_open": has_cap(request.user, Cap.APPRAISE)},
    )


@require_http_methods(["GET", "POST"])
def round_create(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.APPRAISE)
    year = timezone.localdate().year
    form = RoundForm(
        request.POST or None,
        user=request.user,
        initial={"year": year - 1, "title": f"Xét khen thưởng tổng kết năm {year - 1}"},
    )
    if request.method == "POST" and form.is_valid():
        data = {k: form.cleaned_data.get(k) for k in ROUND_FIELDS}
        try:
            the_round = round_open(
                actor=request.user, organizer=form.cleaned_data["organizer"], data=data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã mở đợt xét; các đơn vị đã được thông báo.")
            return redirect("nominations:round-detail", the_round.pk)
    return render(request, "nominations/round_form.html", {"form": form, "the_round": None})


@require_http_methods(["GET", "POST"])
def round_edit(request: HttpRequest, pk: int) -> HttpResponse:
    the_round = round_get_for_user(request.user, pk, manage=True)
    initial = {k: getattr(the_round, k) for k in ROUND_FIELDS}
    form = RoundForm(request.POST or None, user=request.user, editing=True, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: form.cleaned_data.get(k) for k in ROUND_FIELDS}
        try:
            round_update(actor=request.user, the_round=the_round, data=data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu đợt xét.")
            return redirect("nominations:round-detail", the_round.pk)
    return render(request, "nominations/round_form.html", {"form": form, "the_round": the_round})


def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    the_round = round_get_for_user(request.user, pk)
    status = request.GET.get("trang-thai", "")
    return render(
        request,
        "nominations/round_detail.html",
        {
            "the_round": the_round,
            "page": round_page(user=request.user, the_round=the_round, status=status),
            "status": status,
            "statuses": DossierStatus.choices,
            "can_manage": has_cap_over(request.user, Cap.APPRAISE, the_round.organizer.path),
            "is_open": the_round.status == RoundStatus.OPEN,
        },
    )


@require_POST
def round_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    the_round = round_get_for_user(request.user, pk, manage=True)
    form = NoteForm(request.POST)
    form.is_valid()
    try:
        round_close(actor=request.user, the_round=the_round, note=form.cleaned_data.get("note", ""))
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, "Đã kết thúc đợt xét: không nhận thêm hồ sơ.")
    return redirect("nominations:round-detail", the_round.pk)
