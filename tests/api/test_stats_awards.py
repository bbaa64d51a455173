"""/api/v1/stats (the JSON of `thidua stats`) and /api/v1/people/{id}/awards, both scoped."""

import datetime as dt
import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import Personas, Tree
from tests.decisions.helpers import issued, make_setup
from tests.reports.scenario import build_scenario
from thidua.api.services import api_token_create
from thidua.decisions.models import Certificate
from thidua.decisions.services.certificates import certificates_generate
from thidua.decisions.services.revoke import decision_revoke
from thidua.rules.models import AwardRecord, AwardType

pytestmark = pytest.mark.django_db

SITE = "https://thidua.example.vn"


@pytest.fixture(autouse=True)
def site_url(settings: Any) -> None:
    settings.SITE_URL = SITE


def bearer(user: Any) -> Client:
    _, secret = api_token_create(actor=None, user=user, name="tích hợp")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def command_json(year: int, code: str) -> Any:
    out = StringIO()
    call_command("stats", "--year", str(year), "--org", code, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


# --- /stats --------------------------------------------------------------------------------


@pytest.mark.parametrize(("year", "org"), [(2023, "dept"), (2024, "dept"), (2023, "unit_b")])
def test_it_answers_exactly_what_the_stats_command_prints(
    tree: Tree, personas: Personas, year: int, org: str
) -> None:
    build_scenario(tree)
    code = getattr(tree, org).code
    response = bearer(personas.dept_officer).get(f"/api/v1/stats?year={year}&org={code}")
    assert response.status_code == 200
    assert response.json() == command_json(year, code)
    # same keys in the same order as the command's output
    assert list(response.json()) == ["year", "organization", "totals", "titles"]


def test_it_gives_the_issue_figures_over_the_api(tree: Tree, personas: Personas) -> None:
    build_scenario(tree)
    body = bearer(personas.dept_officer).get(f"/api/v1/stats?year=2023&org={tree.dept.code}")
    assert body.json()["totals"] == {"ca_nhan": 7, "tap_the": 4}
    assert body.json()["titles"][0] == {
        "code": "LDTT",
        "subject": "ca_nhan",
        "count": 6,
        "total": 7,
        "percent": 85.7,
    }


@pytest.mark.parametrize(
    ("query", "status", "detail"),
    [
        ("year=1900&org=SLA-LDTBXH", 400, "Năm 1900 không hợp lệ"),
        (f"year={timezone.localdate().year + 1}&org=SLA-LDTBXH", 400, "không hợp lệ"),
        ("year=2023&org=KHONG-CO", 404, "Không tìm thấy đơn vị."),
        ("year=2023&org=SLA-MOI", 404, "thành lập từ ngày 01/01/2024"),
    ],
)
def test_it_explains_a_bad_year_or_organisation_in_vietnamese(
    tree: Tree, personas: Personas, query: str, status: int, detail: str
) -> None:
    build_scenario(tree)
    response = bearer(personas.dept_officer).get(f"/api/v1/stats?{query}")
    assert response.status_code == status
    assert detail in response.json()["detail"]


def test_it_hides_the_stats_of_an_organisation_outside_scope(
    tree: Tree, personas: Personas
) -> None:
    build_scenario(tree)
    client = bearer(personas.officer_b)
    for code in (tree.dept.code, tree.unit_a.code):
        response = client.get(f"/api/v1/stats?year=2023&org={code}")
        assert response.status_code == 404
        assert response.json() == {"detail": "Không tìm thấy đơn vị."}
    assert client.get(f"/api/v1/stats?year=2023&org={tree.unit_b.code}").status_code == 200


def test_it_needs_a_token_for_the_stats(tree: Tree) -> None:
    assert Client().get(f"/api/v1/stats?year=2023&org={tree.dept.code}").status_code == 401


# --- /people/{id}/awards -------------------------------------------------------------------


def _issued_and_printed(tree: Tree, personas: Personas) -> tuple[Any, Any]:
    """One person of unit_a with LĐTT 2023 from an issued decision whose certificate is
    printed (the PDF itself is drawn by the worker after commit: not here)."""
    setup = make_setup(tree, people=1, unit_b=False)
    decision = issued(setup, personas.dept_officer)
    certificates_generate(decision=decision, actor=personas.dept_officer)
    return decision, setup.nominations[0].person


def test_it_lists_awards_with_the_certificate_verification_link(
    tree: Tree, personas: Personas
) -> None:
    decision, person = _issued_and_printed(tree, personas)
    AwardRecord.objects.create(
        person=person,
        award_type=AwardType.objects.get(code="CSTDCS"),
        year=2021,
        decision_number="12/QĐ-UBND",
        decision_date=dt.date(2022, 1, 15),
        issuer="UBND tỉnh Sơn La",
        revoked=True,
    )
    token = Certificate.objects.get(line__person=person).token
    response = bearer(personas.officer_a).get(f"/api/v1/people/{person.pk}/awards")
    assert response.status_code == 200
    ldtt = AwardType.objects.get(code="LDTT")
    assert response.json() == [
        {
            "code": "LDTT",
            "name": ldtt.name,
            "year": 2023,
            "decision_number": decision.number_text,
            "decision_date": "2023-12-20",
            "issuer": tree.dept.name,
            "revoked": False,
            "verification_url": SITE + reverse("verify:detail", args=[token]),
        },
        {
            "code": "CSTDCS",
            "name": AwardType.objects.get(code="CSTDCS").name,
            "year": 2021,
            "decision_number": "12/QĐ-UBND",
            "decision_date": "2022-01-15",
            "issuer": "UBND tỉnh Sơn La",
            "revoked": True,
            "verification_url": None,
        },
    ]


def test_it_has_no_link_before_the_certificate_is_printed(tree: Tree, personas: Personas) -> None:
    setup = make_setup(tree, people=1, unit_b=False)
    issued(setup, personas.dept_officer)
    person = setup.nominations[0].person
    rows = bearer(personas.officer_a).get(f"/api/v1/people/{person.pk}/awards").json()
    assert [(r["code"], r["revoked"], r["verification_url"]) for r in rows] == [
        ("LDTT", False, None)
    ]


def test_it_flags_an_award_revoked_by_a_decision(tree: Tree, personas: Personas) -> None:
    decision, person = _issued_and_printed(tree, personas)
    decision_revoke(
        decision=decision,
        actor=personas.dept_officer,
        line_ids=None,
        ground="a",
        reason="Kê khai thành tích không đúng",
        signed_on=dt.date(2024, 3, 5),
        signer_name="Lâm Xuân Phương",
        signer_position="Giám đốc",
    )
    (row,) = bearer(personas.officer_a).get(f"/api/v1/people/{person.pk}/awards").json()
    assert row["code"] == "LDTT" and row["revoked"] is True
    # the certificate's page stays reachable: it is where the revocation is shown
    assert row["verification_url"].startswith(f"{SITE}/xac-minh/")


def test_it_hides_the_awards_of_a_person_outside_scope(tree: Tree, personas: Personas) -> None:
    _, person = _issued_and_printed(tree, personas)
    response = bearer(personas.officer_b).get(f"/api/v1/people/{person.pk}/awards")
    assert response.status_code == 404
    assert response.json() == {"detail": "Không tìm thấy cá nhân."}
    assert bearer(personas.officer_b).get("/api/v1/people/999999/awards").status_code == 404


def test_it_reads_the_awards_in_a_bounded_number_of_queries(
    tree: Tree, personas: Personas, django_assert_max_num_queries: Any
) -> None:
    _, person = _issued_and_printed(tree, personas)
    for year in range(2010, 2020):
        AwardRecord.objects.create(
            person=person,
            award_type=AwardType.objects.get(code="LDTT"),
            year=year,
            decision_number=f"{year}/QĐ",
        )
    client = bearer(personas.officer_a)
    with django_assert_max_num_queries(6):
        rows = client.get(f"/api/v1/people/{person.pk}/awards").json()
    assert len(rows) == 11 and [r["year"] for r in rows][:2] == [2023, 2019]
