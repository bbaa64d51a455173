"""Every row of the three transition tables works, and every other move is refused.

The tables (workflow.py) are walked from every source status to every target status: the
legal moves go through their service and leave an audit event, the others raise before
anything changes (FAC's lesson: a test must visit every row and every forbidden source).
"""

import datetime as dt
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.movements.helpers import award, make_movement, make_target, yearly_request
from thidua.audit.models import Event
from thidua.movements import services
from thidua.movements.models import (
    Movement,
    MovementStatus,
    Registration,
    RegistrationStatus,
    ReportStatus,
    UnitReport,
)
from thidua.movements.workflow import (
    MOVEMENT_TRANSITIONS,
    REGISTRATION_TRANSITIONS,
    REPORT_TRANSITIONS,
    moves_from,
    transition_for,
)

TODAY = dt.date(2026, 3, 1)
MOVEMENT_PAIRS = list(itertools.permutations(MovementStatus.values, 2))
REGISTRATION_PAIRS = list(itertools.permutations(RegistrationStatus.values, 2))
REPORT_PAIRS = list(itertools.permutations(ReportStatus.values, 2))


def _events(subject, event_type):
    return Event.objects.filter(
        subject_type=subject._meta.label_lower, subject_id=str(subject.pk), event_type=event_type
    )


@pytest.mark.parametrize(("source", "target"), MOVEMENT_PAIRS)
def test_it_walks_the_movement_table(tree, personas, source, target):
    movement = make_movement(tree, launched=False)
    Movement.objects.filter(pk=movement.pk).update(status=source)
    row = MOVEMENT_TRANSITIONS.get((source, target))
    call = dict(
        movement=movement, to=target, actor=personas.dept_officer, note="Ghi chú", today=TODAY
    )
    if row is None:
        with pytest.raises(ValidationError, match="Không thể chuyển"):
            services.movement_transition(**call)
        movement.refresh_from_db()
        assert movement.status == source
        return
    services.movement_transition(**call)
    movement.refresh_from_db()
    assert movement.status == target
    event = _events(movement, row.event).get()
    assert event.data == {"old": source, "new": target, "note": "Ghi chú"}
    assert event.actor == personas.dept_officer


def test_it_fixes_participants_and_the_day_when_launching(tree):
    movement = make_movement(tree, launched=False)
    services.movement_transition(movement=movement, to="launched", actor=None, today=TODAY)
    movement.refresh_from_db()
    assert movement.launched_on == TODAY
    assert set(movement.participants.values_list("organization", flat=True)) == {
        tree.unit_a.pk,
        tree.unit_b.pk,
    }


def test_it_keeps_a_launched_movement_under_a_draft_parent_from_launching(tree):
    parent = make_movement(tree, organizer=tree.province, launched=False)
    child = make_movement(tree, parent=parent, launched=False)
    with pytest.raises(ValidationError, match="cấp trên còn là dự thảo"):
        services.movement_transition(movement=child, to="launched", actor=None, today=TODAY)


def test_it_needs_a_reason_to_reopen(tree):
    movement = make_movement(tree)
    services.movement_transition(movement=movement, to="closed", actor=None)
    with pytest.raises(ValidationError, match="lý do"):
        services.movement_transition(movement=movement, to="launched", actor=None, note=" ")


@pytest.mark.parametrize("persona", ["officer_a", "clerk_a", "auditor", "leader", "council_member"])
def test_it_lets_only_the_organisers_officers_move_a_movement(tree, personas, persona):
    movement = make_movement(tree, launched=False)
    with pytest.raises(PermissionDenied):
        services.movement_transition(
            movement=movement, to="launched", actor=getattr(personas, persona), today=TODAY
        )
    movement.refresh_from_db()
    assert movement.status == "draft"


def _registration(tree, period, status):
    registration = services.registration_save(
        actor=None,
        period=period,
        organization=tree.unit_a,
        collective=[award("TTLDTT")],
        individuals={},
        commitments="Hoàn thành xuất sắc nhiệm vụ",
        today=TODAY,
    )
    Registration.objects.filter(pk=registration.pk).update(status=status)
    registration.refresh_from_db()
    return registration


@pytest.mark.parametrize(("source", "target"), REGISTRATION_PAIRS)
def test_it_walks_the_registration_table(tree, personas, period, source, target):
    registration = _registration(tree, period, source)
    row = REGISTRATION_TRANSITIONS.get((source, target))
    actor = personas.dept_officer if row is None or row.by == "manager" else personas.clerk_a
    call = dict(
        registration=registration, to=target, actor=actor, note="Thiếu cam kết", today=TODAY
    )
    if row is None:
        with pytest.raises(ValidationError, match="Không thể chuyển"):
            services.registration_transition(**call)
        registration.refresh_from_db()
        assert registration.status == source
        return
    services.registration_transition(**call)
    registration.refresh_from_db()
    assert registration.status == target
    assert _events(registration, row.event).get().data["new"] == target
    if target == RegistrationStatus.RETURNED:
        assert registration.return_reason == "Thiếu cam kết"


@pytest.mark.parametrize(
    ("source", "target", "persona"),
    [
        ("draft", "submitted", "officer_b"),  # another unit
        ("draft", "submitted", "auditor"),  # read-only
        ("submitted", "accepted", "clerk_a"),  # the unit cannot accept itself
        ("submitted", "returned", "officer_a"),  # an officer of the unit, not of the organiser
    ],
)
def test_it_refuses_registration_moves_to_the_wrong_people(
    tree, personas, period, source, target, persona
):
    registration = _registration(tree, period, source)
    with pytest.raises(PermissionDenied):
        services.registration_transition(
            registration=registration,
            to=target,
            actor=getattr(personas, persona),
            note="x",
            today=TODAY,
        )


def _report(tree, movement, status):
    request = yearly_request(movement)
    target = make_target(movement, organization=tree.unit_a)
    report = services.report_save(
        actor=None,
        request=request,
        year=2026,
        organization=tree.unit_a,
        text="Đơn vị đã hoàn thành các chỉ tiêu.",
        figures={target.pk: (target.target_value, "")},
    )
    UnitReport.objects.filter(pk=report.pk).update(status=status)
    report.refresh_from_db()
    return report


@pytest.mark.parametrize(("source", "target"), REPORT_PAIRS)
def test_it_walks_the_report_table(tree, personas, movement, source, target):
    report = _report(tree, movement, source)
    row = REPORT_TRANSITIONS.get((source, target))
    actor = personas.dept_officer if row is None or row.by == "manager" else personas.clerk_a
    call = dict(report=report, to=target, actor=actor, note="Bổ sung số liệu", today=TODAY)
    if row is None:
        with pytest.raises(ValidationError, match="Không thể chuyển"):
            services.report_transition(**call)
        report.refresh_from_db()
        assert report.status == source
        return
    services.report_transition(**call)
    report.refresh_from_db()
    assert report.status == target
    assert _events(report, row.event).get().data["new"] == target


def test_it_draws_buttons_from_the_tables():
    assert [t for t, _ in moves_from(MOVEMENT_TRANSITIONS, "closed", {"manager"})] == [
        "launched",
        "summarised",
    ]
    assert moves_from(REGISTRATION_TRANSITIONS, "submitted", {"unit"}) == []
    assert transition_for(REPORT_TRANSITIONS, "draft", "submitted").label == "Gửi báo cáo"
