"""A division writes and sends its yearly report (issue 3 item 4) with a figure and an
attachment; the department's office reads it in the summary."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import sign_in, snap
from tests.movements.helpers import (
    PDF,
    ensure_award_types,
    make_movement,
    make_target,
    yearly_request,
)
from thidua.movements.models import UnitReport

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _catalogue(transactional_db):
    """The live server's tests empty the tables, the seeded award catalogue included."""
    ensure_award_types()


def test_it_sends_a_report_that_the_office_summarises(
    page: Page, live_server, tree, personas, tmp_path
):
    movement = make_movement(tree)
    request = yearly_request(movement)
    make_target(movement, organization=tree.unit_a, value="1000", name="Giải quyết việc làm")
    attachment = tmp_path / "bao-cao-2026.pdf"
    attachment.write_bytes(PDF)
    sign_in(page, live_server, personas.clerk_a)
    page.goto(f"/phong-trao/{movement.pk}/bao-cao/")
    section = page.get_by_role("region", name=f"{request.title} – năm 2026")
    section.get_by_role("link", name="Viết báo cáo").click()

    page.get_by_label("Nội dung báo cáo").fill(
        "Đơn vị đã hoàn thành xuất sắc các chỉ tiêu được giao."
    )
    page.get_by_label("Số liệu: Giải quyết việc làm").fill("1.250")
    page.get_by_label("Tệp đính kèm").set_input_files(str(attachment))
    page.get_by_role("button", name="Lưu và gửi báo cáo").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã gửi báo cáo")
    expect(page.get_by_role("main")).to_contain_text("bao-cao-2026.pdf")
    assert UnitReport.objects.get().status == "submitted"

    page.context.clear_cookies()
    sign_in(page, live_server, personas.dept_officer)
    page.goto(f"/phong-trao/{movement.pk}/bao-cao/")
    page.get_by_role("link", name="Tổng hợp").click()
    main = page.get_by_role("main")
    expect(main).to_contain_text("Đã nhận 1/2 báo cáo")
    expect(main).to_contain_text("Chưa gửi báo cáo: Phòng Người có công")
    expect(main).to_contain_text("Đơn vị đã hoàn thành xuất sắc các chỉ tiêu được giao.")
    expect(page.get_by_role("table", name="Số liệu cộng dồn")).to_contain_text("1.250")
    snap(page, "report-summary.png")
