"""Writing report requests and unit reports, and sending the reminders."""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.core.formats import format_date
from thidua.core.permissions import Cap, scope_paths
from thidua.movements import rules
from thidua.movements.files import stored_file_fill
from thidua.movements.models import (
    Movement,
    MovementStatus,
    Participant,
    ReportAttachment,
    ReportFigure,
    ReportRequest,
    ReportStatus,
    Target,
    UnitReport,
)
from thidua.movements.selectors.access import covered
from thidua.movements.services.notify import moment, notify, unit_users
from thidua.movements.services.targets import progress_record
from thidua.movements.workflow import REPORT_TRANSITIONS, transition_for
from thidua.organizations.models import Organization

EDITABLE = (ReportStatus.DRAFT, ReportStatus.RETURNED)
REQUEST_FIELDS = [
    "title",
    "recurrence",
    "due_date",
    "due_day",
    "due_month",
    "remind_days_before",
    "remind_days_after",
    "instructions",
]


@transaction.atomic
def report_request_create(*, actor: Any, movement: Movement, data: dict[str, Any]) -> ReportRequest:
    """Ask the participants for a report, once or every year of the movement."""
    request = ReportRequest(
        movement=movement,
        created_by=actor if getattr(actor, "pk", None) else None,
        **{f: data[f] for f in REQUEST_FIELDS if f in data},
    )
    if request.recurrence == "once":
        request.due_day = request.due_month = None
    else:
        request.due_date = None
    request.full_clean()
    request.save()
    event_record(
        actor=actor,
        event_type=EventType.REPORT_REQUESTED,
        subject=request,
        organization=movement.organizer,
        data={"new": diff({}, {f: getattr(request, f) for f in REQUEST_FIELDS})["new"]},
    )
    return request


def _may_report(actor: Any, organization: Organization) -> bool:
    return actor is None or covered(organization.path, scope_paths(actor, Cap.REPORT))


@transaction.atomic
def report_save(
    *,
    actor: Any,
    request: ReportRequest,
    year: int,
    organization: Organization,
    text: str,
    figures: dict[int, tuple[Decimal, str]],
    attachments: list[Any] | None = None,
) -> UnitReport:
    """Save the unit's report for `year` of the request: text, figures for its own targets,
    new attachments. Only drafts and returned reports change."""
    if not _may_report(actor, organization):
        raise PermissionDenied("Bạn không có quyền báo cáo cho đơn vị này.")
    movement = request.movement
    if not Participant.objects.filter(movement=movement, organization=organization).exists():
        raise ValidationError("Đơn vị không tham gia phong trào này.")
    years = [y for y, _ in _occurrences(request)]
    if year not in years:
        raise ValidationError("Năm báo cáo không thuộc yêu cầu báo cáo này.")
    report, created = UnitReport.objects.select_for_update().get_or_create(
        request=request, year=year, organization=organization
    )
    if report.status not in EDITABLE:
        raise ValidationError("Báo cáo đã gửi; không sửa được.")
    own = set(
        Target.objects.filter(movement=movement, organization=organization).values_list(
            "pk", flat=True
        )
    )
    if set(figures) - own:
        raise ValidationError("Có số liệu cho chỉ tiêu không giao cho đơn vị.")
    report.text = text
    report.save(update_fields=["text", "updated_at"])
    report.figures.all().delete()
    ReportFigure.objects.bulk_create(
        ReportFigure(report=report, target_id=tid, value=value, note=note[:500])
        for tid, (value, note) in sorted(figures.items())
    )
    for upload in attachments or []:
        attachment = ReportAttachment(report=report)
        stored_file_fill(attachment, upload, field="file", actor=actor)
        attachment.save()
    event_record(
        actor=actor,
        event_type=EventType.REPORT_SAVED,
        subject=report,
        organization=organization,
        data={
            "created": created,
            "figures": {str(k): str(v) for k, (v, _) in figures.items()},
            "attachments": [a.name for a in attachments or []],
        },
    )
    return report


def _occurrences(request: ReportRequest) -> list[tuple[int, dt.date]]:
    return rules.due_dates(
        recurrence=request.recurrence,
        due_date=request.due_date,
        due_day=request.due_day,
        due_month=request.due_month,
        years=request.movement.years(),
    )


@transaction.atomic
def report_transition(
    *, report: UnitReport, to: str, actor: Any, note: str = "", today: dt.date | None = None
) -> UnitReport:
    """Submit or return a unit report along REPORT_TRANSITIONS. Submitting records each
    figure as progress of its target, dated the day of submission."""
    locked = (
        UnitReport.objects.select_for_update(of=("self",))  # lock this row only (PostgreSQL)
        .select_related("request__movement__organizer", "organization")
        .get(pk=report.pk)
    )
    row = transition_for(REPORT_TRANSITIONS, locked.status, to)
    movement = locked.request.movement
    if row.by == "manager":
        allowed = actor is None or covered(
            movement.organizer.path, scope_paths(actor, Cap.MANAGE_MOVEMENTS)
        )
    else:
        allowed = _may_report(actor, locked.organization)
    if not allowed:
        raise PermissionDenied("Bạn không có quyền thực hiện thao tác này.")
    if row.needs_note and not note.strip():
        raise ValidationError("Hãy ghi lý do trả lại.")
    figures = list(locked.figures.select_related("target"))
    if row.guard == "report_submit":
        errors = rules.check_report_submit(
            rules.ReportFacts(
                movement_status=movement.status,
                has_text=bool(locked.text.strip()),
                figure_count=len(figures),
            )
        )
        if errors:
            raise ValidationError(errors)
    old = locked.status
    locked.status = to
    if to == ReportStatus.SUBMITTED:
        locked.submitted_at = moment(today)
        locked.submitted_by = actor if getattr(actor, "pk", None) else None
        locked.return_reason = ""
        day = today or timezone.localdate()
        for figure in figures:
            progress_record(
                actor=actor,
                target=figure.target,
                value=figure.value,
                on=day,
                note=figure.note or f"Theo báo cáo: {locked.request.title} năm {locked.year}",
                report=locked,
            )
    else:
        locked.return_reason = note
        if locked.submitted_by_id:
            notify(
                users=[locked.submitted_by],
                text=f"Báo cáo «{locked.request.title}» năm {locked.year} bị trả lại: {note}",
                url=reverse("movements:report-detail", args=[locked.pk]),
                email=True,
            )
    locked.save()
    event_record(
        actor=actor,
        event_type=row.event,
        subject=locked,
        organization=locked.organization,
        data={"old": old, "new": to, "note": note, "figures": len(figures)},
    )
    report.status = locked.status
    return locked


@transaction.atomic
def report_attachment_remove(*, actor: Any, attachment: ReportAttachment) -> None:
    report = attachment.report
    if report.status not in EDITABLE:
        raise ValidationError("Báo cáo đã gửi; không sửa được.")
    if not _may_report(actor, report.organization):
        raise PermissionDenied("Bạn không có quyền báo cáo cho đơn vị này.")
    event_record(
        actor=actor,
        event_type=EventType.REPORT_SAVED,
        subject=report,
        organization=report.organization,
        data={"removed_attachment": attachment.original_name, "sha256": attachment.sha256},
    )
    attachment.delete()


# --- reminders ----------------------------------------------------------------------------


@dataclass
class ReminderResult:
    checked: int = 0  # (request, year, unit) occurrences not yet reported and due soon/overdue
    notifications: int = 0
    without_recipient: list[str] = field(default_factory=list)


def reminders_send(*, today: dt.date | None = None) -> ReminderResult:
    """Remind every unit that has not sent a due report: in the application and by e-mail,
    `remind_days_before` the due date and again `remind_days_after` it (once each)."""
    today = today or timezone.localdate()
    result = ReminderResult()
    requests = ReportRequest.objects.filter(
        movement__status__in=[MovementStatus.LAUNCHED, MovementStatus.CLOSED]
    ).select_related("movement")
    for request in requests:
        _remind_request(request, today, result)
    if result.notifications:
        event_record(
            actor=None,
            event_type=EventType.REMINDERS_SENT,
            data={"day": today.isoformat(), "notifications": result.notifications},
        )
    return result


def _remind_request(request: ReportRequest, today: dt.date, result: ReminderResult) -> None:
    org_ids = list(request.movement.participants.values_list("organization_id", flat=True))
    submitted = set(
        UnitReport.objects.filter(request=request, status=ReportStatus.SUBMITTED).values_list(
            "year", "organization_id"
        )
    )
    names = dict(Organization.objects.filter(pk__in=org_ids).values_list("pk", "name"))
    recipients = unit_users(org_ids)
    for year, due in _occurrences(request):
        for org_id in org_ids:
            kind = rules.reminder_due(
                today=today,
                due=due,
                days_before=request.remind_days_before,
                days_after=request.remind_days_after,
                submitted=(year, org_id) in submitted,
            )
            if kind is None:
                continue
            result.checked += 1
            users = recipients.get(org_id, [])
            if not users:
                result.without_recipient.append(names.get(org_id, str(org_id)))
                continue
            late = "đã quá hạn" if kind == "after" else "sắp đến hạn"
            result.notifications += notify(
                users=users,
                text=f"Báo cáo «{request.title}» năm {year} của {names[org_id]} {late} "
                f"(hạn {format_date(due)}).",
                url=reverse("movements:report-list", args=[request.movement_id]),
                key=f"report-reminder:{request.pk}:{year}:{org_id}:{kind}",
                email=True,
            )
