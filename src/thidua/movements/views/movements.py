"""Pages of a movement: list, create and edit, content, documents, units and cascade, status."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from thidua.core.permissions import Cap, has_cap, require_cap
from thidua.movements import forms, services
from thidua.movements.models import LegalDocument, MovementStatus
from thidua.movements.selectors import movements as selectors
from thidua.movements.selectors.access import movement_get_for_user
from thidua.movements.views.common import file_response, form_errors
from thidua.movements.workflow import MOVEMENT_TRANSITIONS, moves_from, transition_for

PAGE_SIZE = 30


def movement_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    query = request.GET.get("q", "").strip()[:100]
    status = request.GET.get("trang-thai", "")
    year = request.GET.get("nam", "")
    movements = selectors.movement_list(
        user=request.user, query=query, year=int(year) if year.isdigit() else None, status=status
    )
    page = Paginator(movements, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "movements/list.html",
        {
            "page": page,
            "query": urlencode({"q": query, "nam": year, "trang-thai": status}),
            "q": query,
            "status": status,
            "year": year,
            "statuses": MovementStatus.choices,
            "can_create": has_cap(request.user, Cap.MANAGE_MOVEMENTS),
        },
    )


@require_http_methods(["GET", "POST"])
def movement_create(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.MANAGE_MOVEMENTS)
    year = timezone.localdate().year
    form = forms.MovementForm(
        request.POST or None,
        user=request.user,
        initial={"start_year": year, "end_year": year, "parent": request.GET.get("cap-tren")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            movement = services.movement_create(
                actor=request.user,
                data=form.cleaned_data,
                named=form.named(),
                award_forms=list(form.cleaned_data["award_forms"]),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã tạo dự thảo phong trào; bổ sung nội dung rồi phát động.")
            return redirect("movements:movement-detail", movement.pk)
    return render(request, "movements/movement_form.html", {"form": form, "movement": None})


@require_http_methods(["GET", "POST"])
def movement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    movement, _ = movement_get_for_user(request.user, pk, manage=True)
    form = forms.MovementForm(request.POST or None, user=request.user, instance=movement)
    if request.method == "POST" and form.is_valid():
        try:
            services.movement_update(
                actor=request.user,
                movement=movement,
                data=form.cleaned_data,
                named=form.named(),
                award_forms=list(form.cleaned_data["award_forms"]),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu phong trào.")
            return redirect("movements:movement-detail", movement.pk)
    return render(request, "movements/movement_form.html", {"form": form, "movement": movement})


def movement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    moves = moves_from(MOVEMENT_TRANSITIONS, movement.status, {"manager"}) if access.manage else []
    return render(
        request,
        "movements/detail.html",
        {
            "movement": movement,
            "access": access,
            "page": selectors.movement_page(user=request.user, movement=movement),
            "moves": moves,
            "note_form": forms.NoteForm(),
            "tab": "overview",
        },
    )


@require_POST
def movement_transition(request: HttpRequest, pk: int, to: str) -> HttpResponse:
    movement, _ = movement_get_for_user(request.user, pk, manage=True)
    form = forms.NoteForm(request.POST)
    form.is_valid()
    try:
        row = transition_for(MOVEMENT_TRANSITIONS, movement.status, to)
        services.movement_transition(
            movement=movement, to=to, actor=request.user, note=form.cleaned_data.get("note", "")
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(
            request, f"{row.label}: xong. Phong trào {movement.get_status_display().lower()}."
        )
    return redirect("movements:movement-detail", movement.pk)


@require_http_methods(["GET", "POST"])
def movement_content(request: HttpRequest, pk: int) -> HttpResponse:
    movement, _ = movement_get_for_user(request.user, pk, manage=True)
    items = [{"heading": c.heading, "body": c.body} for c in movement.content_items.all()]
    criteria = [{"subject_kind": c.subject_kind, "text": c.text} for c in movement.criteria.all()]
    content = forms.ContentFormSet(request.POST or None, prefix="nd", initial=items)
    crit = forms.CriterionFormSet(request.POST or None, prefix="tc", initial=criteria)
    if request.method == "POST" and content.is_valid() and crit.is_valid():
        services.movement_content_save(
            actor=request.user,
            movement=movement,
            items=forms.formset_rows(content, "body"),
            criteria=forms.formset_rows(crit, "text"),
        )
        messages.success(request, "Đã lưu nội dung và tiêu chuẩn thi đua.")
        if "them" in request.POST:
            return redirect("movements:movement-content", movement.pk)
        return redirect("movements:movement-detail", movement.pk)
    return render(
        request,
        "movements/content_form.html",
        {"movement": movement, "content": content, "criteria": crit, "tab": "overview"},
    )


@require_GET
def named_suggest(request: HttpRequest) -> HttpResponse:
    """htmx: catalogue names matching the last line typed in the "named movements" box."""
    require_cap(request.user, Cap.VIEW)
    lines = request.GET.get("named_text", "").splitlines()
    query = lines[-1] if lines else ""
    return render(
        request,
        "movements/_named_suggestions.html",
        {"suggestions": selectors.named_movement_suggestions(query[:100]), "query": query},
    )


@require_http_methods(["GET", "POST"])
def movement_documents(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    form = None
    if access.manage:
        form = forms.LegalDocumentForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k != "file"}
            try:
                services.legal_document_add(
                    actor=request.user,
                    movement=movement,
                    data=data,
                    upload=form.cleaned_data["file"],
                )
            except ValidationError as error:
                form_errors(form, error)
            else:
                messages.success(request, "Đã đính kèm văn bản.")
                return redirect("movements:movement-documents", movement.pk)
    elif request.method == "POST":
        raise Http404
    return render(
        request,
        "movements/documents.html",
        {
            "movement": movement,
            "access": access,
            "documents": movement.documents.select_related("uploaded_by").order_by(
                "issued_on", "id"
            ),
            "form": form,
            "tab": "documents",
        },
    )


def _document_for(request: HttpRequest, pk: int, manage: bool = False) -> LegalDocument:
    document = get_object_or_404(LegalDocument.objects.select_related("movement"), pk=pk)
    movement_get_for_user(request.user, document.movement_id, manage=manage)
    return document


@require_GET
def document_download(request: HttpRequest, pk: int) -> FileResponse:
    document = _document_for(request, pk)
    return file_response(document.file, document.original_name)


@require_POST
def document_remove(request: HttpRequest, pk: int) -> HttpResponse:
    document = _document_for(request, pk, manage=True)
    movement_id = document.movement_id
    services.legal_document_remove(actor=request.user, document=document)
    messages.success(request, "Đã gỡ văn bản.")
    return redirect("movements:movement-documents", movement_id)


def movement_cascade(request: HttpRequest, pk: int) -> HttpResponse:
    movement, access = movement_get_for_user(request.user, pk)
    today = timezone.localdate()
    return render(
        request,
        "movements/cascade.html",
        {
            "movement": movement,
            "access": access,
            "nodes": selectors.cascade_tree(movement=movement, access=access, today=today),
            "tab": "units",
        },
    )


@require_http_methods(["GET", "POST"])
def movement_participants(request: HttpRequest, pk: int) -> HttpResponse:
    movement, _ = movement_get_for_user(request.user, pk, manage=True)
    day = movement.reference_day(timezone.localdate())
    defaults = services.default_participants(movement=movement, day=day)
    chosen = list(movement.participants.values_list("organization_id", flat=True))
    form = forms.ParticipantsForm(
        request.POST or None,
        candidates=selectors.participant_candidates(
            user=request.user, movement=movement, defaults=defaults
        ),
        initial={"organizations": chosen or [o.pk for o in defaults]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.movement_participants_set(
                actor=request.user,
                movement=movement,
                organizations=list(form.cleaned_data["organizations"]),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu danh sách đơn vị tham gia.")
            return redirect("movements:movement-cascade", movement.pk)
    return render(
        request,
        "movements/participants_form.html",
        {"movement": movement, "form": form, "day": day, "chosen": bool(chosen), "tab": "units"},
    )
