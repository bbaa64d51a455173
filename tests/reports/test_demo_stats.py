"""The demo reproduces seed 004's figures for Lào Cai's labour department in 2023."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase, override_settings

from thidua.core.demo import load_demo
from thidua.organizations.models import Organization
from thidua.reports.selectors import year_stats_for
from thidua.reports.stats import stats_dict

SEED_004 = {
    "year": 2023,
    "organization": "LCI-SLDTBXH",
    "totals": {"ca_nhan": 224, "tap_the": 14},
    "titles": [
        {"code": "LDTT", "subject": "ca_nhan", "count": 224, "total": 224, "percent": 100.0},
        {"code": "CSTDCS", "subject": "ca_nhan", "count": 18, "total": 224, "percent": 8.0},
        {"code": "CSTD_TINH", "subject": "ca_nhan", "count": 2, "total": 224, "percent": 0.9},
        {"code": "TTLDTT", "subject": "tap_the", "count": 14, "total": 14, "percent": 100.0},
        {"code": "TTLDXS", "subject": "tap_the", "count": 2, "total": 14, "percent": 14.3},
    ],
}


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class DemoStatisticsTest(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        load_demo()

    def test_it_reproduces_seed_004(self) -> None:
        department = Organization.objects.get(code="LCI-SLDTBXH")
        stats = year_stats_for(organization=department, year=2023)
        assert stats_dict(stats) == SEED_004
        assert {i.level: i.count for i in stats.initiatives} == {
            "co_so": 18,
            "tinh": 1,
            "toan_quoc": 0,
        }
        assert stats.name == "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai"

    def test_the_command_prints_it_although_the_department_merged_in_2025(self) -> None:
        out = StringIO()
        call_command(
            "stats", "--year", "2023", "--org", "LCI-SLDTBXH", "--format", "json", stdout=out
        )
        assert out.getvalue().startswith(
            '{"year": 2023, "organization": "LCI-SLDTBXH", "totals": {"ca_nhan": 224, "tap_the": 14}'
        )
        # the home affairs department that absorbed it did not have those people in 2023
        home = year_stats_for(organization=Organization.objects.get(code="LCI-SNV"), year=2023)
        assert home.titles == ()
