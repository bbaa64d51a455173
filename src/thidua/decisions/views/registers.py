"""The decision register of an organisation: its symbol and the numbers taken each year."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from thidua.decisions.forms import RegisterForm
from thidua.decisions.models import NumberRegister, RegisterKind
from thidua.decisions.selectors.access import register_org_for_user
from thidua.decisions.services.registers import register_symbol_set, symbol_for


def register_settings(request: HttpRequest, org_pk: int) -> HttpResponse:
    org = register_org_for_user(request.user, org_pk)
    year = timezone.localdate().year
    form = RegisterForm(
        request.POST or None,
        initial={"year": year, "symbol": symbol_for(org, year, RegisterKind.DECISION)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            register_symbol_set(
                organization=org,
                year=form.cleaned_data["year"],
                symbol=form.cleaned_data["symbol"],
                actor=request.user,
            )
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, text)
        else:
            messages.success(request, "Đã lưu ký hiệu sổ quyết định.")
            return redirect("decisions:registers", org.pk)
    registers = NumberRegister.objects.filter(organization=org).order_by("-year", "kind")
    return render(
        request, "decisions/registers.html", {"org": org, "form": form, "registers": registers}
    )
