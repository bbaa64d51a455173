"""The read-only integration API under /api/v1/ (docs at /api/v1/docs for signed-in users)."""

import datetime as dt
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver
from django.utils import timezone
from ninja import NinjaAPI
from ninja.security import django_auth

from thidua.api import selectors
from thidua.api.auth import ApiTokenAuth
from thidua.api.schemas import (
    AwardOut,
    OrgDetailOut,
    OrgNodeOut,
    PersonDetailOut,
    PersonListOut,
    StatsOut,
)
from thidua.organizations.selectors import TreeNode, org_tree_as_of


class ThiduaAPI(NinjaAPI):
    """Endpoints answer 401 JSON themselves, so LoginRequiredMiddleware must let them through.

    Only the operation views are opened; the docs, the schema and the API root keep the
    login redirect, which is what a browser user expects.
    """

    def _get_urls(self) -> list[URLResolver | URLPattern]:
        urls = super()._get_urls()
        opened = {"openapi-json", "openapi-view", "api-root"}
        for pattern in urls:
            if isinstance(pattern, URLPattern) and pattern.name not in opened:
                pattern.callback.login_required = False  # type: ignore[attr-defined]
        return urls


api = ThiduaAPI(
    title="thidua API",
    version="1",
    urls_namespace="api",
    auth=[ApiTokenAuth(), django_auth],
)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    """404 with the selector's Vietnamese message ("Không tìm thấy cá nhân."), which never
    tells an object outside the user's scope from one that does not exist."""
    return api.create_response(request, {"detail": str(exc) or "Không tìm thấy."}, status=404)


@api.get("/organizations", response=list[OrgNodeOut], tags=["organizations"])
def organization_tree(request: HttpRequest, as_of: dt.date | None = None) -> list[TreeNode]:
    return org_tree_as_of(user=request.user, day=as_of or timezone.localdate())


@api.get("/organizations/{code}", response=OrgDetailOut, tags=["organizations"])
def organization_detail(request: HttpRequest, code: str) -> dict[str, Any]:
    return selectors.api_org_detail(user=request.user, code=code)


@api.get("/people", response=PersonListOut, tags=["people"])
def people(
    request: HttpRequest, q: str = "", organization: str = "", limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    return selectors.api_person_page(
        user=request.user, query=q, organization=organization, limit=limit, offset=offset
    )


@api.get("/people/{person_id}", response=PersonDetailOut, tags=["people"])
def person_detail(request: HttpRequest, person_id: int) -> dict[str, Any]:
    return selectors.api_person_detail(user=request.user, pk=person_id)


@api.get("/people/{person_id}/awards", response=list[AwardOut], tags=["people"])
def person_awards(request: HttpRequest, person_id: int) -> list[dict[str, Any]]:
    return selectors.api_person_awards(user=request.user, pk=person_id)


@api.get("/stats", response=StatsOut, tags=["stats"])
def stats(request: HttpRequest, year: int, org: str) -> dict[str, Any]:
    """The output of `thidua stats --year YEAR --org CODE --format json`."""
    return selectors.api_stats(user=request.user, year=year, code=org)
