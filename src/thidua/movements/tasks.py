"""Background tasks (django-tasks, run by `thidua db_worker`)."""

import datetime as dt
from typing import Any

from django.utils import timezone
from django_tasks import task

from thidua.movements.services.reports import reminders_send


@task()
def send_reminders(day: str = "") -> dict[str, Any]:
    """Remind units of due and overdue reports (`day` as YYYY-MM-DD, default today)."""
    today = dt.date.fromisoformat(day) if day else timezone.localdate()
    result = reminders_send(today=today)
    return {
        "day": today.isoformat(),
        "checked": result.checked,
        "notifications": result.notifications,
        "without_recipient": result.without_recipient,
    }
