"""The department's emulation officer launches a movement in the browser (issue 3 item 1):
draft with a named movement picked from the catalogue as they type, content and criteria,
launch, then the cascade of the units that now take part."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_styled, show_as, sign_in, snap
from tests.movements.helpers import ensure_award_types
from thidua.movements.models import Movement, NamedMovement

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _catalogue(transactional_db):
    """The live server's tests empty the tables, the seeded award catalogue included."""
    ensure_award_types()


NAMED = "Vì người nghèo - Không để ai bị bỏ lại phía sau"
TITLE = "Phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2026"


def test_it_launches_a_movement_and_shows_the_cascade(page: Page, live_server, tree, personas):
    NamedMovement.objects.create(
        name=NAMED, name_folded="vi nguoi ngheo - khong de ai bi bo lai phia sau"
    )
    sign_in(page, live_server, show_as(personas.dept_officer, "Lò Thị Thu"))
    page.goto("/phong-trao/")
    assert_styled(page)
    page.get_by_role("link", name="Phát động phong trào").click()

    page.get_by_label("Tên phong trào").fill(TITLE)
    page.get_by_label("Chủ đề").fill("Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ")
    page.get_by_label("Đơn vị phát động").select_option(label="Sở Lao động - Thương binh và Xã hội")
    page.get_by_label("Phạm vi thi đua").select_option(label="Sở Lao động - Thương binh và Xã hội")
    named = page.get_by_label("Hưởng ứng các phong trào thi đua")
    named.press_sequentially("vi ngheo", delay=30)
    page.get_by_role("button", name=NAMED).click()
    expect(named).to_have_value(NAMED + "\n")
    named.press_sequentially("Sóng và máy tính cho em")
    page.get_by_label("Bằng khen của Chủ tịch UBND tỉnh").check()
    page.get_by_role("button", name="Tạo dự thảo").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Dự thảo")
    expect(page.get_by_role("main")).to_contain_text("“Sóng và máy tính cho em”")

    page.get_by_role("link", name="Nội dung, tiêu chuẩn").click()
    page.locator("#id_nd-0-heading").fill("Thực hiện tốt nhiệm vụ chính trị")
    page.locator("#id_nd-0-body").fill("Giải quyết việc làm cho 19.400 người lao động mỗi năm.")
    page.locator("#id_tc-0-subject_kind").select_option(label="Phòng chuyên môn, nghiệp vụ")
    page.locator("#id_tc-0-text").fill("Hoàn thành có chất lượng, đúng thời hạn các văn bản.")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.get_by_role("main")).to_contain_text("Đối với Phòng chuyên môn, nghiệp vụ")

    page.get_by_role("button", name="Phát động", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Đã phát động")
    expect(page.get_by_role("alert")).to_contain_text("Phát động: xong")
    snap(page, "movement-detail.png")

    page.get_by_role("link", name="Đơn vị, phân cấp").click()
    cascade = page.get_by_role("region", name="Phân cấp phong trào")
    expect(cascade).to_contain_text("Phòng Lao động - Việc làm")
    expect(cascade).to_contain_text("Phòng Người có công")
    expect(cascade).to_contain_text("Chưa phát động kế hoạch riêng")
    movement = Movement.objects.get()
    assert movement.status == "launched"
    assert [n.name for n in movement.named_movements.order_by("name")] == [
        "Sóng và máy tính cho em",
        NAMED,
    ]
    expect(page).to_have_url(re.compile(rf"/phong-trao/{movement.pk}/don-vi/$"))
