"""Decision pages: list, draft from a round, detail (issue, revoke, documents, certificates)."""

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from thidua.core.http import file_response
from thidua.decisions.forms import DraftForm, RevokeForm, SignatureForm, chosen_ids
from thidua.decisions.models import Decision, DecisionKind
from thidua.decisions.selectors.access import (
    batch_get_for_user,
    can_decide,
    decision_get_for_user,
    round_for_decision,
)
from thidua.decisions.selectors.decisions import (
    candidate_groups,
    candidates,
    decision_lines,
    decision_list_for_user,
    revocations_of,
    rounds_to_decide,
)
from thidua.decisions.services.certificates import certificates_generate
from thidua.decisions.services.drafts import (
    decision_delete,
    decision_draft_create,
    decision_lines_set,
    decision_update,
    draft_initial,
)
from thidua.decisions.services.issue import decision_document_request, decision_issue
from thidua.decisions.services.revoke import decision_revoke
from thidua.documents.selectors import documents_for_subject


def _errors(request: HttpRequest, error: ValidationError) -> None:
    for text in error.messages:
        messages.error(request, text)


def _form_errors(request: HttpRequest, form: forms.Form) -> None:
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else str(error))


def decision_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "decisions/list.html",
        {
            "decisions": decision_list_for_user(request.user)[:200],
            "rounds": rounds_to_decide(request.user),
        },
    )


def decision_new(request: HttpRequest, round_pk: int) -> HttpResponse:
    round_ = round_for_decision(request.user, round_pk)
    waiting = candidates(round_)
    form = DraftForm(request.POST or None, initial=draft_initial(round_, list(waiting)))
    if request.method == "POST" and form.is_valid():
        try:
            decision = decision_draft_create(
                round_=round_,
                actor=request.user,
                nomination_ids=chosen_ids(request.POST, "nomination"),
                fields={k: v for k, v in form.cleaned_data.items() if v not in ("", None)},
            )
        except ValidationError as error:
            _errors(request, error)
        else:
            messages.success(request, "Đã lập dự thảo quyết định.")
            return redirect("decisions:detail", decision.pk)
    groups = candidate_groups(waiting)
    return render(
        request,
        "decisions/draft_form.html",
        {"round": round_, "form": form, "groups": groups, "chosen": None},
    )


def decision_detail(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk)
    writable = can_decide(request.user, decision.organization)
    lines = decision_lines(decision)
    context: dict[str, Any] = {
        "decision": decision,
        "lines": lines,
        "writable": writable,
        "documents": documents_for_subject(user=request.user, subject=decision)[:5],
        "revocations": revocations_of(decision),
        "batches": decision.batches.all()[:5],
        "revoked_lines": sum(1 for line in lines if line.revoked),
    }
    if writable and decision.is_draft:
        context["sign_form"] = SignatureForm.for_decision(decision)
    if writable and not decision.is_draft and decision.kind == DecisionKind.AWARD:
        context["revoke_form"] = RevokeForm.for_decision(decision)
    return render(request, "decisions/detail.html", context)


def decision_edit(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk, write=True)
    if not decision.is_draft:
        messages.error(request, "Quyết định đã ban hành: không sửa được nội dung.")
        return redirect("decisions:detail", pk)
    form = DraftForm(request.POST or None, instance=Decision.objects.get(pk=decision.pk))
    if request.method == "POST" and form.is_valid():
        try:
            fields = {name: form.cleaned_data[name] for name in form.fields}
            decision_update(decision=decision, actor=request.user, fields=fields)
            decision_lines_set(
                decision=decision,
                actor=request.user,
                nomination_ids=chosen_ids(request.POST, "nomination"),
            )
        except ValidationError as error:
            _errors(request, error)
        else:
            messages.success(request, "Đã lưu dự thảo.")
            return redirect("decisions:detail", decision.pk)
    chosen = set(decision.lines.values_list("nomination_id", flat=True))
    groups = candidate_groups(candidates(decision.round, draft=decision))
    return render(
        request,
        "decisions/draft_form.html",
        {
            "round": decision.round,
            "form": form,
            "groups": groups,
            "chosen": chosen,
            "decision": decision,
        },
    )


@require_POST
def decision_remove(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk, write=True)
    try:
        decision_delete(decision=decision, actor=request.user)
    except ValidationError as error:
        _errors(request, error)
        return redirect("decisions:detail", pk)
    messages.success(request, "Đã xóa dự thảo quyết định.")
    return redirect("decisions:list")


@require_POST
def decision_document(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk, write=True)
    try:
        decision_document_request(decision=decision, actor=request.user)
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, "Đang tạo văn bản; tải về khi trang báo đã xong.")
    return redirect("decisions:detail", pk)


@require_POST
def decision_sign(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk, write=True)
    form = SignatureForm.for_decision(decision, request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect("decisions:detail", pk)
    try:
        issued = decision_issue(decision=decision, actor=request.user, **form.cleaned_data)
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, f"Đã ban hành Quyết định số {issued.number_text}.")
    return redirect("decisions:detail", pk)


@require_POST
def decision_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk, write=True)
    form = RevokeForm.for_decision(decision, request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect("decisions:detail", pk)
    data = dict(form.cleaned_data)
    everyone = data.pop("everyone")
    try:
        revocation = decision_revoke(
            decision=decision,
            actor=request.user,
            line_ids=None if everyone else chosen_ids(request.POST, "line"),
            **data,
        )
    except ValidationError as error:
        _errors(request, error)
        return redirect("decisions:detail", pk)
    messages.success(request, f"Đã ban hành Quyết định số {revocation.number_text} (hủy bỏ).")
    return redirect("decisions:detail", revocation.pk)


@require_POST
def decision_certificates(request: HttpRequest, pk: int) -> HttpResponse:
    decision = decision_get_for_user(request.user, pk, write=True)
    try:
        batch = certificates_generate(decision=decision, actor=request.user)
    except ValidationError as error:
        _errors(request, error)
    else:
        messages.success(request, f"Đang in {batch.count} giấy chứng nhận; tải về khi đã xong.")
    return redirect("decisions:detail", pk)


def batch_status(request: HttpRequest, pk: int) -> HttpResponse:
    batch = batch_get_for_user(request.user, pk)
    return render(request, "decisions/_batch.html", {"batch": batch})


def batch_download(request: HttpRequest, pk: int) -> HttpResponseBase:
    batch = batch_get_for_user(request.user, pk)
    name = f"Giấy chứng nhận - QĐ {batch.decision.number_text.replace('/', '-')}.pdf"
    return file_response(batch.file, name)
