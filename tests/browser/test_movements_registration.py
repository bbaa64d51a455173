"""A division registers in the browser (issue 3 item 3): its collective title, a title for
one of its staff and its commitments; the department's officer sees it and accepts it."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import show_as, sign_in, snap
from tests.movements.helpers import ensure_award_types, make_movement, open_period
from thidua.movements.models import Registration

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _catalogue(transactional_db):
    """The live server's tests empty the tables, the seeded award catalogue included."""
    ensure_award_types()


def test_it_registers_a_unit_and_the_officer_accepts(page: Page, live_server, tree, personas):
    movement = make_movement(tree)
    period = open_period(movement)
    sign_in(page, live_server, show_as(personas.clerk_a, "Hà Văn Tùng"))
    page.goto(f"/phong-trao/{movement.pk}/dang-ky/")
    row = page.get_by_role("row").filter(has_text="Phòng Lao động - Việc làm")
    expect(row).to_contain_text("Chưa đăng ký")
    expect(page.get_by_role("row").filter(has_text="Phòng Người có công")).to_have_count(0)
    row.get_by_role("link", name="Đăng ký").click()

    page.get_by_label("Tập thể lao động xuất sắc").check()
    page.get_by_label("Danh hiệu của Trần Thị Bình").select_option(label="Chiến sĩ thi đua cơ sở")
    page.get_by_label("Nội dung cam kết").fill(
        "Hoàn thành xuất sắc nhiệm vụ; có 01 sáng kiến cấp cơ sở."
    )
    snap(page, "registration-form.png")
    page.get_by_role("button", name="Lưu và gửi đăng ký").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã gửi đăng ký thi đua")
    expect(page.get_by_role("main")).to_contain_text("Chiến sĩ thi đua cơ sở")

    page.context.clear_cookies()
    sign_in(page, live_server, personas.dept_officer)
    page.goto(f"/phong-trao/{movement.pk}/dang-ky/?dot={period.pk}")
    expect(page.get_by_role("main")).to_contain_text(
        "1 đơn vị chưa gửi đăng ký: Phòng Người có công"
    )
    page.get_by_role("row").filter(has_text="Phòng Lao động - Việc làm").get_by_role(
        "link", name="Xem"
    ).click()
    page.get_by_role("button", name="Chấp nhận").click()
    expect(page.get_by_role("alert")).to_contain_text("Chấp nhận: xong")
    assert Registration.objects.get().status == "accepted"

    page.goto(f"/phong-trao/dot-dang-ky/{period.pk}/danh-sach/")
    expect(page.get_by_role("table", name="Danh sách đăng ký thi đua")).to_contain_text(
        "Trần Thị Bình"
    )
    page.emulate_media(media="print")
    expect(page.locator("nav.navbar")).to_be_hidden()
