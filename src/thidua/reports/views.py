"""The statistics page, its chart data and its Excel export; all three read `stats_page`."""

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from thidua.core.http import xlsx_response
from thidua.core.permissions import Cap, org_get_for_user, require_cap
from thidua.organizations.models import Organization
from thidua.reports.exports import stats_filename, stats_workbook
from thidua.reports.forms import StatsForm
from thidua.reports.selectors import (
    default_year,
    stats_organizations,
    stats_page,
    top_organization,
    year_problem,
)
from thidua.reports.stats import breakdown_table, chart_data, stats_dict


@require_GET
def stats(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    if request.GET.get("don_vi"):
        # 404 outside the user's scope (a malformed id as well)
        org_get_for_user(request.user, request.GET["don_vi"])  # type: ignore[arg-type]
    organizations = list(stats_organizations(user=request.user))
    data = request.GET.copy()
    if not data.get("nam"):
        data["nam"] = str(default_year())
    top = top_organization(organizations)
    if not data.get("don_vi") and top is not None:
        data["don_vi"] = str(top.pk)
    form = StatsForm(data, organizations=organizations)
    context: dict[str, object] = {"form": form}
    if form.is_valid():
        page = stats_page(organization=form.organization(), year=form.cleaned_data["nam"])
        context["page"] = page
        if page.current is not None:
            context["columns"], context["breakdown"] = breakdown_table(page.current)
    return render(request, "reports/stats.html", context)


def _chosen(request: HttpRequest) -> tuple[Organization, int]:
    """The organisation (404 outside the user's scope) and the year (404 if invalid)."""
    require_cap(request.user, Cap.VIEW)
    org = org_get_for_user(request.user, request.GET.get("don_vi", ""))  # type: ignore[arg-type]
    try:
        year = int(request.GET.get("nam", ""))
    except ValueError:
        raise Http404("Năm không hợp lệ.") from None
    problem = year_problem(year)
    if problem:
        raise Http404(problem)
    return org, year


@require_GET
def stats_data(request: HttpRequest) -> JsonResponse:
    org, year = _chosen(request)
    page = stats_page(organization=org, year=year)
    if page.current is None:
        raise Http404(page.unavailable)
    return JsonResponse(
        {
            **stats_dict(page.current),
            "previous": stats_dict(page.previous) if page.previous else None,
            "chart": chart_data(page.current, page.previous),
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def stats_export(request: HttpRequest) -> HttpResponse:
    org, year = _chosen(request)
    page = stats_page(organization=org, year=year)
    if page.current is None:
        raise Http404(page.unavailable)
    return xlsx_response(stats_workbook(page), stats_filename(page))
