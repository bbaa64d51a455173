"""The JSON contract of `thidua ingest` (../shared/ingest/README.md) as typed dictionaries.

Every key is always present; unknown values are None or empty lists.
"""

from typing import TypedDict


class IssueDate(TypedDict):
    year: int | None
    month: int | None
    day: int | None


class Reference(TypedDict):
    kind: str
    number: str
    date: str | None  # ISO 8601
    issuer: str | None


class Movement(TypedDict):
    name: str


class Target(TypedDict):
    text: str | None
    value: int | float
    unit: str | None
    direction: str  # "at_least" or "at_most"


class Deadline(TypedDict):
    text: str
    day: int | None
    month: int | None
    year: int | None
    recurring: str | None  # "yearly", "quarterly", "monthly" or None


class AwardCount(TypedDict):
    code: str
    subject: str  # "ca_nhan", "tap_the" or "ho_gia_dinh"
    count: int
    total: int | None


class Signer(TypedDict):
    title: str | None
    name: str | None


class IngestResult(TypedDict):
    doc_type: str
    issuer: str | None
    number: str | None
    symbol: str | None
    place: str | None
    issue_date: IssueDate | None
    title: str | None
    recipients: list[str]
    referenced_documents: list[Reference]
    movements: list[Movement]
    targets: list[Target]
    deadlines: list[Deadline]
    award_forms: list[str]
    award_counts: list[AwardCount]
    signer: Signer | None
    distribution: list[str]


RESULT_KEYS = tuple(IngestResult.__annotations__)
