"""`thidua loaddemo`: the review rounds of 2025 (closed) and 2026 (open) of the demo department.

One load for the module (the whole demo takes a while): organisations, movements, rounds.
"""

import datetime as dt
import shutil
import tempfile
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from tests.conftest import client_for
from tests.reports.test_demo_stats import SEED_004
from thidua.accounts.models import Role, RoleAssignment, User
from thidua.audit.models import Event, EventType
from thidua.core.demo import ACCOUNTS, demo_accounts, load_demo
from thidua.councils.models import AgendaItem, BallotIssue, CouncilMember, ItemStatus, Meeting, Vote
from thidua.councils.selectors.ballots import ballots_for_user
from thidua.decisions.models import Certificate, Decision, DecisionStatus, NumberRegister
from thidua.exchange.models import ExportPackage, UpperDecision
from thidua.movements.demo import load_demo_movements
from thidua.movements.models import RegistrationLine
from thidua.nominations import demo_data as d
from thidua.nominations.demo import ScenarioClock, _position_in, load_demo_nominations
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome, ReviewRound
from thidua.nominations.rules import check_submission
from thidua.nominations.selectors.eligibility import dossier_candidates
from thidua.nominations.selectors.facts import dossier_facts
from thidua.organizations.models import Organization
from thidua.publicity.models import PublicComment, PublicNotice
from thidua.reports.selectors import year_stats_for
from thidua.reports.stats import stats_dict
from thidua.rules.models import AwardRecord

S = DossierStatus
REAL_NOW = timezone.now


def _dossier(year: int, code: str, status: str | None = None) -> Dossier:
    found = Dossier.objects.filter(round__year=year, organization__code=code)
    if status is not None:
        found = found.filter(status=status)
    return found.get()


class DemoRoundsTest(TestCase):
    result: Any

    @classmethod
    def setUpClass(cls) -> None:
        media = tempfile.mkdtemp(prefix="thidua-demo-")
        cls.addClassCleanup(shutil.rmtree, media, True)
        cls.enterClassContext(
            override_settings(
                MEDIA_ROOT=media,
                PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
            )
        )
        super().setUpClass()

    @classmethod
    def setUpTestData(cls) -> None:
        load_demo()
        load_demo_movements()
        cls.result = load_demo_nominations()

    def test_it_loads_a_closed_and_an_open_round(self) -> None:
        assert self.result.loaded
        closed = ReviewRound.objects.get(title=d.ROUND_2025)
        open_ = ReviewRound.objects.get(title=d.ROUND_2026)
        assert (closed.status, closed.year, closed.organizer.code) == ("closed", 2025, "LCI-SNV")
        assert (open_.status, open_.year) == ("open", 2026)
        assert open_.submission_deadline >= d.SUBMISSION_2026
        assert open_.appraisal_deadline > open_.submission_deadline

    def test_every_dossier_is_in_its_state(self) -> None:
        states = {
            (x.round.year, x.organization.code, x.title.startswith("Đề nghị xét tặng")): x.status
            for x in Dossier.objects.select_related("round", "organization")
        }
        assert states == {
            (2025, d.NCC, False): S.DECIDED,
            (2025, d.BTXH, False): S.DECIDED,
            (2025, d.KHTC, False): S.DECIDED,
            (2025, d.PCTNXH, False): S.DECIDED,
            (2025, d.NCC, True): S.FORWARDED,
            (2026, d.NCC, False): S.DRAFT,
            (2026, d.PCTNXH, False): S.SUBMITTED,
            (2026, d.TTRA, False): S.RECEIVED,
            (2026, d.KHTC, False): S.APPRAISED,
            (2026, d.BTXH, False): S.COUNCIL,
        }

    def test_the_divisions_draft_is_ready_to_send_with_more_candidates_to_add(self) -> None:
        draft = _dossier(2026, d.NCC)
        vanthu = User.objects.get(username="vanthu")
        assert draft.created_by == vanthu
        weak = draft.nominations.get(eligible=False)
        assert weak.justification and weak.eligibility_notes
        assert draft.nominations.filter(eligible=True, award_type__code="CSTDCS").exists()
        assert check_submission(dossier_facts(draft)) == []
        groups = dossier_candidates(dossier=draft, user=vanthu)
        assert any(g.award.code == "LDTT" and g.candidates for g in groups)

    def test_registrations_cover_every_title_proposed(self) -> None:
        for n in Nomination.objects.filter(award_type__kind="title").select_related("dossier"):
            lines = RegistrationLine.objects.filter(
                award_type_id=n.award_type_id, registration__status__in=["submitted", "accepted"]
            )
            if n.person_id:
                lines = lines.filter(person_id=n.person_id)
            else:
                lines = lines.filter(person__isnull=True, registration__organization=n.organization)
            assert lines.exists(), n

    def test_the_decision_is_issued_with_gapless_numbers(self) -> None:
        decision = Decision.objects.get()
        assert decision.status == DecisionStatus.ISSUED
        assert decision.number_text == "1/QĐ-SNV"
        assert decision.signed_on == d.SIGNED_ON
        lines = list(decision.lines.select_related("award_type"))
        assert {line.award_type.code for line in lines} == {"LDTT", "CSTDCS", "TTLDTT", "GIAY_KHEN"}
        assert decision.total_amount == sum(line.amount for line in lines) > 0
        records = AwardRecord.objects.filter(year=2025, decision_number="1/QĐ-SNV")
        assert records.count() == len(lines)
        numbers = sorted(Certificate.objects.values_list("number", flat=True))
        assert numbers == list(range(1, len(lines) + 1))
        registers = {r.kind: r.last_number for r in NumberRegister.objects.filter(year=2025)}
        assert registers == {"decision": 1, "certificate": len(lines)}
        assert (
            not Nomination.objects.filter(
                dossier__round__year=2025,
                outcome=Outcome.APPROVED,
                award_type__decider="giam_doc_so",
            )
            .exclude(decision_lines__decision=decision)
            .exists()
        )

    def test_a_certificate_verifies_publicly(self) -> None:
        certificate = Certificate.objects.select_related("line").order_by("number").first()
        assert certificate is not None
        response = self.client.get(reverse("verify:detail", args=[certificate.token]))
        text = response.content.decode()
        assert response.status_code == 200
        assert certificate.line.name in text and "1/QĐ-SNV" in text

    def test_the_2025_meeting_voted_in_secret(self) -> None:
        meeting = Meeting.objects.get(title=d.MEETING_2025_TITLE)
        assert meeting.status == "closed" and meeting.conclusions
        items = list(meeting.items.all())
        assert {i.status for i in items} == {ItemStatus.CLOSED}
        assert {(i.members, i.present) for i in items} == {(10, 9)}
        conflicted = [i for i in items if i.conflicts]
        assert [i.dossier.organization.code for i in conflicted] == [d.KHTC]
        for item in items:
            issued = BallotIssue.objects.filter(item=item)
            assert issued.count() == issued.filter(cast=True).count() == 9 - len(item.conflicts)
            nominees = item.dossier.nominations.count()
            assert Vote.objects.filter(item=item).count() == issued.count() * nominees
        # a vote row names no member, user or time; the cast event names no choice
        fields = {f.name for f in Vote._meta.get_fields()}
        assert fields == {"id", "item", "nomination", "choice", "receipt_hash"}
        for event in Event.objects.filter(event_type=EventType.VOTE_CAST):
            assert set(event.data) == {"item", "member", "name"}
        assert Vote.objects.filter(choice="no").exists()
        rejected = Nomination.objects.get(dossier__round__year=2025, outcome=Outcome.REJECTED)
        assert rejected.eligible is False and rejected.justification
        star = Nomination.objects.get(award_type__code="CSTD_TINH")
        assert star.outcome == Outcome.APPROVED
        assert (star.vote_result["yes"], star.vote_result["members"]) == (9, 10)

    def test_hoidong_has_one_open_ballot_and_has_not_voted(self) -> None:
        hoidong = User.objects.get(username="hoidong")
        entries = ballots_for_user(hoidong)
        assert len(entries) == 1
        entry = entries[0]
        assert entry.issue is not None and not entry.issue.cast
        assert entry.item.dossier == _dossier(2026, d.BTXH)
        item = AgendaItem.objects.get(status=ItemStatus.VOTING)
        assert BallotIssue.objects.filter(item=item, cast=True).count() == len(d.VOTED_2026)
        response = client_for(hoidong).get(reverse("councils:ballot-list"))
        assert response.status_code == 200
        assert reverse("councils:ballot", args=[item.pk]) in response.content.decode()

    def test_the_provincial_nominee_was_published_then_forwarded(self) -> None:
        dossier = _dossier(2025, d.NCC, S.FORWARDED)
        notice = PublicNotice.objects.get()
        assert notice.concluded_at is not None and notice.closes_on < timezone.localdate()
        comment = PublicComment.objects.get()
        assert comment.status == "resolved" and comment.resolution
        package = ExportPackage.objects.get(dossier=dossier)
        assert [n["award"]["code"] for n in package.manifest["nominees"]] == ["CSTD_TINH"]
        assert not UpperDecision.objects.filter(dossier=dossier).exists()
        officer = User.objects.get(username="canbo.tdkt")
        page = client_for(officer).get(reverse("exchange:dossier", args=[dossier.pk]))
        assert "Ghi nhận quyết định của cấp trên" in page.content.decode()

    def test_the_steps_carry_their_own_dates(self) -> None:
        issued = Event.objects.get(event_type=EventType.DECISION_ISSUED)
        assert timezone.localtime(issued.at).date() == d.SIGNED_ON
        submitted = _dossier(2025, d.BTXH).submitted_at
        assert submitted is not None
        assert timezone.localtime(submitted).date() == d.DOSSIERS_2025[d.BTXH][1]
        assert timezone.now is REAL_NOW  # the scenario clock is put back

    def test_the_council_seats_ten_without_growing_the_accounts_table(self) -> None:
        members = CouncilMember.objects.select_related("user")
        assert members.count() == 10
        usernames = {m.user.username for m in members}
        assert {"lanhdao", "hoidong", "thuky"} <= usernames
        assert [a.username for a in demo_accounts()] == [a.username for a in ACCOUNTS]
        extra = usernames - {a.username for a in ACCOUNTS}
        assert len(extra) == 7
        grants = RoleAssignment.objects.filter(user__username__in=extra)
        assert set(grants.values_list("role", flat=True)) == {Role.COUNCIL_MEMBER}
        assert all(
            u.person_id and u.has_usable_password() for u in User.objects.filter(username__in=extra)
        )

    def test_the_2023_statistics_of_seed_004_are_unchanged(self) -> None:
        department = Organization.objects.get(code="LCI-SLDTBXH")
        assert stats_dict(year_stats_for(organization=department, year=2023)) == SEED_004

    def test_a_second_run_changes_nothing(self) -> None:
        counts = (Dossier.objects.count(), Event.objects.count(), User.objects.count())
        again = load_demo_nominations()
        assert not again.loaded and "bỏ qua" in again.message
        out = StringIO()
        call_command("loaddemo", "--no-accounts", stdout=out)
        assert "Đợt xét khen thưởng mẫu đã được nạp trước đó" in out.getvalue()
        assert (Dossier.objects.count(), Event.objects.count(), User.objects.count()) == counts


@pytest.mark.django_db
def test_it_skips_without_the_demo_organisations() -> None:
    result = load_demo_nominations()
    assert not result.loaded
    assert not ReviewRound.objects.exists()


def test_the_scenario_clock_never_runs_ahead_and_is_put_back() -> None:
    with ScenarioClock() as clock:
        assert clock.at(dt.date(2025, 12, 18), 8).date() <= dt.date(2025, 12, 18)
        assert timezone.localdate() == dt.date(2025, 12, 18)
        future = REAL_NOW() + dt.timedelta(days=3)
        assert clock.at(timezone.localtime(future).replace(tzinfo=None)) <= REAL_NOW()
    assert timezone.now is REAL_NOW


@pytest.mark.parametrize(
    ("position", "unit", "expected"),
    [
        ("Trưởng phòng", "Phòng Kế hoạch - Tài chính", "Trưởng phòng Kế hoạch - Tài chính"),
        ("Chánh Thanh tra", "Thanh tra Sở", "Chánh Thanh tra Sở"),
        ("Trưởng ban", "Ban Thi đua - Khen thưởng", "Trưởng ban Thi đua - Khen thưởng"),
        ("Giám đốc", "Trung tâm Công tác xã hội", "Giám đốc Trung tâm Công tác xã hội"),
    ],
)
def test_it_writes_a_members_position_as_offices_do(
    position: str, unit: str, expected: str
) -> None:
    assert _position_in(position, unit) == expected
