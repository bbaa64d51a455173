"""Councils, members, meetings and appraised dossiers for the council tests.

Dossiers are written straight into the appraised state: the council starts where the
officers' appraisal ends (the nominations tests walk the earlier moves).
"""

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

from django.utils import timezone

from thidua.accounts.services import role_grant, user_create
from thidua.councils.models import Council, CouncilMember, Meeting
from thidua.councils.services.council import council_create, member_add
from thidua.councils.services.meeting import attendance_record, meeting_create
from thidua.nominations.models import Dossier, DossierStatus, Nomination, ReviewRound
from thidua.rules.models import AwardType


def make_named_user(
    username: str, full_name: str, role: str | None = None, org: Any = None, person: Any = None
) -> Any:
    user = user_create(
        actor=None, username=username, password=None, full_name=full_name, person=person
    )
    if role and org:
        role_grant(actor=None, user=user, role=role, organization=org)
    return user


MEETING_AT = dt.datetime(2025, 12, 15, 8, 0)
TERM_START = dt.date(2025, 1, 1)
_seq = itertools.count(1)


def make_council(
    actor: Any, organization: Any, name: str = "Hội đồng Thi đua - Khen thưởng Sở"
) -> Council:
    return council_create(actor=actor, organization=organization, name=name)


def add_member(
    council: Council,
    actor: Any,
    *,
    user: Any = None,
    role: str = "member",
    votes: bool = True,
    name: str = "",
    term_start: dt.date = TERM_START,
    term_end: dt.date | None = None,
) -> CouncilMember:
    n = next(_seq)
    user = user or make_named_user(f"tv{n:03d}", name or f"Thành viên Số {n}")
    return member_add(
        actor=actor,
        council=council,
        user=user,
        position="Trưởng phòng",
        role=role,
        votes=votes,
        term_start=term_start,
        term_end=term_end,
        order=n,
    )


def add_members(council: Council, actor: Any, count: int) -> list[CouncilMember]:
    return [add_member(council, actor) for _ in range(count)]


def make_round(organizer: Any, year: int = 2025) -> ReviewRound:
    return ReviewRound.objects.create(
        organizer=organizer,
        year=year,
        title=f"Xét khen thưởng tổng kết năm {year}",
        submission_deadline=dt.date(year, 11, 30),
    )


def make_dossier(
    the_round: ReviewRound,
    unit: Any,
    nominees: Iterable[tuple[Any, str]],
    *,
    status: str = DossierStatus.APPRAISED,
    title: str = "Đề nghị khen thưởng năm 2025",
) -> Dossier:
    """`nominees`: (Person or Organization, award code) pairs."""
    dossier = Dossier.objects.create(round=the_round, organization=unit, title=title, status=status)
    for order, (who, code) in enumerate(nominees):
        field = "person" if who._meta.model_name == "person" else "organization"
        Nomination.objects.create(
            dossier=dossier,
            award_type=AwardType.objects.get(code=code),
            order=order,
            appraisal="agree",
            **{field: who},
        )
    return dossier


def make_meeting(council: Council, actor: Any, **kwargs: Any) -> Meeting:
    return meeting_create(
        actor=actor,
        council=council,
        title="Xét khen thưởng tổng kết năm 2025",
        held_at=timezone.make_aware(kwargs.pop("at", MEETING_AT)),
        place="Phòng họp số 1",
        **kwargs,
    )


def mark_present(meeting: Meeting, actor: Any, present: Iterable[CouncilMember]) -> None:
    """Those listed are present, every other member in term is absent."""
    attendance_record(
        actor=actor,
        meeting=meeting,
        entries={m.pk: (True, "") for m in present},
    )
