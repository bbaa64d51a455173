"""What the dossier page shows, read in a fixed number of queries."""

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from thidua.audit.models import Event
from thidua.documents.models import GeneratedDocument
from thidua.documents.selectors import documents_for_subject
from thidua.nominations.models import Attachment, Dossier, DossierStatus, Nomination
from thidua.nominations.rules import GUARDS
from thidua.nominations.selectors.access import dossier_roles
from thidua.nominations.selectors.facts import dossier_facts
from thidua.nominations.workflow import Transition, moves_from


@dataclass
class DossierPage:
    dossier: Dossier
    roles: set[str]
    nominations: list[Nomination]
    attachments: list[Attachment]
    documents: QuerySet[GeneratedDocument]
    timeline: QuerySet[Event]
    moves: list[tuple[str, Transition]]
    checklist: list[str]  # what the submission guard would refuse now (drafts only)

    @property
    def can_edit(self) -> bool:
        return self.dossier.status == DossierStatus.DRAFT and "unit" in self.roles

    @property
    def can_appraise(self) -> bool:
        return self.dossier.status == DossierStatus.RECEIVED and "officer" in self.roles

    @property
    def can_report(self) -> bool:
        return "unit" in self.roles


def dossier_timeline(dossier: Dossier) -> QuerySet[Event]:
    return (
        Event.objects.filter(subject_type=dossier._meta.label_lower, subject_id=str(dossier.pk))
        .select_related("actor")
        .order_by("at", "id")
    )


def dossier_nominations(dossier: Dossier) -> list[Nomination]:
    return list(
        dossier.nominations.select_related(
            "person", "person__current_organization", "organization", "award_type"
        )
    )


def dossier_page(*, user: Any, dossier: Dossier) -> DossierPage:
    roles = dossier_roles(user, dossier)
    checklist: list[str] = []
    if dossier.status == DossierStatus.DRAFT and "unit" in roles:
        checklist = GUARDS["submission"](dossier_facts(dossier))
    return DossierPage(
        dossier=dossier,
        roles=roles,
        nominations=dossier_nominations(dossier),
        attachments=list(
            dossier.attachments.select_related(
                "nomination__person", "nomination__organization", "uploaded_by"
            )
        ),
        documents=documents_for_subject(user=user, subject=dossier).order_by("-created_at"),
        timeline=dossier_timeline(dossier),
        moves=moves_from(dossier.status, roles),
        checklist=checklist,
    )
