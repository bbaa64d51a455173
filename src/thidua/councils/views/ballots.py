"""A member's ballots: the list of items open to them, the ballot itself, the receipt check.

The receipt code is rendered once, in the response to the vote; it is not put in the
session, a message or a URL, so nothing on the server keeps it next to the voter.
"""

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from thidua.councils.forms import ReceiptForm, ballot_choices
from thidua.councils.models import Choice
from thidua.councils.selectors.ballots import (
    ballot_get_for_user,
    ballots_for_user,
    receipt_lookup,
)
from thidua.councils.selectors.meetings import item_nominations
from thidua.councils.services.voting import ballot_cast


@never_cache
def ballot_list(request: HttpRequest) -> HttpResponse:
    return render(request, "councils/ballot_list.html", {"entries": ballots_for_user(request.user)})


@never_cache
@require_http_methods(["GET", "POST"])
def ballot(request: HttpRequest, pk: int) -> HttpResponse:
    item, issue = ballot_get_for_user(request.user, pk)
    nominations = item_nominations(item.dossier)
    errors: list[str] = []
    selected: dict[int, str] = {}
    if request.method == "POST" and not issue.cast:
        selected = ballot_choices(request.POST, [n.pk for n in nominations])
        try:
            code = ballot_cast(actor=request.user, item=item, choices=selected)
        except ValidationError as error:
            errors = error.messages
        else:
            return render(request, "councils/ballot_receipt.html", {"item": item, "code": code})
    return render(
        request,
        "councils/ballot.html",
        {
            "item": item,
            "issue": issue,
            "nominations": [(n, selected.get(n.pk, "")) for n in nominations],
            "choices": Choice.choices,
            "errors": errors,
        },
        status=400 if errors else 200,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def receipt_check(request: HttpRequest) -> HttpResponse:
    form = ReceiptForm(request.POST or None)
    receipt = None
    if request.method == "POST" and form.is_valid():
        receipt = receipt_lookup(user=request.user, code=form.cleaned_data["code"])
        if receipt is None:
            form.add_error(
                "code", "Không tìm thấy phiếu bầu với mã này trong Hội đồng mà đồng chí tham gia."
            )
    return render(request, "councils/receipt_check.html", {"form": form, "receipt": receipt})
