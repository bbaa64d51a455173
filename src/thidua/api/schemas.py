"""What the API returns. national_id appears only in PersonDetailOut, and only for editors."""

import datetime as dt

from ninja import Schema

from thidua.organizations.selectors import TreeNode


class OrgNodeOut(Schema):
    id: int
    code: str
    name: str
    short_name: str
    kind: str
    active: bool
    headcount: int
    children: list["OrgNodeOut"]

    @staticmethod
    def resolve_id(obj: TreeNode) -> int:
        return obj.organization_id


OrgNodeOut.model_rebuild()


class OrgDetailOut(Schema):
    id: int
    code: str
    name: str
    short_name: str
    kind: str
    active: bool
    valid_from: dt.date
    valid_to: dt.date | None
    successor: str | None


class PersonOut(Schema):
    id: int
    full_name: str
    birth_date: dt.date | None
    gender: str
    current_organization: str | None
    current_position: str


class PersonListOut(Schema):
    count: int
    items: list[PersonOut]


class EmploymentOut(Schema):
    organization: str
    position: str
    start_date: dt.date
    end_date: dt.date | None


class PersonDetailOut(PersonOut):
    national_id: str | None = None
    employments: list[EmploymentOut]


class StatsTotalsOut(Schema):
    ca_nhan: int
    tap_the: int


class StatsTitleOut(Schema):
    code: str
    subject: str
    count: int
    total: int
    percent: float


class StatsOut(Schema):
    """The JSON of `thidua stats --format json`, field for field."""

    year: int
    organization: str
    totals: StatsTotalsOut
    titles: list[StatsTitleOut]


class AwardOut(Schema):
    code: str
    name: str
    year: int
    decision_number: str
    decision_date: dt.date | None
    issuer: str
    revoked: bool
    verification_url: str | None
