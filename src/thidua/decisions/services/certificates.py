"""Certificates of an issued decision: register numbers and tokens now, the PDF in the worker.

Each awardee gets one certificate for life: a number of the organisation's certificate
register (số vào sổ, gapless per year, taken under the register's lock like decision
numbers) and an unguessable token for the public verification page. Printing again reuses
them; only lines printed for the first time take numbers.
"""

import hashlib
import secrets
import time
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.formats import format_date
from thidua.decisions.certificate_pdf import (
    CertificateData,
    CertificateRenderError,
    certificates_pdf,
)
from thidua.decisions.models import (
    BatchStatus,
    Certificate,
    CertificateBatch,
    Decision,
    DecisionKind,
    DecisionLine,
    DecisionStatus,
    RegisterKind,
)
from thidua.decisions.selectors.decisions import certificate_lines
from thidua.decisions.services.registers import numbers_take

TOKEN_BYTES = 24  # 192 bits: 32 URL-safe characters


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def verify_url(token: str) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("verify:detail", args=[token])


@transaction.atomic
def certificates_generate(*, decision: Decision, actor: Any) -> CertificateBatch:
    """Number the certificates not yet numbered and queue the batch PDF of every awardee
    whose award stands (revoked lines are not printed)."""
    locked = (
        Decision.objects.select_for_update(of=("self",))
        .select_related("organization")
        .get(pk=decision.pk)
    )
    if locked.status != DecisionStatus.ISSUED or locked.kind != DecisionKind.AWARD:
        raise ValidationError("Chỉ in giấy chứng nhận của quyết định khen thưởng đã ban hành.")
    lines = certificate_lines(locked)
    if not lines:
        raise ValidationError("Không còn ai được khen thưởng theo quyết định này.")
    new = [line for line in lines if not hasattr(line, "certificate")]
    created = _number(locked, new)
    batch = CertificateBatch(
        decision=locked, count=len(lines), created_by=actor if getattr(actor, "pk", None) else None
    )
    batch.full_clean()
    batch.save()
    batch.certificates.set(Certificate.objects.filter(line__in=lines))
    event_record(
        actor=actor,
        event_type=EventType.CERTIFICATES_GENERATED,
        subject=locked,
        organization=locked.organization,
        data={
            "batch": batch.pk,
            "count": len(lines),
            "numbered": [c.number for c in created],
        },
    )
    transaction.on_commit(partial(_enqueue, batch.pk))
    return batch


def _number(decision: Decision, lines: list[DecisionLine]) -> list[Certificate]:
    if not lines:
        return []
    assert decision.signed_on is not None
    register, numbers = numbers_take(
        organization=decision.organization,
        year=decision.signed_on.year,
        kind=RegisterKind.CERTIFICATE,
        count=len(lines),
    )
    certificates = [
        Certificate(line=line, register=register, number=number, token=new_token())
        for line, number in zip(lines, numbers, strict=True)
    ]
    return Certificate.objects.bulk_create(certificates)


def _enqueue(batch_id: int) -> None:
    from thidua.decisions.tasks import render_certificates  # tasks imports this module

    render_certificates.enqueue(batch_id=batch_id)


# -- rendering (the worker) -------------------------------------------------------------------

HEADINGS = {"GIAY_KHEN": "Giấy khen"}


def _heading(line: DecisionLine) -> tuple[str, str, str]:
    """(heading, verb, achievement line) by kind of award."""
    award = line.award_type
    if award.kind == "title":
        return "Giấy chứng nhận", "Chứng nhận", f"Đạt danh hiệu «{award.name}»"
    heading = (
        "Bằng khen" if award.code.startswith("BANG_KHEN") else HEADINGS.get(award.code, award.name)
    )
    return heading, "Tặng", ""


def _recipient(line: DecisionLine) -> str:
    if line.person_id and line.person is not None:
        prefix = {"male": "Ông ", "female": "Bà "}.get(line.person.gender, "")
        return f"{prefix}{line.name}"
    return line.name


def certificate_data(decision: Decision, lines: list[DecisionLine]) -> list[CertificateData]:
    """What each page prints, from the lines as issued."""
    assert decision.signed_on is not None
    year = decision.round.year
    day = decision.signed_on
    place = decision.organization.place or getattr(decision.organization.parent, "place", "")
    place_date = (
        f"{place + ', ' if place else ''}ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    )
    pages = []
    for line in lines:
        heading, verb, achievement = _heading(line)
        if achievement:
            achievement = f"{achievement} năm {year}"
        else:
            summary = " ".join(line.achievement.split())
            achievement = (
                summary[:240]
                if summary
                else f"Đã có thành tích trong phong trào thi đua năm {year}"
            )
        cert = line.certificate
        detail = ", ".join(t for t in (line.position, line.unit) if t)
        pages.append(
            CertificateData(
                heading=heading,
                authority=decision.authority,
                verb=verb,
                recipient=_recipient(line),
                detail=detail,
                achievement=achievement,
                decision=f"Quyết định số {decision.number_text} ngày {format_date(day)}",
                place_date=place_date,
                signer_authority=decision.signer_authority,
                signer_position=decision.signer_position,
                signer_name=decision.signer_name,
                register_number=f"Số vào sổ: {cert.number}/{cert.register.symbol}-{cert.register.year}",
                verify_url=verify_url(cert.token),
            )
        )
    return pages


def certificates_render(*, batch_id: int) -> CertificateBatch:
    """Draw the batch's PDF and store it with its hash (runs in the worker)."""
    batch = CertificateBatch.objects.select_related(
        "decision__organization__parent", "decision__round"
    ).get(pk=batch_id)
    if batch.status != BatchStatus.PENDING:
        return batch
    decision = batch.decision
    ids = batch.certificates.values_list("line_id", flat=True)
    lines = [line for line in certificate_lines(decision) if line.pk in set(ids)]
    started = time.perf_counter()
    try:
        pdf = certificates_pdf(
            certificate_data(decision, lines), title=f"Giấy chứng nhận – QĐ {decision.number_text}"
        )
    except CertificateRenderError as error:
        batch.status, batch.error = BatchStatus.FAILED, str(error)
        batch.save(update_fields=["status", "error"])
        return batch
    batch.file.save(f"giay-chung-nhan-{batch.pk}.pdf", ContentFile(pdf), save=False)
    batch.sha256 = hashlib.sha256(pdf).hexdigest()
    batch.status = BatchStatus.READY
    batch.seconds = round(time.perf_counter() - started, 3)
    batch.count = len(lines)
    batch.save()
    return batch
