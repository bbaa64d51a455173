"""A council scene: the department's council with members, a meeting and an appraised dossier.

The secretary (Role.COUNCIL_SECRETARY over the department) runs the council; `personas`
gives the negative personas (officer_b of unit B, the read-only council_member, …).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.councils.factories import (
    add_members,
    make_council,
    make_dossier,
    make_meeting,
    make_named_user,
    make_round,
    mark_present,
)
from tests.factories import make_person
from thidua.accounts.models import Role
from thidua.councils.models import AgendaItem, Council, CouncilMember, Meeting
from thidua.councils.services.meeting import agenda_item_add
from thidua.nominations.models import Dossier, ReviewRound


@dataclass
class Scene:
    secretary: Any
    council: Council
    members: list[CouncilMember]
    round: ReviewRound
    dossier: Dossier
    meeting: Meeting
    item: AgendaItem
    nominee: Any


@pytest.fixture
def immediate_tasks(settings: Any) -> Iterator[None]:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    yield


@pytest.fixture
def secretary(tree: Any) -> Any:
    return make_named_user("thu_ky", "Lò Thị Hoa", Role.COUNCIL_SECRETARY, tree.dept)


@pytest.fixture
def make_scene(tree: Any, personas: Any, secretary: Any) -> Callable[..., Scene]:
    """`make_scene(members=5, present=None, award="CSTDCS")`: `present` members (all if None)
    are marked present; the dossier of unit A proposes one person for `award`."""

    def build(members: int = 5, present: int | None = None, award: str = "CSTDCS") -> Scene:
        council = make_council(secretary, tree.dept)
        seated = add_members(council, secretary, members)
        the_round = make_round(tree.dept)
        nominee = make_person("Nguyễn Văn Được", org=tree.unit_a)
        dossier = make_dossier(the_round, tree.unit_a, [(nominee, award)])
        meeting = make_meeting(council, secretary, chair=seated[0])
        item = agenda_item_add(actor=secretary, meeting=meeting, dossier=dossier)
        mark_present(meeting, secretary, seated[: members if present is None else present])
        return Scene(secretary, council, seated, the_round, dossier, meeting, item, nominee)

    return build


@pytest.fixture
def scene(make_scene: Callable[..., Scene]) -> Scene:
    return make_scene()


@pytest.fixture
def soffice_path() -> str:
    """The minutes' PDF needs LibreOffice; never skipped (`make test` installs it)."""
    import shutil

    path = shutil.which("soffice")
    if path is None:
        pytest.fail("LibreOffice (soffice) chưa được cài: chạy scripts/debian-deps.sh test")
    return path
