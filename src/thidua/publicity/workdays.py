"""Working days in Vietnam: Monday to Friday, less public holidays (Tết included), plus the
Saturdays the Government turns into working days when it moves a day off.

The calendar comes from the `holidays` package (country "VN"), which follows the yearly
decisions on days off; the functions take it as an argument so that the tests can name
the days they mean.
"""

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=1)
def vietnam_calendar() -> holidays.HolidayBase:
    return holidays.country_holidays("VN")


def is_working_day(day: dt.date, calendar: holidays.HolidayBase | None = None) -> bool:
    return bool((calendar or vietnam_calendar()).is_working_day(day))


def working_days_end(
    start: dt.date, days: int, calendar: holidays.HolidayBase | None = None
) -> dt.date:
    """The last day of a period of `days` working days beginning on `start`.

    `start` is the first of them when it is a working day (a notice posted on Monday for
    10 working days runs to the Friday of the next week); otherwise counting begins on
    the next working day.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    calendar = calendar or vietnam_calendar()
    day, counted = start, 0
    while True:
        if calendar.is_working_day(day):
            counted += 1
            if counted == days:
                return day
        day += dt.timedelta(days=1)
