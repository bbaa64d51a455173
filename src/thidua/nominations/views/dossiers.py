"""Dossier pages: the landing page, the lists, create and edit, the dossier itself with its
timeline, and the workflow buttons."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.permissions import Cap, has_cap, org_get_for_user, require_cap
from thidua.nominations.forms import DossierForm, NoteForm
from thidua.nominations.models import DossierStatus
from thidua.nominations.selectors.access import dossier_get_for_user, round_get_for_user
from thidua.nominations.selectors.lists import inbox, inbox_rounds, unit_dossiers
from thidua.nominations.selectors.pages import dossier_page
from thidua.nominations.services.dossiers import dossier_create, dossier_submit, dossier_update
from thidua.nominations.services.transition import dossier_transition
from thidua.nominations.views.common import form_errors, int_param
from thidua.nominations.workflow import transition_for

PAGE_SIZE = 30


def index(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    user = request.user
    return render(
        request,
        "nominations/index.html",
        {
            "can_nominate": has_cap(user, Cap.NOMINATE),
            "can_appraise": has_cap(user, Cap.APPRAISE),
            "unit_count": unit_dossiers(user=user).count(),
            "inbox_count": inbox(user=user, status=DossierStatus.SUBMITTED).count(),
        },
    )


def dossier_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.NOMINATE)
    status = request.GET.get("trang-thai", "")
    dossiers = unit_dossiers(user=request.user, status=status, round_id=int_param(request, "dot"))
    return render(
        request,
        "nominations/dossier_list.html",
        {
            "page": Paginator(dossiers, PAGE_SIZE).get_page(request.GET.get("trang")),
            "status": status,
            "statuses": DossierStatus.choices,
            "query": f"trang-thai={status}",
        },
    )


def inbox_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.APPRAISE)
    status = request.GET.get("trang-thai", "")
    round_id = int_param(request, "dot")
    dossiers = inbox(user=request.user, status=status, round_id=round_id)
    return render(
        request,
        "nominations/inbox.html",
        {
            "page": Paginator(dossiers, PAGE_SIZE).get_page(request.GET.get("trang")),
            "status": status,
            "round_id": round_id,
            "rounds": inbox_rounds(user=request.user),
            "statuses": [c for c in DossierStatus.choices if c[0] != DossierStatus.DRAFT],
            "query": f"trang-thai={status}&dot={round_id or ''}",
        },
    )


@require_http_methods(["GET", "POST"])
def dossier_create_view(request: HttpRequest) -> HttpResponse:
    the_round = round_get_for_user(request.user, request.GET.get("dot"))
    unit = org_get_for_user(request.user, request.GET.get("don-vi"), Cap.NOMINATE)  # type: ignore[arg-type]
    form = DossierForm(
        request.POST or None,
        initial={"title": f"Đề nghị khen thưởng năm {the_round.year} của {unit.name}"},
    )
    if request.method == "POST" and form.is_valid():
        try:
            dossier = dossier_create(
                actor=request.user, the_round=the_round, organization=unit, data=form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã tạo hồ sơ; thêm người, tập thể được đề nghị.")
            return redirect("nominations:dossier-nominees", dossier.pk)
    return render(
        request,
        "nominations/dossier_form.html",
        {"form": form, "the_round": the_round, "unit": unit, "dossier": None},
    )


@require_http_methods(["GET", "POST"])
def dossier_edit(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk, write=True)
    form = DossierForm(
        request.POST or None,
        initial={"title": dossier.title, "number": dossier.number, "note": dossier.note},
    )
    if request.method == "POST" and form.is_valid():
        try:
            dossier_update(actor=request.user, dossier=dossier, data=form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu hồ sơ.")
            return redirect("nominations:dossier-detail", dossier.pk)
    return render(
        request,
        "nominations/dossier_form.html",
        {
            "form": form,
            "the_round": dossier.round,
            "unit": dossier.organization,
            "dossier": dossier,
        },
    )


def dossier_detail(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    return render(
        request,
        "nominations/dossier_detail.html",
        {"dossier": dossier, "page": dossier_page(user=request.user, dossier=dossier)},
    )


@require_POST
def dossier_move(request: HttpRequest, pk: int, to: str) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    form = NoteForm(request.POST)
    form.is_valid()
    note = form.cleaned_data.get("note", "")
    try:
        row = transition_for(dossier.status, to)
        if to == DossierStatus.SUBMITTED:
            dossier_submit(dossier=dossier, actor=request.user, note=note)
        else:
            dossier_transition(dossier=dossier, to=to, actor=request.user, note=note)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, f"{row.label}: xong.")
    return redirect("nominations:dossier-detail", dossier.pk)
