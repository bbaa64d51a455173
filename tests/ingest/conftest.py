"""Helpers shared by the ingest tests: run the whole extractor on a text."""

from collections.abc import Callable
from typing import Any

import pytest

from thidua.ingest.service import ingest_text


@pytest.fixture
def extract() -> Callable[[str], dict[str, Any]]:
    """`extract(text)` → the contract dict, as the command would print it."""
    return lambda text: dict(ingest_text(text))
