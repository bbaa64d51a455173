"""A division records progress on its target with evidence (issue 3 item 2); the achievement
is explained and the unit's dashboard draws its chart."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import sign_in, snap
from tests.movements.helpers import PDF, ensure_award_types, make_movement, make_target

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _catalogue(transactional_db):
    """The live server's tests empty the tables, the seeded award catalogue included."""
    ensure_award_types()


def test_it_records_progress_and_explains_the_achievement(
    page: Page, live_server, tree, personas, tmp_path
):
    movement = make_movement(tree)
    target = make_target(movement, organization=tree.unit_a, value="20000")
    evidence = tmp_path / "bien-ban-quy-3.pdf"
    evidence.write_bytes(PDF)
    sign_in(page, live_server, personas.clerk_a)
    page.goto(f"/phong-trao/{movement.pk}/chi-tieu/")
    page.get_by_role("link", name="Giải quyết việc làm").click()
    expect(page.get_by_role("status")).to_contain_text("Chưa có số liệu thực hiện")

    page.get_by_label("Giá trị thực hiện").fill("21.500")
    page.get_by_label("Số liệu tính đến ngày").fill("30/09/2026")
    page.get_by_label("Ghi chú").fill("Số liệu 9 tháng")
    page.get_by_label("Tài liệu minh chứng").set_input_files(str(evidence))
    page.get_by_role("button", name="Ghi nhận").click()

    expect(page.get_by_role("alert")).to_contain_text("Đã cập nhật tiến độ")
    expect(page.get_by_role("status")).to_contain_text(
        "Đạt 107,5 % kế hoạch: thực hiện 21.500 lao động, chỉ tiêu 20.000 lao động."
    )
    history = page.get_by_role("table", name="Lịch sử tiến độ")
    expect(history).to_contain_text("30/09/2026")
    expect(history.get_by_role("link", name="bien-ban-quy-3.pdf")).to_be_visible()

    page.get_by_role("link", name="Phòng Lao động - Việc làm").click()
    expect(page.locator("canvas#unit-chart")).to_have_attribute("data-ready", "1")
    snap(page, "unit-dashboard.png")
    target.refresh_from_db()
    assert target.light == "green"
