"""The person list on a phone: nothing wider than the screen, and the menu opens."""

import datetime as dt

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_styled, show_as, sign_in, snap
from tests.factories import make_person

pytestmark = pytest.mark.browser

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_it_fits_the_person_list_on_a_phone_and_opens_the_menu(
    phone_page: Page, live_server, tree, personas
):
    make_person("Nguyễn Văn An", org=tree.unit_a, birth=dt.date(1985, 3, 2))
    make_person(
        "Tôn Nữ Thị Phương Thảo", org=tree.unit_a, gender="female", birth=dt.date(1996, 10, 28)
    )
    page = phone_page
    sign_in(page, live_server, show_as(personas.officer_a, "Phạm Thị Thu"))
    page.goto("/to-chuc/ca-nhan/")
    expect(
        page.get_by_role("table", name="Danh sách cán bộ").locator("tbody").get_by_role("row")
    ).to_have_count(3)
    assert_styled(page)

    assert page.evaluate(OVERFLOW) <= 1, "the page scrolls sideways on a 390 px screen"
    menu_link = page.get_by_role("link", name="Cán bộ, công chức", exact=True)
    expect(menu_link).to_be_hidden()
    snap(page, "phone-person-list.png")

    page.get_by_role("button", name="Mở menu").click()
    expect(menu_link).to_be_visible()
    expect(page.get_by_role("button", name="Mở menu")).to_have_attribute("aria-expanded", "true")
    assert page.evaluate(OVERFLOW) <= 1

    menu_link.click()
    expect(page).to_have_url("/to-chuc/ca-nhan/")
