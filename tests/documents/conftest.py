"""Fixtures of the documents tests: tasks run at once, LibreOffice must be installed."""

import shutil
from collections.abc import Iterator
from typing import Any

import pytest


def pytest_configure(config: Any) -> None:
    config.addinivalue_line(
        "markers", "libreoffice: converts with the real LibreOffice (installed by make test)"
    )


@pytest.fixture
def soffice() -> str:
    """LibreOffice tests are never skipped: `make test` installs it (scripts/debian-deps.sh)."""
    path = shutil.which("soffice")
    if path is None:
        pytest.fail("LibreOffice (soffice) chưa được cài: chạy scripts/debian-deps.sh test")
    return path


@pytest.fixture
def immediate_tasks(settings: Any) -> Iterator[None]:
    """django-tasks runs tasks in the enqueuing thread, as soon as on_commit fires."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    yield
