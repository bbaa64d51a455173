import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from thidua.core.formats import format_date, format_number
from thidua.core.text import fold, normalize_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn An", "nguyen van an"),
        ("NGUYỄN  VĂN   AN", "nguyen van an"),
        ("Đặng Thị Đào", "dang thi dao"),
        ("Lò Văn Hưởng", "lo van huong"),
        ("Nguyê\u0303n", "nguyen"),  # decomposed input
        ("", ""),
        (None, ""),
    ],
)
def test_it_folds_vietnamese_text(text, expected):
    assert fold(text) == expected


def test_it_normalizes_names_to_nfc_and_single_spaces():
    assert normalize_name("  Nguyê\u0303n   Văn An ") == "Nguyễn Văn An"


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, None, "1.234,5"),
        (1234567, None, "1.234.567"),
        (15.66, None, "15,66"),
        (0.5, None, "0,5"),
        (Decimal("2340000"), 0, "2.340.000"),
        (133.333, 1, "133,3"),
        (-1500, None, "-1.500"),
        (None, None, ""),
    ],
)
def test_it_formats_numbers_the_vietnamese_way(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_it_formats_dates_as_dd_mm_yyyy_in_vietnam_time():
    assert format_date(dt.date(2025, 3, 1)) == "01/03/2025"
    utc = dt.datetime(2025, 2, 28, 20, 30, tzinfo=ZoneInfo("UTC"))
    assert format_date(utc) == "01/03/2025 03:30"
    assert format_date(None) == ""
