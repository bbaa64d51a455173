"""Reads of public notices and comments."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Max, Q

from thidua.publicity.models import CommentStatus, NoticeEntry, PublicComment


@dataclass(frozen=True, slots=True)
class PublicationState:
    closes_on: dt.date | None  # last day of the latest notice listing the dossier; None: never
    open_comments: int  # comments on its nominees (or on the whole notice) not yet resolved


def publication_state(*, dossier_id: int) -> PublicationState:
    """What the «publication_end» guard needs to know about one dossier."""
    entries = NoticeEntry.objects.filter(nomination__dossier_id=dossier_id)
    closes_on = entries.aggregate(last=Max("notice__closes_on"))["last"]
    notice_ids = entries.values("notice_id")
    open_comments = (
        PublicComment.objects.filter(status=CommentStatus.OPEN, notice_id__in=notice_ids)
        .filter(Q(entry__nomination__dossier_id=dossier_id) | Q(entry__isnull=True))
        .count()
    )
    return PublicationState(closes_on=closes_on, open_comments=open_comments)
