"""The officer's pages: notices and their comments, making a notice, resolving, closing."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from thidua.core.forms import form_errors
from thidua.core.permissions import Cap, has_cap_over, require_cap
from thidua.nominations.selectors.access import round_get_for_user
from thidua.publicity.forms import NoticeForm, ResolveForm
from thidua.publicity.selectors import (
    comment_get_for_user,
    notice_comments,
    notice_dossiers,
    notice_entries,
    notice_get_for_user,
    notice_list_for_user,
    publication_candidates,
    rounds_with_candidates,
)
from thidua.publicity.services import comment_resolve, notice_conclude, notice_create


def manage_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    return render(
        request,
        "publicity/manage_list.html",
        {
            "notices": notice_list_for_user(request.user),
            "rounds": rounds_with_candidates(request.user),
            "today": timezone.localdate(),
        },
    )


def notice_new(request: HttpRequest, round_pk: int) -> HttpResponse:
    the_round = round_get_for_user(request.user, round_pk, manage=True)
    candidates = publication_candidates(the_round)
    choices = [(c.dossier.pk, c.dossier.title) for c in candidates]
    initial = {
        "title": f"Lấy ý kiến nhân dân về {the_round.title}",
        "opens_on": timezone.localdate(),
        "dossiers": [pk for pk, _ in choices],
    }
    form = NoticeForm(request.POST or None, initial=initial, choices=choices)
    if request.method == "POST" and form.is_valid():
        try:
            notice = notice_create(
                actor=request.user,
                the_round=the_round,
                dossier_ids=form.cleaned_data["dossiers"],
                opens_on=form.cleaned_data["opens_on"],
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lập thông báo lấy ý kiến công khai.")
            return redirect("publicity:manage-detail", notice.pk)
    chosen = set(form["dossiers"].value() or [])
    return render(
        request,
        "publicity/notice_form.html",
        {
            "round": the_round,
            "candidates": candidates,
            "chosen": {int(x) for x in chosen if str(x).isdigit()},
            "form": form,
        },
    )


def manage_detail(request: HttpRequest, pk: int) -> HttpResponse:
    notice = notice_get_for_user(request.user, pk)
    today = timezone.localdate()
    return render(
        request,
        "publicity/manage_detail.html",
        {
            "notice": notice,
            "entries": notice_entries(notice),
            "comments": notice_comments(notice),
            "dossiers": notice_dossiers(notice),
            "can_manage": has_cap_over(request.user, Cap.APPRAISE, notice.round.organizer.path),
            "is_open": notice.is_open_on(today),
            "ended": today > notice.closes_on,
        },
    )


@require_POST
def comment_resolve_view(request: HttpRequest, pk: int) -> HttpResponse:
    comment = comment_get_for_user(request.user, pk)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Cần ghi kết quả xử lý ý kiến.")
    else:
        try:
            comment_resolve(
                comment=comment, resolution=form.cleaned_data["resolution"], actor=request.user
            )
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        else:
            messages.success(request, f"Đã ghi kết quả xử lý ý kiến của {comment.name}.")
    return redirect("publicity:manage-detail", comment.notice_id)


@require_POST
def notice_conclude_view(request: HttpRequest, pk: int) -> HttpResponse:
    notice = notice_get_for_user(request.user, pk, manage=True)
    try:
        notice_conclude(notice=notice, actor=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, "Đã kết thúc lấy ý kiến; các hồ sơ đã có kết quả xét.")
    return redirect("publicity:manage-detail", notice.pk)
