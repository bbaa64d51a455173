"""Fixtures of the movement tests: the department's launched movement over tests/conftest.py's tree.

Sở LĐTBXH (dept) launches "Phong trào thi đua năm 2026"; its two divisions, unit_a and
unit_b, take part. officer_a / clerk_a / staff_a belong to unit_a; officer_b to unit_b (the
negative persona); dept_officer runs the movement; auditor, council member and leader only look.
"""

from typing import Any

import pytest

from tests.movements.helpers import make_movement, open_period
from thidua.movements.models import Movement, RegistrationPeriod


@pytest.fixture
def movement(tree: Any) -> Movement:
    return make_movement(tree)


@pytest.fixture
def period(movement: Movement) -> RegistrationPeriod:
    return open_period(movement)
