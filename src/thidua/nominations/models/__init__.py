"""Models of the nominations app: rounds, dossiers, nominees, attachments."""

from thidua.nominations.models.dossier import (
    Appraisal,
    Attachment,
    AttachmentKind,
    Dossier,
    DossierStatus,
    Nomination,
    Outcome,
)
from thidua.nominations.models.rounds import ReviewRound, RoundKind, RoundStatus

__all__ = [
    "Appraisal",
    "Attachment",
    "AttachmentKind",
    "Dossier",
    "DossierStatus",
    "Nomination",
    "Outcome",
    "ReviewRound",
    "RoundKind",
    "RoundStatus",
]
