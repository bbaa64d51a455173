"""Searching people with and without diacritics: htmx live results and the plain submit button."""

import datetime as dt
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Locator, Page, Response, expect

from tests.browser.helpers import show_as, sign_in, snap
from tests.factories import make_person

pytestmark = pytest.mark.browser

SEARCH = "Tìm theo họ tên"


@pytest.fixture
def people(tree, personas):
    """Unit A has Nguyễn Văn An; unit B has a namesake born in another year."""
    return {
        "an": make_person("Nguyễn Văn An", org=tree.unit_a, birth=dt.date(1985, 3, 2)),
        "cuc": make_person(
            "Nguyễn Thị Cúc", org=tree.unit_a, gender="female", birth=dt.date(1978, 8, 30)
        ),
        "hoa": make_person(
            "Lê Thị Hoa", org=tree.unit_a, gender="female", birth=dt.date(1993, 12, 1)
        ),
        "an_b": make_person("Nguyễn Văn An", org=tree.unit_b, birth=dt.date(1979, 6, 15)),
        "duc": make_person("Phạm Văn Đức", org=tree.unit_b, birth=dt.date(1988, 4, 9)),
    }


def rows(page: Page) -> Locator:
    return page.get_by_role("table", name="Danh sách cán bộ").locator("tbody").get_by_role("row")


def live_search(page: Page, text: str) -> None:
    """Type into the search box and wait for htmx's answer to exactly this text."""

    def answers(response: Response) -> bool:
        query = parse_qs(urlparse(response.url).query)
        return response.request.headers.get("hx-request") == "true" and query.get("q") == [text]

    box = page.get_by_label(SEARCH)
    with page.expect_response(answers):
        box.fill("")
        box.press_sequentially(text)


def test_it_finds_a_person_with_or_without_diacritics_live(
    page: Page, live_server, personas, people
):
    sign_in(page, live_server, show_as(personas.officer_a, "Phạm Thị Thu"))
    page.goto("/to-chuc/ca-nhan/")
    expect(rows(page)).to_have_count(4)  # Trần Thị Bình of the personas, and three
    page.evaluate("window.sameDocument = true")

    for text in ("nguyen van an", "Nguyễn Văn An"):
        live_search(page, text)
        expect(rows(page)).to_have_count(1)
        expect(rows(page).first).to_contain_text("Nguyễn Văn An")
        expect(rows(page).first).to_contain_text("02/03/1985")

    live_search(page, "NGUYEN")
    expect(rows(page)).to_have_count(2)
    expect(rows(page).nth(0)).to_contain_text("Nguyễn Thị Cúc")
    expect(rows(page).nth(1)).to_contain_text("Nguyễn Văn An")
    expect(page).to_have_url(
        "/to-chuc/ca-nhan/?q=NGUYEN"
    )  # hx-push-url keeps the address shareable
    assert page.evaluate("window.sameDocument") is True, "the live search reloaded the page"
    snap(page, "person-list.png")


def test_it_searches_with_the_submit_button_too(page: Page, live_server, personas, people):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/")
    live_search(page, "nguyen van an")
    page.evaluate("window.sameDocument = true")

    with page.expect_request(lambda request: request.is_navigation_request()):
        page.get_by_role("button", name="Tìm", exact=True).click()

    expect(page).to_have_url("/to-chuc/ca-nhan/?q=nguyen+van+an")
    expect(page.get_by_label(SEARCH)).to_have_value("nguyen van an")
    expect(rows(page)).to_have_count(1)
    expect(rows(page).first).to_contain_text("02/03/1985")
    assert page.evaluate("window.sameDocument") is None, "the button should load a new page"


def test_it_never_shows_a_person_of_another_unit_to_officer_b(
    page: Page, live_server, console, personas, people
):
    sign_in(page, live_server, personas.officer_b)
    page.goto("/to-chuc/ca-nhan/")
    expect(rows(page)).to_have_count(2)

    for text in ("nguyen van an", "Nguyễn Văn An", "NGUYEN"):
        live_search(page, text)
        expect(rows(page)).to_have_count(1)
        expect(rows(page).first).to_contain_text("15/06/1979")  # unit B's namesake only

    live_search(page, "le thi hoa")
    expect(rows(page).first).to_have_text("Không tìm thấy ai khớp với «le thi hoa».")

    console.allow(r"status of 404")  # the person of unit A is reported as missing
    page.goto(f"/to-chuc/ca-nhan/{people['an'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Không tìm thấy trang hoặc dữ liệu")
    expect(page.get_by_role("main")).not_to_contain_text("02/03/1985")
