"""Cell value → typed value, as pure functions returning (value, error message or None).

Excel gives dates as date cells or as text, and numbers typed into a General cell lose
their leading zeros; these converters accept what users really send and say clearly what
they cannot accept.
"""

import datetime as dt
import re
from typing import Any

from thidua.core.text import fold

DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
EARLIEST = dt.date(1900, 1, 1)
DATE_HINT = "hãy nhập theo dạng dd/mm/yyyy hoặc dùng ô kiểu Ngày"


def to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def to_date(value: Any) -> tuple[dt.date | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return _in_range(value.date())
    if isinstance(value, dt.date):
        return _in_range(value)
    if isinstance(value, str):
        text = value.strip()
        for fmt in DATE_FORMATS:
            try:
                return _in_range(dt.datetime.strptime(text, fmt).date())
            except ValueError:
                continue
        return None, f"Ngày «{text}» không hợp lệ; {DATE_HINT}."
    return None, f"Giá trị «{to_text(value)}» không phải ngày; {DATE_HINT}."


def _in_range(day: dt.date) -> tuple[dt.date | None, str | None]:
    if day < EARLIEST:
        return None, f"Ngày {day:%d/%m/%Y} quá xa, không hợp lệ."
    return day, None


def to_choice(
    value: Any, lookup: dict[str, str], what: str, allowed: str
) -> tuple[str, str | None]:
    """A code from its code or its Vietnamese label; empty stays empty."""
    text = to_text(value)
    if not text:
        return "", None
    code = lookup.get(text) or lookup.get(fold(text))  # most cells hold the label exactly
    if code is None:
        return "", f"{what} «{text}» không hợp lệ; chọn một trong: {allowed}."
    return code, None


def to_national_id(value: Any) -> str:
    """CCCD as 12 characters; a numeric cell lost its leading zeros, every CCCD starts with 0."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float) and float(value).is_integer() and 0 < value < 10**12:
        return f"{int(value):012d}"
    return re.sub(r"[\s.]", "", to_text(value))


def to_phone(value: Any) -> str:
    """Phone as typed; a numeric cell lost the leading 0 of a 10-digit mobile number."""
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        digits = str(int(value))
        return f"0{digits}" if len(digits) == 9 else digits
    return to_text(value)
