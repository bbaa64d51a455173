"""Opening, changing and closing a round: permissions, deadlines, audit, notifications."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_user
from tests.nominations.helpers import FAR, make_round
from thidua.accounts.models import Role
from thidua.audit.models import Event, EventType
from thidua.movements.models import Notification
from thidua.nominations.models import RoundStatus
from thidua.nominations.services.rounds import (
    deadline_errors,
    round_close,
    round_open,
    round_update,
)

DATA = {
    "kind": "year_end",
    "year": 2025,
    "title": "Xét khen thưởng năm 2025",
    "submission_deadline": FAR,
}


def test_it_opens_a_round_audited_and_tells_the_units_below(tree, personas):
    head_b = make_user("head_b", Role.UNIT_HEAD, tree.unit_b)
    the_round = round_open(actor=personas.dept_officer, organizer=tree.dept, data=DATA)
    assert the_round.status == RoundStatus.OPEN and the_round.created_by == personas.dept_officer
    event = Event.objects.get(event_type=EventType.ROUND_OPENED)
    assert event.actor == personas.dept_officer and event.data["year"] == 2025
    told = set(Notification.objects.values_list("user__username", flat=True))
    # NOMINATE below the organiser: unit clerks and heads, unit officers; not the Sở's own
    assert {"clerk_a", "officer_a", "officer_b", "head_b"} <= told
    assert "dept_officer" not in told and "leader" not in told and "staff_a" not in told
    text = Notification.objects.filter(user=head_b).get().text
    assert "hạn gửi hồ sơ 31/12/2099" in text


@pytest.mark.parametrize("who", ["clerk_a", "officer_a", "auditor", "leader"])
def test_only_an_officer_over_the_organiser_opens_a_round(tree, personas, who):
    with pytest.raises(PermissionDenied):
        round_open(actor=getattr(personas, who), organizer=tree.dept, data=DATA)


@pytest.mark.parametrize(
    ("deadlines", "field"),
    [
        ({"appraisal_deadline": dt.date(2026, 1, 1)}, "appraisal_deadline"),
        (
            {"submission_deadline": dt.date(2026, 1, 10), "council_deadline": dt.date(2026, 1, 5)},
            "council_deadline",
        ),
        (
            {
                "submission_deadline": dt.date(2026, 1, 10),
                "appraisal_deadline": dt.date(2026, 1, 20),
                "decision_deadline": dt.date(2026, 1, 15),
            },
            "decision_deadline",
        ),
    ],
)
def test_deadlines_follow_the_steps_in_order(tree, deadlines, field):
    with pytest.raises(ValidationError) as raised:
        round_open(actor=None, organizer=tree.dept, data={**DATA, **deadlines})
    assert field in raised.value.message_dict


def test_deadlines_in_order_pass():
    assert (
        deadline_errors(
            {
                "submission_deadline": dt.date(2026, 1, 10),
                "appraisal_deadline": dt.date(2026, 1, 10),
                "council_deadline": None,
                "decision_deadline": dt.date(2026, 2, 1),
            }
        )
        == {}
    )


def test_it_updates_with_the_change_in_the_audit(tree, personas):
    the_round = make_round(tree)
    round_update(actor=personas.dept_officer, the_round=the_round, data={"title": "Đợt mới"})
    event = Event.objects.get(event_type=EventType.ROUND_CHANGED)
    assert event.data["new"] == {"title": "Đợt mới"}
    round_update(actor=personas.dept_officer, the_round=the_round, data={"title": "Đợt mới"})
    assert Event.objects.filter(event_type=EventType.ROUND_CHANGED).count() == 1  # no change


def test_it_closes_once_and_a_closed_round_is_kept(tree, personas):
    the_round = make_round(tree)
    with pytest.raises(PermissionDenied):
        round_close(actor=personas.clerk_a, the_round=the_round)
    closed = round_close(actor=personas.dept_officer, the_round=the_round, note="Hết hạn")
    assert closed.status == RoundStatus.CLOSED
    assert Event.objects.get(event_type=EventType.ROUND_CLOSED).data["note"] == "Hết hạn"
    with pytest.raises(ValidationError):
        round_close(actor=personas.dept_officer, the_round=closed)
    with pytest.raises(ValidationError):
        round_update(actor=personas.dept_officer, the_round=closed, data={"title": "x"})
