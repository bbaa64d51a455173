"""Bugs the browser tests found and reported. Each test is a strict xfail: it fails as soon as
the bug is fixed, so whoever fixes it deletes the marker (and, for console errors, the entry
in conftest.KNOWN_ISSUES, which until then lets the other tests tolerate the message)."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from tests.browser.helpers import login, make_login_user, sign_in
from thidua.accounts.models import Role

pytestmark = pytest.mark.browser


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "htmx inserts an inline <style> that the CSP blocks: add "
        '<meta name="htmx-config" content=\'{"includeIndicatorStyles":false}\'> to templates/base.html'
    ),
)
def test_it_loads_htmx_without_a_csp_violation(page: Page, live_server, console, personas):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_load_state("load")

    assert "htmx-inline-style" not in console.known_seen


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "templates/base.html declares no icon, so Chromium's request for /favicon.ico is a 404 "
        "(logged once per browser, so tested here from the page rather than from the console)"
    ),
)
def test_it_declares_an_icon_or_serves_favicon(page: Page, live_server, personas):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/")

    declared = page.locator("link[rel~=icon]").count() > 0
    assert declared or page.request.get("/favicon.ico").ok


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "accounts.User uses Django's get_full_name() (first_name last_name), which puts the given "
        "name first: «Thu Phạm Thị» instead of «Phạm Thị Thu»"
    ),
)
def test_it_greets_the_user_with_the_family_name_first(page: Page, live_server, tree):
    user = make_login_user("thu", Role.EMULATION_OFFICER, tree.dept, "Phạm Thị Thu")
    sign_in(page, live_server, user)
    page.goto("/")

    assert page.get_by_role("heading", level=1).inner_text() == "Xin chào, Phạm Thị Thu"


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "the «Hủy» link of templates/organizations/form.html is javascript:history.back(), "
        "which the CSP (script-src 'self') refuses to run: the link does nothing"
    ),
)
def test_it_cancels_the_new_unit_form(page: Page, live_server, console, personas):
    console.allow(r"JavaScript URL violates .*script-src")
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/")
    page.get_by_role("link", name="Thêm đơn vị").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thêm đơn vị")

    page.get_by_role("link", name="Hủy").click()
    expect(page).to_have_url("/to-chuc/", timeout=2_000)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "sign-in events are recorded with organization=None (accounts/views.py) and "
        "audit.selectors.event_list shows events without organisation to superusers only, "
        "so not even a system administrator sees who signed in"
    ),
)
def test_it_shows_sign_ins_to_the_system_administrator(page: Page, tree):
    admin = make_login_user("quan_tri", Role.SYSTEM_ADMIN, tree.province, "Đỗ Minh Quân")
    device = TOTPDevice.objects.create(user=admin, name="Điện thoại", confirmed=True)
    login(page, "quan_tri")
    page.get_by_label("Mã xác thực 6 chữ số").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Xác thực").click()
    expect(page).to_have_url("/")

    page.goto("/nhat-ky/?loai=user.login")
    rows = page.get_by_role("table").locator("tbody").get_by_role("row")
    expect(rows.first).to_contain_text("Đăng nhập", timeout=2_000)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "organizations/forms.py adds the unit <select> after BootstrapMixin.__init__ styled the "
        "fields, so it renders as a bare native select beside its label"
    ),
)
def test_it_styles_the_unit_choice_like_the_other_fields(page: Page, live_server, personas):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/moi/")

    expect(page.get_by_label("Giới tính")).to_have_class(re.compile(r"\bform-select\b"))
    expect(page.get_by_label("Đơn vị công tác")).to_have_class(
        re.compile(r"\bform-select\b"), timeout=1_000
    )
