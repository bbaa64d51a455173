"""The workbook layout: sheets, columns and the code lists, declared once.

Parse, checks, the template and the export all read these tuples, so a column added here
appears everywhere at once. Headers are matched ignoring case, diacritics, a trailing "*"
and underscores, so "Ma don vi", "MÃ ĐƠN VỊ *" and "Mã đơn vị" are one column.
"""

from dataclasses import dataclass
from typing import Any

from thidua.core.text import fold
from thidua.organizations.models import Gender, OrgKind, StaffCategory

UNITS = "units"
STAFF = "staff"
UNITS_TITLE = "Đơn vị"
STAFF_TITLE = "Cán bộ"
HELP_TITLE = "Hướng dẫn"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool = False
    width: int = 18
    aliases: tuple[str, ...] = ()
    max_length: int | None = None
    is_date: bool = False


UNIT_COLUMNS: tuple[Column, ...] = (
    Column("code", "Mã đơn vị", required=True, width=14, max_length=32),
    Column("name", "Tên đơn vị", required=True, width=44, max_length=255),
    Column("short_name", "Tên viết tắt", width=16, max_length=64),
    Column("kind", "Loại hình", required=True, width=24),
    Column(
        "parent_code",
        "Mã đơn vị cấp trên",
        width=18,
        max_length=32,
        aliases=("ma cap tren", "don vi cap tren"),
    ),
    Column("place", "Địa danh", width=18, max_length=100),
    Column("valid_from", "Ngày thành lập", width=14, is_date=True),
)

STAFF_COLUMNS: tuple[Column, ...] = (
    Column("full_name", "Họ và tên", required=True, width=28, max_length=150, aliases=("ho ten",)),
    Column("birth_date", "Ngày sinh", width=12, is_date=True),
    Column("gender", "Giới tính", width=10),
    Column(
        "national_id",
        "Số CCCD",
        width=15,
        aliases=("cccd", "so dinh danh", "so dinh danh ca nhan", "so cccd/cmnd"),
    ),
    Column(
        "civil_servant_code",
        "Mã số CC/VC",
        width=14,
        max_length=32,
        aliases=("ma so cong chuc", "ma so cong chuc, vien chuc", "ma cc/vc", "ma so cc, vc"),
    ),
    Column("email", "Email", width=26, max_length=254, aliases=("thu dien tu",)),
    Column("phone", "Điện thoại", width=14, max_length=20, aliases=("so dien thoai",)),
    Column("org_code", "Mã đơn vị", required=True, width=14, max_length=32),
    Column("position", "Chức vụ", width=24, max_length=150),
    Column("staff_category", "Loại cán bộ", width=18),
    Column("start_date", "Ngày bắt đầu", width=14, is_date=True),
)

COLUMNS: dict[str, tuple[Column, ...]] = {UNITS: UNIT_COLUMNS, STAFF: STAFF_COLUMNS}
TITLES: dict[str, str] = {UNITS: UNITS_TITLE, STAFF: STAFF_TITLE}


def header_key(text: str) -> str:
    """The comparison key of a header or sheet name."""
    return fold(text.replace("_", " ").rstrip("* ").strip())


SHEET_KEYS: dict[str, str] = {
    header_key(UNITS_TITLE): UNITS,
    "to chuc": UNITS,
    "co cau to chuc": UNITS,
    header_key(STAFF_TITLE): STAFF,
    "can bo, cong chuc": STAFF,
    "nhan su": STAFF,
}


def column_lookup(kind: str) -> dict[str, Column]:
    """Header key → column, including aliases."""
    lookup: dict[str, Column] = {}
    for column in COLUMNS[kind]:
        lookup[header_key(column.header)] = column
        for alias in column.aliases:
            lookup[header_key(alias)] = column
    return lookup


def _choice_lookup(
    choices: list[tuple[str, Any]], extra: dict[str, str] | None = None
) -> dict[str, str]:
    """Code or label, as written or folded → code; so "division", "Phòng chuyên môn" and
    "phong chuyen mon" are all accepted."""
    lookup = {str(label): code for code, label in choices}
    lookup.update({fold(code): code for code, _ in choices})
    lookup.update({fold(str(label)): code for code, label in choices})
    lookup.update(extra or {})
    return lookup


KIND_LOOKUP = _choice_lookup(
    OrgKind.choices,
    {"ubnd tinh": OrgKind.PROVINCIAL_COMMITTEE, "so": OrgKind.DEPARTMENT, "xa": OrgKind.COMMUNE},
)
GENDER_LOOKUP = _choice_lookup(
    Gender.choices, {"nu": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE}
)
CATEGORY_LOOKUP = _choice_lookup(StaffCategory.choices)
