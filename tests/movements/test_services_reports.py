"""Reports: a unit's report and its figures, submission as progress, reminders, overdue, summary."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from tests.movements.helpers import make_target, once_request, pdf, yearly_request
from thidua.movements import services
from thidua.movements.models import Notification, Progress
from thidua.movements.selectors.access import movement_access
from thidua.movements.selectors.reports import overdue_list, report_summary

D = dt.date


def _save(tree, request, year=2026, org=None, figures=None, **kwargs):
    return services.report_save(
        actor=kwargs.pop("actor", None),
        request=request,
        year=year,
        organization=org or tree.unit_a,
        text=kwargs.pop("text", "Kết quả thực hiện phong trào năm 2026 của đơn vị."),
        figures=figures or {},
        **kwargs,
    )


def test_it_records_the_figures_as_progress_when_the_report_is_sent(tree, personas, movement):
    request = yearly_request(movement)
    target = make_target(movement, organization=tree.unit_a)
    report = _save(
        tree,
        request,
        figures={target.pk: (Decimal("21500"), "Cả năm")},
        attachments=[pdf("bao-cao.pdf")],
        actor=personas.clerk_a,
    )
    assert report.attachments.get().original_name == "bao-cao.pdf"
    services.report_transition(
        report=report, to="submitted", actor=personas.clerk_a, today=D(2026, 12, 10)
    )
    progress = Progress.objects.get(target=target)
    assert (progress.value, progress.on, progress.report) == (
        Decimal("21500"),
        D(2026, 12, 10),
        report,
    )
    target.refresh_from_db()
    assert target.light == "green"
    with pytest.raises(ValidationError, match="đã gửi"):
        _save(tree, request)


def test_it_refuses_figures_for_other_units_targets_and_years_outside_the_request(tree, movement):
    request = yearly_request(movement)
    theirs = make_target(movement, organization=tree.unit_b)
    with pytest.raises(ValidationError, match="không giao cho đơn vị"):
        _save(tree, request, figures={theirs.pk: (Decimal(1), "")})
    with pytest.raises(ValidationError, match="Năm báo cáo"):
        _save(tree, request, year=2030)


def test_it_refuses_a_report_from_another_units_officer(tree, personas, movement):
    with pytest.raises(PermissionDenied):
        _save(tree, yearly_request(movement), actor=personas.officer_b)


def test_it_tells_the_sender_when_a_report_is_returned(tree, personas, movement):
    report = _save(tree, yearly_request(movement), actor=personas.clerk_a)
    services.report_transition(report=report, to="submitted", actor=personas.clerk_a)
    services.report_transition(
        report=report, to="returned", actor=personas.dept_officer, note="Thiếu số liệu"
    )
    notification = Notification.objects.get(user=personas.clerk_a)
    assert "Thiếu số liệu" in notification.text


@pytest.fixture
def reminded(tree, personas, movement, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    personas.clerk_a.email = "clerk@example.com"
    personas.clerk_a.save()
    request = yearly_request(movement)  # 15/12 every year; 7 days before, 3 after
    return request


def test_it_reminds_units_before_and_after_the_due_date_once_each(
    tree, personas, reminded, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.reminders_send(today=D(2026, 12, 8))
        again = services.reminders_send(today=D(2026, 12, 9))
    assert (first.checked, first.notifications) == (
        2,
        3,
    )  # unit_a: officer and clerk; unit_b: officer
    assert again.notifications == 0
    assert [m.to for m in mail.outbox] == [["clerk@example.com"]]
    assert "sắp đến hạn" in mail.outbox[0].subject
    report = _save(tree, reminded)
    services.report_transition(report=report, to="submitted", actor=None)
    late = services.reminders_send(today=D(2026, 12, 18))
    assert late.checked == 1  # only unit_b is still owed
    assert (
        Notification.objects.filter(user=personas.officer_b, text__contains="đã quá hạn").count()
        == 1
    )


def test_it_sends_reminders_from_the_command_and_the_task(tree, personas, reminded, capsys):
    call_command("send_reminders", "--date", "08/12/2026", "--format", "json")
    assert json.loads(capsys.readouterr().out)["notifications"] == 3
    call_command("send_reminders", "--date", "09/12/2026")
    assert "0 thông báo mới" in capsys.readouterr().out
    from thidua.movements.tasks import send_reminders

    assert send_reminders.call(day="2026-12-18")["notifications"] == 3  # the "after" ones
    call_command("send_reminders", "--enqueue", "--date", "19/12/2026")
    assert "vào hàng đợi" in capsys.readouterr().out
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.get()
    assert queued.task_path == "thidua.movements.tasks.send_reminders"
    assert queued.args_kwargs["kwargs"] == {"day": "2026-12-19"}


def test_it_refuses_a_bad_date_on_the_command(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="không hợp lệ"):
        call_command("send_reminders", "--date", "2026-12-08")


def test_it_lists_overdue_reports_in_the_users_scope(tree, personas, movement):
    request = once_request(movement, D(2026, 6, 30))
    report = _save(tree, request, org=tree.unit_b)
    services.report_transition(report=report, to="submitted", actor=None)
    rows = overdue_list(user=personas.dept_officer, today=D(2026, 7, 1))
    assert [(r.name, r.due) for r in rows] == [("Phòng Lao động - Việc làm", D(2026, 6, 30))]
    assert overdue_list(user=personas.officer_b, today=D(2026, 7, 1)) == []
    assert overdue_list(user=personas.dept_officer, today=D(2026, 6, 30)) == []


def test_it_summarises_the_reports_of_a_year(tree, personas, movement):
    request = yearly_request(movement)
    targets = {
        org: make_target(movement, organization=org, name="Giải quyết việc làm", value="1000")
        for org in (tree.unit_a, tree.unit_b)
    }
    for org, value in ((tree.unit_a, "1200"), (tree.unit_b, "800")):
        report = _save(tree, request, org=org, figures={targets[org].pk: (Decimal(value), "")})
        services.report_transition(report=report, to="submitted", actor=None)
    access = movement_access(personas.dept_officer, movement)
    summary = report_summary(movement=movement, access=access, request=request, year=2026)
    assert len(summary.reports) == 2
    total = summary.totals[0]
    assert (total.name, total.units, total.planned, total.reported) == (
        "Giải quyết việc làm",
        2,
        Decimal(2000),
        Decimal(2000),
    )
    assert summary.missing == []
