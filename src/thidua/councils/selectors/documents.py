"""The council's minutes of the meetings where a dossier was on the agenda.

The upward package (exchange app) attaches them; callers check their own permissions.
"""

from django.db.models import Q

from thidua.councils.models import AgendaItem
from thidua.documents.models import DocumentStatus, GeneratedDocument
from thidua.nominations.models import Dossier

MINUTES = "bien_ban_hop_hoi_dong"
COUNT_MINUTES = "bien_ban_kiem_phieu"
CODES = (MINUTES, COUNT_MINUTES)
SUBJECT = "councils.meeting"


def council_documents_for_dossier(dossier: Dossier) -> list[GeneratedDocument]:
    """For each meeting that had the dossier on its agenda, the newest not-failed meeting
    minutes and vote-count minutes (check `status == "ready"` before reading the files),
    oldest meeting first."""
    meeting_ids = [
        str(pk)
        for pk in AgendaItem.objects.filter(dossier=dossier)
        .order_by("meeting__held_at", "meeting_id")
        .values_list("meeting_id", flat=True)
    ]
    if not meeting_ids:
        return []
    documents = (
        GeneratedDocument.objects.filter(
            Q(subject_type=SUBJECT, subject_id__in=meeting_ids, template_code__in=CODES)
        )
        .exclude(status=DocumentStatus.FAILED)
        .order_by("-created_at", "-id")
    )
    newest: dict[tuple[str, str], GeneratedDocument] = {}
    for document in documents:
        newest.setdefault((document.subject_id, document.template_code), document)
    order = {pk: i for i, pk in enumerate(meeting_ids)}
    return sorted(
        newest.values(), key=lambda d: (order[d.subject_id], CODES.index(d.template_code))
    )
