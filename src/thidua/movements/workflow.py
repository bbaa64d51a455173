"""The legal moves of movements, registrations and unit reports (STYLE convention 5).

One table per workflow, and the only place that knows the moves: the transition services
(`movement_transition`, `registration_transition`, `report_transition`) look a move up here,
the pages draw their buttons from here, and the tests walk every row and every forbidden
source. `by` says who may make the move: "manager" is whoever holds MANAGE_MOVEMENTS over
the movement's organiser; "unit" is whoever holds REGISTER (registrations) or REPORT
(reports) over the unit, and for a staff member's own registration the person themself.
`guard` names the rule of rules.py that must return no errors first.

    movement:      draft ─launch→ launched ─close→ closed ─summarise→ summarised
                                     ↑______reopen______|
    registration:  draft/returned ─submit→ submitted ─accept→ accepted
                                               └──return (reason)→ returned
    report:        draft/returned ─submit→ submitted ─return (reason)→ returned
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from thidua.audit.models import EventType
from thidua.movements.models import MovementStatus, RegistrationStatus, ReportStatus

M, R, P = MovementStatus, RegistrationStatus, ReportStatus


@dataclass(frozen=True)
class Transition:
    label: str  # what the button says
    event: str  # the audit event type
    by: str  # "manager" or "unit"
    guard: str = ""  # "launch", "registration_submit" or "report_submit" (rules.py)
    needs_note: bool = False  # a reason is required (returns, reopening)
    danger: bool = False


MOVEMENT_TRANSITIONS: dict[tuple[str, str], Transition] = {
    (M.DRAFT, M.LAUNCHED): Transition(
        "Phát động", EventType.MOVEMENT_LAUNCHED, "manager", guard="launch"
    ),
    (M.LAUNCHED, M.CLOSED): Transition(
        "Kết thúc phong trào", EventType.MOVEMENT_CLOSED, "manager", danger=True
    ),
    (M.CLOSED, M.LAUNCHED): Transition(
        "Mở lại", EventType.MOVEMENT_REOPENED, "manager", needs_note=True
    ),
    (M.CLOSED, M.SUMMARISED): Transition("Đã tổng kết", EventType.MOVEMENT_SUMMARISED, "manager"),
}

REGISTRATION_TRANSITIONS: dict[tuple[str, str], Transition] = {
    (R.DRAFT, R.SUBMITTED): Transition(
        "Gửi đăng ký", EventType.REGISTRATION_SUBMITTED, "unit", guard="registration_submit"
    ),
    (R.RETURNED, R.SUBMITTED): Transition(
        "Gửi lại đăng ký", EventType.REGISTRATION_SUBMITTED, "unit", guard="registration_submit"
    ),
    (R.SUBMITTED, R.ACCEPTED): Transition("Chấp nhận", EventType.REGISTRATION_ACCEPTED, "manager"),
    (R.SUBMITTED, R.RETURNED): Transition(
        "Trả lại", EventType.REGISTRATION_RETURNED, "manager", needs_note=True, danger=True
    ),
}

REPORT_TRANSITIONS: dict[tuple[str, str], Transition] = {
    (P.DRAFT, P.SUBMITTED): Transition(
        "Gửi báo cáo", EventType.REPORT_SUBMITTED, "unit", guard="report_submit"
    ),
    (P.RETURNED, P.SUBMITTED): Transition(
        "Gửi lại báo cáo", EventType.REPORT_SUBMITTED, "unit", guard="report_submit"
    ),
    (P.SUBMITTED, P.RETURNED): Transition(
        "Trả lại", EventType.REPORT_RETURNED, "manager", needs_note=True, danger=True
    ),
}


def transition_for(
    table: dict[tuple[str, str], Transition], source: str, target: str
) -> Transition:
    """The row for source → target, or a ValidationError saying the move is not allowed."""
    row = table.get((source, target))
    if row is None:
        raise ValidationError(f"Không thể chuyển từ trạng thái «{source}» sang «{target}».")
    return row


def moves_from(
    table: dict[tuple[str, str], Transition], source: str, by: set[str]
) -> list[tuple[str, Transition]]:
    """The moves out of `source` that someone acting as one of `by` may make (for buttons)."""
    return [(t, row) for (s, t), row in table.items() if s == source and row.by in by]
