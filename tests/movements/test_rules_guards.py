"""The guards of the transition tables and the date rules of registration and reports."""

import datetime as dt

import pytest

from thidua.movements import rules

D = dt.date


@pytest.mark.parametrize(
    ("facts", "errors"),
    [
        (rules.LaunchFacts("Phong trào 2026", 2026, 2026, None, 3), []),
        (rules.LaunchFacts("Phong trào 2026", 2026, 2026, "launched", 3), []),
        (rules.LaunchFacts("  ", 2026, 2026, None, 3), ["Phong trào chưa có tên."]),
        (rules.LaunchFacts("x", 2026, 2025, None, 3), ["Năm kết thúc phải từ năm bắt đầu trở đi."]),
        (
            rules.LaunchFacts("x", 2026, 2026, "draft", 3),
            ["Phong trào cấp trên còn là dự thảo; phát động phong trào cấp trên trước."],
        ),
        (
            rules.LaunchFacts("x", 2026, 2026, None, 0),
            ["Phạm vi thi đua không có đơn vị nào đang hoạt động để tham gia."],
        ),
    ],
)
def test_it_checks_a_launch(facts, errors):
    assert rules.check_launch(facts) == errors


# today, opens_on, deadline, reopened_until → open?
WINDOW = [
    (D(2026, 1, 15), D(2026, 1, 1), D(2026, 1, 31), None, True),
    (D(2026, 1, 1), D(2026, 1, 1), D(2026, 1, 31), None, True),
    (D(2026, 1, 31), D(2026, 1, 1), D(2026, 1, 31), None, True),  # the deadline itself counts
    (D(2026, 2, 1), D(2026, 1, 1), D(2026, 1, 31), None, False),
    (D(2025, 12, 31), D(2026, 1, 1), D(2026, 1, 31), None, False),
    (D(2026, 2, 10), D(2026, 1, 1), D(2026, 1, 31), D(2026, 2, 15), True),  # reopened
    (D(2026, 2, 16), D(2026, 1, 1), D(2026, 1, 31), D(2026, 2, 15), False),
    (
        D(2026, 1, 20),
        D(2026, 1, 1),
        D(2026, 1, 31),
        D(2026, 1, 10),
        True,
    ),  # earlier reopen: no effect
]


@pytest.mark.parametrize(("today", "opens_on", "deadline", "reopened", "is_open"), WINDOW)
def test_it_keeps_registration_inside_its_window(today, opens_on, deadline, reopened, is_open):
    errors = rules.check_registration_window(
        today=today, opens_on=opens_on, deadline=deadline, reopened_until=reopened
    )
    assert (errors == []) is is_open


def test_it_explains_a_refusal_after_the_deadline():
    errors = rules.check_registration_window(
        today=D(2026, 2, 1), opens_on=D(2026, 1, 1), deadline=D(2026, 1, 31), reopened_until=None
    )
    assert errors == [
        "Đã hết hạn đăng ký thi đua (hạn chót 31/01/2026). Đề nghị liên hệ bộ phận thi đua – "
        "khen thưởng để được mở lại đăng ký."
    ]


def test_it_explains_a_refusal_before_opening():
    errors = rules.check_registration_window(
        today=D(2025, 12, 1), opens_on=D(2026, 1, 1), deadline=D(2026, 1, 31), reopened_until=None
    )
    assert errors == ["Chưa đến thời gian đăng ký thi đua (mở từ ngày 01/01/2026)."]


@pytest.mark.parametrize(
    ("status", "lines", "today", "expected"),
    [
        ("launched", 2, D(2026, 1, 10), []),
        ("launched", 0, D(2026, 1, 10), ["Bản đăng ký chưa có danh hiệu nào."]),
        (
            "closed",
            2,
            D(2026, 1, 10),
            ["Phong trào không còn nhận đăng ký (chưa phát động hoặc đã kết thúc)."],
        ),
        ("launched", 1, D(2026, 3, 1), ["Đã hết hạn đăng ký thi đua"]),
    ],
)
def test_it_checks_a_registration_before_it_is_sent(status, lines, today, expected):
    errors = rules.check_registration_submit(
        rules.RegistrationFacts(
            today=today,
            opens_on=D(2026, 1, 1),
            deadline=D(2026, 1, 31),
            reopened_until=None,
            movement_status=status,
            line_count=lines,
        )
    )
    assert len(errors) == len(expected)
    for error, start in zip(errors, expected, strict=True):
        assert error.startswith(start)


@pytest.mark.parametrize(
    ("status", "text", "figures", "ok"),
    [
        ("launched", True, 0, True),
        ("closed", False, 2, True),
        ("launched", False, 0, False),
        ("draft", True, 1, False),
        ("summarised", True, 1, False),
    ],
)
def test_it_checks_a_report_before_it_is_sent(status, text, figures, ok):
    errors = rules.check_report_submit(rules.ReportFacts(status, text, figures))
    assert (errors == []) is ok


@pytest.mark.parametrize(
    ("recurrence", "due_date", "day", "month", "years", "expected"),
    [
        ("once", D(2026, 6, 30), None, None, [2026], [(2026, D(2026, 6, 30))]),
        ("once", None, None, None, [2026], []),
        (
            "yearly",
            None,
            15,
            12,
            [2021, 2022, 2023, 2024, 2025],
            [(y, D(y, 12, 15)) for y in range(2021, 2026)],
        ),
        ("yearly", None, 31, 6, [2026], [(2026, D(2026, 6, 30))]),  # June has 30 days
        ("yearly", None, 29, 2, [2023, 2024], [(2023, D(2023, 2, 28)), (2024, D(2024, 2, 29))]),
        ("yearly", None, None, 12, [2026], []),
    ],
)
def test_it_lists_the_due_dates(recurrence, due_date, day, month, years, expected):
    assert (
        rules.due_dates(
            recurrence=recurrence, due_date=due_date, due_day=day, due_month=month, years=years
        )
        == expected
    )


DUE = D(2026, 12, 15)


@pytest.mark.parametrize(
    ("today", "submitted", "expected"),
    [
        (D(2026, 12, 7), False, None),  # 8 days before
        (D(2026, 12, 8), False, "before"),  # 7 days before
        (D(2026, 12, 15), False, "before"),  # the due day
        (D(2026, 12, 16), False, None),
        (D(2026, 12, 18), False, "after"),  # 3 days after
        (D(2027, 1, 17), False, "after"),  # catching up, 30 days later
        (D(2027, 1, 18), False, None),  # too late: the overdue list shows it
        (D(2026, 12, 10), True, None),
        (D(2026, 12, 20), True, None),
    ],
)
def test_it_says_which_reminder_is_owed(today, submitted, expected):
    assert (
        rules.reminder_due(today=today, due=DUE, days_before=7, days_after=3, submitted=submitted)
        == expected
    )
