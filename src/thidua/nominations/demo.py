"""The year-end reviews of the demo department, loaded after the movements (`thidua loaddemo`).

`load_demo_nominations()` plays PROCESS.md steps 4–6 for Sở Nội vụ tỉnh Lào Cai through the
services, so numbering, audit trail, notifications and documents are real:

* registrations for 2025 (a movement of its own) and 2026 (the current movement), since no
  title goes without one;
* the council (Hội đồng Thi đua – Khen thưởng, ten members: the demo accounts `lanhdao`,
  `hoidong`, `thuky` and seven heads of units with accounts of their own);
* «Xét khen thưởng tổng kết năm 2025», closed: four units' dossiers decided (council meeting
  with attendance and secret ballots, one nominee rejected, one member abstaining for a
  conflict of interest), Quyết định số 1/QĐ-SNV with its awards in the history and its
  certificates, and one Chiến sĩ thi đua cấp tỉnh nominee published for comment (one comment,
  resolved), concluded and forwarded upward (package exported, the outcome still to record);
* «Xét khen thưởng tổng kết năm 2026», open: one dossier in each state, and a meeting where
  the ballot of the first dossier is open and `hoidong` has not voted yet.

Each step runs at its own date: `ScenarioClock` has `django.utils.timezone.now` return the
step's moment (never later than the real now), so the services' own checks (deadlines, the
public-comment period, the signing date) and every timestamp read as in a real year. The
demo sends no e-mail (its addresses are .invalid); in-app notifications are kept.
"""

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from thidua.accounts.models import Role, User
from thidua.accounts.services import role_grant, user_create
from thidua.core.demo.accounts import DEMO_PASSWORD
from thidua.core.demo.history import cycle_unit_codes, provincial_star
from thidua.core.text import fold
from thidua.councils.models import AgendaItem, Council, CouncilMember, Meeting
from thidua.councils.services.council import council_create, member_add
from thidua.councils.services.meeting import (
    agenda_item_add,
    attendance_record,
    meeting_close,
    meeting_create,
)
from thidua.councils.services.voting import ballot_cast, voting_close, voting_open
from thidua.decisions.models import Decision
from thidua.decisions.services.certificates import certificates_generate
from thidua.decisions.services.drafts import decision_draft_create
from thidua.decisions.services.issue import decision_issue
from thidua.documents.models import DocumentStatus, GeneratedDocument
from thidua.documents.services import document_generate
from thidua.exchange.services.export import package_export
from thidua.exchange.services.letter import default_recipient, letter_request
from thidua.movements import services as movements
from thidua.movements.models import Movement, Registration, RegistrationPeriod
from thidua.movements.selectors.registrations import unit_staff
from thidua.nominations import demo_data as d
from thidua.nominations.models import (
    Appraisal,
    Dossier,
    DossierStatus,
    Nomination,
    ReviewRound,
)
from thidua.nominations.selectors.eligibility import dossier_candidates
from thidua.nominations.services.dossiers import dossier_create, dossier_submit
from thidua.nominations.services.nominees import (
    Entry,
    dossier_appraise,
    nominee_add,
    nominees_add_bulk,
)
from thidua.nominations.services.rounds import round_close, round_open
from thidua.nominations.services.transition import dossier_transition
from thidua.organizations.models import Organization, Person
from thidua.publicity.models import NoticeEntry, PublicNotice
from thidua.publicity.services import (
    comment_resolve,
    comment_submit,
    notice_conclude,
    notice_create,
)
from thidua.rules.models import AwardType, RatingLevel, YearRating

S = DossierStatus
ACCOUNTS = ("canbo.tdkt", "vanthu", "truongphong", "lanhdao", "hoidong", "thuky")
NO_SHARE = 0.05  # how often a member votes against a nominee who meets the standard


@dataclass(frozen=True)
class DemoNominationsResult:
    loaded: bool
    message: str
    rounds: int = 0
    dossiers: int = 0
    nominees: int = 0
    decisions: int = 0
    certificates: int = 0
    seconds: float = 0.0


class ScenarioClock:
    """`timezone.now()` at the moment of the step being played, never later than the real
    now (so a step planned for later today happens now). Used as a context manager."""

    def __init__(self) -> None:
        self._real: Callable[[], dt.datetime] = timezone.now
        self._moment: dt.datetime | None = None

    def __enter__(self) -> "ScenarioClock":
        self._real = timezone.now
        timezone.now = self.now  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        timezone.now = self._real  # type: ignore[assignment]

    def now(self) -> dt.datetime:
        real = self._real()
        return min(self._moment, real) if self._moment is not None else real

    def at(self, day: dt.date | dt.datetime, hour: int = 8, minute: int = 0) -> dt.datetime:
        moment = (
            day if isinstance(day, dt.datetime) else dt.datetime.combine(day, dt.time(hour, minute))
        )
        self._moment = timezone.make_aware(moment)
        return self.now()


@contextmanager
def _no_mail() -> Iterator[None]:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        yield


def _org(code: str) -> Organization:
    return Organization.objects.get(code=code)


def _award(code: str) -> AwardType:
    return AwardType.objects.get(code=code)


def demo_nominations_present() -> bool:
    return ReviewRound.objects.filter(organizer__code=d.DEPARTMENT, title=d.ROUND_2025).exists()


class Cycle:
    """The scenario, step by step; holds the clock, the actors and what the steps made."""

    def __init__(self, clock: ScenarioClock) -> None:
        self.clock = clock
        self.real_today = timezone.localdate(clock.now())
        self.users = {u.username: u for u in User.objects.filter(username__in=ACCOUNTS)}
        self.officer = self.users["canbo.tdkt"]
        self.department = _org(d.DEPARTMENT)
        self.members: list[CouncilMember] = []
        self.rng = random.Random(2025)
        self.password_hash = make_password(DEMO_PASSWORD)

    # registrations ---------------------------------------------------------------------------

    def period_for(self, year: int) -> RegistrationPeriod:
        """The department's registration period covering `year`; for 2025, and for 2026 when
        the current movement is of another year, a movement of that year is launched."""
        found = (
            RegistrationPeriod.objects.filter(
                movement__organizer=self.department, movement__start_year__lte=year
            )
            .filter(movement__end_year__gte=year)
            .order_by("id")
            .first()
        )
        if found is not None:
            return found
        launched = d.MOVEMENT_2025_LAUNCHED.replace(year=year)
        self.clock.at(launched)
        movement = movements.movement_create(
            actor=self.officer,
            data={
                "title": d.MOVEMENT_2025.replace("2025", str(year)),
                "theme": "Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ",
                "kind": "regular",
                "start_year": year,
                "end_year": year,
                "organizer": self.department,
                "scope": self.department,
                "purpose": "Cán bộ, công chức, viên chức, người lao động của Sở (sau hợp nhất "
                "ngày 01/03/2025) thi đua hoàn thành xuất sắc nhiệm vụ năm.",
            },
            award_forms=[_award("GIAY_KHEN"), _award("BANG_KHEN_TINH")],
        )
        movements.movement_transition(
            movement=movement, to="launched", actor=self.officer, today=launched
        )
        opens, deadline = (day.replace(year=year) for day in d.REGISTRATION_2025)
        return movements.registration_period_open(
            actor=self.officer,
            movement=movement,
            data={
                "opens_on": opens,
                "deadline": deadline,
                "note": "Các phòng, đơn vị đăng ký danh hiệu thi đua tập thể và cá nhân.",
            },
        )

    def register(self, year: int, codes: list[str], star: Person | None) -> None:
        """Each unit registers TTLĐTT and its staff: CSTĐCS for those rated excellent that
        year, CSTĐ tỉnh for the star, LĐTT for the others; the officer accepts."""
        period = self.period_for(year)
        excellent = set(
            YearRating.objects.filter(
                year=year, rating=RatingLevel.EXCELLENT, person__isnull=False
            ).values_list("person_id", flat=True)
        )
        titles = {c: _award(c) for c in ("LDTT", "CSTDCS", "CSTD_TINH", "TTLDTT")}
        registrations = []
        self.clock.at(d.REGISTERED_ON[year], 9)
        for code in codes:
            unit = _org(code)
            individuals = {}
            for pk in unit_staff(unit).values_list("pk", flat=True):
                if star is not None and pk == star.pk:
                    individuals[pk] = titles["CSTD_TINH"]
                else:
                    individuals[pk] = titles["CSTDCS" if pk in excellent else "LDTT"]
            actor = self.users["vanthu"] if code == d.NCC else None
            registration = movements.registration_save(
                actor=actor,
                period=period,
                organization=unit,
                collective=[titles["TTLDTT"]],
                individuals=individuals,
                commitments=d.COMMITMENTS,
            )
            registrations.append(
                movements.registration_transition(
                    registration=registration, to="submitted", actor=actor
                )
            )
        self.clock.at(d.ACCEPTED_ON[year], 10)
        for registration in registrations:
            movements.registration_transition(
                registration=registration, to="accepted", actor=self.officer
            )

    # the council -----------------------------------------------------------------------------

    def _seat_user(self, seat: d.Seat) -> tuple[User, str]:
        if seat.account:
            user = self.users[seat.account]
            return user, seat.title
        taken = {m.user.person_id for m in self.members} | {
            u.person_id for u in self.users.values()
        }
        person = (
            Person.objects.filter(
                current_organization__code=seat.org, current_position=seat.position
            )
            .exclude(pk__in=[pk for pk in taken if pk])
            .order_by("national_id")
            .first()
        )
        if person is None:
            raise LookupError(f"Không tìm thấy {seat.position} của {seat.org} cho Hội đồng.")
        user = user_create(
            actor=None,
            username=_username(person.full_name),
            password=None,
            person=person,
            full_name=person.full_name,
            email=person.email,
        )
        # the demo password, hashed once for the seven accounts (Argon2 takes half a second)
        User.objects.filter(pk=user.pk).update(password=self.password_hash)
        role_grant(actor=None, user=user, role=Role.COUNCIL_MEMBER, organization=self.department)
        unit = person.current_organization
        return user, seat.title or _position_in(seat.position, unit.name if unit else "")

    def council(self) -> Council:
        self.clock.at(d.TERM_START, 14)
        council = council_create(
            actor=self.officer,
            organization=self.department,
            name=d.COUNCIL_NAME,
            established_by=d.COUNCIL_BASIS,
        )
        for order, seat in enumerate(d.SEATS, start=1):
            user, title = self._seat_user(seat)
            self.members.append(
                member_add(
                    actor=self.officer,
                    council=council,
                    user=user,
                    position=title,
                    role=seat.role,
                    votes=True,
                    term_start=d.TERM_START,
                    order=order,
                )
            )
        return council

    # dossiers --------------------------------------------------------------------------------

    def dossier(
        self, the_round: ReviewRound, code: str, day: dt.date, *, title: str = "", actor: Any = None
    ) -> Dossier:
        unit = _org(code)
        self.clock.at(day, 9)
        return dossier_create(
            actor=actor,
            the_round=the_round,
            organization=unit,
            data={
                "title": (title or d.DOSSIER_TITLE).format(year=the_round.year, unit=unit.name),
                "number": f"{day.day:02d}/TTr-{code.rsplit('-', 1)[-1]}",
            },
        )

    def nominees(
        self,
        dossier: Dossier,
        *,
        actor: Any,
        skip: set[int],
        ldtt_limit: int | None = None,
    ) -> None:
        """The engine's candidates (the «Gợi ý từ điều kiện» panel) for the title each
        person registered, and the unit's TTLĐTT."""
        year = dossier.round.year
        registered = {
            (person_id, award_id)
            for person_id, award_id in Registration.objects.filter(
                organization=dossier.organization,
                period__in=[self.period_for(year)],
            ).values_list("lines__person_id", "lines__award_type_id")
        }
        entries = []
        for group in dossier_candidates(dossier=dossier, user=actor):
            code = group.award.code
            if code not in ("LDTT", "CSTDCS", "TTLDTT"):
                continue
            chosen = []
            for candidate in group.candidates:
                if candidate.kind == "person":
                    if candidate.pk in skip or (candidate.pk, group.award.pk) not in registered:
                        continue
                    person, org = Person.objects.get(pk=candidate.pk), None
                else:
                    if candidate.pk != dossier.organization_id:
                        continue
                    person, org = None, dossier.organization
                chosen.append(
                    Entry(
                        award_type=group.award,
                        person=person,
                        organization=org,
                        summary=d.SUMMARIES[code].format(year=year),
                    )
                )
            if code == "LDTT" and ldtt_limit is not None:
                chosen = chosen[:ldtt_limit]
            entries += chosen
        nominees_add_bulk(dossier=dossier, actor=actor, entries=entries)

    def weak_nominee(self, dossier: Dossier, *, actor: Any) -> Nomination | None:
        """The unit's person rated «hoàn thành nhiệm vụ», proposed with a justification."""
        year = dossier.round.year
        rating = (
            YearRating.objects.filter(
                year=year,
                rating=RatingLevel.COMPLETE,
                person__current_organization=dossier.organization,
            )
            .select_related("person")
            .order_by("person__national_id")
            .first()
        )
        if rating is None or rating.person is None:
            return None
        return nominee_add(
            dossier=dossier,
            actor=actor,
            entry=Entry(
                award_type=_award("LDTT"),
                person=rating.person,
                summary=d.SUMMARIES["LDTT"].format(year=year),
                justification=d.JUSTIFICATION.format(year=year),
            ),
        )

    def form(self, dossier: Dossier, *, actor: Any) -> None:
        """A Giấy khen for the first LĐTT nominee (a form: no registration needed)."""
        first = (
            dossier.nominations.filter(award_type__code="LDTT", eligible=True)
            .select_related("person")
            .first()
        )
        if first is not None and first.person is not None:
            nominee_add(
                dossier=dossier,
                actor=actor,
                entry=Entry(
                    award_type=_award("GIAY_KHEN"),
                    person=first.person,
                    summary=d.SUMMARIES["GIAY_KHEN"].format(year=dossier.round.year),
                ),
            )

    def advance(self, dossier: Dossier, days: tuple[dt.date, ...], *, unit_actor: Any) -> Dossier:
        """Submit, receive, appraise (as far as `days` goes: days[1:] are the moves' days)."""
        moves = days[1:4]
        if len(moves) >= 1:
            self.clock.at(moves[0], 10)
            dossier_submit(dossier=dossier, actor=unit_actor)
        if len(moves) >= 2:
            self.clock.at(moves[1], 8, 30)
            dossier_transition(dossier=dossier, to=S.RECEIVED, actor=self.officer)
        if len(moves) >= 3:
            self.clock.at(moves[2], 15)
            opinions: dict[int, tuple[str, str]] = {}
            for n in dossier.nominations.all():
                if n.eligible is False:
                    year = dossier.round.year
                    opinions[n.pk] = (Appraisal.DISAGREE, d.APPRAISAL_DISAGREE.format(year=year))
                else:
                    opinions[n.pk] = (Appraisal.AGREE, "")
            dossier_appraise(dossier=dossier, opinions=opinions, actor=self.officer)
            dossier_transition(dossier=dossier, to=S.APPRAISED, actor=self.officer)
        dossier.refresh_from_db()
        return dossier

    # meetings --------------------------------------------------------------------------------

    def meeting(
        self, council: Council, the_round: ReviewRound, title: str, held: dt.datetime
    ) -> Meeting:
        return meeting_create(
            actor=self.users["thuky"],
            council=council,
            title=title,
            held_at=timezone.make_aware(held),
            place=d.MEETING_PLACE,
            chair=self.members[0],
            secretary=self.members[3],
            round=the_round,
        )

    def attendance(self, meeting: Meeting, absent: int) -> None:
        entries = {
            m.pk: (i != absent, d.ABSENCE_NOTES.get(i, "") if i == absent else "")
            for i, m in enumerate(self.members)
        }
        attendance_record(actor=self.users["thuky"], meeting=meeting, entries=entries)

    def choices(self, item: AgendaItem, seat: int) -> dict[int, str]:
        """Yes for nearly everyone; the justified nominee without the standard is turned
        down by most members; a nominee for CSTĐ tỉnh gets every vote (90 % of all needed)."""
        result = {}
        for n in item.dossier.nominations.select_related("award_type").order_by("order", "id"):
            if n.award_type.code == "CSTD_TINH":
                choice = "yes"
            elif n.eligible is False:
                choice = "yes" if seat in (1, 5, 8) else "no"
            else:
                choice = "no" if self.rng.random() < NO_SHARE else "yes"
            result[n.pk] = choice
        return result

    def vote(self, item: AgendaItem, seats: tuple[int, ...] | None = None) -> None:
        issued = set(item.issues.values_list("member_id", flat=True))
        for seat, member in enumerate(self.members):
            if member.pk in issued and (seats is None or seat in seats):
                ballot_cast(actor=member.user, item=item, choices=self.choices(item, seat))


def _position_in(position: str, unit: str) -> str:
    """ "Trưởng phòng" of "Phòng Kế hoạch - Tài chính" → "Trưởng phòng Kế hoạch - Tài
    chính"; "Chánh Thanh tra" of "Thanh tra Sở" → "Chánh Thanh tra Sở"."""
    head, rest = position.split(), unit.split()
    for k in range(min(len(head), len(rest)), 0, -1):
        if [w.lower() for w in head[-k:]] == [w.lower() for w in rest[:k]]:
            return " ".join(head + rest[k:])
    return " ".join(head + rest)


def _username(full_name: str) -> str:
    """ "Bùi Văn Bình" → "binhbv" (given name, then the initials), as offices name accounts."""
    words = fold(full_name).split()
    base = words[-1] + "".join(w[0] for w in words[:-1])
    name, n = base, 1
    while User.objects.filter(username=name).exists():
        n += 1
        name = f"{base}{n}"
    return name


def _render(document: GeneratedDocument) -> None:
    """Render a document the package needs now (the worker renders the others later)."""
    if document.status == DocumentStatus.PENDING:
        document_generate(document_id=document.pk)


def _round_2025(cycle: Cycle, council: Council, star: Person | None) -> Decision:
    officer, vanthu, head = cycle.officer, cycle.users["vanthu"], cycle.users["truongphong"]
    cycle.clock.at(d.OPENED_2025, 9)
    the_round = round_open(
        actor=officer,
        organizer=cycle.department,
        data={
            "kind": "year_end",
            "year": 2025,
            "title": d.ROUND_2025,
            "note": d.ROUND_NOTE,
            **d.DEADLINES_2025,
        },
    )
    skip = {star.pk} if star else set()
    dossiers = []
    for code, days in d.DOSSIERS_2025.items():
        unit_actor = vanthu if code == d.NCC else None
        dossier = cycle.dossier(the_round, code, days[0], actor=unit_actor)
        cycle.nominees(dossier, actor=unit_actor, skip=skip)
        cycle.form(dossier, actor=unit_actor)
        if code == d.NCC:
            cycle.weak_nominee(dossier, actor=unit_actor)
        dossiers.append(cycle.advance(dossier, days, unit_actor=head if code == d.NCC else None))
    provincial = None
    if star is not None:
        code = star.current_organization.code if star.current_organization else d.NCC
        unit_actor = vanthu if code == d.NCC else None
        provincial = cycle.dossier(
            the_round, code, d.PROVINCIAL_DAYS[0], title=d.PROVINCIAL_TITLE, actor=unit_actor
        )
        nominee_add(
            dossier=provincial,
            actor=unit_actor,
            entry=Entry(
                award_type=_award("CSTD_TINH"),
                person=star,
                summary=d.SUMMARIES["CSTD_TINH"],
            ),
        )
        provincial = cycle.advance(
            provincial, d.PROVINCIAL_DAYS, unit_actor=head if code == d.NCC else None
        )
        dossiers.append(provincial)
    # the council's meeting of 18/12/2025
    thuky = cycle.users["thuky"]
    cycle.clock.at(d.AGENDA_2025, 9)
    meeting = cycle.meeting(council, the_round, d.MEETING_2025_TITLE, d.MEETING_2025)
    items = [agenda_item_add(actor=thuky, meeting=meeting, dossier=x) for x in dossiers]
    cycle.clock.at(d.MEETING_2025)
    cycle.attendance(meeting, d.ABSENT_2025)
    for minute, item in enumerate(items):
        cycle.clock.at(d.MEETING_2025 + dt.timedelta(minutes=20 + 15 * minute))
        voting_open(actor=thuky, item=item)
        cycle.clock.at(d.MEETING_2025 + dt.timedelta(minutes=25 + 15 * minute))
        cycle.vote(item)
        cycle.clock.at(d.MEETING_2025 + dt.timedelta(minutes=32 + 15 * minute))
        voting_close(actor=thuky, item=item)
    cycle.clock.at(d.MEETING_2025 + dt.timedelta(hours=3))
    meeting = meeting_close(actor=thuky, meeting=meeting, conclusions=d.CONCLUSIONS_2025)
    # results: straight to «Đã có kết quả xét», or published first (CSTĐ tỉnh)
    cycle.clock.at(d.CONCLUDED_2025, 8)
    for dossier in dossiers:
        if dossier != provincial:
            dossier_transition(dossier=dossier, to=S.CONCLUDED, actor=officer)
    notice = None
    if provincial is not None:
        cycle.clock.at(d.NOTICE_2025, 9)
        notice = notice_create(actor=officer, the_round=the_round, dossier_ids=[provincial.pk])
        entry = NoticeEntry.objects.filter(notice=notice).first()
        comment = comment_submit(
            notice=notice,
            name=d.COMMENT["name"],
            contact=d.COMMENT["contact"],
            content=d.COMMENT["content"],
            entry=entry,
            address=d.COMMENT["address"],
            now=cycle.clock.at(d.COMMENT_AT),
        )
        cycle.clock.at(d.RESOLVED_AT)
        comment_resolve(comment=comment, resolution=d.RESOLUTION, actor=officer)
    # the department's decision and its certificates
    leader = cycle.users["lanhdao"]
    signer = leader.person.full_name if leader.person else leader.get_full_name()
    cycle.clock.at(d.DRAFTED_ON, 14)
    decision = decision_draft_create(
        round_=the_round,
        actor=officer,
        fields={
            "planned_date": d.SIGNED_ON,
            "signer_name": signer,
            "signer_position": "Giám đốc",
        },
    )
    cycle.clock.at(d.SIGNED_ON, 16)
    decision = decision_issue(
        decision=decision,
        actor=leader,
        signed_on=d.SIGNED_ON,
        signer_name=signer,
        signer_position="Giám đốc",
    )
    cycle.clock.at(d.CERTIFICATES_ON, 9)
    certificates_generate(decision=decision, actor=officer)
    # the comment period is over: conclude, then propose upward (the outcome is for later)
    if notice is not None and provincial is not None:
        day = notice.closes_on + dt.timedelta(days=1)
        cycle.clock.at(day, 8)
        notice_conclude(notice=PublicNotice.objects.get(pk=notice.pk), actor=officer)
        provincial.refresh_from_db()
        cycle.clock.at(day, 9)
        letter = letter_request(
            dossier=provincial,
            actor=officer,
            recipient=default_recipient(provincial),
            signer_name=signer,
            signer_authority=d.LETTER_SIGNER_AUTHORITY,
        )
        _render(letter)  # the package needs it; the minutes are left to the worker
        cycle.clock.at(day, 10)
        package_export(dossier=provincial, actor=officer)
        cycle.clock.at(day, 16)
        round_close(actor=officer, the_round=the_round, note=d.ROUND_2025_CLOSED)
    return decision


def _round_2026(cycle: Cycle, council: Council) -> ReviewRound:
    officer, vanthu = cycle.officer, cycle.users["vanthu"]
    thuky = cycle.users["thuky"]
    submission = d.SUBMISSION_2026
    if cycle.real_today > submission - dt.timedelta(days=14):
        submission = cycle.real_today + dt.timedelta(days=14)  # keep the round open for a while
    deadlines = {
        name: submission + dt.timedelta(days=days) for name, days in d.LATER_STEPS_2026.items()
    }
    cycle.clock.at(d.OPENED_2026, 9)
    the_round = round_open(
        actor=officer,
        organizer=cycle.department,
        data={
            "kind": "year_end",
            "year": 2026,
            "title": d.ROUND_2026,
            "note": d.ROUND_NOTE,
            "submission_deadline": submission,
            **deadlines,
        },
    )
    # vanthu's draft: some candidates taken, one weak nominee with a justification
    draft = cycle.dossier(the_round, d.NCC, d.DRAFT_CREATED_2026, actor=vanthu)
    cycle.nominees(draft, actor=vanthu, skip=set(), ldtt_limit=d.DRAFT_LDTT_2026)
    cycle.weak_nominee(draft, actor=vanthu)
    voting: Dossier | None = None
    for code, days in d.DOSSIERS_2026.items():
        dossier = cycle.dossier(the_round, code, days[0])
        cycle.nominees(dossier, actor=None, skip=set())
        dossier = cycle.advance(dossier, days, unit_actor=None)
        if len(days) > 4:
            voting = dossier
    cycle.clock.at(d.MEETING_2026_CREATED, 10)
    held = dt.datetime.combine(cycle.real_today, dt.time(8, 0))
    meeting = cycle.meeting(council, the_round, d.MEETING_2026_TITLE, held)
    if voting is not None:
        cycle.clock.at(d.DOSSIERS_2026[voting.organization.code][4], 10)
        item = agenda_item_add(actor=thuky, meeting=meeting, dossier=voting)
        cycle.clock.at(held)
        cycle.attendance(meeting, d.ABSENT_2026)
        cycle.clock.at(held + dt.timedelta(minutes=15))
        voting_open(actor=thuky, item=item)
        cycle.clock.at(held + dt.timedelta(minutes=20))
        cycle.vote(item, seats=d.VOTED_2026)
    return the_round


def load_demo_nominations() -> DemoNominationsResult:
    """Load the demo review rounds once, in one transaction, over the demo organisations."""
    if not Organization.objects.filter(code=d.DEPARTMENT).exists() or (
        User.objects.filter(username__in=ACCOUNTS).count() != len(ACCOUNTS)
    ):
        return DemoNominationsResult(
            False, "Chưa có đơn vị, tài khoản mẫu; bỏ qua đợt xét khen thưởng mẫu."
        )
    if demo_nominations_present():
        return DemoNominationsResult(False, "Đợt xét khen thưởng mẫu đã được nạp trước đó; bỏ qua.")
    started = time.monotonic()
    with _no_mail(), ScenarioClock() as clock, transaction.atomic():
        cycle = Cycle(clock)
        star = provincial_star()
        cycle.register(2025, cycle_unit_codes(), star)
        cycle.register(2026, [d.NCC, *d.DOSSIERS_2026], None)
        council = cycle.council()
        decision = _round_2025(cycle, council, star)
        _round_2026(cycle, council)
        movement = Movement.objects.filter(
            organizer=cycle.department, title=d.MOVEMENT_2025, status="launched"
        ).first()
        if movement is not None:
            clock.at(d.MOVEMENT_2025_CLOSED, 9)
            movements.movement_transition(movement=movement, to="closed", actor=cycle.officer)
    return DemoNominationsResult(
        True,
        "Đã nạp đợt xét khen thưởng mẫu.",
        rounds=ReviewRound.objects.filter(organizer__code=d.DEPARTMENT).count(),
        dossiers=Dossier.objects.filter(round__organizer__code=d.DEPARTMENT).count(),
        nominees=Nomination.objects.filter(dossier__round__organizer__code=d.DEPARTMENT).count(),
        decisions=Decision.objects.filter(organization__code=d.DEPARTMENT).count(),
        certificates=decision.lines.filter(certificate__isnull=False).count(),
        seconds=time.monotonic() - started,
    )
