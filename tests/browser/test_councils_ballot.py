"""The secret ballot in a real browser: the secretary opens voting, a member votes on a
phone, keeps the receipt and checks that the ballot was counted."""

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PHONE, PageWatch
from tests.browser.helpers import assert_styled, sign_in, snap
from tests.councils.factories import (
    add_members,
    make_council,
    make_dossier,
    make_meeting,
    make_named_user,
    make_round,
    mark_present,
)
from tests.factories import make_person
from thidua.accounts.models import Role
from thidua.councils.models import Vote
from thidua.councils.services.meeting import agenda_item_add

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_it_opens_voting_and_a_member_votes_on_a_phone(
    page: Page, browser: Browser, live_server, console: PageWatch, tree
):
    secretary = make_named_user("thu_ky", "Lò Thị Hoa", Role.COUNCIL_SECRETARY, tree.dept)
    council = make_council(secretary, tree.dept)
    members = add_members(council, secretary, 3)
    nominees = [
        (make_person("Nguyễn Văn Được", org=tree.unit_a), "CSTDCS"),
        (make_person("Trần Thị Bình", org=tree.unit_a), "LDTT"),
    ]
    dossier = make_dossier(make_round(tree.dept), tree.unit_a, nominees)
    meeting = make_meeting(council, secretary, chair=members[0])
    item = agenda_item_add(actor=secretary, meeting=meeting, dossier=dossier)
    mark_present(meeting, secretary, members)

    sign_in(page, live_server, secretary)
    page.goto(f"/hoi-dong/phien-hop/{meeting.pk}/")
    assert_styled(page)
    page.get_by_role("button", name="Mở bỏ phiếu").click()
    expect(page.get_by_role("status").filter(has_text="Đã nhận 0/3 phiếu")).to_be_visible()

    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True, locale="vi-VN"
    )
    phone = context.new_page()
    console.attach(phone)
    sign_in(phone, live_server, members[1].user)
    phone.goto("/hoi-dong/phieu-bau/")
    phone.get_by_role("link", name="Bỏ phiếu").click()
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Phiếu bầu kín")
    assert phone.evaluate(OVERFLOW) <= 1, "the ballot scrolls sideways on a 390 px screen"
    # keyboard: focus the first choice, arrow to «Không đồng ý» inside the group
    phone.get_by_text("Đồng ý", exact=True).first.click()
    phone.keyboard.press("ArrowRight")
    phone.get_by_role("group", name="2. Trần Thị Bình").get_by_text("Đồng ý", exact=True).click()
    snap(phone, "ballot-phone.png")
    phone.get_by_role("button", name="Gửi phiếu bầu").click()
    expect(phone.get_by_role("heading", name="Đã nhận phiếu bầu")).to_be_visible()
    code = phone.locator("#receipt-code").inner_text()
    assert len(code) == 29

    # the secretary's page counts the ballot by polling (the count only)
    expect(page.get_by_role("status").filter(has_text="Đã nhận 1/3 phiếu")).to_be_visible()

    phone.get_by_role("link", name="Kiểm tra phiếu").click()
    phone.get_by_label("Mã xác nhận phiếu bầu").fill(code)
    phone.get_by_role("button", name="Kiểm tra").click()
    expect(phone.get_by_text("Phiếu của đồng chí đã được ghi nhận")).to_be_visible()
    rows = phone.get_by_role("table", name="Lựa chọn trên phiếu").locator("tbody tr")
    expect(rows.nth(0)).to_contain_text("Không đồng ý")
    expect(rows.nth(1)).to_contain_text("Đồng ý")
    assert Vote.objects.filter(item=item).count() == 2
    context.close()
