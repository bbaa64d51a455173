"""A unit's dossier in the browser (issue 5 item 2): the clerk creates it, adds an eligible
candidate from the engine's suggestions and an ineligible person with a justification,
attaches the submission letter and submits; the department's officer receives it and
appraises each nominee, seeing the ineligible one flagged with the unit's reason."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import show_as, sign_in
from tests.nominations.helpers import PDF, good_person, make_round, register
from thidua.nominations.models import Dossier, Nomination

pytestmark = pytest.mark.browser
SHOTS = "/tmp/nominations-screenshots"


def _shot(page: Page, name: str) -> None:
    page.screenshot(path=f"{SHOTS}-{name}.png", full_page=True)


def test_a_clerk_prepares_and_submits_and_the_officer_appraises(
    page: Page, live_server, tree, personas
):
    page.on("dialog", lambda dialog: dialog.accept())
    the_round = make_round(tree)
    an = good_person("Nguyễn Văn An", tree.unit_a)
    cuong = good_person("Trần Văn Cường", tree.unit_a, rating="complete")
    register(tree, tree.unit_a, {an: "LDTT", cuong: "LDTT"})

    sign_in(page, live_server, show_as(personas.clerk_a, "Hà Văn Tùng"))
    page.goto(f"/khen-thuong/dot-xet/{the_round.pk}/")
    page.get_by_label("Đơn vị đề nghị").select_option(label="Phòng Lao động - Việc làm")
    page.get_by_role("button", name="Tạo hồ sơ").click()
    page.get_by_label("Số tờ trình").fill("15/TTr-LĐVL")
    page.get_by_role("button", name="Tạo hồ sơ").click()
    expect(page.get_by_role("heading", name="Thêm người, tập thể được đề nghị")).to_be_visible()

    group = page.get_by_role("group", name="Lao động tiên tiến")
    expect(group).to_contain_text("Nguyễn Văn An")
    expect(group).not_to_contain_text("Trần Văn Cường")
    group.get_by_label("Nguyễn Văn An").check()
    _shot(page, "1-candidates")
    page.get_by_role("button", name="Thêm vào hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã thêm 1 người")

    page.get_by_role("link", name="Thêm người, tập thể").click()
    page.get_by_placeholder("Họ tên hoặc số CCCD").fill("tran van cuong")
    page.get_by_role("button", name="Tìm").click()
    page.get_by_role("link", name="Chọn Trần Văn Cường").click()
    expect(page.get_by_role("main")).to_contain_text("Chưa đủ điều kiện")
    page.get_by_label("Danh hiệu, hình thức đề nghị").select_option(label="Lao động tiên tiến")
    page.get_by_role("button", name="Thêm vào hồ sơ").click()
    expect(page.get_by_role("main")).to_contain_text("cần ghi lý do đề nghị")
    page.get_by_label("Lý do đề nghị").fill("Trực tiếp cứu hộ người dân trong đợt lũ tháng 8/2025.")
    page.get_by_role("button", name="Thêm vào hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã thêm Trần Văn Cường")

    page.get_by_role("link", name="Đính kèm tài liệu").click()
    page.get_by_label("Loại tài liệu").select_option(label="Tờ trình")
    page.get_by_label("Tệp").set_input_files(
        {"name": "to-trinh.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Đính kèm").click()
    expect(page.get_by_role("table", name="Tài liệu kèm theo hồ sơ")).to_contain_text(
        "to-trinh.pdf"
    )
    expect(page.locator("#kiem-tra")).to_contain_text("Hồ sơ đáp ứng các điều kiện khi gửi")
    _shot(page, "2-dossier-draft")
    page.get_by_role("button", name="Gửi hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Gửi hồ sơ: xong")
    dossier = Dossier.objects.get()
    assert dossier.status == "submitted"

    page.context.clear_cookies()
    sign_in(page, live_server, show_as(personas.dept_officer, "Lò Thị Mai"))
    page.goto("/khen-thuong/ho-so/gui-den/")
    page.get_by_role("link", name=dossier.title).click()
    page.get_by_role("button", name="Tiếp nhận hồ sơ").click()
    expect(page.get_by_role("alert")).to_contain_text("Tiếp nhận hồ sơ: xong")
    page.get_by_role("link", name="Thẩm định").click()
    flagged = page.get_by_role("row").filter(has_text="Trần Văn Cường")
    expect(flagged).to_contain_text("Chưa đủ điều kiện")
    expect(flagged).to_contain_text("Trực tiếp cứu hộ người dân")
    page.get_by_label("Ý kiến thẩm định Nguyễn Văn An").select_option(label="Đủ điều kiện")
    page.get_by_label("Ý kiến thẩm định Trần Văn Cường").select_option(label="Đủ điều kiện")
    page.get_by_label("Nhận xét Trần Văn Cường").fill("Đồng ý đề nghị do thành tích đột xuất.")
    _shot(page, "3-appraisal")
    page.get_by_role("button", name="Lưu ý kiến thẩm định").click()
    expect(page.get_by_role("alert")).to_contain_text("Đã lưu ý kiến thẩm định (2 thay đổi)")
    page.get_by_role("button", name="Hoàn thành thẩm định").click()
    expect(page.get_by_role("alert")).to_contain_text("Hoàn thành thẩm định: xong")
    expect(page.get_by_role("main")).to_contain_text("Đã thẩm định")
    _shot(page, "4-dossier-appraised")
    page.goto(f"/khen-thuong/dot-xet/{the_round.pk}/")
    expect(page.get_by_role("main")).to_contain_text("Phòng Người có công")  # has sent nothing
    _shot(page, "5-round")
    assert Dossier.objects.get().status == "appraised"
    assert set(Nomination.objects.values_list("appraisal", flat=True)) == {"agree"}
