"""Fictitious Vietnamese identities for the demo data: names, birth dates, CCCD numbers.

Everything here is generated from the caller's seeded `random.Random`; none of it
describes a real person. Names are common combinations; CCCD numbers follow the shape
that `check_national_id` verifies (province, century/gender digit, year) with random
last six digits, and e-mails use the reserved `.invalid` top-level domain (RFC 2606).
"""

import datetime as dt
import random
from dataclasses import dataclass

from thidua.core.text import fold

EMAIL_DOMAIN = "demo.thidua.invalid"

# Surnames with rough weights; the mountain provinces add Tày, Thái, Hmông and Dao surnames.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("Nguyễn", 30),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Vũ", 4),
    ("Đặng", 3),
    ("Bùi", 3),
    ("Đỗ", 3),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 2),
    ("Lý", 1),
    ("Đinh", 2),
    ("Mai", 1),
    ("Trịnh", 1),
    ("Phan", 2),
    ("Lương", 1),
)
HIGHLAND_SURNAMES: tuple[tuple[str, int], ...] = (
    ("Lò", 3),
    ("Cầm", 2),
    ("Hà", 3),
    ("Lường", 2),
    ("Quàng", 1),
    ("Giàng", 2),
    ("Sùng", 1),
    ("Vàng", 1),
    ("Thào", 1),
    ("Lù", 1),
    ("Tòng", 1),
    ("Điêu", 1),
    ("Nông", 2),
    ("Triệu", 1),
)
MIDDLE = {
    "male": (
        "Văn",
        "Văn",
        "Văn",
        "Đức",
        "Minh",
        "Quang",
        "Hữu",
        "Công",
        "Thanh",
        "Xuân",
        "Ngọc",
        "Trung",
        "Mạnh",
        "Tiến",
    ),
    "female": (
        "Thị",
        "Thị",
        "Thị",
        "Thị",
        "Thu",
        "Ngọc",
        "Thanh",
        "Minh",
        "Hồng",
        "Phương",
        "Thùy",
        "Kim",
        "Hải",
    ),
}
GIVEN = {
    "male": (
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Đức",
        "Giang",
        "Hải",
        "Hùng",
        "Huy",
        "Khánh",
        "Long",
        "Minh",
        "Nam",
        "Phong",
        "Quân",
        "Sơn",
        "Thắng",
        "Tiến",
        "Trung",
        "Tuấn",
        "Việt",
        "Hoàng",
        "Thành",
        "Tùng",
        "Kiên",
        "Hiếu",
        "Lâm",
        "Quý",
        "Toàn",
        "Vinh",
    ),
    "female": (
        "Anh",
        "Châu",
        "Dung",
        "Giang",
        "Hà",
        "Hạnh",
        "Hằng",
        "Hoa",
        "Hương",
        "Huyền",
        "Lan",
        "Linh",
        "Mai",
        "Nga",
        "Ngọc",
        "Nhung",
        "Oanh",
        "Phương",
        "Quỳnh",
        "Thảo",
        "Thủy",
        "Trang",
        "Tuyết",
        "Vân",
        "Yến",
        "Hiền",
        "Loan",
        "Lý",
        "Tâm",
        "Xuân",
    ),
}
# Leaders named in the seed documents: never generated, so no demo record looks like them.
AVOID = frozenset({"nguyen tuan anh"})

# Provinces where people of the (pre-2025) province were most often born, besides their own.
ELSEWHERE_CCCD = ("001", "025", "030", "034", "038", "040", "033", "036")


@dataclass(frozen=True)
class Identity:
    full_name: str
    gender: str
    birth_date: dt.date
    national_id: str
    email: str


class IdentityMaker:
    """Makes unique identities; `home_cccd` is the CCCD province code of the unit's province."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ids: set[str] = set()
        self.emails: set[str] = set()

    def make(
        self,
        *,
        home_cccd: str,
        highland: bool,
        years: tuple[int, int] = (1966, 2000),
        gender: str = "",
    ) -> Identity:
        gender = gender or self.rng.choice(("male", "female"))
        name = self._name(gender, highland)
        birth = self._birth_date(*years)
        cccd = home_cccd if self.rng.random() < 0.85 else self.rng.choice(ELSEWHERE_CCCD)
        return Identity(
            full_name=name,
            gender=gender,
            birth_date=birth,
            national_id=self._national_id(cccd, gender, birth),
            email=self._email(name),
        )

    def _name(self, gender: str, highland: bool) -> str:
        pool = SURNAMES + HIGHLAND_SURNAMES if highland else SURNAMES
        while True:
            surname = self.rng.choices([s for s, _ in pool], weights=[w for _, w in pool])[0]
            name = f"{surname} {self.rng.choice(MIDDLE[gender])} {self.rng.choice(GIVEN[gender])}"
            if fold(name) not in AVOID:
                return name

    def _birth_date(self, first: int, last: int) -> dt.date:
        start = dt.date(first, 1, 1)
        span = (dt.date(last, 12, 31) - start).days
        return start + dt.timedelta(days=self.rng.randint(0, span))

    def _national_id(self, province: str, gender: str, birth: dt.date) -> str:
        century = 0 if birth.year < 2000 else 2
        digit = century + (1 if gender == "female" else 0)
        while True:
            value = f"{province}{digit}{birth.year % 100:02d}{self.rng.randint(0, 999_999):06d}"
            if value not in self.ids:
                self.ids.add(value)
                return value

    def _email(self, full_name: str) -> str:
        """`annv@…` style (given name + initials of the other parts), numbered when taken."""
        parts = fold(full_name).split()
        local = parts[-1] + "".join(p[0] for p in parts[:-1])
        candidate, n = local, 1
        while candidate in self.emails:
            n += 1
            candidate = f"{local}{n}"
        self.emails.add(candidate)
        return f"{candidate}@{EMAIL_DOMAIN}"
