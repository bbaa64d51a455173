"""Reads for the import: the facts the checks need about what the file mentions."""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from django.utils import timezone

from thidua.core.permissions import Cap, org_scope, person_scope, scope_paths
from thidua.organizations.imports.ir import Batch, ImportFacts, JobFact, OrgFact, PersonFact
from thidua.organizations.models import Employment, Organization, Person

# Below SQLite's and PostgreSQL's parameter limits, large enough to keep round trips few.
CHUNK = 900
PERSON_FIELDS = (
    "id",
    "full_name",
    "name_folded",
    "birth_date",
    "gender",
    "national_id",
    "civil_servant_code",
    "email",
    "phone",
)


def chunked(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    items = list(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def import_facts(*, actor: Any, batch: Batch, today: dt.date | None = None) -> ImportFacts:
    """What the database holds about the file's unit codes, CCCDs, codes and names.

    `actor` None is the system (commands): its scope is everything.
    """
    scope_all = actor is None or scope_paths(actor, Cap.IMPORT) is None
    facts = ImportFacts(today=today or timezone.localdate(), scope_all=scope_all)
    facts.orgs = _org_facts(actor, scope_all, _codes(batch))
    _load_people(actor, scope_all, batch, facts)
    return facts


def _codes(batch: Batch) -> set[str]:
    codes = {u.code for u in batch.units} | {u.parent_code for u in batch.units}
    codes |= {s.org_code for s in batch.staff}
    return codes - {""}


def _org_facts(actor: Any, scope_all: bool, codes: set[str]) -> dict[str, OrgFact]:
    found: dict[str, OrgFact] = {}
    for chunk in chunked(codes):
        in_scope = (
            set()
            if scope_all
            else set(
                org_scope(actor, Cap.IMPORT).filter(code__in=chunk).values_list("id", flat=True)
            )
        )
        rows = Organization.objects.filter(code__in=chunk).values(
            "id",
            "code",
            "name",
            "kind",
            "parent__code",
            "short_name",
            "place",
            "valid_from",
            "valid_to",
        )
        for row in rows:
            found[row["code"]] = OrgFact(
                id=row["id"],
                code=row["code"],
                name=row["name"],
                kind=row["kind"],
                parent_code=row["parent__code"] or "",
                short_name=row["short_name"],
                place=row["place"],
                valid_from=row["valid_from"],
                valid_to=row["valid_to"],
                in_scope=scope_all or row["id"] in in_scope,
            )
    return found


def _people_rows(batch: Batch) -> dict[int, dict[str, Any]]:
    """People sharing a CCCD, a civil-servant code, or a name and birth date with a row.

    Matches by code and by name are first read as ids only: on a re-import they are
    mostly the people already read by CCCD.
    """
    national_ids = {s.national_id for s in batch.staff if s.national_id}
    cs_codes = {s.civil_servant_code for s in batch.staff if s.civil_servant_code}
    pairs = {(s.name_key, s.birth_date) for s in batch.staff if s.birth_date and s.name_key}
    people: dict[int, dict[str, Any]] = {}
    for chunk in chunked(national_ids):
        people |= {
            r["id"]: r for r in Person.objects.filter(national_id__in=chunk).values(*PERSON_FIELDS)
        }
    more: set[int] = set()
    for chunk in chunked(cs_codes):
        more |= set(
            Person.objects.filter(civil_servant_code__in=chunk).values_list("id", flat=True)
        )
    for chunk in chunked({name for name, _ in pairs}):
        rows = Person.objects.filter(name_folded__in=chunk).values_list(
            "id", "name_folded", "birth_date"
        )
        more |= {pk for pk, name, birth in rows if (name, birth) in pairs}
    for chunk in chunked(more - people.keys()):
        people |= {r["id"]: r for r in Person.objects.filter(id__in=chunk).values(*PERSON_FIELDS)}
    return people


def _jobs(person_ids: list[int]) -> dict[int, list[JobFact]]:
    jobs: dict[int, list[JobFact]] = defaultdict(list)
    for chunk in chunked(person_ids):
        rows = Employment.objects.filter(person_id__in=chunk).values(
            "id",
            "person_id",
            "organization_id",
            "start_date",
            "end_date",
            "position",
            "staff_category",
        )
        for row in rows:
            jobs[row["person_id"]].append(
                JobFact(
                    id=row["id"],
                    organization_id=row["organization_id"],
                    start_date=row["start_date"],
                    end_date=row["end_date"],
                    position=row["position"],
                    staff_category=row["staff_category"],
                )
            )
    return jobs


def _scoped_people(actor: Any, person_ids: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunked(person_ids):
        found |= set(
            person_scope(actor, Cap.IMPORT).filter(pk__in=chunk).values_list("id", flat=True)
        )
    return found


def _load_people(actor: Any, scope_all: bool, batch: Batch, facts: ImportFacts) -> None:
    rows = _people_rows(batch)
    ids = list(rows)
    jobs = _jobs(ids)
    in_scope = set(ids) if scope_all else _scoped_people(actor, ids)
    for person_id, row in rows.items():
        fact = PersonFact(
            id=person_id,
            full_name=row["full_name"],
            name_folded=row["name_folded"],
            birth_date=row["birth_date"],
            gender=row["gender"] or "",
            national_id=row["national_id"] or "",
            civil_servant_code=row["civil_servant_code"] or "",
            email=row["email"] or "",
            phone=row["phone"] or "",
            in_scope=person_id in in_scope,
            jobs=tuple(jobs.get(person_id, ())),
        )
        if fact.national_id:
            facts.people_by_national_id[fact.national_id] = fact
        if fact.civil_servant_code:
            facts.people_by_cs_code.setdefault(fact.civil_servant_code, []).append(fact)
        if fact.birth_date:
            facts.people_by_name_birth.setdefault((fact.name_folded, fact.birth_date), []).append(
                fact
            )
