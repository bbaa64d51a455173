"""Adding a person with the keyboard only: Tab, typing, arrow keys in lists, Space and Enter."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Locator, Page, expect

from tests.browser.helpers import sign_in
from tests.factories import make_person
from thidua.organizations.models import Person

pytestmark = pytest.mark.browser

UNIT = "Phòng Lao động - Việc làm"


def tab_to(page: Page, target: Locator, limit: int = 40) -> None:
    """Press Tab until `target` has the focus; fails if the keyboard cannot reach it."""
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{target} cannot be reached with Tab")


def label(page: Page, text: str) -> Locator:
    """The control labelled exactly `text` (required fields add " *" to their label)."""
    return page.get_by_label(re.compile(rf"^{re.escape(text)}( \*)?$"))


def type_into(page: Page, name: str, text: str) -> None:
    tab_to(page, label(page, name))
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def choose(page: Page, name: str, steps: int = 1) -> None:
    """Pick an option of a closed <select> with the arrow keys, as keyboard users do."""
    tab_to(page, label(page, name))
    for _ in range(steps):
        page.keyboard.press("ArrowDown")


def field(page: Page, name: str) -> Locator:
    """The block of a form field: its label, input and the error under it."""
    return page.locator("div.mb-3").filter(has=label(page, name))


@pytest.fixture
def an(tree, personas):
    return make_person("Nguyễn Văn An", org=tree.unit_a, birth=dt.date(1985, 3, 2))


def test_it_adds_a_person_with_the_keyboard_and_explains_a_bad_cccd(
    page: Page, live_server, personas
):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/moi/")
    expect(page.get_by_label("Ngày bắt đầu công tác")).to_have_value(
        f"{timezone.localdate():%d/%m/%Y}"
    )

    type_into(page, "Họ và tên", "Hoàng  Văn Em")
    page.keyboard.press("Tab")
    page.keyboard.type("14/07/1992")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # Giới tính: Nam
    page.keyboard.press("Tab")
    page.keyboard.type("0010920043")  # two digits short
    choose(page, "Đơn vị công tác")
    type_into(page, "Chức vụ", "Chuyên viên chính")
    type_into(page, "Ngày bắt đầu công tác", "01/08/2020")
    page.keyboard.press("Enter")

    expect(field(page, "Số CCCD")).to_contain_text("Số CCCD phải gồm đúng 12 chữ số.")
    expect(page.get_by_label("Số CCCD")).to_have_attribute("aria-invalid", "true")
    expect(label(page, "Ngày sinh")).to_have_value("14/07/1992")
    expect(page.get_by_label("Ngày bắt đầu công tác")).to_have_value("01/08/2020")
    assert not Person.objects.filter(name_folded="hoang van em").exists()

    type_into(page, "Số CCCD", "001092004321")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Hoàng Văn Em")
    expect(page.get_by_role("alert")).to_contain_text("Đã thêm «Hoàng Văn Em»")
    details = page.get_by_role("main")
    for text in ("14/07/1992", "Nam", "001092004321", UNIT, "Chuyên viên chính", "01/08/2020"):
        expect(details).to_contain_text(text)


def test_it_explains_a_cccd_that_contradicts_the_birth_year(page: Page, live_server, personas):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/moi/")

    type_into(page, "Họ và tên", "Đinh Thị Gấm")
    type_into(page, "Ngày sinh", "05/09/1991")
    choose(page, "Giới tính", steps=2)  # Nữ
    type_into(page, "Số CCCD", "001185004321")  # a woman born in 1985
    choose(page, "Đơn vị công tác")
    page.keyboard.press("Enter")  # on a <select> Enter does not submit…
    type_into(page, "Chức vụ", "Chuyên viên")
    page.keyboard.press("Enter")  # …in a text field it does

    expect(field(page, "Số CCCD")).to_contain_text(
        "Số CCCD ghi năm sinh 1985, không khớp ngày sinh 05/09/1991."
    )


def test_it_asks_to_confirm_a_likely_duplicate(page: Page, live_server, personas, an):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/moi/")

    type_into(page, "Họ và tên", "nguyễn văn an")
    type_into(page, "Ngày sinh", "02/03/1985")
    choose(page, "Đơn vị công tác")
    type_into(page, "Chức vụ", "Chuyên viên")
    page.keyboard.press("Enter")

    expect(page.get_by_role("alert")).to_contain_text("Có thể trùng với người đã có:")
    expect(page.get_by_role("alert")).to_contain_text(
        "Trùng họ tên và ngày sinh: Nguyễn Văn An, 02/03/1985"
    )
    confirm = "Tôi đã kiểm tra, đây không phải người đã có trong hệ thống"
    expect(field(page, confirm)).to_contain_text(
        "Có người trùng họ tên và ngày sinh; hãy kiểm tra rồi xác nhận."
    )
    assert Person.objects.filter(name_folded="nguyen van an").count() == 1

    tab_to(page, page.get_by_label(confirm))
    page.keyboard.press("Space")
    expect(page.get_by_label(confirm)).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Lưu"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("alert")).to_contain_text("Đã thêm «nguyễn văn an»")
    assert Person.objects.filter(name_folded="nguyen van an").count() == 2
