"""The reports tests' scenario (see scenario.py)."""

from typing import Any

import pytest

from tests.reports.scenario import Scenario, build_scenario


@pytest.fixture
def scenario(tree: Any, personas: Any) -> Scenario:
    return build_scenario(tree)
