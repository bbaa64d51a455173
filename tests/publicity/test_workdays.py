"""Working days in Vietnam: weekends, public holidays, Tết and the Saturdays made working."""

import datetime as dt

import pytest

from thidua.publicity.workdays import is_working_day, working_days_end

D = dt.date


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (D(2025, 1, 6), 10, D(2025, 1, 17)),  # two plain weeks, Monday to the next Friday
        (D(2025, 4, 28), 3, D(2025, 5, 5)),  # 30/04, 01/05 and the 02/05 day off skipped
        (D(2025, 4, 25), 2, D(2025, 4, 26)),  # Saturday 26/04/2025 was a working day
        (D(2025, 1, 24), 2, D(2025, 2, 3)),  # Tết Ất Tỵ: 27/01–01/02/2025
        (D(2026, 2, 13), 10, D(2026, 3, 5)),  # Tết Bính Ngọ: 16–20/02/2026
        (D(2025, 12, 31), 1, D(2025, 12, 31)),  # a working start day counts as the first
        (D(2025, 12, 31), 2, D(2026, 1, 2)),  # New Year's Day skipped
        (D(2026, 11, 21), 1, D(2026, 11, 23)),  # a Saturday start: counting begins Monday
        (D(2026, 11, 23), 2, D(2026, 11, 25)),  # 24/11, the Vietnam Culture Day
        (D(2026, 8, 28), 2, D(2026, 9, 3)),  # 31/08 day off, 01–02/09 National Day
    ],
)
def test_it_counts_working_days(start: dt.date, days: int, end: dt.date) -> None:
    assert working_days_end(start, days) == end


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 4, 30), False),
        (D(2025, 4, 26), True),
        (D(2025, 4, 27), False),
        (D(2026, 2, 17), False),
        (D(2026, 2, 23), True),
    ],
)
def test_it_knows_working_days(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_it_refuses_an_empty_period() -> None:
    with pytest.raises(ValueError):
        working_days_end(D(2025, 1, 6), 0)
