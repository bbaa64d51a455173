"""A dossier before the council with an approved nominee for CSTĐ tỉnh (published by
default), on the department's round."""

from dataclasses import dataclass
from typing import Any

import pytest

from tests.publicity.fixtures import add_nominee, make_dossier, make_round


@dataclass
class Council:
    round: Any
    dossier: Any
    nominee: Any


@pytest.fixture
def council(tree: Any, personas: Any) -> Council:
    the_round = make_round(tree.dept)
    dossier = make_dossier(the_round, tree.unit_a)
    nominee = add_nominee(dossier)
    return Council(round=the_round, dossier=dossier, nominee=nominee)
