"""Pages of the upward proposals: the list, one dossier (letter, package, outcome), import."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from thidua.core.forms import form_errors
from thidua.core.http import file_response
from thidua.core.permissions import Cap, require_cap
from thidua.exchange.forms import ImportForm, LetterForm, OutcomeForm
from thidua.exchange.selectors import (
    exchange_dossiers,
    import_rounds_for,
    imported_for_user,
    is_officer_for,
    letter_for,
    package_get_for_user,
    packages_for,
    upward_nominations,
)
from thidua.exchange.services.export import package_export
from thidua.exchange.services.importing import package_import
from thidua.exchange.services.letter import default_recipient, letter_request
from thidua.exchange.services.outcome import outcome_record
from thidua.nominations.models import Dossier, DossierStatus
from thidua.nominations.selectors.access import dossier_get_for_user


def index(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    return render(
        request,
        "exchange/index.html",
        {
            "dossiers": exchange_dossiers(request.user),
            "imported": imported_for_user(request.user)[:50],
            "can_import": bool(import_rounds_for(request.user)),
        },
    )


def _outcome_form(dossier: Dossier, data: object = None) -> OutcomeForm:
    choices = [
        (n.pk, f"{n.subject_name} – {n.award_type.name}") for n in upward_nominations(dossier)
    ]
    return OutcomeForm(data, choices=choices, initial={"awarded": [pk for pk, _ in choices]})


def dossier_view(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    return _dossier_page(request, dossier)


def _dossier_page(
    request: HttpRequest,
    dossier: Dossier,
    letter_form: LetterForm | None = None,
    outcome_form: OutcomeForm | None = None,
) -> HttpResponse:
    initial = {
        "recipient": default_recipient(dossier),
        "signer_authority": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    }
    return render(
        request,
        "exchange/dossier.html",
        {
            "dossier": dossier,
            "nominees": upward_nominations(dossier),
            "letter": letter_for(dossier),
            "packages": packages_for(dossier),
            "decision": getattr(dossier, "upper_decision", None),
            "can_act": is_officer_for(request.user, dossier),
            "letter_form": letter_form or LetterForm(initial=initial),
            "outcome_form": outcome_form or _outcome_form(dossier),
            "statuses": DossierStatus,
        },
    )


@require_POST
def letter_create(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    form = LetterForm(request.POST)
    if form.is_valid():
        try:
            letter_request(
                dossier=dossier,
                actor=request.user,
                recipient=form.cleaned_data["recipient"],
                signer_name=form.cleaned_data["signer_name"],
                signer_authority=form.authority_lines(),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đang tạo tờ trình; bản Word và PDF sẽ có sau ít giây.")
            return redirect("exchange:dossier", dossier.pk)
    return _dossier_page(request, dossier, letter_form=form)


@require_POST
def export(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    try:
        package = package_export(dossier=dossier, actor=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(
            request, f"Đã lập gói hồ sơ {package.filename}; hồ sơ chuyển sang «Đã trình cấp trên»."
        )
    return redirect("exchange:dossier", dossier.pk)


def download(request: HttpRequest, pk: int) -> FileResponse:
    package = package_get_for_user(request.user, pk)
    return file_response(package.file, package.filename)


def outcome(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    if request.method != "POST":
        return redirect("exchange:dossier", dossier.pk)
    form = _outcome_form(dossier, request.POST)
    if form.is_valid():
        try:
            outcome_record(
                dossier=dossier,
                actor=request.user,
                decision_number=form.cleaned_data["decision_number"],
                decision_date=form.cleaned_data["decision_date"],
                issuer=form.cleaned_data["issuer"],
                awarded=set(form.cleaned_data["awarded"]),
            )
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã ghi nhận quyết định của cấp trên.")
            return redirect("exchange:dossier", dossier.pk)
    return _dossier_page(request, dossier, outcome_form=form)


def import_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.APPRAISE)
    rounds = import_rounds_for(request.user)
    form = ImportForm(request.POST or None, request.FILES or None, rounds=rounds)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            dossier = package_import(
                upload=form.cleaned_data["package"],
                the_round=form.cleaned_data["the_round"],
                actor=request.user,
            )
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, f"Đã nhập hồ sơ «{dossier.title}».")
            return redirect("nominations:dossier-detail", dossier.pk)
    return render(
        request, "exchange/import.html", {"form": form, "errors": errors, "rounds": rounds}
    )
