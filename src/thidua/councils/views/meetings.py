"""Meetings: list, create and edit, the meeting page (agenda, attendance, quorum, ballots),
the voting buttons, the live ballot count and the closing."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from thidua.core.forms import form_errors
from thidua.core.permissions import Cap, require_cap
from thidua.councils.forms import AgendaRemoveForm, CloseForm, MeetingForm
from thidua.councils.models import Council, ItemStatus, Meeting
from thidua.councils.selectors.access import (
    can_run,
    council_get_for_user,
    item_get_for_user,
    meeting_get_for_user,
    meeting_scope,
)
from thidua.councils.selectors.meetings import (
    agenda_rows,
    attendance_rows,
    ballot_counts,
    dossiers_for_agenda,
    members_current,
    secretary_of,
    voting_counts,
)
from thidua.councils.services.meeting import (
    agenda_item_add,
    agenda_item_remove,
    attendance_record,
    meeting_close,
    meeting_create,
    meeting_update,
)
from thidua.councils.services.voting import voting_close, voting_open
from thidua.councils.views.common import flash_errors
from thidua.documents.selectors import documents_for_subject
from thidua.nominations.models import ReviewRound

PAGE_SIZE = 30


def meeting_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    meetings = meeting_scope(request.user).order_by("-held_at", "-id")
    page = Paginator(meetings, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(request, "councils/meeting_list.html", {"page": page})


def _meeting_form(request: HttpRequest, council: Council, meeting: Meeting | None) -> MeetingForm:
    initial = MeetingForm.initial_for(meeting) if meeting else None
    return MeetingForm(
        request.POST or None,
        initial=initial,
        members=members_current(council),
        rounds=ReviewRound.objects.filter(organizer=council.organization),
    )


@require_http_methods(["GET", "POST"])
def meeting_create_view(request: HttpRequest, pk: int) -> HttpResponse:
    council = council_get_for_user(request.user, pk, manage=True)
    form = _meeting_form(request, council, None)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = meeting_create(actor=request.user, council=council, **form.service_fields())
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã tạo phiên họp.")
            return redirect("councils:meeting-detail", meeting.pk)
    return render(request, "councils/meeting_form.html", {"form": form, "council": council})


@require_http_methods(["GET", "POST"])
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_get_for_user(request.user, pk, manage=True)
    form = _meeting_form(request, meeting.council, meeting)
    if request.method == "POST" and form.is_valid():
        try:
            meeting_update(actor=request.user, meeting=meeting, **form.service_fields())
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu phiên họp.")
            return redirect("councils:meeting-detail", meeting.pk)
    context = {"form": form, "council": meeting.council, "meeting": meeting}
    return render(request, "councils/meeting_form.html", context)


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_get_for_user(request.user, pk)
    runs = can_run(request.user, meeting.council)
    rows = agenda_rows(meeting)
    return render(
        request,
        "councils/meeting_detail.html",
        {
            "meeting": meeting,
            "council": meeting.council,
            "can_run": runs,
            "items": rows,
            "attendance": attendance_rows(meeting),
            "counts": voting_counts(meeting),
            "secretary": secretary_of(meeting),
            "candidates": dossiers_for_agenda(meeting) if runs and meeting.is_open else [],
            "voting": any(r.item.status == ItemStatus.VOTING for r in rows),
            "all_closed": bool(rows) and all(r.item.status == ItemStatus.CLOSED for r in rows),
            "close_form": CloseForm(),
            "documents": documents_for_subject(user=request.user, subject=meeting),
        },
    )


@require_POST
def agenda_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_get_for_user(request.user, pk, manage=True)
    dossier = get_object_or_404(dossiers_for_agenda(meeting), pk=request.POST.get("dossier") or 0)
    try:
        agenda_item_add(actor=request.user, meeting=meeting, dossier=dossier)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, f"Đã đưa hồ sơ «{dossier.title}» vào chương trình họp.")
    return redirect("councils:meeting-detail", meeting.pk)


@require_POST
def agenda_remove(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a pending item off the agenda with a reason; the dossier goes back to appraised."""
    item = item_get_for_user(request.user, pk, manage=True)
    form = AgendaRemoveForm(request.POST)
    if not form.is_valid():
        flash_errors(request, ValidationError(form.errors.as_data()["note"]))
        return redirect("councils:meeting-detail", item.meeting_id)
    try:
        agenda_item_remove(actor=request.user, item=item, note=form.cleaned_data["note"])
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, f"Đã rút hồ sơ «{item.dossier.title}» khỏi chương trình họp.")
    return redirect("councils:meeting-detail", item.meeting_id)


@require_POST
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_get_for_user(request.user, pk, manage=True)
    entries = {
        row.member.pk: (
            request.POST.get(f"present-{row.member.pk}") == "1",
            request.POST.get(f"note-{row.member.pk}", "")[:300],
        )
        for row in attendance_rows(meeting)
    }
    try:
        attendance_record(actor=request.user, meeting=meeting, entries=entries)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, "Đã lưu điểm danh.")
    return redirect("councils:meeting-detail", meeting.pk)


@require_POST
def item_open(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get_for_user(request.user, pk, manage=True)
    try:
        voting_open(actor=request.user, item=item)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, f"Đã mở bỏ phiếu: «{item.dossier.title}».")
    return redirect("councils:meeting-detail", item.meeting_id)


@require_POST
def item_close(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_get_for_user(request.user, pk, manage=True)
    try:
        voting_close(actor=request.user, item=item)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, f"Đã kết thúc bỏ phiếu và kiểm phiếu: «{item.dossier.title}».")
    return redirect("councils:meeting-detail", item.meeting_id)


@require_GET
def item_count(request: HttpRequest, pk: int) -> HttpResponse:
    """The live count polled by the meeting page: how many ballots came back, never whose."""
    item = item_get_for_user(request.user, pk)
    issued, returned = ballot_counts(item)
    context = {"item": item, "issued": issued, "returned": returned}
    return render(request, "councils/_ballot_count.html", context)


@require_POST
def meeting_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meeting_get_for_user(request.user, pk, manage=True)
    form = CloseForm(request.POST)
    form.is_valid()
    try:
        meeting_close(
            actor=request.user,
            meeting=meeting,
            conclusions=form.cleaned_data.get("conclusions", ""),
        )
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, "Đã kết thúc phiên họp; biên bản đang được tạo.")
    return redirect("councils:meeting-detail", meeting.pk)
