"""Public comment in the browser: a visitor comments on a phone, the officer resolves it."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_styled, show_as, sign_in, snap
from tests.publicity.fixtures import add_nominee, make_dossier, make_round
from thidua.publicity.models import CommentStatus, PublicComment
from thidua.publicity.services import notice_create

pytestmark = pytest.mark.browser

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_it_takes_a_comment_on_a_phone_and_the_officer_resolves_it(
    phone_page: Page, page: Page, live_server, tree, personas
):
    the_round = make_round(tree.dept)
    add_nominee(make_dossier(the_round, tree.unit_a))
    notice = notice_create(actor=personas.dept_officer, the_round=the_round)

    visitor = phone_page
    visitor.goto("/cong-khai/")
    visitor.get_by_role("link", name=notice.title).click()
    expect(visitor.get_by_role("cell", name="Nguyễn Văn An")).to_be_visible()
    assert_styled(visitor)
    assert visitor.evaluate(OVERFLOW) <= 1, "the notice scrolls sideways on a 390 px screen"
    expect(visitor.get_by_label("Trang web (để trống)")).not_to_be_in_viewport()
    visitor.get_by_label("Họ và tên").fill("Lê Văn Cường")
    visitor.get_by_label("Địa chỉ, điện thoại hoặc thư điện tử").fill("0912 345 678")
    visitor.get_by_label("Góp ý về").select_option(
        label="Nguyễn Văn An – Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh"
    )
    visitor.get_by_label("Nội dung góp ý").fill(
        "Đề nghị làm rõ <script>alert(1)</script> sáng kiến."
    )
    snap(visitor, "phone-public-comment.png")
    visitor.get_by_role("button", name="Gửi ý kiến").click()
    expect(visitor.get_by_role("alert")).to_contain_text("Cảm ơn bạn đã góp ý")
    comment = PublicComment.objects.get()
    assert comment.entry is not None

    officer = page
    sign_in(officer, live_server, show_as(personas.dept_officer, "Phạm Thị Thu"))
    officer.goto("/cong-khai/quan-ly/")
    officer.get_by_role("link", name=notice.title).click()
    expect(
        officer.get_by_text("Đề nghị làm rõ <script>alert(1)</script> sáng kiến.")
    ).to_be_visible()
    officer.get_by_label("Kết quả xử lý").fill("Đã xác minh: sáng kiến được công nhận cấp tỉnh.")
    officer.get_by_role("button", name="Ghi kết quả xử lý").click()
    expect(officer.get_by_role("alert")).to_contain_text(
        "Đã ghi kết quả xử lý ý kiến của Lê Văn Cường"
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.RESOLVED
    officer.once("dialog", lambda dialog: dialog.accept())
    officer.get_by_role("button", name="Kết thúc lấy ý kiến").click()
    expect(officer.get_by_role("alert")).to_contain_text("Chưa hết thời gian lấy ý kiến công khai")
