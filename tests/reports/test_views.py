"""The statistics page, its JSON and its Excel export, with the personas."""

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import client_for
from tests.factories import make_person
from tests.reports.scenario import award

pytestmark = pytest.mark.django_db

PAGE = reverse("reports:stats")
DATA = reverse("reports:stats-data")
EXPORT = reverse("reports:stats-export")


def _q(org, year=2023):
    return {"nam": year, "don_vi": org.pk}


def test_it_shows_the_years_figures_as_sentences_and_tables(scenario, personas):
    response = client_for(personas.dept_officer).get(PAGE, _q(scenario.dept))
    assert response.status_code == 200
    html = response.content.decode()
    assert "6/7 cá nhân đạt Lao động tiên tiến, 85,7 %" in html
    assert "1/7 cá nhân đạt Chiến sĩ thi đua cơ sở, 14,3 %" in html
    assert "4/4 tập thể đạt Tập thể lao động tiên tiến, 100 %" in html
    assert "Tổ chức và nhân sự tại ngày 31/12/2023: 7 cá nhân, 4 tập thể trực thuộc." in html
    assert "So sánh năm 2023 với năm 2022" in html
    assert "+3,2" in html  # CSTĐCS 14,3 % against 11,1 %
    assert "Trung tâm Dịch vụ việc làm" in html  # merged in 2024, still a 2023 unit
    assert reverse("reports:stats-data") in html and "vendor/chartjs/chart.umd.js" in html
    assert "<script>" not in html  # strict CSP: no inline script


def test_it_defaults_to_the_users_top_unit_and_latest_year(scenario, personas):
    response = client_for(personas.dept_officer).get(PAGE)
    assert response.status_code == 200
    page = response.context["page"]
    assert page.organization == scenario.dept and page.year == 2023


def test_it_uses_vietnamese_number_formats(scenario, personas):
    for i in range(3):
        make_person(f"Người Mới {i}", org=scenario.unit_a, start=dt.date(2020, 1, 1))
    html = client_for(personas.dept_officer).get(PAGE, _q(scenario.dept)).content.decode()
    assert "6/10 cá nhân đạt Lao động tiên tiến, 60,0 %" in html


def test_another_units_officer_gets_404(scenario, personas):
    client = client_for(personas.officer_b)
    assert client.get(PAGE, _q(scenario.dept)).status_code == 404
    assert client.get(DATA, _q(scenario.dept)).status_code == 404
    assert client.get(EXPORT, _q(scenario.dept)).status_code == 404
    assert client.get(PAGE, _q(scenario.unit_b)).status_code == 200


def test_a_user_without_a_reading_role_gets_403(scenario, personas):
    client = client_for(personas.staff_a)
    assert client.get(PAGE).status_code == 403
    assert client.get(DATA, _q(scenario.unit_a)).status_code == 403
    assert client.get(EXPORT, _q(scenario.unit_a)).status_code == 403


def test_the_read_only_auditor_may_read(scenario, personas):
    assert client_for(personas.auditor).get(PAGE, _q(scenario.dept)).status_code == 200


def test_the_chart_data_comes_from_the_same_selector(scenario, personas):
    data = client_for(personas.dept_officer).get(DATA, _q(scenario.dept)).json()
    assert data["totals"] == {"ca_nhan": 7, "tap_the": 4}
    assert [t["code"] for t in data["titles"]] == ["LDTT", "CSTDCS", "TTLDTT"]
    assert data["previous"]["totals"] == {"ca_nhan": 9, "tap_the": 5}
    assert data["chart"]["labels"][1] == "Chiến sĩ thi đua cơ sở (cá nhân)"
    assert data["chart"]["datasets"][0] == {"label": "Năm 2023", "data": [85.7, 14.3, 100.0]}
    assert data["chart"]["datasets"][1] == {"label": "Năm 2022", "data": [0.0, 11.1, 0.0]}


def test_it_exports_the_statistics_to_excel(scenario, personas):
    response = client_for(personas.dept_officer).get(EXPORT, _q(scenario.dept))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="thong-ke-SLA-LDTBXH-2023.xlsx"'
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    assert book.sheetnames == ["Tổng hợp", "Theo đơn vị", "Sáng kiến"]
    rows = list(book["Tổng hợp"].values)
    assert (rows[2][0], rows[2][3]) == ("Tổng số cá nhân", 7)
    assert (rows[3][0], rows[3][3]) == ("Tổng số tập thể trực thuộc", 4)
    cstdcs = next(r for r in rows if r[1:2] == ("CSTDCS",))
    assert cstdcs[2:10] == ("cá nhân", 1, 7, 14.3, 1, 9, 11.1, pytest.approx(3.2))
    units = list(book["Theo đơn vị"].values)
    assert units[1][:4] == (
        "Sở Lao động - Thương binh và Xã hội (nhân sự trực thuộc)",
        "SLA-LDTBXH",
        1,
        0,
    )
    assert [r[1] for r in list(book["Sáng kiến"].values)[1:]] == [1, 0, 0]


@pytest.mark.parametrize("year", ["abc", "1900", "2999"])
def test_a_bad_year_is_explained_on_the_page_and_404_elsewhere(scenario, personas, year):
    client = client_for(personas.dept_officer)
    response = client.get(PAGE, {"nam": year, "don_vi": scenario.dept.pk})
    assert response.status_code == 200
    assert "page" not in response.context
    assert "Năm" in response.content.decode() and "is-invalid" in response.content.decode()
    assert client.get(DATA, {"nam": year, "don_vi": scenario.dept.pk}).status_code == 404
    assert client.get(EXPORT, {"nam": year, "don_vi": scenario.dept.pk}).status_code == 404


def test_a_unit_that_did_not_exist_that_year_is_explained(scenario, personas):
    client = client_for(personas.dept_officer)
    response = client.get(PAGE, _q(scenario.later))
    assert "chưa có vào ngày 31/12/2023" in response.content.decode()
    assert client.get(DATA, _q(scenario.later)).status_code == 404


def _page_queries(client, org):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(PAGE, _q(org)).status_code == 200
    return len(queries)


def test_the_page_queries_do_not_grow_with_the_rows(scenario, personas):
    client = client_for(personas.dept_officer)
    before = _page_queries(client, scenario.dept)
    for i in range(25):
        for unit in (scenario.unit_a, scenario.team):
            person = make_person(f"Người Thứ {i}", org=unit, birth=dt.date(1981, 2, 1 + i))
            award(person, "LDTT")
            award(person, "CSTDCS", year=2022)
    assert _page_queries(client, scenario.dept) == before
