"""Following the organisation tree down to a person, and reading it as of a date around a merger.

On 01/03/2025 the Sở Lao động - Thương binh và Xã hội merges into the Sở Nội vụ (as the real
provincial departments did in 2025): its two divisions move under the Sở Nội vụ.
"""

import datetime as dt
import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.helpers import assert_styled, show_as, sign_in, snap
from tests.factories import make_person, make_user
from thidua.accounts.models import Role
from thidua.organizations.services import org_merge

pytestmark = pytest.mark.browser

MERGE_DAY = dt.date(2025, 3, 1)
OLD_DEPT = "Sở Lao động - Thương binh và Xã hội"
NEW_DEPT = "Sở Nội vụ"
DIVISION = "Phòng Lao động - Việc làm"


@pytest.fixture
def province_officer(tree):
    make_person("Trần Thị Bình", org=tree.unit_a, gender="female", birth=dt.date(1990, 5, 17))
    make_person("Vũ Đức Long", org=tree.unit_a, birth=dt.date(1982, 11, 3))
    make_person("Hà Thị Mai", org=tree.home_affairs, gender="female", birth=dt.date(1995, 1, 20))
    org_merge(
        actor=None,
        sources=[tree.dept],
        target=tree.home_affairs,
        day=MERGE_DAY,
        decision="15/QĐ-UBND",
    )
    return show_as(
        make_user("province_officer", Role.EMULATION_OFFICER, tree.province), "Lò Văn Hùng"
    )


def org_tree(page: Page) -> Locator:
    return page.get_by_role("navigation", name="Cây đơn vị")


def sub_units(page: Page, name: str) -> Locator:
    """The group of units directly under the unit called `name` in the tree."""
    link = org_tree(page).get_by_role("link", name=name, exact=True)
    return link.locator("xpath=ancestor::li[1]").locator("ul").first


def show_as_of(page: Page, day: str) -> None:
    page.get_by_label("Xem cơ cấu tại ngày").fill(day)
    page.get_by_role("button", name="Xem", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Cơ cấu tổ chức tại ngày {day}")


def test_it_follows_the_tree_to_a_unit_its_staff_and_a_person(
    page: Page, live_server, province_officer
):
    sign_in(page, live_server, province_officer)
    page.goto("/to-chuc/")
    expect(sub_units(page, NEW_DEPT)).to_contain_text(DIVISION)
    assert_styled(page)
    snap(page, "tree.png")

    org_tree(page).get_by_role("link", name=DIVISION, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(DIVISION)
    expect(page.get_by_role("navigation", name="breadcrumb")).to_contain_text(NEW_DEPT)

    page.get_by_role("link", name="Danh sách cán bộ").click()
    expect(page).to_have_url(re.compile(r"/to-chuc/ca-nhan/\?don-vi=\d+$"))
    people = page.get_by_role("table", name="Danh sách cán bộ")
    expect(people.locator("tbody").get_by_role("row")).to_have_count(2)
    expect(people).not_to_contain_text("Hà Thị Mai")

    people.get_by_role("link", name="Trần Thị Bình").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Trần Thị Bình")
    expect(page.get_by_role("main")).to_contain_text("17/05/1990")
    snap(page, "person-detail.png")


def test_it_shows_the_old_department_before_the_merger_and_its_successor_after(
    page: Page, live_server, province_officer
):
    sign_in(page, live_server, province_officer)
    page.goto("/to-chuc/")

    show_as_of(page, "28/02/2025")
    expect(sub_units(page, OLD_DEPT)).to_contain_text(DIVISION)
    expect(org_tree(page).get_by_role("link", name=NEW_DEPT, exact=True)).to_be_visible()
    expect(
        org_tree(page).get_by_role("link", name=NEW_DEPT, exact=True).locator("xpath=..")
    ).not_to_contain_text(DIVISION)

    show_as_of(page, "01/03/2025")
    expect(org_tree(page).get_by_role("link", name=OLD_DEPT, exact=True)).to_have_count(0)
    expect(sub_units(page, NEW_DEPT)).to_contain_text(DIVISION)

    show_as_of(page, "28/02/2025")
    org_tree(page).get_by_role("link", name=OLD_DEPT, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(OLD_DEPT)
    expect(page.get_by_role("main")).to_contain_text(
        f"sáp nhập/kế thừa bởi {NEW_DEPT} từ ngày 01/03/2025"
    )
    page.get_by_role("link", name=NEW_DEPT, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEW_DEPT)


def test_it_explains_a_date_it_cannot_read(page: Page, live_server, province_officer):
    sign_in(page, live_server, province_officer)
    page.goto("/to-chuc/?ngay=31/02/2025")

    expect(page.get_by_text("Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.")).to_be_visible()
    expect(page.get_by_label("Xem cơ cấu tại ngày")).to_have_value("31/02/2025")


def test_it_cancels_the_new_unit_form_back_to_the_tree(page: Page, live_server, province_officer):
    sign_in(page, live_server, province_officer)
    page.goto("/to-chuc/")
    page.get_by_role("link", name="Thêm đơn vị").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thêm đơn vị")

    page.get_by_role("link", name="Hủy").click()
    expect(page).to_have_url("/to-chuc/")
