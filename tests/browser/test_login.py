"""Signing in and out in a real browser, including the forced second factor of administrators."""

import base64
import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_styled, login, make_login_user, snap
from thidua.accounts.models import Role

pytestmark = pytest.mark.browser


@pytest.fixture
def officer(tree):
    return make_login_user("can_bo_thi_dua", Role.EMULATION_OFFICER, tree.dept, "Phạm Thị Thu")


def test_it_refuses_a_wrong_password_in_vietnamese(page: Page, officer):
    page.goto("/tai-khoan/dang-nhap/")
    assert_styled(page)
    snap(page, "login.png")
    login(page, "can_bo_thi_dua", "mat-khau-sai-roi")

    expect(page.get_by_role("alert")).to_contain_text("Tên đăng nhập hoặc mật khẩu không đúng")
    expect(page).to_have_url("/tai-khoan/dang-nhap/")
    expect(page.get_by_label("Tên đăng nhập")).to_have_value("can_bo_thi_dua")
    expect(page.get_by_label("Mật khẩu")).to_have_value("")


def test_it_lands_on_home_showing_the_user_and_logs_out(page: Page, officer):
    login(page, "can_bo_thi_dua")

    expect(page).to_have_url("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Xin chào, Phạm Thị Thu")
    assert_styled(page)

    page.get_by_role("button", name="Phạm Thị Thu").click()
    page.get_by_role("button", name="Đăng xuất").click()
    expect(page).to_have_url("/tai-khoan/dang-nhap/")
    page.goto("/to-chuc/")
    expect(page).to_have_url("/tai-khoan/dang-nhap/?next=/to-chuc/")


def test_it_sends_an_admin_without_device_to_otp_setup_then_home(page: Page, tree):
    admin = make_login_user("quan_tri", Role.SYSTEM_ADMIN, tree.province, "Đỗ Minh Quân")
    login(page, "quan_tri")

    expect(page).to_have_url("/tai-khoan/otp/thiet-lap/")
    expect(page.get_by_role("heading", name="Bật xác thực hai lớp")).to_be_visible()
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    expect(page.locator("#otp-secret")).to_have_text(base64.b32encode(device.bin_key).decode())

    page.get_by_label("Mã xác thực 6 chữ số").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Xác nhận").click()

    expect(page).to_have_url("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Xin chào, Đỗ Minh Quân")
    expect(page.get_by_role("alert")).to_contain_text("Đã bật xác thực hai lớp")
    assert TOTPDevice.objects.filter(user=admin, confirmed=True).count() == 1


def test_it_asks_an_admin_with_a_device_for_the_code(page: Page, tree, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # a wrong code would otherwise lock the next try for 1 s
    admin = make_login_user("quan_tri", Role.SYSTEM_ADMIN, tree.province, "Đỗ Minh Quân")
    device = TOTPDevice.objects.create(user=admin, name="Điện thoại", confirmed=True)
    login(page, "quan_tri")

    expect(page).to_have_url(re.compile(r"/tai-khoan/xac-thuc/\?next=(/|%2F)$"))
    page.get_by_label("Mã xác thực 6 chữ số").fill(f"{(totp(device.bin_key) + 1) % 1_000_000:06d}")
    page.get_by_role("button", name="Xác thực").click()
    expect(page.get_by_text("Mã xác thực không đúng.")).to_be_visible()

    page.get_by_label("Mã xác thực 6 chữ số").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Xác thực").click()
    expect(page).to_have_url("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Xin chào")
