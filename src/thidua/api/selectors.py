"""Reads behind the API, every one scoped by core.permissions; out of scope reads as 404."""

from typing import Any

from django.http import Http404
from django.utils import timezone
from ninja.errors import HttpError

from thidua.core.permissions import (
    Cap,
    can_edit_person,
    org_scope,
    person_get_for_user,
    person_scope,
)
from thidua.core.text import fold
from thidua.decisions.services.certificates import verify_url
from thidua.organizations.models import Organization, Person
from thidua.organizations.selectors import person_list
from thidua.reports.selectors import StatsUnavailable, year_problem, year_stats_for
from thidua.reports.stats import stats_dict
from thidua.rules.models import AwardRecord

MAX_LIMIT = 200


def api_org_get(*, user: Any, code: str) -> Organization:
    org = org_scope(user, Cap.VIEW).filter(code=code).first()
    if org is None:
        raise Http404("Không tìm thấy đơn vị.")
    return org


def api_org_detail(*, user: Any, code: str) -> dict[str, Any]:
    org = api_org_get(user=user, code=code)
    # the successor is named only when the user may see it too
    successor = (
        org_scope(user, Cap.VIEW).filter(pk=org.successor_id).values_list("code", flat=True).first()
        if org.successor_id
        else None
    )
    return {
        "id": org.pk,
        "code": org.code,
        "name": org.name,
        "short_name": org.short_name,
        "kind": org.kind,
        "active": org.is_active_on(timezone.localdate()),
        "valid_from": org.valid_from,
        "valid_to": org.valid_to,
        "successor": successor,
    }


def _person_row(person: Person) -> dict[str, Any]:
    org = person.current_organization
    return {
        "id": person.pk,
        "full_name": person.full_name,
        "birth_date": person.birth_date,
        "gender": person.gender,
        "current_organization": org.code if org else None,
        "current_position": person.current_position,
    }


def api_person_page(
    *, user: Any, query: str = "", organization: str = "", limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """One page of visible people; national_id never appears in the rows."""
    org = api_org_get(user=user, code=organization) if organization else None
    people = person_list(user=user, query=query, organization=org)
    if fold(query).isdigit():
        # person_list matches digits against national_id; a reader must not be able to
        # probe identity numbers through search, so only people they may edit can match.
        people = people.filter(pk__in=person_scope(user, Cap.EDIT_PEOPLE).values("pk"))
    limit = max(1, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    rows = [_person_row(p) for p in people[offset : offset + limit]]
    return {"count": people.count(), "items": rows}


def api_person_detail(*, user: Any, pk: int) -> dict[str, Any]:
    person = person_get_for_user(user, pk)
    jobs = person.employments.select_related("organization").order_by("-start_date", "-id")
    return {
        **_person_row(person),
        "national_id": person.national_id if can_edit_person(user, person) else None,
        "employments": [
            {
                "organization": job.organization.code,
                "position": job.position,
                "start_date": job.start_date,
                "end_date": job.end_date,
            }
            for job in jobs
        ],
    }


def api_stats(*, user: Any, year: int, code: str) -> dict[str, Any]:
    """Exactly what `thidua stats --year --org --format json` prints, for an organisation in
    the user's scope: 400 for a year out of range, 404 for an organisation the user may not
    see or that did not exist on 31/12 of the year (each with its Vietnamese message)."""
    problem = year_problem(year)
    if problem:
        raise HttpError(400, problem)
    org = api_org_get(user=user, code=code)
    try:
        return stats_dict(year_stats_for(organization=org, year=year))
    except StatsUnavailable as error:
        raise HttpError(404, str(error)) from None


def api_person_awards(*, user: Any, pk: int) -> list[dict[str, Any]]:
    """The person's awards, revoked ones included and flagged, newest year first; an award
    issued by a decision of this system links to its certificate's verification page once
    the certificate is printed. One query after the scope check."""
    person = person_get_for_user(user, pk)
    records = (
        AwardRecord.objects.filter(person=person)
        .select_related("award_type", "decision_line__certificate")
        .order_by("-year", "award_type__order", "id")
    )
    return [_award_row(record) for record in records]


def _award_row(record: AwardRecord) -> dict[str, Any]:
    line = getattr(record, "decision_line", None)
    certificate = getattr(line, "certificate", None) if line is not None else None
    return {
        "code": record.award_type.code,
        "name": record.award_type.name,
        "year": record.year,
        "decision_number": record.decision_number,
        "decision_date": record.decision_date,
        "issuer": record.issuer,
        "revoked": record.revoked,
        "verification_url": verify_url(certificate.token) if certificate else None,
    }
