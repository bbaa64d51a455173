"""The councils of the organisations the user sees, and one council with its members."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.forms import form_errors
from thidua.core.permissions import Cap, org_get_for_user, org_scope, require_cap
from thidua.councils.forms import CouncilForm, MemberForm
from thidua.councils.models import CouncilMember
from thidua.councils.selectors.access import can_run, council_get_for_user, council_scope
from thidua.councils.selectors.ballots import ballots_for_user
from thidua.councils.selectors.meetings import meetings_of, members_current
from thidua.councils.services.council import (
    council_create,
    council_update,
    member_add,
    member_remove,
    member_update,
)
from thidua.councils.views.common import flash_errors, seatable_users
from thidua.organizations.models import OrgKind


def council_list(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    organizations = org_scope(request.user, Cap.RUN_COUNCIL).exclude(
        kind=OrgKind.PROVINCIAL_COMMITTEE
    )
    return render(
        request,
        "councils/council_list.html",
        {
            "councils": council_scope(request.user),
            "can_create": organizations.exists(),
            "open_ballots": [e for e in ballots_for_user(request.user) if e.issue],
        },
    )


@require_http_methods(["GET", "POST"])
def council_create_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.RUN_COUNCIL)
    organizations = org_scope(request.user, Cap.RUN_COUNCIL).order_by("path")
    form = CouncilForm(request.POST or None)
    org_id = request.POST.get("organization") or request.GET.get("don-vi")
    if request.method == "POST" and form.is_valid():
        organization = org_get_for_user(request.user, org_id, Cap.RUN_COUNCIL)  # type: ignore[arg-type]
        try:
            council = council_create(
                actor=request.user, organization=organization, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã tạo Hội đồng.")
            return redirect("councils:council-detail", council.pk)
    return render(
        request,
        "councils/council_form.html",
        {"form": form, "organizations": organizations, "org_id": str(org_id or "")},
    )


def council_detail(request: HttpRequest, pk: int) -> HttpResponse:
    council = council_get_for_user(request.user, pk)
    return render(
        request,
        "councils/council_detail.html",
        {
            "council": council,
            "members": members_current(council),
            "removed": council.members.filter(removed_at__isnull=False).select_related("user"),
            "meetings": meetings_of(council),
            "can_run": can_run(request.user, council),
        },
    )


@require_http_methods(["GET", "POST"])
def council_edit(request: HttpRequest, pk: int) -> HttpResponse:
    council = council_get_for_user(request.user, pk, manage=True)
    initial = {"name": council.name, "established_by": council.established_by}
    form = CouncilForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            council_update(actor=request.user, council=council, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu thông tin Hội đồng.")
            return redirect("councils:council-detail", council.pk)
    return render(request, "councils/council_form.html", {"form": form, "council": council})


@require_http_methods(["GET", "POST"])
def member_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    council = council_get_for_user(request.user, pk, manage=True)
    form = MemberForm(request.POST or None, users=seatable_users(council))
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "order": form.cleaned_data["order"] or 0}
        try:
            member_add(actor=request.user, council=council, **data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã thêm thành viên.")
            return redirect("councils:council-detail", council.pk)
    return render(request, "councils/member_form.html", {"form": form, "council": council})


def _member_for(request: HttpRequest, pk: int) -> CouncilMember:
    member = get_object_or_404(CouncilMember.objects.select_related("user"), pk=pk)
    member.council = council_get_for_user(request.user, member.council_id, manage=True)
    return member


@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, pk: int) -> HttpResponse:
    member = _member_for(request, pk)
    form = MemberForm(request.POST or None, initial=MemberForm.initial_for(member), editing=True)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "order": form.cleaned_data["order"] or 0}
        try:
            member_update(actor=request.user, member=member, **data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu thông tin thành viên.")
            return redirect("councils:council-detail", member.council_id)
    context = {"form": form, "council": member.council, "member": member}
    return render(request, "councils/member_form.html", context)


@require_POST
def member_remove_view(request: HttpRequest, pk: int) -> HttpResponse:
    member = _member_for(request, pk)
    try:
        member_remove(actor=request.user, member=member)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, f"{member.name} đã thôi là thành viên Hội đồng.")
    return redirect("councils:council-detail", member.council_id)
