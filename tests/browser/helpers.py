"""What the browser tests share: signing in, users with names, the style check, screenshots."""

import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.test import Client
from playwright.sync_api import Page, expect

from tests.factories import PASSWORD
from thidua.accounts.models import User
from thidua.accounts.services import role_grant, user_create

BRAND_RGB = "rgb(138, 28, 28)"  # --td-brand of static/css/thidua.css


def make_login_user(username: str, role: str, org: Any, full_name: str) -> User:
    """A user who signs in through the form (so with the test password) and has a real name."""
    user = user_create(actor=None, username=username, password=PASSWORD, full_name=full_name)
    role_grant(actor=None, user=user, role=role, organization=org)
    return user


def show_as(user: User, full_name: str) -> User:
    """Give a persona a real name (the navbar of the README screenshots), split as user_create does."""
    family, _, given = full_name.rpartition(" ")
    User.objects.filter(pk=user.pk).update(first_name=given, last_name=family)
    return user


def login(page: Page, username: str, password: str = PASSWORD) -> None:
    """Sign in through the login form, as a person would."""
    page.goto("/tai-khoan/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()


def sign_in(page: Page, live_server: Any, user: Any) -> None:
    """Give the browser a session of `user` without the (deliberately slow) password check."""
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def assert_styled(page: Page) -> None:
    """Fails when Bootstrap and thidua.css did not load: the navbar would keep default colours."""
    expect(page.locator("nav.navbar")).to_have_css("background-color", BRAND_RGB)
    expect(page.locator("nav.navbar")).to_have_css("display", "flex")


def snap(page: Page, name: str, *, full_page: bool = True) -> None:
    """Save a README screenshot when scripts/screenshots.py asks for them; a no-op otherwise."""
    folder = os.environ.get("THIDUA_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name), full_page=full_page)
