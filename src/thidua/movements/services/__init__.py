"""Services of the movements app: everything that writes, keyword-only and atomic."""

from thidua.movements.services.movements import (
    default_participants,
    legal_document_add,
    legal_document_remove,
    movement_content_save,
    movement_create,
    movement_participants_set,
    movement_transition,
    movement_update,
    named_movements_resolve,
)
from thidua.movements.services.notify import notification_mark_read, notify
from thidua.movements.services.registrations import (
    registration_period_open,
    registration_period_update,
    registration_save,
    registration_transition,
    self_registration_save,
)
from thidua.movements.services.reports import (
    ReminderResult,
    reminders_send,
    report_attachment_remove,
    report_request_create,
    report_save,
    report_transition,
)
from thidua.movements.services.targets import (
    progress_record,
    target_create,
    target_delete,
    target_refresh,
    target_update,
)

__all__ = [
    "ReminderResult",
    "default_participants",
    "legal_document_add",
    "legal_document_remove",
    "movement_content_save",
    "movement_create",
    "movement_participants_set",
    "movement_transition",
    "movement_update",
    "named_movements_resolve",
    "notification_mark_read",
    "notify",
    "progress_record",
    "registration_period_open",
    "registration_period_update",
    "registration_save",
    "registration_transition",
    "reminders_send",
    "report_attachment_remove",
    "report_request_create",
    "report_save",
    "report_transition",
    "self_registration_save",
    "target_create",
    "target_delete",
    "target_refresh",
    "target_update",
]
