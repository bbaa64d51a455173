"""Regressions of bugs the browser tests found (each was a strict xfail until fixed)."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import sign_in

pytestmark = pytest.mark.browser


def test_it_styles_the_unit_choice_like_the_other_fields(page: Page, live_server, personas):
    sign_in(page, live_server, personas.officer_a)
    page.goto("/to-chuc/ca-nhan/moi/")

    expect(page.get_by_label("Giới tính")).to_have_class(re.compile(r"\bform-select\b"))
    expect(page.get_by_label("Đơn vị công tác")).to_have_class(
        re.compile(r"\bform-select\b"), timeout=1_000
    )
