"""Bugs the browser tests found and reported, not fixed yet. Each test is a strict xfail: it
fails as soon as the bug is fixed, so whoever fixes it turns it into an ordinary test."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import sign_in

pytestmark = pytest.mark.browser


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
