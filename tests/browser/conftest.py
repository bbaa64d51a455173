"""Real-browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server.

- `browser` is one Chromium per test process (session scope); each test gets a fresh context
  (cookies, storage) through `page` (desktop 1280×800) or `phone_page` (390×844, touch).
- `live_server` serves static files through the staticfiles finders (the autouse
  `_test_settings` fixture of tests/conftest.py switches to plain StaticFilesStorage), and
  requesting it gives the test `transactional_db`: the server thread sees committed rows.
- Every page is watched: a console error (CSP violations are console errors), an uncaught
  exception or a failed request for a static file fails the test at teardown, unless the
  test declared it with `console.allow(...)`.

Helpers the tests share (signing in, the style check, screenshots) are in helpers.py.
"""

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Request,
    Response,
    expect,
    sync_playwright,
)

CHROMIUM = "/usr/bin/chromium"  # Debian's package; never `playwright install`
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 10_000

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    # Playwright's sync API leaves its event loop marked as running in this thread for as
    # long as it lives, and Django refuses ORM calls "from an async context" while it is.
    # Test code and the live server are plain sync code, so lift the guard for that time only.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class PageWatch:
    """Collects what must not happen on a page: console errors, page errors, broken static files."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.allowed: list[re.Pattern[str]] = []

    def allow(self, pattern: str) -> None:
        """Declare an expected console error (e.g. the 404 of a page the persona may not see)."""
        self.allowed.append(re.compile(pattern))

    def _add(self, text: str) -> None:
        if not any(p.search(text) for p in self.allowed):
            self.problems.append(text)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self._add(f"console: {message.text} ({message.location.get('url', '')})")

    def on_page_error(self, error: Any) -> None:
        self._add(f"page error: {error}")

    def on_response(self, response: Response) -> None:
        if "/static/" in response.url and response.status >= 400:
            self._add(f"static {response.status}: {response.url}")

    def on_request_failed(self, request: Request) -> None:
        # ERR_ABORTED is the browser cancelling a request because the page moved on or closed
        # (often the favicon); a file the server cannot serve shows up in on_response instead.
        if "/static/" in request.url and "ERR_ABORTED" not in (request.failure or ""):
            self._add(f"static failed: {request.url} {request.failure}")

    def attach(self, page: Page) -> None:
        page.on("console", self.on_console)
        page.on("pageerror", self.on_page_error)
        page.on("response", self.on_response)
        page.on("requestfailed", self.on_request_failed)


@pytest.fixture
def console() -> PageWatch:
    return PageWatch()


def _page(browser: Browser, live_server: Any, console: PageWatch, **options: Any) -> Iterator[Page]:
    context = browser.new_context(
        base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", **options
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    console.attach(page)
    yield page
    context.close()
    assert not console.problems, "The browser reported errors:\n" + "\n".join(console.problems)


@pytest.fixture
def page(browser: Browser, live_server: Any, console: PageWatch) -> Iterator[Page]:
    yield from _page(browser, live_server, console, viewport=DESKTOP)


@pytest.fixture
def phone_page(browser: Browser, live_server: Any, console: PageWatch) -> Iterator[Page]:
    yield from _page(
        browser,
        live_server,
        console,
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
