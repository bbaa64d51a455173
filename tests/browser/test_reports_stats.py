"""The statistics page in a real browser: choose a unit and a year, read the seed-004 style
sentences, see the chart drawn from the JSON endpoint, download the Excel file."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_styled, sign_in, snap
from tests.movements.helpers import ensure_award_types
from tests.reports.scenario import build_scenario

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _catalogue(transactional_db):
    """The live server's tests empty the tables, the seeded award catalogue included."""
    ensure_award_types()


@pytest.fixture
def stats_scenario(_catalogue, tree, personas):
    return build_scenario(tree)


def test_it_shows_a_years_statistics_with_a_chart(
    page: Page, live_server, stats_scenario, personas
):
    sign_in(page, live_server, personas.dept_officer)
    page.goto("/thong-ke/")
    assert_styled(page)
    expect(page.get_by_role("heading", name="Thống kê thi đua, khen thưởng")).to_be_visible()

    page.get_by_label("Năm", exact=True).fill("2023")
    page.get_by_label("Đơn vị", exact=True).select_option(
        label="Sở Lao động - Thương binh và Xã hội"
    )
    page.get_by_role("button", name="Xem thống kê").click()

    results = page.get_by_role("region", name="Kết quả")
    expect(results).to_contain_text("6/7 cá nhân đạt Lao động tiên tiến, 85,7 %")
    expect(results).to_contain_text("4/4 tập thể đạt Tập thể lao động tiên tiến, 100 %")
    expect(page.locator("canvas#stats-chart")).to_have_attribute("data-ready", "1")
    expect(page.locator("#stats-comparison")).to_contain_text("+3,2")
    expect(page.locator("#stats-units")).to_contain_text("Trung tâm Dịch vụ việc làm")
    snap(page, "reports-stats.png")

    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất Excel").click()
    assert download.value.suggested_filename == "thong-ke-SLA-LDTBXH-2023.xlsx"

    page.get_by_role("link", name="Năm 2022").click()
    expect(
        page.get_by_role("heading", name="Năm 2022 — Sở Lao động - Thương binh và Xã hội")
    ).to_be_visible()
    expect(page.get_by_role("region", name="Kết quả")).to_contain_text(
        "1/9 cá nhân đạt Chiến sĩ thi đua cơ sở, 11,1 %"
    )


def test_it_is_usable_on_a_phone(phone_page: Page, live_server, stats_scenario, personas):
    scenario = stats_scenario
    sign_in(phone_page, live_server, personas.dept_officer)
    phone_page.goto(f"/thong-ke/?nam=2023&don_vi={scenario.dept.pk}")
    expect(phone_page.get_by_role("region", name="Kết quả")).to_contain_text("85,7 %")
    expect(phone_page.locator("canvas#stats-chart")).to_have_attribute("data-ready", "1")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
