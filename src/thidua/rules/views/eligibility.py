"""Who may be proposed for what: the unit table and the person's answer, scoped per user."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from thidua.core.permissions import (
    Cap,
    can_edit_person,
    is_self_service,
    org_get_for_user,
    org_scope,
    person_get_for_user,
    require_cap,
)
from thidua.organizations.selectors import person_employment_on
from thidua.rules.forms import YearForm
from thidua.rules.models import TAG_FLAGS, AwardType
from thidua.rules.selectors.catalogue import can_edit_national
from thidua.rules.selectors.eligibility import person_eligibility
from thidua.rules.selectors.facts import year_end
from thidua.rules.selectors.pages import (
    can_edit_org_history,
    org_history,
    person_history,
    unit_table,
)

PAGE_SIZE = 100


def index(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW)
    form = YearForm(request.GET or None)
    units = org_scope(request.user).filter(valid_to__isnull=True).order_by("path")
    return render(
        request,
        "rules/index.html",
        {
            "form": form,
            "year": form.year(),
            "units": units.only("id", "name", "code", "path", "kind"),
            "can_manage": can_edit_national(request.user),
        },
    )


def unit(request: HttpRequest, pk: int) -> HttpResponse:
    org = org_get_for_user(request.user, pk)
    form = YearForm(request.GET or None)
    year = form.year()
    subtree = bool(form.is_valid() and form.cleaned_data.get("con"))
    table = unit_table(user=request.user, org=org, year=year, subtree=subtree)
    page = Paginator(table.people, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "rules/unit.html",
        {
            "org": org,
            "form": form,
            "year": year,
            "subtree": subtree,
            "table": table,
            "page": page,
            "people_headers": [(c, table.names.get(c, c)) for c in table.people_titles],
            "collective_headers": [(c, table.names.get(c, c)) for c in table.collective_titles],
            "query": f"nam={year}" + ("&con=on" if subtree else ""),
            "flags": TAG_FLAGS,
        },
    )


def person(request: HttpRequest, pk: int) -> HttpResponse:
    who = person_get_for_user(request.user, pk)
    form = YearForm(request.GET or None)
    year = form.year()
    result = person_eligibility(person=who, year=year)
    job = person_employment_on(who, year_end(year))
    can_edit = can_edit_person(request.user, who) and not is_self_service(request.user, who)
    names = dict(AwardType.objects.values_list("code", "name"))
    return render(
        request,
        "rules/person.html",
        {
            "person": who,
            "form": form,
            "year": year,
            "job": job,
            "eligible": [
                {"award": a, "name": names.get(a.title, a.title)}
                for a in result.awards
                if a.eligible
            ],
            "not_eligible": [
                {"award": a, "name": names.get(a.title, a.title)}
                for a in result.awards
                if not a.eligible
            ],
            "flags": TAG_FLAGS,
            "history": person_history(who),
            "can_edit": can_edit,
        },
    )


def unit_history(request: HttpRequest, pk: int) -> HttpResponse:
    org = org_get_for_user(request.user, pk)
    return render(
        request,
        "rules/unit_history.html",
        {
            "org": org,
            "history": org_history(org),
            "can_edit": can_edit_org_history(request.user, org),
        },
    )
