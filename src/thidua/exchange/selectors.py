"""Reads of the exchange pages: what goes upward, packages, letters, rounds to import into."""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from thidua.core.permissions import Cap, has_cap_over
from thidua.documents.models import DocumentStatus, GeneratedDocument
from thidua.exchange.models import ExportPackage, ImportedPackage
from thidua.exchange.samples import LETTER
from thidua.nominations.models import (
    Dossier,
    DossierStatus,
    Nomination,
    ReviewRound,
    RoundStatus,
)
from thidua.nominations.selectors.access import dossier_get_for_user, dossier_scope, round_scope
from thidua.nominations.selectors.levels import UPWARD


def upward_nominations(dossier: Dossier) -> QuerySet[Nomination]:
    """The nominees the council approved for an award decided above the department."""
    return (
        dossier.nominations.filter(UPWARD)
        .select_related("award_type", "person__current_organization", "organization")
        .order_by("order", "id")
    )


def exchange_dossiers(user: Any) -> QuerySet[Dossier]:
    """Dossiers in the user's view that go upward: concluded (to send), forwarded (waiting
    for the decision) and decided after being forwarded."""
    upward = Nomination.objects.filter(UPWARD, dossier=OuterRef("pk"))
    return (
        dossier_scope(user)
        .filter(Exists(upward))
        .filter(
            Q(status__in=[DossierStatus.CONCLUDED, DossierStatus.FORWARDED])
            | Q(status=DossierStatus.DECIDED, export_packages__isnull=False)
        )
        .select_related("round", "organization", "upper_decision")
        .distinct()
        .order_by("status", "-round__year", "organization__path", "id")
    )


def imported_for_user(user: Any) -> QuerySet[ImportedPackage]:
    return (
        ImportedPackage.objects.filter(dossier__in=dossier_scope(user))
        .select_related("dossier__round", "dossier__organization")
        .order_by("-imported_at", "-id")
    )


def letter_for(dossier: Dossier) -> GeneratedDocument | None:
    """The newest Tờ trình requested for the dossier (not a failed one)."""
    return (
        GeneratedDocument.objects.filter(
            template_code=LETTER, subject_type="nominations.dossier", subject_id=str(dossier.pk)
        )
        .exclude(status=DocumentStatus.FAILED)
        .order_by("-created_at", "-id")
        .first()
    )


def packages_for(dossier: Dossier) -> QuerySet[ExportPackage]:
    return (
        ExportPackage.objects.filter(dossier=dossier)
        .select_related("created_by")
        .order_by("-created_at", "-id")
    )


def is_officer_for(user: Any, dossier: Dossier) -> bool:
    return has_cap_over(user, Cap.APPRAISE, dossier.round.organizer.path)


def package_get_for_user(user: Any, pk: Any) -> ExportPackage:
    """A package sent (it holds national ids): 404 outside the dossier's view, 403 unless
    the user is an officer of the round's organiser."""
    try:
        package = ExportPackage.objects.get(pk=pk)
    except (ExportPackage.DoesNotExist, ValueError, TypeError):
        raise Http404("Không tìm thấy gói hồ sơ.") from None
    dossier = dossier_get_for_user(user, package.dossier_id)
    if not is_officer_for(user, dossier):
        raise PermissionDenied("Bạn không có quyền tải gói hồ sơ này.")
    return package


def import_rounds_for(user: Any) -> list[ReviewRound]:
    """Open rounds organised by a unit where the user is an emulation officer."""
    rounds = round_scope(user).filter(status=RoundStatus.OPEN).select_related("organizer")
    return [r for r in rounds if has_cap_over(user, Cap.APPRAISE, r.organizer.path)]
