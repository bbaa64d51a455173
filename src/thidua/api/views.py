"""The read-only integration API under /api/v1/ (docs at /api/v1/docs for signed-in users)."""

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.urls import URLPattern, URLResolver
from django.utils import timezone
from ninja import NinjaAPI
from ninja.security import django_auth

from thidua.api import selectors
from thidua.api.auth import ApiTokenAuth
from thidua.api.schemas import OrgDetailOut, OrgNodeOut, PersonDetailOut, PersonListOut
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
