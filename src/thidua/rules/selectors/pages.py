"""What the rules pages show: history lists, the unit table, the person's answer.

Permission decisions go through core.permissions: a record outside the user's scope is
404, a record in scope the user may only read is 403 on write.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Prefetch, QuerySet
from django.http import Http404

from thidua.core.permissions import (
    Cap,
    org_get_for_user,
    org_scope,
    person_get_for_user,
    person_scope,
)
from thidua.core.text import fold
from thidua.organizations.models import Organization, Person
from thidua.rules.engine import AwardResult, SubjectResult
from thidua.rules.models import (
    AwardRecord,
    AwardType,
    Discipline,
    Initiative,
    InitiativeAuthor,
    YearRating,
)
from thidua.rules.quotas import QuotaRow
from thidua.rules.selectors.eligibility import EligibilityRun

HISTORY_MODELS: dict[str, type[Model]] = {
    "xep-loai": YearRating,
    "khen-thuong": AwardRecord,
    "ky-luat": Discipline,
    "sang-kien": Initiative,
}


def person_history(person: Person) -> dict[str, Any]:
    return {
        "ratings": YearRating.objects.filter(person=person).order_by("-year"),
        "awards": AwardRecord.objects.filter(person=person)
        .select_related("award_type")
        .order_by("-year", "award_type__order"),
        "initiatives": Initiative.objects.filter(authorships__person=person)
        .prefetch_related(
            Prefetch(
                "authorships",
                queryset=InitiativeAuthor.objects.select_related("person", "person__history_code"),
            )
        )
        .order_by("-year", "code"),
        "disciplines": Discipline.objects.filter(person=person).order_by("-start_date"),
    }


def org_history(org: Organization) -> dict[str, Any]:
    return {
        "ratings": YearRating.objects.filter(organization=org).order_by("-year"),
        "awards": AwardRecord.objects.filter(organization=org)
        .select_related("award_type")
        .order_by("-year", "award_type__order"),
        "predecessors": Organization.objects.filter(successor=org).order_by("name"),
    }


def can_edit_org_history(user: Any, org: Organization) -> bool:
    return org_scope(user, Cap.EDIT_PEOPLE).filter(pk=org.pk).exists()


def org_for_history_edit(user: Any, pk: int) -> Organization:
    return org_get_for_user(user, pk, Cap.EDIT_PEOPLE)


def history_object_for_user(user: Any, kind: str, pk: int) -> Model:
    """A history row the user may change: 404 outside their scope, 403 if read-only."""
    model = HISTORY_MODELS.get(kind)
    if model is None:
        raise Http404("Không có loại dữ liệu này.")
    obj = model._default_manager.filter(pk=pk).first()
    if obj is None:
        raise Http404("Không tìm thấy bản ghi.")
    if isinstance(obj, Initiative):
        for author_id in obj.authorships.values_list("person_id", flat=True):
            person_get_for_user(user, author_id, write=True)
        return obj
    owner_id = getattr(obj, "person_id", None)
    if owner_id is not None:
        person_get_for_user(user, owner_id, write=True)
    else:
        org_get_for_user(user, obj.organization_id, Cap.EDIT_PEOPLE)  # type: ignore[attr-defined]
    return obj


def history_owner_url(obj: Model) -> tuple[str, int]:
    """The page a history row is shown on (for redirects after an edit)."""
    if isinstance(obj, Initiative):
        first = obj.authorships.order_by("id").first()
        if first is None:
            raise PermissionDenied
        return "rules:person", first.person_id
    person_id = getattr(obj, "person_id", None)
    if person_id is not None:
        return "rules:person", person_id
    return "rules:unit-history", obj.organization_id  # type: ignore[attr-defined]


def editable_people(user: Any) -> QuerySet[Person]:
    return person_scope(user, Cap.EDIT_PEOPLE)


def person_token(person: Person) -> str:
    code = getattr(getattr(person, "history_code", None), "code", None)
    return code or person.national_id or f"#{person.pk}"


@dataclass
class Row:
    result: SubjectResult
    cells: list[AwardResult | None]
    url_pk: int

    @property
    def eligible(self) -> list[str]:
        return [c.title for c in self.cells if c is not None and c.eligible]


@dataclass
class UnitTable:
    year: int
    people_titles: list[str]
    collective_titles: list[str]
    people: list[Row] = field(default_factory=list)
    collectives: list[Row] = field(default_factory=list)
    quotas: list[QuotaRow] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def _row(result: SubjectResult, titles: list[str]) -> Row:
    by_title = {a.title: a for a in result.awards}
    return Row(result, [by_title.get(t) for t in titles], result.facts.pk)


def unit_table(*, user: Any, org: Organization, year: int, subtree: bool = False) -> UnitTable:
    """Who in `org` (and, with `subtree`, its sub-units) may be proposed for what in `year`."""
    run = EligibilityRun(year=year, org=org, user=user, direct_only=not subtree)
    results = list(run.results())
    people = [
        r
        for r in results
        if r.facts.subject == "ca_nhan" and (subtree or r.facts.unit_id == org.pk)
    ]
    collectives = [r for r in results if r.facts.subject == "tap_the"]
    titles_p = _titles(people)
    titles_c = _titles(collectives)
    people.sort(
        key=lambda r: (fold(r.facts.name.split()[-1]) if r.facts.name else "", fold(r.facts.name))
    )
    return UnitTable(
        year=year,
        people_titles=titles_p,
        collective_titles=titles_c,
        people=[_row(r, titles_p) for r in people],
        collectives=[_row(r, titles_c) for r in collectives],
        quotas=run.quotas,
        names=dict(AwardType.objects.values_list("code", "name")),
    )


def _titles(results: list[SubjectResult]) -> list[str]:
    titles: list[str] = []
    for result in results:
        for award in result.awards:
            if award.title not in titles:
                titles.append(award.title)
    return titles
