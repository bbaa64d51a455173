"""Ask the documents app for a nominee's achievement report (.docx and .pdf)."""

from typing import Any

from thidua.documents.models import GeneratedDocument
from thidua.documents.services import document_request
from thidua.nominations.models import Nomination
from thidua.nominations.selectors.report import achievement_report
from thidua.nominations.services.common import require_nominate


def achievement_report_request(*, nomination: Nomination, actor: Any) -> GeneratedDocument:
    """Gather the nominee's history now and queue the document; its subject is the dossier,
    so it is listed on the dossier's page. The unit edits the .docx and may attach the
    edited version as the dossier's «Báo cáo thành tích»."""
    dossier = nomination.dossier
    require_nominate(actor, dossier.organization.path)
    code, title, context = achievement_report(nomination)
    return document_request(
        actor=actor,
        template_code=code,
        organization=dossier.organization,
        subject=dossier,
        title=title,
        context=context,
    )
