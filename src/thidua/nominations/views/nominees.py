"""Adding nominees (the engine's candidates first, then search), editing, removing,
the achievement report, and the officer's appraisal."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.permissions import org_get_for_user, person_get_for_user
from thidua.nominations.forms import (
    AppraisalForm,
    NomineeEditForm,
    NomineeForm,
)
from thidua.nominations.models import Dossier, Nomination
from thidua.nominations.selectors.access import dossier_get_for_user, dossier_roles
from thidua.nominations.selectors.eligibility import (
    collective_result,
    dossier_candidates,
    verdicts_of,
)
from thidua.nominations.selectors.pages import dossier_nominations
from thidua.nominations.services.nominees import (
    Entry,
    dossier_appraise,
    nominee_add,
    nominee_remove,
    nominee_update,
    nominees_add_bulk,
)
from thidua.nominations.services.reports import achievement_report_request
from thidua.nominations.views.common import form_errors
from thidua.organizations.models import Organization
from thidua.organizations.selectors import person_list
from thidua.rules.engine import SubjectResult
from thidua.rules.models import AwardType
from thidua.rules.selectors.catalogue import catalogue_load
from thidua.rules.selectors.eligibility import person_eligibility

SEARCH_LIMIT = 30


def _editable(request: HttpRequest, pk: int) -> Dossier:
    dossier = dossier_get_for_user(request.user, pk, write=True)
    if not dossier.editable:
        raise PermissionDenied("Hồ sơ đã được gửi; chỉ sửa được khi hồ sơ đang soạn.")
    return dossier


def _nomination(request: HttpRequest, pk: int, write: bool = True) -> Nomination:
    found = Nomination.objects.filter(pk=pk).values_list("dossier_id", flat=True).first()
    if found is None:
        raise Http404("Không tìm thấy người, tập thể được đề nghị.")
    dossier = dossier_get_for_user(request.user, found, write=write)
    nomination = dossier.nominations.select_related("person", "organization", "award_type").get(
        pk=pk
    )
    nomination.dossier = dossier
    return nomination


def nominees(request: HttpRequest, pk: int) -> HttpResponse:
    """The engine's candidates with checkboxes, a person search and the unit's collectives."""
    dossier = _editable(request, pk)
    query = request.GET.get("q", "").strip()[:100]
    people = (
        person_list(user=request.user, query=query, organization=dossier.organization)[
            :SEARCH_LIMIT
        ]
        if query
        else []
    )
    collectives = Organization.objects.filter(
        path__startswith=dossier.organization.path, valid_to__isnull=True
    ).order_by("path")
    return render(
        request,
        "nominations/nominees.html",
        {
            "dossier": dossier,
            "groups": dossier_candidates(dossier=dossier, user=request.user),
            "q": query,
            "people": people,
            "collectives": collectives.only("id", "name", "path"),
            "nominations": dossier_nominations(dossier),
        },
    )


@require_POST
def nominees_bulk(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = _editable(request, pk)
    entries = []
    awards = {a.code: a for a in AwardType.objects.all()}
    for value in request.POST.getlist("chon"):
        kind, _, rest = value.partition(":")
        code, _, subject_pk = rest.partition(":")
        if code not in awards or not subject_pk.isdigit():
            continue
        if kind == "person":
            entries.append(
                Entry(awards[code], person=person_get_for_user(request.user, int(subject_pk)))
            )
        elif kind == "org":
            entries.append(
                Entry(awards[code], organization=org_get_for_user(request.user, int(subject_pk)))
            )
    if not entries:
        messages.error(request, "Chưa chọn người, tập thể nào.")
        return redirect("nominations:dossier-nominees", dossier.pk)
    try:
        added = nominees_add_bulk(dossier=dossier, actor=request.user, entries=entries)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect("nominations:dossier-nominees", dossier.pk)
    messages.success(request, f"Đã thêm {len(added)} người, tập thể được đề nghị.")
    return redirect("nominations:dossier-detail", dossier.pk)


@require_http_methods(["GET", "POST"])
def nominee_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    """One person (?ca-nhan=) or collective (?tap-the=) with the engine's answer per award."""
    dossier = _editable(request, pk)
    person_pk, org_pk = request.GET.get("ca-nhan", ""), request.GET.get("tap-the", "")
    catalogue = catalogue_load()
    result: SubjectResult | None
    if person_pk.isdigit():
        person, organization = person_get_for_user(request.user, int(person_pk)), None
        result = person_eligibility(person=person, year=dossier.round.year, catalogue=catalogue)
        subject = "ca_nhan"
    elif org_pk.isdigit():
        person, organization = None, org_get_for_user(request.user, int(org_pk))
        result = collective_result(organization, dossier.round.year, catalogue)
        subject = "tap_the"
    else:
        raise Http404("Chưa chọn cá nhân hoặc tập thể.")
    form = NomineeForm(
        request.POST or None,
        subject=subject,
        initial={"position": person.current_position if person else ""},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        entry = Entry(
            data["award_type"],
            person=person,
            organization=organization,
            position=data.get("position", ""),
            summary=data["summary"],
            justification=data["justification"],
        )
        try:
            nominee_add(dossier=dossier, actor=request.user, entry=entry)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Đã thêm {person or organization}.")
            return redirect("nominations:dossier-detail", dossier.pk)
    names = dict(AwardType.objects.values_list("code", "name"))
    verdict_rows = [(names.get(code, code), v) for code, v in verdicts_of(result).items()]
    return render(
        request,
        "nominations/nominee_add.html",
        {
            "dossier": dossier,
            "subject_obj": person or organization,
            "is_person": person is not None,
            "form": form,
            "verdicts": verdict_rows,
        },
    )


@require_http_methods(["GET", "POST"])
def nominee_edit(request: HttpRequest, pk: int) -> HttpResponse:
    nomination = _nomination(request, pk)
    form = NomineeEditForm(
        request.POST or None,
        initial={
            "position": nomination.position,
            "summary": nomination.summary,
            "justification": nomination.justification,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            nominee_update(nomination=nomination, actor=request.user, data=form.cleaned_data)
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, f"Đã lưu {nomination.subject_name}.")
            return redirect("nominations:dossier-detail", nomination.dossier_id)
    return render(
        request,
        "nominations/nominee_edit.html",
        {"nomination": nomination, "dossier": nomination.dossier, "form": form},
    )


@require_POST
def nominee_remove_view(request: HttpRequest, pk: int) -> HttpResponse:
    nomination = _nomination(request, pk)
    try:
        nominee_remove(nomination=nomination, actor=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, f"Đã bỏ {nomination.subject_name} khỏi hồ sơ.")
    return redirect("nominations:dossier-detail", nomination.dossier_id)


@require_POST
def nominee_report(request: HttpRequest, pk: int) -> HttpResponse:
    nomination = _nomination(request, pk)
    achievement_report_request(nomination=nomination, actor=request.user)
    messages.success(
        request,
        f"Đang tạo báo cáo thành tích của {nomination.subject_name}; tải bản Word để chỉnh sửa.",
    )
    return redirect(
        reverse("nominations:dossier-detail", args=[nomination.dossier_id]) + "#van-ban"
    )


@require_http_methods(["GET", "POST"])
def dossier_appraisal(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    if "officer" not in dossier_roles(request.user, dossier):
        raise PermissionDenied("Chỉ cán bộ thi đua của đơn vị tổ chức xét mới thẩm định hồ sơ.")
    rows = dossier_nominations(dossier)
    forms_by_row = [
        (
            n,
            AppraisalForm(
                request.POST or None,
                prefix=f"n{n.pk}",
                initial={"appraisal": n.appraisal, "appraisal_note": n.appraisal_note},
            ),
        )
        for n in rows
    ]
    if request.method == "POST" and all(f.is_valid() for _, f in forms_by_row):
        opinions = {
            n.pk: (f.cleaned_data["appraisal"], f.cleaned_data["appraisal_note"])
            for n, f in forms_by_row
        }
        try:
            changed = dossier_appraise(dossier=dossier, opinions=opinions, actor=request.user)
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        else:
            messages.success(request, f"Đã lưu ý kiến thẩm định ({changed} thay đổi).")
            return redirect("nominations:dossier-detail", dossier.pk)
    return render(
        request,
        "nominations/appraisal.html",
        {"dossier": dossier, "rows": forms_by_row},
    )
