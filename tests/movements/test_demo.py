"""The demo movements: the seeds' movements over the demo organisations, loaded once."""

import datetime as dt
import io
from typing import Any

from django.core.management import call_command
from django.test import TestCase, override_settings

from thidua.accounts.models import User
from thidua.core.demo import load_demo
from thidua.movements.demo import load_demo_movements
from thidua.movements.models import Movement, Registration, UnitReport
from thidua.movements.selectors.access import movement_access
from thidua.movements.selectors.reports import overdue_list

TODAY = dt.date(2026, 11, 22)


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class DemoMovementsTest(TestCase):
    result: Any

    @classmethod
    def setUpTestData(cls) -> None:
        load_demo()
        cls.result = load_demo_movements(today=TODAY)

    def movement(self, code: str) -> Movement:
        return Movement.objects.filter(organizer__code=code).get()

    def test_it_loads_the_cascade_of_son_la(self) -> None:
        assert self.result.loaded
        letter = self.movement("SLA-SLDTBXH")
        assert letter.parent == self.movement("SLA")
        assert letter.targets.filter(organization__isnull=True).count() == 34
        assert letter.parent.status == "summarised" and letter.status == "closed"
        assert letter.children.get().organizer.code == "SLA-SLDTBXH-DVVL"
        assert letter.documents.get().number == "…/SLĐTBXH-VP"

    def test_it_keeps_the_2023_units_of_a_department_merged_in_2025(self) -> None:
        codes = set(
            self.movement("SLA-SLDTBXH").participants.values_list("organization__code", flat=True)
        )
        assert "SLA-SLDTBXH-VP" in codes  # merged into Sở Nội vụ's office on 01/03/2025
        assert all(code.startswith("SLA-SLDTBXH-") for code in codes)

    def test_it_loads_ninh_binhs_plan_with_criteria_and_the_15_12_deadline(self) -> None:
        plan = self.movement("NBH-SLDTBXH")
        kinds = set(plan.criteria.values_list("subject_kind", flat=True))
        assert kinds == {"division", "public_service_unit", "district_office", "individual"}
        request = plan.report_requests.get()
        assert (request.recurrence, request.due_day, request.due_month) == ("yearly", 15, 12)
        assert plan.participants.filter(organization__kind="district_office").count() == 3
        assert (
            UnitReport.objects.filter(request=request, year=2024, status="submitted").count()
            == plan.participants.count()
        )
        assert {a.code for a in plan.award_forms.all()} == {"BANG_KHEN_TINH", "CO_THI_DUA_TINH"}

    def test_the_ninh_binh_officer_sees_the_missing_2025_reports(self) -> None:
        officer = User.objects.get(username="canbo.ninhbinh")
        rows = overdue_list(user=officer, today=TODAY)
        assert {r.year for r in rows} == {2025}
        assert any("huyện" in r.name for r in rows)
        plan = self.movement("NBH-SLDTBXH")
        assert movement_access(officer, plan).manage

    def test_it_gives_the_lao_cai_accounts_an_open_registration(self) -> None:
        movement = self.movement("LCI-SNV")
        period = movement.registration_periods.get()
        assert period.deadline >= TODAY + dt.timedelta(days=30)
        clerk = User.objects.get(username="vanthu")
        access = movement_access(clerk, movement)
        assert len(access.register_units) == 1
        assert movement.targets.filter(organization_id__in=access.report_units).count() == 3

    def test_it_loads_bình_phuoc_and_registrations(self) -> None:
        plan = self.movement("BPC-SLDTBXH")
        assert plan.status == "closed" and plan.named_movements.count() == 6
        assert Registration.objects.filter(status="accepted").count() > 20

    def test_it_loads_once(self) -> None:
        again = load_demo_movements(today=TODAY)
        assert not again.loaded and "đã được nạp" in again.message
        out = io.StringIO()
        call_command("loaddemomovements", stdout=out)
        assert "bỏ qua" in out.getvalue()
        assert Movement.objects.count() == self.result.movements


def test_it_waits_for_the_demo_organisations(db) -> None:
    result = load_demo_movements(today=TODAY)
    assert not result.loaded and "loaddemo" in result.message
