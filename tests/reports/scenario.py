"""A department's 2022–2024 told through moves, departures, a merger and a dissolution.

SLA-LDTBXH (dept)                       on 31/12/2023
├── (its director, employed at the dept itself)           1 person
├── unit_a  Phòng Lao động - Việc làm   staff_a's person, An, Hoa   3 people
├── unit_b  Phòng Người có công         Đến (came from home affairs on 01/05/2023)
│   └── team  Tổ công tác xã hội        Tổ
├── centre  Trung tâm Dịch vụ việc làm  Tâm — merged into home affairs on 01/03/2024
├── closed  Phòng Dạy nghề              dissolved on 01/07/2023 (its one officer left on 30/06)
└── later   Phòng mới                   founded 01/01/2024 (Mới joins it on 05/01/2024)
SLA-SNV (home affairs)
└── office  Văn phòng Sở Nội vụ         Đi (left unit_a for it on 01/09/2023)
Nghỉ (unit_a) left on 30/11/2023.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tests.factories import make_org, make_person
from thidua.organizations.models import Organization, Person
from thidua.organizations.people import employment_end, employment_start
from thidua.organizations.services import org_dissolve, org_merge
from thidua.rules.models import AwardRecord, AwardType, Initiative, InitiativeAuthor


@dataclass
class Scenario:
    dept: Organization
    unit_a: Organization
    unit_b: Organization
    team: Organization
    centre: Organization
    closed: Organization
    later: Organization
    home: Organization
    office: Organization
    people: dict[str, Person]


def award(subject: Any, code: str, year: int = 2023, revoked: bool = False, n: str = "1") -> None:
    kind = "person" if isinstance(subject, Person) else "organization"
    AwardRecord.objects.create(
        **{kind: subject},
        award_type=AwardType.objects.get(code=code),
        year=year,
        decision_number=f"{n}/QĐ-{code}",
        revoked=revoked,
    )


def initiative(code: str, level: str, author: Person, year: int = 2023) -> None:
    item = Initiative.objects.create(code=code, title=f"Sáng kiến {code}", year=year, level=level)
    InitiativeAuthor.objects.create(initiative=item, person=author)


def _people(s: Scenario) -> dict[str, Person]:
    p = {
        "leader": make_person("Giám Đốc Sở", org=s.dept),
        "an": make_person("Nguyễn Văn An", org=s.unit_a),
        "hoa": make_person("Lê Thị Hoa", org=s.unit_a, gender="female"),
        "di": make_person("Phạm Văn Đi", org=s.unit_a),
        "den": make_person("Hoàng Văn Đến", org=s.office),
        "nghi": make_person("Vũ Thị Nghỉ", org=s.unit_a, gender="female"),
        "c1": make_person("Đinh Văn Nghề", org=s.closed),
        "to": make_person("Đỗ Văn Tổ", org=s.team),
        "tam": make_person("Ngô Thị Tâm", org=s.centre, gender="female"),
    }
    employment_start(
        actor=None, person=p["den"], organization=s.unit_b, start_date=dt.date(2023, 5, 1)
    )
    employment_start(
        actor=None, person=p["di"], organization=s.office, start_date=dt.date(2023, 9, 1)
    )
    employment_end(
        actor=None, employment=p["nghi"].employments.get(), end_date=dt.date(2023, 11, 30)
    )
    employment_end(actor=None, employment=p["c1"].employments.get(), end_date=dt.date(2023, 6, 30))
    return p


def _history(s: Scenario) -> None:
    p = s.people
    for name in ("leader", "an", "hoa", "di", "den", "nghi", "to", "tam"):
        award(p[name], "LDTT")
    award(p["an"], "CSTDCS")
    award(p["an"], "CSTDCS", year=2022)
    award(p["hoa"], "CSTDCS", revoked=True)
    for org in (s.unit_a, s.unit_b, s.team, s.centre, s.closed):
        award(org, "TTLDTT")
    award(s.unit_a, "TTLDXS", revoked=True)
    award(s.dept, "CO_THI_DUA_TINH")  # the department's own: not one of its collectives'
    initiative("SK-1", "co_so", p["an"])
    initiative("SK-2", "tinh", p["di"])
    initiative("SK-0", "co_so", p["an"], year=2022)


def build_scenario(tree: Any) -> Scenario:
    """The scenario over the `tree` fixture (its `personas` add staff_a's person to unit_a)."""
    s = Scenario(
        dept=tree.dept,
        unit_a=tree.unit_a,
        unit_b=tree.unit_b,
        team=make_org("Tổ công tác xã hội", parent=tree.unit_b, kind="other", code="SLA-TO"),
        centre=make_org(
            "Trung tâm Dịch vụ việc làm",
            parent=tree.dept,
            kind="public_service_unit",
            code="SLA-TTDVVL",
        ),
        closed=make_org("Phòng Dạy nghề", parent=tree.dept, code="SLA-DN"),
        later=make_org(
            "Phòng mới", parent=tree.dept, code="SLA-MOI", valid_from=dt.date(2024, 1, 1)
        ),
        home=tree.home_affairs,
        office=make_org("Văn phòng Sở Nội vụ", parent=tree.home_affairs, code="SLA-SNV-VP"),
        people={},
    )
    s.people = _people(s)
    org_dissolve(actor=None, org=s.closed, day=dt.date(2023, 7, 1))
    s.people["moi"] = make_person("Trịnh Văn Mới", org=s.later, start=dt.date(2024, 1, 5))
    org_merge(actor=None, sources=[s.centre], target=s.home, day=dt.date(2024, 3, 1))
    _history(s)
    return s
