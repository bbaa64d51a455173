"""Dates as Vietnamese documents write them: "07/4/2014", "ngày 07 tháng 4 năm 2014".

Patterns run on diacritic-free text (`Doc.plain`).
"""

import datetime
import re

# Day, month and year in one of the two usual spellings; groups are named per spelling.
DATE_PATTERN = (
    r"(?:(?P<d1>\d{1,2})\s*[/.-]\s*(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s*,?\s+nam\s+(?P<y2>\d{4}))"
)
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)


def iso_date(day: int | None, month: int | None, year: int | None) -> str | None:
    """'YYYY-MM-DD' for a valid full date, else None."""
    if day is None or month is None or year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_from_match(match: re.Match[str]) -> str | None:
    """ISO date from a match of DATE_PATTERN (its groups may sit in a larger pattern)."""
    groups = match.groupdict()
    for suffix in ("1", "2"):
        if groups.get(f"d{suffix}"):
            return iso_date(
                int(groups[f"d{suffix}"]), int(groups[f"m{suffix}"]), int(groups[f"y{suffix}"])
            )
    return None


def parse_date(text: str) -> str | None:
    """ISO date of the first date written in `text` (diacritic-free), else None."""
    match = _DATE.search(text)
    return date_from_match(match) if match else None


def small_int(text: str | None, low: int, high: int) -> int | None:
    """int(text) when it lies in [low, high], else None (blank parts of a date)."""
    if not text or not text.isdigit():
        return None
    value = int(text)
    return value if low <= value <= high else None
