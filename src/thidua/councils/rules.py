"""Pure rules of the council's ballots (STYLE convention 4): no ORM access here.

Thresholds and quorum live in `thidua.rules.council`; this module decides who abstains on an
item for a conflict of interest and what a member's ballot must contain.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from thidua.councils.models import Choice


@dataclass(frozen=True, slots=True)
class MemberFacts:
    id: int
    name: str
    person_id: int | None  # the member's entry in the staff registry, if linked
    unit_path: str  # tree path of the person's current organisation ("" if unknown)


@dataclass(frozen=True, slots=True)
class DossierParties:
    """Who gains from a dossier: its proposing unit, its people and its collectives."""

    unit_path: str
    unit_name: str
    person_ids: frozenset[int]
    collectives: tuple[tuple[str, str], ...]  # (tree path, name) of collective nominees


def conflict_reason(member: MemberFacts, parties: DossierParties) -> str:
    """Why `member` must abstain on the dossier (empty: no conflict).

    Issue 5: a member who is the nominee or from the nominee's unit abstains. A member's
    unit is "from" a unit when it is that unit or inside it (the tree path starts with it).
    """
    if member.person_id is not None and member.person_id in parties.person_ids:
        return "là người được đề nghị khen thưởng"
    if not member.unit_path:
        return ""
    if member.unit_path.startswith(parties.unit_path):
        return f"công tác tại đơn vị đề nghị ({parties.unit_name})"
    for path, name in parties.collectives:
        if member.unit_path.startswith(path):
            return f"công tác tại tập thể được đề nghị ({name})"
    return ""


def ballot_errors(nominee_ids: Iterable[int], choices: Mapping[int, str]) -> list[str]:
    """A returned ballot says Đồng ý or Không đồng ý for every nominee and nothing else."""
    expected = set(nominee_ids)
    errors = []
    if set(choices) - expected:
        errors.append("Phiếu có người, tập thể không thuộc nội dung bỏ phiếu.")
    if expected - set(choices):
        errors.append("Cần chọn «Đồng ý» hoặc «Không đồng ý» cho từng người, tập thể.")
    if any(value not in Choice.values for value in choices.values()):
        errors.append("Lựa chọn trên phiếu không hợp lệ.")
    return errors
