"""The movement rules as pure functions over plain values (STYLE convention 4).

No ORM here: services and selectors pass plain facts in, and the same functions run in the
pages, the services that refuse a change, the dashboards and the reminders.

- `achievement`: how far a value is towards a target, with its explanation in Vietnamese;
- `check_launch`, `check_registration_window`, `check_registration_submit`,
  `check_report_submit`: the guards of the transition tables (workflow.py);
- `due_dates`, `reminder_due`: when reports are due and when to remind.
"""

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from thidua.core.formats import format_date, format_number

AT_LEAST, AT_MOST, EXACTLY = "at_least", "at_most", "exactly"
GREEN, AMBER, RED, NONE = "green", "amber", "red", "none"
# A target at 80 % or more of its plan is "nearly there" (amber); below is red.
AMBER_FROM = Decimal(80)
# An "exactly" target within 10 % of its value either way is amber.
EXACT_TOLERANCE = Decimal(10)
# Reminders owed but not sent (the worker was down) are still sent this many days late.
CATCH_UP_DAYS = 30
_HUNDRED = Decimal(100)
_TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Achievement:
    met: bool | None  # None: nothing recorded yet
    percent: Decimal | None  # % of the plan, one decimal; None when no ratio makes sense
    light: str
    text: str


def _num(value: Decimal, unit: str = "") -> str:
    """15.66 → "15,66"; 20000 → "20.000"; with the unit of measure after a space."""
    exponent = value.normalize().as_tuple().exponent
    decimals = max(-exponent, 0) if isinstance(exponent, int) else 0
    text = format_number(value, decimals)
    return f"{text} {unit}" if unit else text


def _pct(ratio: Decimal) -> Decimal:
    return (ratio * _HUNDRED).quantize(_TENTH, rounding=ROUND_HALF_UP)


def _ratio(
    direction: str, target: Decimal, value: Decimal, baseline: Decimal | None
) -> tuple[Decimal, str] | None:
    """value→target as a fraction of the plan and how it was computed; None when no ratio
    means anything (a zero or negative target without a usable baseline).

    With a baseline on the right side of the target the fraction is of the way from the
    baseline to the target (a poverty rate from 18,66 % down to 15,66 %): "baseline"; from a
    zero baseline upwards that is value / target, so it is reported as such.
    Otherwise it is value / target ("plain"), reversed for an "at most" target ("reversed").
    """
    if (
        baseline is not None
        and direction != EXACTLY
        and not (direction == AT_LEAST and baseline == 0)
    ):
        span = target - baseline if direction == AT_LEAST else baseline - target
        if span > 0:
            done = value - baseline if direction == AT_LEAST else baseline - value
            return done / span, "baseline"
    if direction == AT_MOST:
        return (target / value, "reversed") if value > 0 and target > 0 else None
    return (value / target, "plain") if target > 0 and value >= 0 else None


def _light(met: bool, direction: str, percent: Decimal | None) -> str:
    if met:
        return GREEN
    if percent is None:
        return RED
    if direction == EXACTLY:
        return AMBER if abs(percent - _HUNDRED) <= EXACT_TOLERANCE else RED
    return AMBER if percent >= AMBER_FROM else RED


def achievement(
    *,
    direction: str,
    target: Decimal,
    value: Decimal | None,
    baseline: Decimal | None = None,
    unit: str = "",
) -> Achievement:
    """How `value` stands against `target`, e.g. "Đạt 133,3 % kế hoạch: thực hiện 26.667 lao
    động, chỉ tiêu 20.000 lao động."

    "At least": more is better. "At most" (an unemployment rate under 2 %): less is better,
    the ratio is reversed (target / value) and the text says so. "Exactly": only the value
    itself meets it. Percentages are rounded half up to one decimal.
    """
    if value is None:
        return Achievement(None, None, NONE, "Chưa có số liệu thực hiện.")
    met = {AT_LEAST: value >= target, AT_MOST: value <= target, EXACTLY: value == target}[direction]
    ratio = _ratio(direction, target, value, baseline)
    percent = _pct(ratio[0]) if ratio else None
    basis = ratio[1] if ratio else ""
    return Achievement(
        met,
        percent,
        _light(met, direction, percent),
        _explain(direction, met, target, value, baseline, percent, basis, unit),
    )


def _explain(
    direction: str,
    met: bool,
    target: Decimal,
    value: Decimal,
    baseline: Decimal | None,
    percent: Decimal | None,
    basis: str,
    unit: str,
) -> str:
    head = "Đạt" if met else "Chưa đạt"
    done = f"thực hiện {_num(value, unit)}"
    if direction == EXACTLY:
        share = f", bằng {format_number(percent, 1)} % chỉ tiêu" if percent and not met else ""
        return f"{head}: {done}, chỉ tiêu phải đúng bằng {_num(target, unit)}{share}."
    if percent is not None:
        head += f"{'' if met else ' –'} {format_number(percent, 1)} % kế hoạch"
        if basis == "baseline" and baseline is not None:
            head += f" (tính từ mức xuất phát {_num(baseline, unit)})"
        elif basis == "reversed":
            head += " (tính ngược: mức tối đa / thực hiện)"
    if direction == AT_MOST:
        return f"{head}: {done}, mức tối đa {_num(target, unit)} – chỉ tiêu càng thấp càng tốt."
    return f"{head}: {done}, chỉ tiêu {_num(target, unit)}."


# --- guards of the transition tables ------------------------------------------------------


@dataclass(frozen=True)
class LaunchFacts:
    title: str
    start_year: int
    end_year: int
    parent_status: str | None  # None: no parent movement
    participant_count: int  # units that would compete


def check_launch(facts: LaunchFacts) -> list[str]:
    """A movement is launched with a title, a period, units that compete, and only under a
    parent movement that was launched itself."""
    errors = []
    if not facts.title.strip():
        errors.append("Phong trào chưa có tên.")
    if facts.end_year < facts.start_year:
        errors.append("Năm kết thúc phải từ năm bắt đầu trở đi.")
    if facts.parent_status == "draft":
        errors.append("Phong trào cấp trên còn là dự thảo; phát động phong trào cấp trên trước.")
    if facts.participant_count == 0:
        errors.append("Phạm vi thi đua không có đơn vị nào đang hoạt động để tham gia.")
    return errors


def check_registration_window(
    *, today: dt.date, opens_on: dt.date, deadline: dt.date, reopened_until: dt.date | None
) -> list[str]:
    """Registrations are taken from `opens_on` to the deadline, or to the reopened date."""
    if today < opens_on:
        return [f"Chưa đến thời gian đăng ký thi đua (mở từ ngày {format_date(opens_on)})."]
    last = max(deadline, reopened_until) if reopened_until else deadline
    if today > last:
        return [
            f"Đã hết hạn đăng ký thi đua (hạn chót {format_date(last)}). "
            "Đề nghị liên hệ bộ phận thi đua – khen thưởng để được mở lại đăng ký."
        ]
    return []


@dataclass(frozen=True)
class RegistrationFacts:
    today: dt.date
    opens_on: dt.date
    deadline: dt.date
    reopened_until: dt.date | None
    movement_status: str
    line_count: int


def check_registration_submit(facts: RegistrationFacts) -> list[str]:
    errors = []
    if facts.movement_status != "launched":
        errors.append("Phong trào không còn nhận đăng ký (chưa phát động hoặc đã kết thúc).")
    errors += check_registration_window(
        today=facts.today,
        opens_on=facts.opens_on,
        deadline=facts.deadline,
        reopened_until=facts.reopened_until,
    )
    if facts.line_count == 0:
        errors.append("Bản đăng ký chưa có danh hiệu nào.")
    return errors


@dataclass(frozen=True)
class ReportFacts:
    movement_status: str
    has_text: bool
    figure_count: int


def check_report_submit(facts: ReportFacts) -> list[str]:
    errors = []
    if facts.movement_status not in ("launched", "closed"):
        errors.append("Phong trào không nhận báo cáo ở trạng thái này.")
    if not facts.has_text and facts.figure_count == 0:
        errors.append("Báo cáo chưa có nội dung hoặc số liệu.")
    return errors


# --- due dates and reminders -------------------------------------------------------------


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def due_dates(
    *,
    recurrence: str,
    due_date: dt.date | None,
    due_day: int | None,
    due_month: int | None,
    years: list[int],
) -> list[tuple[int, dt.date]]:
    """(year, due date) of each occurrence: one for a one-off request, one per year of the
    movement for a yearly one (day 31 in a 30-day month, or 29/02, falls on the month's end)."""
    if recurrence == "once":
        return [(due_date.year, due_date)] if due_date else []
    if due_day is None or due_month is None:
        return []
    return [(year, _clamped(year, due_month, due_day)) for year in years]


def reminder_due(
    *, today: dt.date, due: dt.date, days_before: int, days_after: int, submitted: bool
) -> str | None:
    """Which reminder a unit that has not reported is owed today: "before" from `days_before`
    days ahead of the due date until it, "after" from `days_after` days past it. Each is sent
    once (the caller keeps a key per reminder), so a missed daily run catches up; a report
    more than CATCH_UP_DAYS past its "after" day is left to the overdue list."""
    if submitted:
        return None
    after = due + dt.timedelta(days=max(days_after, 1))
    if after <= today <= after + dt.timedelta(days=CATCH_UP_DAYS):
        return "after"
    if due - dt.timedelta(days=days_before) <= today <= due:
        return "before"
    return None
