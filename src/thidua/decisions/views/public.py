"""The public verification page of a certificate: /xac-minh/<token>/ (no login)."""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from thidua.decisions.selectors.decisions import verification_for_token


@login_not_required
@require_safe
@never_cache
def verify(request: HttpRequest, token: str) -> HttpResponse:
    """Name, award, decision and status of the certificate; never an id number or birth date."""
    try:
        found = verification_for_token(token)
    except Http404:
        return render(request, "decisions/verify_missing.html", status=404)
    return render(request, "decisions/verify.html", {"v": found})
