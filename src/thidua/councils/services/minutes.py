"""Both minutes of a closed meeting, requested from the documents app (rendered later by
the worker as .docx and .pdf; STYLE convention 12)."""

from typing import Any

from django.utils import timezone

from thidua.councils.models import Meeting
from thidua.councils.selectors.documents import COUNT_MINUTES, MINUTES
from thidua.councils.selectors.minutes import count_minutes_context, meeting_minutes_context
from thidua.documents.models import GeneratedDocument
from thidua.documents.services import document_request


def minutes_request(*, actor: Any, meeting: Meeting) -> list[GeneratedDocument]:
    """Queue the meeting minutes and the vote-count minutes (called when the meeting closes)."""
    day = timezone.localtime(meeting.held_at).strftime("%d/%m/%Y")
    council = meeting.council
    return [
        document_request(
            actor=actor,
            template_code=MINUTES,
            organization=council.organization,
            subject=meeting,
            title=f"Biên bản họp {council.name} ngày {day}",
            context=meeting_minutes_context(meeting),
        ),
        document_request(
            actor=actor,
            template_code=COUNT_MINUTES,
            organization=council.organization,
            subject=meeting,
            title=f"Biên bản kiểm phiếu {council.name} ngày {day}",
            context=count_minutes_context(meeting),
        ),
    ]
