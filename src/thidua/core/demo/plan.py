"""The demo data as plain values: which units exist and who worked where, when.

Pure: `build_plan()` draws everything from `random.Random(SEED)` and touches no database,
so the same plan comes out on every machine (and a test can compare two runs). The loader
turns the plan into service calls; the structural history (mergers, renames) is in
`history.py`.

Staff are planned as a *roster as of 31/12/2023* per unit (the year of seed 004), then
given a past (earlier posts for some) and a future (statutory retirement, 2024 hires).
"""

import datetime as dt
import random
from dataclasses import dataclass, field, replace

from thidua.core.demo import catalogue as cat
from thidua.core.demo.names import Identity, IdentityMaker
from thidua.organizations.models import OrgKind

SEED = 2026
ROSTER_DAY = dt.date(2023, 12, 31)
LATEST_START = dt.date(2023, 11, 30)
DATA_AS_OF = dt.date(2026, 6, 30)  # last date the demo plans events for (retirements)
VOCATIONAL_MERGED = dt.date(2019, 1, 1)
DISTRICTS_ABOLISHED = dt.date(2025, 7, 1)
LAO_CAI_STAFF = 224  # seed 004: 224 individuals in the department in 2023


@dataclass(frozen=True)
class OrgPlan:
    code: str
    name: str
    kind: str
    parent: str | None
    valid_from: dt.date
    short_name: str = ""
    place: str = ""


@dataclass(frozen=True)
class Job:
    org: str
    start: dt.date
    position: str
    category: str


@dataclass(frozen=True)
class PersonPlan:
    identity: Identity
    civil_servant_code: str
    jobs: tuple[Job, ...]  # chronological; the first one is created with the person
    leaves_on: dt.date | None = None  # last working day (retirement), if within the demo period
    tag: str = ""  # a handle for the demo accounts, e.g. "truongphong"


@dataclass
class Plan:
    orgs: list[OrgPlan] = field(default_factory=list)
    people: list[PersonPlan] = field(default_factory=list)

    def org(self, code: str) -> OrgPlan:
        return next(o for o in self.orgs if o.code == code)


# Who gets a demo account: (unit code, index in the unit's 2023 roster; negative from the
# end) -> (tag, position or "" to keep the drawn one).
TAGS: dict[tuple[str, int], tuple[str, str]] = {
    (cat.labour_code("LCI", "NCC"), 0): ("truongphong", ""),
    (cat.labour_code("LCI", "NCC"), -1): ("vanthu", "Chuyên viên"),
    (cat.labour_code("LCI", "NCC"), -2): ("nhanvien", "Chuyên viên"),
    (cat.home_code("LCI"), 0): ("lanhdao", ""),
    (cat.home_code("LCI"), 1): ("hoidong", ""),
    (cat.home_code("LCI", "VP"), 0): ("thuky", ""),
    (cat.home_code("LCI", "VP"), -1): ("canbo.tdkt", "Chuyên viên chính"),
    (cat.home_code("NBH", "VP"), -1): ("canbo.ninhbinh", "Chuyên viên"),
}


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def retirement_day(birth: dt.date, gender: str) -> dt.date:
    """First day of retirement under Bộ luật Lao động 2019 / Nghị định 135/2020/NĐ-CP.

    From 2021 the age rises each year by 3 months (men, 60y3m → 62) or 4 months
    (women, 55y4m → 60); retirement starts the month after the age is reached.
    """
    step, base, cap = (3, 60 * 12, 62 * 12) if gender == "male" else (4, 55 * 12, 60 * 12)
    for year in range(2021, 2050):
        months = min(base + step * (year - 2020), cap)
        reached = add_months(birth, months)
        if reached.year <= year:
            return add_months(dt.date(reached.year, reached.month, 1), 1)
    return add_months(birth, cap)  # pragma: no cover - unreachable for birth years ≤ 2000


class Planner:
    """Builds the plan province by province; holds the random source and the counters."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.people = IdentityMaker(self.rng)
        self.plan = Plan()
        self.serials: dict[str, int] = {}
        self.roster: dict[str, list[int]] = {}  # unit code -> indexes into plan.people
        self.vocational_staff = 0
        self.vocational_head = False

    def build(self) -> Plan:
        for province in cat.PROVINCES:
            for unit, size in self._organisations(province):
                self._staff(province, unit, size)
            if province.main:
                self._former_and_new_staff(province)
            self._district_staff_fates(province)
        return self.plan

    # organisations ------------------------------------------------------------------

    def _add_org(self, org: OrgPlan) -> OrgPlan:
        self.plan.orgs.append(org)
        return org

    def _organisations(self, p: cat.ProvinceSpec) -> list[tuple[OrgPlan, int]]:
        """Create the province's units; return each with the size of its 2023 staff."""
        self._add_org(
            OrgPlan(
                p.code,
                f"Ủy ban nhân dân tỉnh {p.name}",
                OrgKind.PROVINCIAL_COMMITTEE,
                None,
                p.founded,
                f"UBND tỉnh {p.name}",
                p.name,
            )
        )
        labour = self._add_org(
            OrgPlan(
                cat.labour_code(p.code),
                cat.LABOUR_NAME.format(p=p.name),
                OrgKind.DEPARTMENT,
                p.code,
                p.founded,
                "Sở LĐTBXH",
                p.name,
            )
        )
        staffing = self._labour_units(p, labour)
        home = self._add_org(
            OrgPlan(
                cat.home_code(p.code),
                cat.HOME_NAME.format(p=p.name),
                OrgKind.DEPARTMENT,
                p.code,
                max(cat.HOME_FOUNDED, p.founded),
                "Sở Nội vụ",
                p.name,
            )
        )
        staffing.append((home, 3 if p.main else 2))
        for spec in cat.HOME_UNITS:
            staffing.append(
                (self._unit_org(p, home, spec), self.rng.randint(5, 9) if p.main else 4)
            )
        # the board starts under the people's committee; history.py moves it in 2009
        board = self._add_org(
            OrgPlan(
                cat.board_code(p.code),
                cat.BOARD.name.format(p=p.name),
                cat.BOARD.kind,
                p.code,
                p.founded,
                "Ban TĐKT",
                p.name,
            )
        )
        staffing.append((board, self.rng.randint(4, 7) if p.main else 3))
        for number, district in enumerate(p.districts, start=1):
            # In law the district offices belonged to the district people's committees, which
            # the demo does not model; they hang under the province so that the department
            # keeps exactly its seed-004 collectives.
            office = self._add_org(
                OrgPlan(
                    cat.district_code(p.code, number),
                    f"Phòng Lao động - Thương binh và Xã hội {district}",
                    OrgKind.DISTRICT_OFFICE,
                    p.code,
                    p.founded,
                    "Phòng LĐTBXH",
                    district,
                )
            )
            staffing.append((office, self.rng.randint(4, 6)))
        return staffing

    def _labour_units(self, p: cat.ProvinceSpec, labour: OrgPlan) -> list[tuple[OrgPlan, int]]:
        suffixes: tuple[str, ...]
        if p.code == "LCI":
            suffixes, total, leaders = cat.LAO_CAI_UNITS, LAO_CAI_STAFF, 4
        elif p.main:
            extra = self.rng.randint(0, 4)
            suffixes = cat.CORE_UNITS + tuple(sorted(self.rng.sample(cat.OPTIONAL_UNITS, extra)))
            total, leaders = self.rng.randint(60, 120), 3
        else:
            suffixes, total, leaders = cat.SMALL_LABOUR_UNITS, self.rng.randint(20, 30), 2
        units = [self._unit_org(p, labour, cat.LABOUR_UNITS[s]) for s in suffixes]
        if p.code == "LCI":
            self._unit_org(p, labour, cat.VOCATIONAL)
        sizes = self._allocate(total - leaders, units)
        return [(labour, leaders), *((u, sizes[u.code]) for u in units)]

    def _unit_org(self, p: cat.ProvinceSpec, parent: OrgPlan, spec: cat.UnitSpec) -> OrgPlan:
        name = spec.name.format(p=p.name)
        if p.code == "LCI" and spec.suffix == "LDVL":
            name = cat.LABOUR_DIVISION_NAME  # renamed in 2019 (history.py)
        return self._add_org(
            OrgPlan(
                f"{parent.code}-{spec.suffix}",
                name,
                spec.kind,
                parent.code,
                max(spec.founded or parent.valid_from, parent.valid_from),
                place=p.name,
            )
        )

    def _allocate(self, total: int, units: list[OrgPlan]) -> dict[str, int]:
        """Split `total` staff over `units`: a floor per unit, the rest by weight (schools weigh most)."""
        sizes = {u.code: 4 if u.kind == cat.DIVISION else 5 for u in units}
        weights = [3 if u.code.endswith("-CD") else 2 if u.kind == cat.UNIT else 1 for u in units]
        for _ in range(total - sum(sizes.values())):
            sizes[self.rng.choices(units, weights=weights)[0].code] += 1
        return sizes

    # people -------------------------------------------------------------------------

    def _staff(self, p: cat.ProvinceSpec, unit: OrgPlan, size: int) -> None:
        suffix = unit.code.rsplit("-", 1)[-1]
        head, deputy = cat.HEAD_TITLES.get(suffix) or cat.HEAD_TITLES[unit.kind]
        deputies = (
            size - 1
            if unit.kind == OrgKind.DEPARTMENT
            else (2 if size >= 9 else 1 if size >= 4 else 0)
        )
        posts = cat.POSTS.get(suffix) or cat.POSTS.get(unit.kind, ())
        lead_category: str = cat.PE if unit.kind == cat.UNIT else cat.CS
        for index in range(size):
            if index == 0:
                position, category = head, lead_category
            elif index <= deputies:
                position, category = deputy, lead_category
            else:
                position, category, _ = self.rng.choices(posts, weights=[w for *_, w in posts])[0]
            tag, tag_position = (
                TAGS.get((unit.code, index)) or TAGS.get((unit.code, index - size)) or ("", "")
            )
            if tag_position:
                position, category = tag_position, cat.CS
            self._person(
                p, unit, Job(unit.code, LATEST_START, position, category), index <= deputies, tag
            )

    def _person(
        self, p: cat.ProvinceSpec, unit: OrgPlan, post: Job, senior: bool, tag: str
    ) -> None:
        if tag:  # demo personas stay in post for the whole demo period
            years = (1970, 1980) if senior else (1975, 1995)
        else:
            years = (1968, 1980) if senior else (1966, 2000)
        identity = self._identity(p, years)
        job = Job(
            post.org,
            self._career_start(identity.birth_date, unit.valid_from),
            post.position,
            post.category,
        )
        jobs = [job]
        if not tag and p.main and self.rng.random() < (0.3 if senior else 0.12):
            jobs = self._earlier_posts(p, unit, job)
        if unit.code == cat.labour_code("LCI", "LDVL"):
            jobs = self._vocational_past(senior, jobs)
        code = "" if post.category == cat.WK else self._serial(p.code)
        self._append(
            PersonPlan(identity, code, tuple(jobs), self._leaves_on(identity, tag), tag), unit.code
        )

    def _append(self, person: PersonPlan, unit_code: str) -> None:
        self.plan.people.append(person)
        self.roster.setdefault(unit_code, []).append(len(self.plan.people) - 1)

    def _vocational_past(self, senior: bool, jobs: list[Job]) -> list[Job]:
        """Lào Cai's labour division absorbed the vocational-training division in 2019.

        Its head became a deputy here the day of the merger; three of its officers came
        over with the merger itself (history.py), so their only planned post is there.
        """
        first = jobs[0]
        if first.start >= dt.date(2018, 7, 1) or len(jobs) > 1:
            return jobs
        vocational = cat.labour_code("LCI", cat.VOCATIONAL.suffix)
        if senior and first.position.startswith("Phó") and not self.vocational_head:
            self.vocational_head = True
            return [
                Job(vocational, first.start, "Trưởng phòng", cat.CS),
                Job(first.org, VOCATIONAL_MERGED, first.position, first.category),
            ]
        if not senior and self.vocational_staff < 3:
            self.vocational_staff += 1
            return [Job(vocational, first.start, first.position, first.category)]
        return jobs

    def _identity(self, p: cat.ProvinceSpec, years: tuple[int, int]) -> Identity:
        """A person in post on 31/12/2023: anyone past retirement age by then is redrawn."""
        while True:
            identity = self.people.make(home_cccd=p.cccd, highland=p.highland, years=years)
            if retirement_day(identity.birth_date, identity.gender) > ROSTER_DAY + dt.timedelta(
                days=1
            ):
                return identity

    def _career_start(self, birth: dt.date, founded: dt.date) -> dt.date:
        start = add_months(birth, self.rng.randint(22 * 12, 27 * 12))
        return min(max(start, founded), LATEST_START)

    def _earlier_posts(self, p: cat.ProvinceSpec, unit: OrgPlan, job: Job) -> list[Job]:
        """One or two earlier posts in other units of the province; the roster post comes last."""
        kinds = (cat.DIVISION, cat.UNIT, OrgKind.DISTRICT_OFFICE)
        candidates = [
            o
            for o in self.plan.orgs
            if o.code.startswith(f"{p.code}-")
            and o.code != unit.code
            and o.kind in kinds
            and not o.code.endswith(f"-{cat.VOCATIONAL.suffix}")
        ]
        jobs: list[Job] = []
        start = job.start
        for _ in range(1 if self.rng.random() < 0.8 else 2):
            move = start + dt.timedelta(days=self.rng.randint(2 * 365, 8 * 365))
            options = [o for o in candidates if o.valid_from <= start]
            if move > LATEST_START or move < unit.valid_from or not options:
                break
            previous = self.rng.choice(options)
            candidates.remove(previous)
            in_unit = previous.kind == cat.UNIT
            jobs.append(
                Job(
                    previous.code,
                    start,
                    "Viên chức" if in_unit else "Chuyên viên",
                    cat.PE if in_unit else cat.CS,
                )
            )
            start = move
        return [*jobs, Job(job.org, start, job.position, job.category)]

    def _former_and_new_staff(self, p: cat.ProvinceSpec) -> None:
        """People outside the 2023 roster: two who retired before it, three hired in 2024."""
        units = [
            o
            for o in self.plan.orgs
            if o.code.startswith(cat.labour_code(p.code) + "-")
            and not o.code.endswith(f"-{cat.VOCATIONAL.suffix}")
        ]
        for _ in range(2):
            identity = self.people.make(
                home_cccd=p.cccd, highland=p.highland, years=(1966, 1966), gender="female"
            )
            unit = self.rng.choice(units)
            job = Job(
                unit.code,
                self._career_start(identity.birth_date, unit.valid_from),
                "Chuyên viên",
                cat.CS,
            )
            leaves = retirement_day(identity.birth_date, identity.gender) - dt.timedelta(days=1)
            self._append(PersonPlan(identity, self._serial(p.code), (job,), leaves), unit.code)
        for _ in range(3):
            identity = self.people.make(home_cccd=p.cccd, highland=p.highland, years=(1996, 2000))
            unit = self.rng.choice(units)
            start = dt.date(2024, self.rng.randint(2, 10), 1)
            job = Job(
                unit.code,
                start,
                "Chuyên viên" if unit.kind == cat.DIVISION else "Viên chức",
                cat.CS if unit.kind == cat.DIVISION else cat.PE,
            )
            self._append(PersonPlan(identity, self._serial(p.code), (job,)), unit.code)

    def _district_staff_fates(self, p: cat.ProvinceSpec) -> None:
        """District offices close on 01/07/2025: a few of their staff join the province's labour
        division, the others leave the demo's scope (they went to the new communes)."""
        target = cat.labour_code(cat.province_today(p.code), "LDVL")
        last_day = DISTRICTS_ABOLISHED - dt.timedelta(days=1)
        for number in range(1, len(p.districts) + 1):
            for i in self.roster.get(cat.district_code(p.code, number), []):
                person = self.plan.people[i]
                if person.leaves_on and person.leaves_on <= last_day:
                    continue
                if self.rng.random() < 0.3:
                    move = Job(target, DISTRICTS_ABOLISHED, "Chuyên viên", cat.CS)
                    person = replace(person, jobs=(*person.jobs, move))
                else:
                    person = replace(person, leaves_on=last_day)
                self.plan.people[i] = person

    def _leaves_on(self, identity: Identity, tag: str) -> dt.date | None:
        retires = retirement_day(identity.birth_date, identity.gender)
        return None if tag or retires > DATA_AS_OF else retires - dt.timedelta(days=1)

    def _serial(self, province: str) -> str:
        self.serials[province] = self.serials.get(province, 0) + 1
        return f"{province}-{self.serials[province]:05d}"


def build_plan() -> Plan:
    return Planner().build()
