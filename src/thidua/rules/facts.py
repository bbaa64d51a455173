"""Plain facts the rule checks read: no ORM, immutable, built in bulk by the selectors.

A person's (or a collective's) history is a set of small mappings keyed by year. The
checks never query: what they need about other subjects (a collective's members) is
summarised here first (`MemberStats`). The records built once per person or row are
NamedTuples rather than frozen dataclasses: as immutable, and five times cheaper to
make, which counts at 500.000 people (ADR 0005).
"""

import datetime as dt
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

RATING_RANK = {"incomplete": 0, "complete": 1, "good": 2, "excellent": 3}
RATING_LABELS = {
    "excellent": "Hoàn thành xuất sắc nhiệm vụ",
    "good": "Hoàn thành tốt nhiệm vụ",
    "complete": "Hoàn thành nhiệm vụ",
    "incomplete": "Không hoàn thành nhiệm vụ",
}
DISCIPLINE_RANK = {
    "reprimand": 1,
    "warning": 2,
    "salary_down": 3,
    "demotion": 4,
    "removal": 5,
    "dismissal": 6,
}
DISCIPLINE_LABELS = {
    "reprimand": "khiển trách",
    "warning": "cảnh cáo",
    "salary_down": "hạ bậc lương",
    "demotion": "giáng chức",
    "removal": "cách chức",
    "dismissal": "buộc thôi việc",
}
LEVEL_RANK = {"co_so": 1, "tinh": 2, "toan_quoc": 3}
LEVEL_LABELS = {"co_so": "cấp cơ sở", "tinh": "cấp tỉnh", "toan_quoc": "toàn quốc"}
TITLE_LABELS = {
    "LDTT": "Lao động tiên tiến",
    "CSTDCS": "Chiến sĩ thi đua cơ sở",
    "CSTD_TINH": "Chiến sĩ thi đua cấp tỉnh",
    "CSTD_TQ": "Chiến sĩ thi đua toàn quốc",
    "TTLDTT": "Tập thể lao động tiên tiến",
    "TTLDXS": "Tập thể lao động xuất sắc",
    "BANG_KHEN_TINH": "Bằng khen cấp tỉnh",
    "BANG_KHEN_BO": "Bằng khen cấp bộ",
    "BANG_KHEN_TTG": "Bằng khen của Thủ tướng Chính phủ",
    "HUAN_CHUONG_LD_BA": "Huân chương Lao động hạng Ba",
    "CO_THI_DUA_TINH": "Cờ thi đua cấp tỉnh",
}


class InitiativeFact(NamedTuple):
    code: str
    year: int
    level: str  # co_so | tinh | toan_quoc
    kind: str  # sang_kien | de_tai


class DisciplineFact(NamedTuple):
    form: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class MemberStats:
    """A collective's members (employed in it at the year's end) in the year evaluated.

    `ldtt` and `cstdcs` count members who received the title that year or are eligible
    for it; `complete` counts members rated «complete» or better; `disciplined` maps a
    discipline form to the number of members disciplined at that form or above in the
    year (taking effect in it), `disciplined_in_force` the same for measures in force.
    """

    count: int = 0
    complete: int = 0
    ldtt: int = 0
    cstdcs: int = 0
    disciplined: Mapping[str, int] = field(default_factory=dict)
    disciplined_in_force: Mapping[str, int] = field(default_factory=dict)


class SubjectFacts(NamedTuple):
    """One person (`ca_nhan`) or collective (`tap_the`) with the history the rules read.

    `awards` maps an award code to the years it was received (revoked ones left out); a
    collective's history includes that of the units merged into it. The mappings are
    read-only by convention (plain dicts and sets: building 500.000 of them frozen costs).
    """

    subject: str
    pk: int
    code: str
    name: str
    unit_id: int | None = None
    province_id: int | None = None
    recruited_on: dt.date | None = None
    ratings: Mapping[int, str] = MappingProxyType({})
    awards: Mapping[str, AbstractSet[int]] = MappingProxyType({})
    initiatives: tuple[InitiativeFact, ...] = ()
    disciplines: tuple[DisciplineFact, ...] = ()
    members: MemberStats | None = None


@dataclass(slots=True)
class Context:
    """The year evaluated and the titles the subject is already found eligible for in it.

    The engine fills `eligible` as it goes, so that a chain or count that includes the
    year evaluated counts it when the title was awarded that year or is eligible now.
    """

    year: int
    eligible: set[str] = field(default_factory=set)

    def holds(self, facts: SubjectFacts, code: str, year: int) -> bool:
        if year in facts.awards.get(code, ()):
            return True
        return year == self.year and code in self.eligible


def rating_label(rating: str | None) -> str:
    return RATING_LABELS.get(rating or "", "chưa xếp loại")


def title_label(code: str) -> str:
    return TITLE_LABELS.get(code, code)


def param(params: Mapping[str, Any], key: str, default: Any) -> Any:
    value = params.get(key, default)
    return default if value is None else value
