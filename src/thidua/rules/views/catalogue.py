"""The catalogue pages: everyone who may view sees the rules; MANAGE_RULES changes them."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from thidua.core.forms import form_errors
from thidua.core.permissions import Cap, require_cap
from thidua.rules import forms, services
from thidua.rules.checks import RULES_BY_CODE
from thidua.rules.models import (
    TAG_FLAGS,
    AwardType,
    BaseSalary,
    ProvinceSetting,
    RewardCoefficient,
    RuleVersion,
)
from thidua.rules.selectors.catalogue import (
    RewardError,
    can_edit_national,
    can_edit_province,
    provinces_for_user,
    reward_compute,
)


def catalogue(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    versions = RuleVersion.objects.order_by("rule", "effective_from")
    types = AwardType.objects.prefetch_related(
        Prefetch("rule_versions", queryset=versions),
        Prefetch(
            "coefficients", queryset=RewardCoefficient.objects.order_by("subject", "effective_from")
        ),
    )
    editable = {p.pk for p in provinces_for_user(request.user)}
    settings = ProvinceSetting.objects.select_related("province").order_by("province__name", "year")
    return render(
        request,
        "rules/catalogue.html",
        {
            "types": types,
            "salaries": BaseSalary.objects.order_by("-effective_from"),
            "settings": settings,
            "editable_provinces": editable,
            "can_edit": can_edit_national(request.user),
            "can_add_setting": bool(editable) or can_edit_national(request.user),
            "flags": TAG_FLAGS,
            "unchecked": sorted({v.rule for v in versions} - set(RULES_BY_CODE)),
        },
    )


def _require_national(request: HttpRequest) -> None:
    require_cap(request.user, Cap.MANAGE_RULES)
    if not can_edit_national(request.user):
        raise PermissionDenied("Chỉ quản trị hệ thống được sửa quy định dùng chung.")


def _edit(
    request: HttpRequest,
    form: Any,
    save: Any,
    heading: str,
    done: str = "Đã lưu; thay đổi được ghi vào nhật ký.",
) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        try:
            save(form)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, done)
            return redirect("rules:catalogue")
    return render(
        request,
        "rules/form.html",
        {"form": form, "heading": heading, "submit": "Lưu", "back": reverse("rules:catalogue")},
    )


@require_http_methods(["GET", "POST"])
def rule_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require_national(request)
    version = get_object_or_404(RuleVersion, pk=pk)
    form = forms.RuleVersionForm(request.POST or None, instance=version, rule=version.rule)
    fresh = RuleVersion.objects.get(pk=pk)
    return _edit(
        request,
        form,
        lambda f: services.rule_version_update(
            actor=request.user, version=fresh, data=f.cleaned_data
        ),
        f"Sửa quy tắc {version.rule}",
    )


@require_http_methods(["GET", "POST"])
def rule_new_version(request: HttpRequest, pk: int) -> HttpResponse:
    _require_national(request)
    source = get_object_or_404(RuleVersion, pk=pk)
    initial = {
        f: getattr(source, f) for f in ("name", "legal_basis", "params", "tag", "enabled", "note")
    }
    form = forms.RuleVersionForm(
        request.POST or None, initial={**initial, "effective_from": None}, rule=source.rule
    )
    return _edit(
        request,
        form,
        lambda f: services.rule_version_create(
            actor=request.user, source=source, data=f.cleaned_data
        ),
        f"Phiên bản mới của quy tắc {source.rule}",
        "Đã tạo phiên bản mới; phiên bản đang áp dụng kết thúc vào ngày trước đó.",
    )


def _simple(
    request: HttpRequest,
    model: type[Model],
    form_class: Any,
    service: Any,
    key: str,
    pk: int | None,
    heading: str,
) -> HttpResponse:
    _require_national(request)
    obj = get_object_or_404(model, pk=pk) if pk else None
    form = form_class(request.POST or None, instance=obj)
    fresh = model._default_manager.get(pk=pk) if pk else None
    return _edit(
        request,
        form,
        lambda f: service(actor=request.user, data=f.cleaned_data, **{key: fresh}),
        heading,
    )


@require_http_methods(["GET", "POST"])
def coefficient_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return _simple(
        request,
        RewardCoefficient,
        forms.CoefficientForm,
        services.coefficient_save,
        "coefficient",
        pk,
        "Hệ số tiền thưởng",
    )


@require_http_methods(["GET", "POST"])
def salary_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    return _simple(
        request,
        BaseSalary,
        forms.BaseSalaryForm,
        services.base_salary_save,
        "salary",
        pk,
        "Mức lương cơ sở",
    )


def _flagged() -> list[tuple[str, str]]:
    rows = RuleVersion.objects.exclude(tag="V").order_by("rule").values_list("rule", "name", "tag")
    seen: dict[str, str] = {}
    for rule, name, tag in rows:
        seen.setdefault(rule, f"{rule} — {name} ({TAG_FLAGS.get(tag, tag)})")
    return sorted(seen.items())


@require_http_methods(["GET", "POST"])
def setting_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    require_cap(request.user, Cap.MANAGE_RULES)
    setting = (
        get_object_or_404(ProvinceSetting.objects.select_related("province"), pk=pk) if pk else None
    )
    if setting is not None and not can_edit_province(request.user, setting.province):
        raise PermissionDenied("Bạn không có quyền sửa thiết lập của tỉnh này.")
    provinces = provinces_for_user(request.user)
    if not provinces.exists() and not can_edit_national(request.user):
        raise PermissionDenied("Bạn cần quyền quản lý quy định trên toàn tỉnh.")
    form = forms.ProvinceSettingForm(
        request.POST or None, instance=setting, provinces=provinces, flagged=_flagged()
    )
    if not can_edit_national(request.user):
        form.fields["province"].required = True

    def save(f: forms.ProvinceSettingForm) -> None:
        data = f.setting_data()
        if not can_edit_province(request.user, data.get("province")):
            raise PermissionDenied
        fresh = ProvinceSetting.objects.get(pk=pk) if pk else None
        services.province_setting_save(actor=request.user, data=data, setting=fresh)

    return _edit(request, form, save, "Thiết lập của tỉnh theo năm")


def reward(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    form = forms.RewardForm(request.GET or None)
    context: dict[str, Any] = {"form": form, "flags": TAG_FLAGS}
    if request.GET and form.is_valid():
        data = form.cleaned_data
        try:
            amount, coefficient, salary = reward_compute(
                code=data["title"].code,
                subject=data["subject"],
                day=data["day"],
                rounding=data["rounding"] or None,
            )
        except RewardError as error:
            form.add_error(None, str(error))
        else:
            context.update(amount=amount, coefficient=coefficient, salary=salary)
    return render(request, "rules/reward.html", context)
