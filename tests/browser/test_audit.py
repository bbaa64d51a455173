"""The audit page lists what was just done in the browser, filtered by event type."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Locator, Page, expect

from tests.browser.helpers import login, make_login_user
from thidua.accounts.models import Role

pytestmark = pytest.mark.browser


def events(page: Page) -> Locator:
    return (
        page.get_by_role("table", name="Các sự kiện, mới nhất trước")
        .locator("tbody")
        .get_by_role("row")
    )


def filter_by(page: Page, event_type: str) -> None:
    page.get_by_label("Loại sự kiện").select_option(label=event_type)
    page.get_by_role("button", name="Lọc").click()
    expect(page.get_by_label("Loại sự kiện")).to_have_value(re.compile(r".+"))


def add_person(page: Page, name: str, unit: str) -> None:
    page.get_by_role("link", name="Cán bộ, công chức", exact=True).click()
    page.get_by_role("link", name="Thêm cán bộ").click()
    page.get_by_label("Họ và tên").fill(name)
    page.get_by_label("Ngày sinh", exact=True).fill("20/11/1990")
    page.get_by_label("Đơn vị công tác").select_option(label=f"— — {unit} (SLA-LDTBXH-LDVL)")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


def test_it_lists_the_events_of_the_session_by_type(page: Page, live_server, tree):
    make_login_user("thi_dua_so", Role.EMULATION_OFFICER, tree.dept, "Bùi Thanh Hương")
    login(page, "thi_dua_so")
    add_person(page, "Cao Văn Khải", "Phòng Lao động - Việc làm")
    page.get_by_role("button", name="Tiện ích").click()
    page.get_by_role("link", name="Nhật ký").click()

    expect(events(page).first).to_contain_text("Bắt đầu công tác")  # newest first
    expect(events(page).filter(has_text="Thêm cá nhân")).to_have_count(1)

    filter_by(page, "Thêm cá nhân")
    expect(events(page)).to_have_count(1)
    expect(events(page).first).to_contain_text("Cao Văn Khải")
    expect(events(page).first).to_contain_text("Hương")
    expect(events(page).first).to_contain_text("Phòng Lao động - Việc làm")
    expect(page).to_have_url(re.compile(r"loai=person\.created"))

    filter_by(page, "Bắt đầu công tác")
    expect(events(page)).to_have_count(1)
    expect(events(page).first).to_contain_text("Cao Văn Khải")

    filter_by(page, "Tạo đơn vị")
    expect(events(page)).to_have_count(3)  # the Sở and its two divisions of the fixture
    expect(page.get_by_role("table")).not_to_contain_text("Cao Văn Khải")

    events(page).filter(has_text="Phòng Người có công").get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tạo đơn vị")
    expect(page.get_by_role("main")).to_contain_text("Phòng Người có công")


def test_it_shows_sign_ins_to_the_system_administrator(page: Page, tree):
    admin = make_login_user("quan_tri", Role.SYSTEM_ADMIN, tree.province, "Đỗ Minh Quân")
    device = TOTPDevice.objects.create(user=admin, name="Điện thoại", confirmed=True)
    login(page, "quan_tri")
    page.get_by_label("Mã xác thực 6 chữ số").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Xác thực").click()
    expect(page).to_have_url("/")

    page.get_by_role("button", name="Tiện ích").click()
    page.get_by_role("link", name="Nhật ký").click()
    filter_by(page, "Đăng nhập")
    expect(events(page)).to_have_count(1)
    expect(events(page).first).to_contain_text("Đỗ Minh Quân")
