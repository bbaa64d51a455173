"""Dossiers standing before the council, for the publicity and exchange tests.

The state is set directly (the workflow up to the council belongs to other tests); every
move from there on goes through the services under test.
"""

import datetime as dt
from typing import Any

from tests.factories import make_person
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome, ReviewRound
from thidua.rules.models import AwardType


def make_round(organizer: Any, *, year: int = 2025, title: str = "") -> ReviewRound:
    return ReviewRound.objects.create(
        organizer=organizer,
        year=year,
        title=title or f"Xét khen thưởng tổng kết năm {year}",
        submission_deadline=dt.date(year, 12, 15),
    )


def make_dossier(
    the_round: ReviewRound,
    unit: Any,
    *,
    status: str = DossierStatus.COUNCIL,
    title: str = "Hồ sơ đề nghị khen thưởng năm 2025",
) -> Dossier:
    return Dossier.objects.create(round=the_round, organization=unit, title=title, status=status)


def add_nominee(
    dossier: Dossier,
    *,
    code: str = "CSTD_TINH",
    person: Any = None,
    organization: Any = None,
    outcome: str = Outcome.APPROVED,
    summary: str = "Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận cấp tỉnh.",
    position: str = "Chuyên viên",
) -> Nomination:
    if person is None and organization is None:
        person = make_person("Nguyễn Văn An", org=dossier.organization)
    return Nomination.objects.create(
        dossier=dossier,
        person=person,
        organization=organization,
        award_type=AwardType.objects.get(code=code),
        position=position,
        summary=summary,
        appraisal="agree",
        outcome=outcome,
        vote_result={"yes": 9, "no": 0, "abstain": 0, "base": 9, "percent": 100.0},
    )
