"""Making a notice, receiving and resolving comments, closing: the services."""

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_person
from tests.publicity.fixtures import add_nominee, make_dossier
from thidua.audit.models import Event, EventType
from thidua.movements.models import Notification
from thidua.nominations.models import DossierStatus, Outcome
from thidua.publicity.models import CommentStatus, PublicComment
from thidua.publicity.services import (
    RATE_LIMIT,
    comment_resolve,
    comment_submit,
    notice_conclude,
    notice_create,
    sender_hash,
)
from thidua.rules.models import ProvinceSetting

MONDAY = dt.datetime(2025, 4, 28, 9, 0, tzinfo=dt.UTC)  # 10 working days end on 14/05/2025


def _notice(council: Any, personas: Any) -> Any:
    return notice_create(actor=personas.dept_officer, the_round=council.round)


def _comment(notice: Any, address: str = "203.0.113.5", **kwargs: Any) -> PublicComment:
    data = {
        "name": "Lê Văn Cường",
        "contact": "0912 345 678",
        "content": "Đề nghị làm rõ.",
        "entry": None,
    }
    return comment_submit(notice=notice, address=address, **{**data, **kwargs})


@time_machine.travel(MONDAY)
def test_it_publishes_the_approved_nominees_that_need_it(council: Any, personas: Any) -> None:
    add_nominee(council.dossier, code="LDTT")  # approved, but not published by default
    add_nominee(council.dossier, outcome=Outcome.REJECTED, person=make_person("Đỗ Thị Hà"))
    notice = _notice(council, personas)
    assert [e.nomination_id for e in notice.entries.all()] == [council.nominee.pk]
    entry = notice.entries.get()
    assert (entry.name, entry.unit) == ("Nguyễn Văn An", "Phòng Lao động - Việc làm")
    assert (notice.opens_on, notice.closes_on, notice.working_days) == (
        dt.date(2025, 4, 28),
        dt.date(2025, 5, 14),
        10,
    )
    council.dossier.refresh_from_db()
    assert council.dossier.status == DossierStatus.PUBLISHED
    event = Event.objects.get(event_type=EventType.PUBLICATION_OPENED)
    assert event.data["dossiers"] == [council.dossier.pk]


@time_machine.travel(MONDAY)
def test_it_takes_the_period_from_the_province_setting(
    council: Any, personas: Any, tree: Any
) -> None:
    ProvinceSetting.objects.create(
        province=tree.province,
        year=2025,
        council={"CSTD_TINH": {"public_comment": True, "public_comment_days": 3}},
    )
    notice = _notice(council, personas)
    assert (notice.working_days, notice.closes_on) == (3, dt.date(2025, 5, 5))


@time_machine.travel(MONDAY)
def test_it_skips_awards_the_province_does_not_publish(
    council: Any, personas: Any, tree: Any
) -> None:
    ProvinceSetting.objects.create(
        province=tree.province, year=2025, council={"CSTD_TINH": {"public_comment": False}}
    )
    with pytest.raises(ValidationError, match="cần lấy ý kiến"):
        _notice(council, personas)


@time_machine.travel(MONDAY)
def test_it_lets_only_the_organisers_officer_make_a_notice(council: Any, personas: Any) -> None:
    for user in (personas.officer_a, personas.leader, personas.clerk_a):
        with pytest.raises(PermissionDenied):
            notice_create(actor=user, the_round=council.round)
    council.dossier.refresh_from_db()
    assert council.dossier.status == DossierStatus.COUNCIL


@time_machine.travel(MONDAY)
def test_it_refuses_a_start_in_the_past(council: Any, personas: Any) -> None:
    with pytest.raises(ValidationError):
        notice_create(
            actor=personas.dept_officer, the_round=council.round, opens_on=dt.date(2025, 4, 1)
        )


@time_machine.travel(MONDAY)
def test_it_receives_a_comment_audits_and_tells_the_officers(council: Any, personas: Any) -> None:
    notice = _notice(council, personas)
    comment = _comment(notice, entry=notice.entries.get())
    assert comment.sender_hash == sender_hash("203.0.113.5") != "203.0.113.5"
    assert "203.0.113.5" not in comment.sender_hash
    event = Event.objects.get(event_type=EventType.COMMENT_RECEIVED)
    assert event.actor is None and event.data["comment"] == comment.pk
    told = Notification.objects.filter(text__startswith="Có ý kiến góp ý mới")
    assert [n.user for n in told] == [personas.dept_officer]


@time_machine.travel(MONDAY)
def test_it_limits_the_comments_of_one_sender(council: Any, personas: Any) -> None:
    notice = _notice(council, personas)
    for _ in range(RATE_LIMIT):
        _comment(notice)
    with pytest.raises(ValidationError, match="trong một giờ qua"):
        _comment(notice)
    _comment(notice, address="198.51.100.7")  # another sender
    later = dt.datetime(2025, 4, 28, 10, 1, tzinfo=dt.UTC)
    _comment(notice, now=later)  # an hour later
    assert PublicComment.objects.count() == RATE_LIMIT + 2


def test_it_refuses_comments_once_closed(council: Any, personas: Any) -> None:
    with time_machine.travel(MONDAY):
        notice = _notice(council, personas)
    with (
        time_machine.travel(dt.datetime(2025, 5, 15, 9, 0, tzinfo=dt.UTC)),
        pytest.raises(ValidationError, match="hết thời gian"),
    ):
        _comment(notice)


def test_it_concludes_only_after_the_last_day_with_every_comment_resolved(
    council: Any, personas: Any
) -> None:
    with time_machine.travel(MONDAY):
        notice = _notice(council, personas)
        comment = _comment(notice)
        with pytest.raises(ValidationError) as early:
            notice_conclude(notice=notice, actor=personas.dept_officer)
        assert "Chưa hết thời gian" in " ".join(early.value.messages)
    with time_machine.travel(dt.datetime(2025, 5, 15, 9, 0, tzinfo=dt.UTC)):
        with pytest.raises(ValidationError) as pending:
            notice_conclude(notice=notice, actor=personas.dept_officer)
        assert "Còn 1 ý kiến góp ý chưa được xử lý" in " ".join(pending.value.messages)
        council.dossier.refresh_from_db()
        assert council.dossier.status == DossierStatus.PUBLISHED
        comment_resolve(
            comment=comment,
            resolution="Đã xác minh, ý kiến không có cơ sở.",
            actor=personas.dept_officer,
        )
        notice = notice_conclude(notice=notice, actor=personas.dept_officer)
    council.dossier.refresh_from_db()
    assert council.dossier.status == DossierStatus.CONCLUDED
    assert notice.concluded_at is not None
    assert Event.objects.filter(event_type=EventType.PUBLICATION_CLOSED).count() == 1
    with pytest.raises(ValidationError, match="đã kết thúc"):
        notice_conclude(notice=notice, actor=personas.dept_officer)


@time_machine.travel(MONDAY)
def test_it_records_a_resolution(council: Any, personas: Any) -> None:
    notice = _notice(council, personas)
    comment = _comment(notice)
    with pytest.raises(PermissionDenied):
        comment_resolve(comment=comment, resolution="x", actor=personas.officer_a)
    with pytest.raises(ValidationError):
        comment_resolve(comment=comment, resolution="  ", actor=personas.dept_officer)
    comment = comment_resolve(
        comment=comment, resolution="Đã trả lời.", actor=personas.dept_officer
    )
    assert (comment.status, comment.resolved_by) == (CommentStatus.RESOLVED, personas.dept_officer)
    assert Event.objects.filter(event_type=EventType.COMMENT_RESOLVED).count() == 1


def test_it_concludes_every_dossier_of_the_notice_or_none(
    council: Any, personas: Any, tree: Any
) -> None:
    other = make_dossier(council.round, tree.unit_b, title="Hồ sơ Phòng Người có công")
    add_nominee(other, person=make_person("Phạm Thị Lan", org=tree.unit_b))
    with time_machine.travel(MONDAY):
        notice = _notice(council, personas)
        comment = _comment(notice, entry=notice.entries.get(nomination__dossier=other))
    assert notice.entries.count() == 2
    with time_machine.travel(dt.datetime(2025, 5, 15, 9, 0, tzinfo=dt.UTC)):
        with pytest.raises(ValidationError, match="Hồ sơ Phòng Người có công: Còn 1"):
            notice_conclude(notice=notice, actor=personas.dept_officer)
        statuses = {d.status for d in (council.dossier, other) if not d.refresh_from_db()}
        assert statuses == {DossierStatus.PUBLISHED}
        comment_resolve(comment=comment, resolution="Đã trả lời.", actor=personas.dept_officer)
        notice_conclude(notice=notice, actor=personas.dept_officer)
    statuses = {d.status for d in (council.dossier, other) if not d.refresh_from_db()}
    assert statuses == {DossierStatus.CONCLUDED}
