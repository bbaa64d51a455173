"""Reads of public notices and comments."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, has_cap_over, scope_paths
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome, ReviewRound
from thidua.nominations.selectors.access import round_scope
from thidua.publicity.models import CommentStatus, NoticeEntry, PublicComment, PublicNotice
from thidua.rules.council import CouncilRule
from thidua.rules.selectors.catalogue import council_rule_for

NOTICE_NOT_FOUND = "Không tìm thấy thông báo lấy ý kiến."


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


# -- public pages ------------------------------------------------------------------------


def notices_open(today: dt.date) -> QuerySet[PublicNotice]:
    """Notices the public may comment on today, with their organiser, newest first."""
    return (
        PublicNotice.objects.filter(
            opens_on__lte=today, closes_on__gte=today, concluded_at__isnull=True
        )
        .select_related("round__organizer")
        .annotate(entry_count=Count("entries"))
    )


def notice_get_public(pk: Any, today: dt.date) -> PublicNotice:
    """A notice once it has opened (closed ones stay readable); 404 before or if unknown."""
    try:
        return PublicNotice.objects.select_related("round__organizer").get(
            pk=pk, opens_on__lte=today
        )
    except (PublicNotice.DoesNotExist, ValueError, TypeError):
        raise Http404(NOTICE_NOT_FOUND) from None


def notice_entries(notice: PublicNotice) -> QuerySet[NoticeEntry]:
    return notice.entries.order_by("id")


def comments_recent_count(*, notice: PublicNotice, sender_hash: str, since: dt.datetime) -> int:
    return PublicComment.objects.filter(
        notice=notice, sender_hash=sender_hash, received_at__gte=since
    ).count()


# -- officer pages -----------------------------------------------------------------------


def notice_scope(user: Any) -> QuerySet[PublicNotice]:
    """Notices of rounds organised inside the user's view (the department and below)."""
    paths = scope_paths(user, Cap.VIEW)
    notices = PublicNotice.objects.all()
    if paths is None:
        return notices
    q = Q(pk__in=[])
    for p in paths:
        q |= Q(round__organizer__path__startswith=p)
    return notices.filter(q)


def notice_list_for_user(user: Any) -> QuerySet[PublicNotice]:
    return (
        notice_scope(user)
        .select_related("round__organizer")
        .annotate(
            entry_count=Count("entries", distinct=True),
            open_count=Count(
                "comments", filter=Q(comments__status=CommentStatus.OPEN), distinct=True
            ),
            comment_count=Count("comments", distinct=True),
        )
    )


def notice_get_for_user(user: Any, pk: Any, manage: bool = False) -> PublicNotice:
    """The notice, or 404 outside the user's view; with `manage`, 403 unless the user holds
    APPRAISE over the round's organiser (the emulation officers of the department)."""
    try:
        notice = notice_scope(user).select_related("round__organizer").get(pk=pk)
    except (PublicNotice.DoesNotExist, ValueError, TypeError):
        raise Http404(NOTICE_NOT_FOUND) from None
    if manage and not has_cap_over(user, Cap.APPRAISE, notice.round.organizer.path):
        raise PermissionDenied("Bạn không có quyền xử lý thông báo lấy ý kiến này.")
    return notice


def comment_get_for_user(user: Any, pk: Any) -> PublicComment:
    """A comment on a notice the user manages (404 outside the view, 403 without APPRAISE)."""
    try:
        comment = PublicComment.objects.select_related("notice").get(pk=pk)
    except (PublicComment.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy ý kiến góp ý.") from None
    notice_get_for_user(user, comment.notice_id, manage=True)
    return comment


def notice_comments(notice: PublicNotice) -> QuerySet[PublicComment]:
    return notice.comments.select_related("entry", "resolved_by").order_by("received_at", "id")


def notice_dossiers(notice: PublicNotice) -> QuerySet[Dossier]:
    ids = notice.entries.values("nomination__dossier_id")
    return Dossier.objects.filter(pk__in=ids).select_related("organization").order_by("id")


# -- making a notice ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    dossier: Dossier
    nominations: list[Nomination]  # the approved nominees whose award needs publication
    days: int  # the longest publication period among them (working days)


def publication_candidates(the_round: ReviewRound) -> list[Candidate]:
    """Dossiers of the round before the council, with approved nominees to publish."""
    dossiers = (
        Dossier.objects.filter(round=the_round, status=DossierStatus.COUNCIL)
        .select_related("organization")
        .prefetch_related(
            Prefetch(
                "nominations",
                queryset=Nomination.objects.filter(outcome=Outcome.APPROVED).select_related(
                    "award_type", "person__current_organization", "organization"
                ),
            )
        )
        .order_by("organization__path", "id")
    )
    rules: dict[int, CouncilRule] = {}
    found = []
    for dossier in dossiers:
        chosen, days = [], 0
        for n in dossier.nominations.all():
            rule = rules.get(n.award_type_id)
            if rule is None:
                rule = council_rule_for(
                    award_type=n.award_type, organization=the_round.organizer, year=the_round.year
                )
                rules[n.award_type_id] = rule
            if rule.public_comment:
                chosen.append(n)
                days = max(days, rule.public_comment_days)
        if chosen:
            found.append(Candidate(dossier=dossier, nominations=chosen, days=days))
    return found


def rounds_with_candidates(user: Any) -> list[tuple[ReviewRound, int]]:
    """Rounds the user manages (APPRAISE over the organiser) with dossiers before the
    council, for the «Lập thông báo» links; the count is of those dossiers."""
    rounds = (
        round_scope(user)
        .filter(dossiers__status=DossierStatus.COUNCIL)
        .select_related("organizer")
        .annotate(council=Count("dossiers", filter=Q(dossiers__status=DossierStatus.COUNCIL)))
        .distinct()
    )
    return [(r, r.council) for r in rounds if has_cap_over(user, Cap.APPRAISE, r.organizer.path)]
