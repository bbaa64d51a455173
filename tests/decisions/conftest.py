"""Decisions tests: tasks (documents, certificates) run at once, after the commit."""

from collections.abc import Iterator
from typing import Any

import pytest

from tests.decisions.helpers import Setup, make_setup


@pytest.fixture(autouse=True)
def immediate_tasks(settings: Any) -> Iterator[None]:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.SITE_URL = "https://thidua.example.vn"
    yield


@pytest.fixture
def setup(tree: Any, personas: Any) -> Setup:
    return make_setup(tree)
