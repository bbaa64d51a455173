"""Fixtures of the nominations tests over tests/conftest.py's tree and personas.

Sở LĐTBXH (dept) opens the 2025 year-end round; unit_a (clerk_a) sends a dossier; the
dept_officer receives and appraises it; officer_b (unit_b) is the negative persona.
"""

from typing import Any

import pytest

from tests.factories import make_user
from tests.nominations.helpers import make_dossier, make_round
from thidua.accounts.models import Role
from thidua.nominations.models import Dossier, ReviewRound


@pytest.fixture
def the_round(tree: Any) -> ReviewRound:
    return make_round(tree)


@pytest.fixture
def dossier(the_round: ReviewRound, tree: Any) -> Dossier:
    return make_dossier(the_round, tree.unit_a)


@pytest.fixture
def secretary(tree: Any) -> Any:
    return make_user("secretary", Role.COUNCIL_SECRETARY, tree.dept)


@pytest.fixture
def immediate_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
