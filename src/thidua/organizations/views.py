"""Pages of the organisation tree and of people: permission-checked fetch → form → service."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from thidua.audit.selectors import events_for_subject
from thidua.core.forms import form_errors
from thidua.core.permissions import (
    Cap,
    can_edit_person,
    has_cap,
    is_self_service,
    org_get_for_user,
    org_scope,
    person_get_for_user,
    require_cap,
)
from thidua.organizations import forms, people, selectors, services
from thidua.organizations.models import Employment

PAGE_SIZE = 50


def tree(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    form = forms.AsOfForm(request.GET or None)
    day = timezone.localdate()
    if form.is_valid() and form.cleaned_data["ngay"]:
        day = form.cleaned_data["ngay"]
    roots = selectors.org_tree_as_of(user=request.user, day=day)
    return render(
        request,
        "organizations/tree.html",
        {
            "form": form,
            "roots": roots,
            "day": day,
            "is_today": day == timezone.localdate(),
            "can_manage": has_cap(request.user, Cap.MANAGE_ORGS),
        },
    )


def org_detail(request: HttpRequest, pk: int) -> HttpResponse:
    org = org_get_for_user(request.user, pk)
    today = timezone.localdate()
    visible = org_scope(request.user)
    return render(
        request,
        "organizations/org_detail.html",
        {
            "org": org,
            "parent": org.parent
            if org.parent_id and visible.filter(pk=org.parent_id).exists()
            else None,
            "children": visible.filter(parent=org).order_by("valid_to", "name"),
            "versions": org.versions.select_related("parent").order_by("-valid_from"),
            "org_events": org.org_events.prefetch_related("related").order_by("-date", "-id"),
            "predecessors": visible.filter(successor=org),
            "successor": selectors.org_final_successor(org) if org.successor_id else None,
            "headcount": selectors.org_headcount(org, today),
            "headcount_subtree": selectors.org_headcount(org, today, subtree=True),
            "can_manage": org_scope(request.user, Cap.MANAGE_ORGS).filter(pk=org.pk).exists(),
        },
    )


@require_http_methods(["GET", "POST"])
def org_create_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.MANAGE_ORGS)
    parents = org_scope(request.user, Cap.MANAGE_ORGS)
    form = forms.OrgCreateForm(
        request.POST or None,
        parents=parents,
        initial={"parent": request.GET.get("cap-tren"), "valid_from": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            org = services.org_create(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Đã tạo đơn vị «{org.name}».")
            return redirect("organizations:org-detail", org.pk)
    return render(
        request,
        "organizations/form.html",
        {"form": form, "heading": "Thêm đơn vị", "submit": "Tạo đơn vị"},
    )


def _org_action(
    request: HttpRequest,
    pk: int,
    *,
    form_factory: Callable[..., Any],
    action: Callable[..., Any],
    heading: str,
    submit: str,
    done: str,
    initial: dict[str, Any] | None = None,
    danger: bool = False,
) -> HttpResponse:
    """Shared shape of the structural changes: fetch with MANAGE_ORGS → form → one service call."""
    org = org_get_for_user(request.user, pk, Cap.MANAGE_ORGS)
    form = form_factory(request.POST or None, initial=initial or {"day": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            action(org, form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("organizations:org-detail", org.pk)
    return render(
        request,
        "organizations/form.html",
        {
            "form": form,
            "org": org,
            "heading": f"{heading}: {org.name}",
            "submit": submit,
            "danger": danger,
        },
    )


@require_http_methods(["GET", "POST"])
def org_edit(request: HttpRequest, pk: int) -> HttpResponse:
    org = org_get_for_user(request.user, pk, Cap.MANAGE_ORGS)
    return _org_action(
        request,
        pk,
        form_factory=forms.OrgEditForm,
        heading="Sửa thông tin",
        submit="Lưu",
        initial={"short_name": org.short_name, "place": org.place},
        done="Đã lưu thông tin đơn vị.",
        action=lambda o, d: services.org_update(actor=request.user, org=o, **d),
    )


@require_http_methods(["GET", "POST"])
def org_rename_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _org_action(
        request,
        pk,
        form_factory=forms.OrgRenameForm,
        heading="Đổi tên",
        submit="Đổi tên",
        done="Đã đổi tên; cơ cấu tại các ngày trước vẫn hiển thị tên cũ.",
        action=lambda o, d: services.org_rename(actor=request.user, org=o, **d),
    )


@require_http_methods(["GET", "POST"])
def org_move_view(request: HttpRequest, pk: int) -> HttpResponse:
    parents = org_scope(request.user, Cap.MANAGE_ORGS).exclude(pk=pk)
    return _org_action(
        request,
        pk,
        form_factory=lambda *a, **k: forms.OrgMoveForm(*a, parents=parents, **k),
        heading="Chuyển đơn vị cấp trên",
        submit="Chuyển",
        done="Đã chuyển đơn vị.",
        action=lambda o, d: services.org_move(actor=request.user, org=o, **d),
    )


@require_http_methods(["GET", "POST"])
def org_merge_view(request: HttpRequest, pk: int) -> HttpResponse:
    targets = org_scope(request.user, Cap.MANAGE_ORGS).exclude(pk=pk)
    return _org_action(
        request,
        pk,
        form_factory=lambda *a, **k: forms.OrgMergeForm(*a, targets=targets, **k),
        heading="Sáp nhập",
        submit="Sáp nhập",
        danger=True,
        initial={"day": timezone.localdate(), "transfer_staff": True},
        done="Đã sáp nhập; lịch sử của đơn vị được giữ nguyên và chuyển cho đơn vị tiếp nhận.",
        action=lambda o, d: services.org_merge(
            actor=request.user,
            sources=[o],
            target=d["target"],
            day=d["day"],
            decision=d["decision"],
            transfer_staff=d["transfer_staff"],
        ),
    )


@require_http_methods(["GET", "POST"])
def org_dissolve_view(request: HttpRequest, pk: int) -> HttpResponse:
    return _org_action(
        request,
        pk,
        form_factory=forms.OrgDissolveForm,
        heading="Giải thể",
        submit="Giải thể",
        danger=True,
        done="Đã giải thể đơn vị.",
        action=lambda o, d: services.org_dissolve(actor=request.user, org=o, **d),
    )


def person_list_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    query = request.GET.get("q", "").strip()[:100]
    org = None
    if request.GET.get("don-vi"):
        org = org_get_for_user(request.user, request.GET["don-vi"])  # type: ignore[arg-type]
    people_qs = selectors.person_list(user=request.user, query=query, organization=org)
    page = Paginator(people_qs, PAGE_SIZE).get_page(request.GET.get("trang"))
    context = {
        "page": page,
        "query": query,
        "org": org,
        "can_add": has_cap(request.user, Cap.EDIT_PEOPLE),
    }
    template = (
        "organizations/_person_rows.html"
        if request.headers.get("HX-Request")
        else "organizations/person_list.html"
    )
    return render(request, template, context)


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = person_get_for_user(request.user, pk)
    return render(
        request,
        "organizations/person_detail.html",
        {
            "person": person,
            "employments": selectors.person_history(person),
            "events": events_for_subject(person)[:50],
            "can_edit": can_edit_person(request.user, person),
            "self_service": is_self_service(request.user, person),
        },
    )


@require_http_methods(["GET", "POST"])
def person_create_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.EDIT_PEOPLE)
    units = org_scope(request.user, Cap.EDIT_PEOPLE)
    form = forms.PersonCreateForm(
        request.POST or None,
        units=units,
        initial={"organization": request.GET.get("don-vi"), "start_date": timezone.localdate()},
    )
    duplicates: list[Any] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        duplicates = selectors.person_duplicates(
            national_id=data["national_id"],
            full_name=data["full_name"],
            birth_date=data["birth_date"],
        )
        if any(reason == "Trùng số CCCD" for _, reason in duplicates):
            form.add_error(
                "national_id", "Số CCCD này đã có trong hệ thống (xem danh sách trùng bên dưới)."
            )
        elif duplicates and not data["confirm_duplicate"]:
            form.add_error(
                "confirm_duplicate",
                "Có người trùng họ tên và ngày sinh; hãy kiểm tra rồi xác nhận.",
            )
        else:
            return _person_create(request, data)
    return render(
        request,
        "organizations/person_form.html",
        {
            "form": form,
            "heading": "Thêm cán bộ",
            "duplicates": duplicates,
        },
    )


def _person_create(request: HttpRequest, data: dict[str, Any]) -> HttpResponse:
    person = people.person_create(
        actor=request.user,
        data=data,
        organization=data["organization"],
        position=data["position"],
        staff_category=data["staff_category"],
        start_date=data["start_date"],
    )
    messages.success(request, f"Đã thêm «{person.full_name}».")
    return redirect("organizations:person-detail", person.pk)


@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = person_get_for_user(request.user, pk, write=True)
    self_service = is_self_service(request.user, person)
    form = forms.PersonForm(request.POST or None, instance=person, self_service=self_service)
    if request.method == "POST" and form.is_valid():
        clash = person.__class__.objects.filter(
            national_id=form.cleaned_data.get("national_id")
        ).exclude(pk=pk)
        if form.cleaned_data.get("national_id") and clash.exists():
            form.add_error("national_id", "Số CCCD này đã thuộc về một người khác trong hệ thống.")
        else:
            try:
                people.person_update(
                    actor=request.user,
                    person=person,
                    data=form.cleaned_data,
                    self_service=self_service,
                )
            except ValidationError as error:
                form_errors(form, error)
            else:
                messages.success(request, "Đã lưu.")
                return redirect("organizations:person-detail", pk)
    return render(
        request,
        "organizations/person_form.html",
        {
            "form": form,
            "person": person,
            "heading": f"Sửa hồ sơ: {person.full_name}",
        },
    )


@require_http_methods(["GET", "POST"])
def employment_start_view(request: HttpRequest, pk: int) -> HttpResponse:
    person = person_get_for_user(request.user, pk, write=True)
    if is_self_service(request.user, person):
        require_cap(request.user, Cap.EDIT_PEOPLE)
    units = org_scope(request.user, Cap.EDIT_PEOPLE)
    form = forms.EmploymentStartForm(
        request.POST or None, units=units, initial={"start_date": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            people.employment_start(actor=request.user, person=person, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã ghi nhận quá trình công tác mới.")
            return redirect("organizations:person-detail", pk)
    return render(
        request,
        "organizations/form.html",
        {
            "form": form,
            "heading": f"Điều động, bổ nhiệm: {person.full_name}",
            "submit": "Lưu",
        },
    )


@require_http_methods(["GET", "POST"])
def employment_end_view(request: HttpRequest, pk: int) -> HttpResponse:
    employment = get_object_or_404(
        Employment.objects.select_related("person", "organization"), pk=pk
    )
    person = person_get_for_user(request.user, employment.person_id, write=True)
    if (
        not org_scope(request.user, Cap.EDIT_PEOPLE)
        .filter(Q(pk=employment.organization_id) | Q(pk=person.current_organization_id))
        .exists()
    ):
        return render(request, "403.html", status=403)
    form = forms.EmploymentEndForm(request.POST or None, initial={"end_date": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            people.employment_end(actor=request.user, employment=employment, **form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã kết thúc quá trình công tác.")
            return redirect("organizations:person-detail", person.pk)
    return render(
        request,
        "organizations/form.html",
        {
            "form": form,
            "heading": f"Kết thúc công tác tại {employment.organization.name}: {person.full_name}",
            "submit": "Lưu",
        },
    )
