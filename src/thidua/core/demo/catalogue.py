"""What the demo organisations are: provinces, their departments, divisions and units.

The unit names follow the organisation of provincial labour departments before 2025 (as in
the seed documents); the staff of each unit are generated in `plan.py`.
"""

import datetime as dt
from dataclasses import dataclass

from thidua.organizations.models import OrgKind, StaffCategory

CS = StaffCategory.CIVIL_SERVANT
PE = StaffCategory.PUBLIC_EMPLOYEE
WK = StaffCategory.WORKER

LABOUR = "SLDTBXH"  # Sở Lao động - Thương binh và Xã hội
HOME = "SNV"  # Sở Nội vụ
LABOUR_NAME = "Sở Lao động - Thương binh và Xã hội tỉnh {p}"
HOME_NAME = "Sở Nội vụ tỉnh {p}"


@dataclass(frozen=True)
class UnitSpec:
    suffix: str
    name: str  # "{p}" is replaced by the province name
    kind: str
    founded: dt.date | None = None  # None: founded with its department


@dataclass(frozen=True)
class ProvinceSpec:
    code: str
    name: str
    cccd: str  # CCCD province code (place of birth registration)
    founded: dt.date
    highland: bool  # mountain province: Tày, Thái, Hmông… surnames are common
    main: bool  # one of the four seed provinces (full staff lists, district offices)
    districts: tuple[str, ...] = ()
    merged_into: str = ""  # the province it joined on 01/07/2025 (Nghị quyết 202/2025/QH15)


PROVINCES: tuple[ProvinceSpec, ...] = (
    ProvinceSpec(
        "LCI",
        "Lào Cai",
        "010",
        dt.date(1991, 10, 1),
        True,
        True,
        (
            "thành phố Lào Cai",
            "thị xã Sa Pa",
            "huyện Bát Xát",
            "huyện Mường Khương",
            "huyện Si Ma Cai",
            "huyện Bắc Hà",
            "huyện Bảo Thắng",
            "huyện Bảo Yên",
            "huyện Văn Bàn",
        ),
    ),
    ProvinceSpec(
        "SLA",
        "Sơn La",
        "014",
        dt.date(1976, 1, 1),
        True,
        True,
        ("huyện Mộc Châu", "huyện Mai Sơn", "huyện Thuận Châu"),
    ),
    ProvinceSpec(
        "NBH",
        "Ninh Bình",
        "037",
        dt.date(1992, 4, 1),
        False,
        True,
        ("huyện Hoa Lư", "huyện Gia Viễn", "huyện Kim Sơn"),
    ),
    ProvinceSpec(
        "BPC",
        "Bình Phước",
        "070",
        dt.date(1997, 1, 1),
        False,
        True,
        ("thành phố Đồng Xoài", "huyện Bù Đăng", "huyện Lộc Ninh"),
        merged_into="DNI",
    ),
    # Needed for the 2025 provincial mergers only: smaller departments, no district offices.
    ProvinceSpec("YBI", "Yên Bái", "015", dt.date(1991, 10, 1), True, False, merged_into="LCI"),
    ProvinceSpec("HNM", "Hà Nam", "035", dt.date(1997, 1, 1), False, False, merged_into="NBH"),
    ProvinceSpec("NDH", "Nam Định", "036", dt.date(1997, 1, 1), False, False, merged_into="NBH"),
    ProvinceSpec("DNI", "Đồng Nai", "075", dt.date(1976, 1, 1), False, False),
)
PROVINCE_BY_CODE = {p.code: p for p in PROVINCES}

DIVISION = OrgKind.DIVISION
UNIT = OrgKind.PUBLIC_SERVICE_UNIT

LABOUR_UNITS: dict[str, UnitSpec] = {
    u.suffix: u
    for u in (
        UnitSpec("VP", "Văn phòng Sở", DIVISION),
        UnitSpec("TTRA", "Thanh tra Sở", DIVISION),
        UnitSpec("KHTC", "Phòng Kế hoạch - Tài chính", DIVISION),
        UnitSpec(
            "LDVL", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp", DIVISION
        ),  # renamed 2025
        UnitSpec("NCC", "Phòng Người có công", DIVISION),
        UnitSpec("BTXH", "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới", DIVISION),
        UnitSpec("PCTNXH", "Phòng Phòng, chống tệ nạn xã hội", DIVISION),
        UnitSpec("GN", "Phòng Giảm nghèo", DIVISION),
        UnitSpec("DVVL", "Trung tâm Dịch vụ việc làm tỉnh {p}", UNIT),
        UnitSpec("CTXH", "Trung tâm Công tác xã hội tỉnh {p}", UNIT, dt.date(2016, 7, 1)),
        UnitSpec("TTBTXH", "Trung tâm Bảo trợ xã hội tỉnh {p}", UNIT),
        UnitSpec("CD", "Trường Cao đẳng Nghề tỉnh {p}", UNIT),
        UnitSpec("CNMT", "Cơ sở cai nghiện ma túy tỉnh {p}", UNIT),
        # Seed 004: the voluntary rehabilitation centre celebrated its 10th anniversary in 2023.
        UnitSpec("CNTN", "Cơ sở cai nghiện ma túy tự nguyện tỉnh {p}", UNIT, dt.date(2013, 9, 20)),
        UnitSpec("DDNCC", "Trung tâm Điều dưỡng người có công tỉnh {p}", UNIT),
        UnitSpec("NTLS", "Ban Quản lý Nghĩa trang liệt sĩ tỉnh {p}", UNIT),
    )
}
# Lào Cai, seed 004: 14 collectives in 2023 (7 divisions and 7 units).
LAO_CAI_UNITS = (
    "VP",
    "TTRA",
    "KHTC",
    "LDVL",
    "NCC",
    "BTXH",
    "PCTNXH",
    "DVVL",
    "CTXH",
    "TTBTXH",
    "CD",
    "CNMT",
    "CNTN",
    "DDNCC",
)
CORE_UNITS = ("VP", "TTRA", "KHTC", "LDVL", "NCC", "BTXH", "DVVL", "TTBTXH")
OPTIONAL_UNITS = ("PCTNXH", "GN", "CTXH", "CD", "CNMT", "DDNCC", "NTLS")
SMALL_LABOUR_UNITS = ("VP", "LDVL", "NCC", "DVVL")

# Lào Cai's vocational-training division, merged into the labour division in 2019.
VOCATIONAL = UnitSpec("DN", "Phòng Dạy nghề", DIVISION)
# Lào Cai's labour division was called this before 2019, and every one is called this again
# from 01/03/2025, when vocational education passed to the education sector.
LABOUR_DIVISION_NAME = "Phòng Lao động - Việc làm"
LABOUR_DIVISION_LONG_NAME = "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp"

HOME_FOUNDED = dt.date(2005, 1, 1)
HOME_UNITS: tuple[UnitSpec, ...] = (
    UnitSpec("VP", "Văn phòng Sở", DIVISION),
    UnitSpec("TCBC", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", DIVISION),
    UnitSpec("CCVC", "Phòng Công chức, viên chức", DIVISION),
)
# The provincial emulation board: a unit of the people's committee until it joined the home
# affairs department (Nghị định 13/2008/NĐ-CP, Thông tư 04/2008/TT-BNV).
BOARD = UnitSpec("BTDKT", "Ban Thi đua - Khen thưởng tỉnh {p}", DIVISION)
BOARD_MOVED = dt.date(2009, 1, 1)

# Titles of the head and the deputy by unit; the default depends on the kind.
HEAD_TITLES: dict[str, tuple[str, str]] = {
    "VP": ("Chánh Văn phòng", "Phó Chánh Văn phòng"),
    "TTRA": ("Chánh Thanh tra", "Phó Chánh Thanh tra"),
    "BTDKT": ("Trưởng ban", "Phó Trưởng ban"),
    "NTLS": ("Trưởng ban", "Phó Trưởng ban"),
    "CD": ("Hiệu trưởng", "Phó Hiệu trưởng"),
    OrgKind.DEPARTMENT: ("Giám đốc", "Phó Giám đốc"),
    OrgKind.PUBLIC_SERVICE_UNIT: ("Giám đốc", "Phó Giám đốc"),
    OrgKind.DIVISION: ("Trưởng phòng", "Phó Trưởng phòng"),
    OrgKind.DISTRICT_OFFICE: ("Trưởng phòng", "Phó Trưởng phòng"),
}

# Other posts by unit: (position, staff category, weight).
Post = tuple[str, str, int]
_CARE: tuple[Post, ...] = (
    ("Công tác xã hội viên", PE, 3),
    ("Điều dưỡng viên", PE, 1),
    ("Kế toán", PE, 1),
    ("Nhân viên", WK, 2),
)
_MEDICAL: tuple[Post, ...] = (
    ("Bác sĩ", PE, 1),
    ("Điều dưỡng viên", PE, 2),
    ("Viên chức", PE, 2),
    ("Kế toán", PE, 1),
    ("Nhân viên", WK, 1),
    ("Bảo vệ", WK, 1),
)
POSTS: dict[str, tuple[Post, ...]] = {
    "VP": (
        ("Chuyên viên", CS, 5),
        ("Chuyên viên chính", CS, 1),
        ("Văn thư", CS, 1),
        ("Kế toán", CS, 1),
        ("Lái xe", WK, 1),
        ("Nhân viên bảo vệ", WK, 1),
    ),
    "TTRA": (("Thanh tra viên", CS, 3), ("Thanh tra viên chính", CS, 1)),
    "KHTC": (("Chuyên viên", CS, 3), ("Chuyên viên chính", CS, 1), ("Kế toán", CS, 1)),
    "CD": (
        ("Giảng viên", PE, 5),
        ("Giảng viên chính", PE, 1),
        ("Kế toán", PE, 1),
        ("Nhân viên", WK, 1),
    ),
    "DVVL": (
        ("Tư vấn viên", PE, 3),
        ("Viên chức", PE, 2),
        ("Kế toán", PE, 1),
        ("Nhân viên", WK, 1),
    ),
    "CTXH": _CARE,
    "TTBTXH": _CARE,
    "CNMT": _MEDICAL,
    "CNTN": _MEDICAL,
    "DDNCC": _MEDICAL,
    OrgKind.DIVISION: (("Chuyên viên", CS, 4), ("Chuyên viên chính", CS, 1)),
    OrgKind.DISTRICT_OFFICE: (("Chuyên viên", CS, 4), ("Kế toán", CS, 1)),
    OrgKind.PUBLIC_SERVICE_UNIT: (("Viên chức", PE, 4), ("Kế toán", PE, 1), ("Nhân viên", WK, 1)),
}


def labour_code(province: str, suffix: str = "") -> str:
    return f"{province}-{LABOUR}-{suffix}" if suffix else f"{province}-{LABOUR}"


def home_code(province: str, suffix: str = "") -> str:
    return f"{province}-{HOME}-{suffix}" if suffix else f"{province}-{HOME}"


def board_code(province: str) -> str:
    return f"{province}-{BOARD.suffix}"


def district_code(province: str, number: int) -> str:
    return f"{province}-PLD{number:02d}"


def province_today(code: str) -> str:
    """The province that carries `code`'s history after the 2025 mergers."""
    merged_into = PROVINCE_BY_CODE[code].merged_into
    return province_today(merged_into) if merged_into else code
