"""Turn the demo plan into data, through the same services the application uses.

Going through `org_create`, `people_bulk_import` (the staff import's bulk service),
`employment_start`, `org_merge`… means the demo has what real data has: versions,
organisation events and the audit trail.
"""

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from thidua.core.demo.accounts import accounts_create
from thidua.core.demo.history import Context, Step, history_steps
from thidua.core.demo.plan import PersonPlan, Plan, build_plan
from thidua.organizations.models import Employment, Organization, Person
from thidua.organizations.people import (
    StaffImportItem,
    employment_end,
    employment_start,
    people_bulk_import,
)
from thidua.organizations.services import org_create


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    message: str
    organizations: int = 0
    people: int = 0
    employments: int = 0
    accounts: int = 0
    seconds: float = 0.0


def _import_item(p: PersonPlan, orgs: dict[str, Organization]) -> StaffImportItem:
    first = p.jobs[0]
    data = {
        "full_name": p.identity.full_name,
        "birth_date": p.identity.birth_date,
        "gender": p.identity.gender,
        "national_id": p.identity.national_id,
        "civil_servant_code": p.civil_servant_code,
        "email": p.identity.email,
    }
    return StaffImportItem(
        person_id=None,
        data=data,
        organization_id=orgs[first.org].pk,
        position=first.position,
        staff_category=first.category,
        start_date=first.start,
        action="new",
    )


class Loader(Context):
    """Holds what the steps need: the actor and fresh organisations by code."""

    def __init__(self) -> None:
        self.actor: Any = None  # the system: the demo is loaded by a command, not a user
        self.people: list[Person] = []

    def org(self, code: str) -> Organization:
        # always re-read: structural services rewrite paths and parents of other rows
        return Organization.objects.get(code=code)

    def create_orgs(self, plan: Plan) -> dict[str, Organization]:
        created: dict[str, Organization] = {}
        for o in plan.orgs:
            created[o.code] = org_create(
                actor=self.actor,
                code=o.code,
                name=o.name,
                kind=o.kind,
                parent=created[o.parent] if o.parent else None,
                short_name=o.short_name,
                place=o.place,
                valid_from=o.valid_from,
            )
        return created

    def create_people(self, plan: Plan, orgs: dict[str, Organization]) -> None:
        """Everyone with their first post, through the bulk path of the staff import.

        ~900 `person_create` calls take ~10 s; the bulk service writes the same rows and
        audit events in a few INSERTs. The plan's identities are valid by construction
        (tests check every CCCD with `check_national_id`).
        """
        items = [_import_item(p, orgs) for p in plan.people]
        people_bulk_import(actor=self.actor, items=items, note={"source": "loaddemo"})
        by_id = Person.objects.in_bulk(
            [p.identity.national_id for p in plan.people], field_name="national_id"
        )
        self.people = [by_id[p.identity.national_id] for p in plan.people]

    def people_steps(self, plan: Plan) -> list[Step]:
        steps = []
        for person, p in zip(self.people, plan.people, strict=True):
            steps += [
                Step(
                    job.start,
                    0,
                    f"{p.identity.full_name}: chuyển công tác",
                    self._move(person, job),
                )
                for job in p.jobs[1:]
            ]
            if p.leaves_on:
                steps.append(
                    Step(
                        p.leaves_on,
                        0,
                        f"{p.identity.full_name}: nghỉ",
                        self._leave(person, p.leaves_on),
                    )
                )
        return steps

    def _move(self, person: Person, job: Any) -> Any:
        def run(ctx: Context) -> None:
            employment_start(
                actor=ctx.actor,
                person=person,
                organization=ctx.org(job.org),
                start_date=job.start,
                position=job.position,
                staff_category=job.category,
            )

        return run

    def _leave(self, person: Person, day: dt.date) -> Any:
        def run(ctx: Context) -> None:
            job = person.employments.filter(end_date__isnull=True, start_date__lte=day).first()
            if job is not None:  # None: their unit closed first (district offices)
                employment_end(actor=ctx.actor, employment=job, end_date=day)

        return run


def _run(plan: Plan) -> int:
    loader = Loader()
    loader.create_people(plan, loader.create_orgs(plan))
    steps = loader.people_steps(plan) + history_steps()
    for step in sorted(steps, key=lambda s: (s.day, s.order)):  # stable: plan order within
        step.run(loader)
    tagged = {p.tag: person for person, p in zip(loader.people, plan.people, strict=True) if p.tag}
    return len(accounts_create(actor=loader.actor, people=tagged))


def demo_present(plan: Plan | None = None) -> bool:
    codes = [o.code for o in (plan or build_plan()).orgs]
    return Organization.objects.filter(code__in=codes).exists()


def load_demo(*, force: bool = False) -> DemoResult:
    """Load the demo organisations, people and accounts in one transaction.

    Only into a database without organisations, unless `force`; never twice (the demo
    codes are checked first), so running it again is harmless.
    """
    plan = build_plan()
    if demo_present(plan):
        return DemoResult(False, "Dữ liệu mẫu đã được nạp trước đó; bỏ qua.")
    if not force and Organization.objects.exists():
        return DemoResult(
            False, "Cơ sở dữ liệu đã có đơn vị; bỏ qua dữ liệu mẫu (dùng --force để vẫn nạp)."
        )
    started = time.monotonic()
    with transaction.atomic():
        accounts = _run(plan)
    return DemoResult(
        True,
        "Đã nạp dữ liệu mẫu.",
        organizations=len(plan.orgs),
        people=len(plan.people),
        employments=Employment.objects.filter(person__email__endswith=".invalid").count(),
        accounts=accounts,
        seconds=time.monotonic() - started,
    )


__all__ = ["DemoResult", "demo_present", "load_demo"]
