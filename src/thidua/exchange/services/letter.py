"""The Tờ trình that goes with the package: a generated document about the dossier."""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from thidua.documents.context import org_header
from thidua.documents.models import GeneratedDocument
from thidua.documents.services import document_request
from thidua.exchange.samples import LETTER
from thidua.exchange.selectors import is_officer_for, upward_nominations
from thidua.nominations.models import Dossier, DossierStatus, Nomination
from thidua.rules.models import Decider


def _percent(vote: dict[str, Any]) -> str:
    value = vote.get("percent")
    if value is None:
        return ""
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",") + " %"


def _row(i: int, n: Nomination) -> list[str]:
    if n.person is not None:
        unit = n.person.current_organization or n.dossier.organization
        where = ", ".join(x for x in (n.position, unit.name) if x)
    else:
        where = n.dossier.organization.name
    return [str(i), n.subject_name, where, n.award_type.name, _percent(n.vote_result)]


def letter_context(
    *, dossier: Dossier, recipient: str, signer_name: str, signer_authority: list[str]
) -> dict[str, Any]:
    """The Tờ trình in the generic document schema (docs/documents.md)."""
    nominees = list(upward_nominations(dossier))
    organizer = dossier.round.organizer
    awards = sorted({n.award_type.name for n in nominees})
    return {
        **org_header(organizer),
        "number": "",
        "symbol": f"TTr-{organizer.short_name or organizer.code}",
        "issued_on": timezone.localdate().isoformat(),
        "doc_type": "TỜ TRÌNH",
        "title": f"Về việc đề nghị khen thưởng {', '.join(awards)} năm {dossier.round.year}",
        "recipients": [recipient],
        "preamble": [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            f"Căn cứ kết quả xét của Hội đồng Thi đua - Khen thưởng trong {dossier.round.title}, "
            f"hồ sơ «{dossier.title}» của {dossier.organization.name},",
            f"{organizer.name} kính trình {recipient} xem xét, khen thưởng "
            f"{len(nominees):02d} cá nhân, tập thể có thành tích xuất sắc (danh sách kèm theo).",
        ],
        "table": {
            "title": "Danh sách đề nghị khen thưởng",
            "columns": ["STT", "Cá nhân, tập thể", "Chức vụ, đơn vị", "Đề nghị", "Tỷ lệ phiếu"],
            "rows": [_row(i, n) for i, n in enumerate(nominees, start=1)],
        },
        "closing": [
            "Hồ sơ kèm theo: báo cáo thành tích, biên bản họp bình xét, biên bản họp Hội đồng, "
            "biên bản kiểm phiếu.",
            f"Kính trình {recipient} xem xét, quyết định./.",
        ],
        "signer": {"authority": signer_authority, "name": signer_name},
        "distribution": ["Như trên", "Lưu: VT, TĐKT"],
    }


def default_recipient(dossier: Dossier) -> str:
    deciders = {n.award_type.decider for n in upward_nominations(dossier)}
    labels = dict(Decider.choices)
    return str(labels[deciders.pop()]) if len(deciders) == 1 else "Hội đồng Thi đua - Khen thưởng"


@transaction.atomic
def letter_request(
    *,
    dossier: Dossier,
    actor: Any,
    recipient: str,
    signer_name: str,
    signer_authority: list[str],
) -> GeneratedDocument:
    """Queue the Tờ trình (.docx and .pdf, rendered by the worker) for a concluded dossier."""
    if not is_officer_for(actor, dossier):
        raise PermissionDenied("Bạn không có quyền lập tờ trình cho hồ sơ này.")
    if dossier.status != DossierStatus.CONCLUDED:
        raise ValidationError("Chỉ lập tờ trình cho hồ sơ đã có kết quả xét, chưa trình.")
    if not upward_nominations(dossier).exists():
        raise ValidationError("Hồ sơ không có danh hiệu, hình thức nào thuộc thẩm quyền cấp trên.")
    context = letter_context(
        dossier=dossier,
        recipient=recipient.strip(),
        signer_name=signer_name.strip(),
        signer_authority=[line.strip() for line in signer_authority if line.strip()],
    )
    return document_request(
        actor=actor,
        template_code=LETTER,
        organization=dossier.round.organizer,
        subject=dossier,
        title=f"Tờ trình đề nghị khen thưởng – {dossier.title}",
        context=context,
    )
