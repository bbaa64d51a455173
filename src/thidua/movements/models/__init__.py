"""Models of the movements app; one module per part of the cycle."""

from thidua.movements.models.movement import (
    ContentItem,
    Criterion,
    DocumentKind,
    LegalDocument,
    Movement,
    MovementKind,
    MovementStatus,
    NamedMovement,
    Participant,
    SubjectKind,
)
from thidua.movements.models.registration import (
    Registration,
    RegistrationLine,
    RegistrationPeriod,
    RegistrationStatus,
)
from thidua.movements.models.reports import (
    Notification,
    Recurrence,
    ReportAttachment,
    ReportFigure,
    ReportRequest,
    ReportStatus,
    UnitReport,
)
from thidua.movements.models.targets import Direction, Light, Progress, Target

__all__ = [
    "ContentItem",
    "Criterion",
    "Direction",
    "DocumentKind",
    "LegalDocument",
    "Light",
    "Movement",
    "MovementKind",
    "MovementStatus",
    "NamedMovement",
    "Notification",
    "Participant",
    "Progress",
    "Recurrence",
    "Registration",
    "RegistrationLine",
    "RegistrationPeriod",
    "RegistrationStatus",
    "ReportAttachment",
    "ReportFigure",
    "ReportRequest",
    "ReportStatus",
    "SubjectKind",
    "Target",
    "UnitReport",
]
