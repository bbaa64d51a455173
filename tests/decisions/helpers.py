"""A round of the department with concluded dossiers and approved nominees, ready to decide.

Rows are created directly (the nominations workflow has its own tests); what matters here
is the state the decisions app starts from: approved nominees of concluded dossiers.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tests.factories import make_person
from thidua.decisions.models import Decision
from thidua.decisions.services.drafts import decision_draft_create
from thidua.decisions.services.issue import decision_issue
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome, ReviewRound
from thidua.rules.models import AwardType

YEAR = 2023
SIGNED = dt.date(2023, 12, 20)


@dataclass
class Setup:
    round: ReviewRound
    dossiers: list[Dossier]
    nominations: list[Nomination] = field(default_factory=list)


def award(code: str) -> AwardType:
    return AwardType.objects.get(code=code)


def concluded_dossier(the_round: ReviewRound, org: Any) -> Dossier:
    return Dossier.objects.create(
        round=the_round,
        organization=org,
        title=f"Đề nghị khen thưởng năm {the_round.year} – {org.name}",
        status=DossierStatus.CONCLUDED,
    )


def nominate(
    dossier: Dossier,
    *,
    person: Any = None,
    org: Any = None,
    code: str = "LDTT",
    outcome: str = Outcome.APPROVED,
) -> Nomination:
    return Nomination.objects.create(
        dossier=dossier,
        person=person,
        organization=org,
        award_type=award(code),
        position="Chuyên viên" if person else "",
        summary="Hoàn thành tốt nhiệm vụ được giao",
        outcome=outcome,
    )


def make_setup(tree: Any, *, people: int = 3, year: int = YEAR, unit_b: bool = True) -> Setup:
    """unit_a: `people` persons for LĐTT; unit_b: one person for LĐTT and the unit for TTLĐTT."""
    the_round = ReviewRound.objects.create(
        organizer=tree.dept,
        year=year,
        title=f"Xét khen thưởng tổng kết năm {year}",
        submission_deadline=dt.date(year, 12, 1),
    )
    a, b = concluded_dossier(the_round, tree.unit_a), concluded_dossier(the_round, tree.unit_b)
    setup = Setup(the_round, [a, b])
    for i in range(people):
        person = make_person(f"Nguyễn Văn Người {i + 1}", org=tree.unit_a)
        setup.nominations.append(nominate(a, person=person))
    if unit_b:
        woman = make_person("Trần Thị Bình B", org=tree.unit_b, gender="female")
        setup.nominations.append(nominate(b, person=woman))
        setup.nominations.append(nominate(b, org=tree.unit_b, code="TTLDTT"))
    return setup


SIGNER = {"signer_name": "Lâm Xuân Phương", "signer_position": "Giám đốc"}


def draft(setup: Setup, actor: Any, **fields: Any) -> Decision:
    return decision_draft_create(round_=setup.round, actor=actor, fields=fields or None)


def issued(setup: Setup, actor: Any, signed_on: dt.date = SIGNED) -> Decision:
    return decision_issue(decision=draft(setup, actor), actor=actor, signed_on=signed_on, **SIGNER)
