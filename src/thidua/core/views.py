from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from thidua.core.permissions import Cap, has_cap, org_scope, person_scope


def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    context: dict[str, Any] = {"today": timezone.localdate()}
    if has_cap(user, Cap.VIEW):
        context["org_count"] = org_scope(user).filter(valid_to__isnull=True).count()
        context["person_count"] = person_scope(user).count()
    return render(request, "core/home.html", context)


@login_not_required
def healthz(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
