"""Benchmark of decisions (issue 5): a decision with 1.000 awardees and their certificates.

    .venv/bin/python bench/bench_decisions.py [--people 1000]

Builds a round with 1.000 approved nominees in a fresh SQLite database (or DATABASE_URL),
drafts and issues the decision through the services, then times:

1. the decision .docx (context from the issued decision + docxtpl): ≤ 2 s;
2. its PDF (LibreOffice headless): ≤ 10 s;
3. the certificates: numbers and tokens for 1.000 people, then the batch PDF drawn by
   fpdf2 and stored: ≤ 30 s.

Prints the figures and the page counts; exits 1 when a limit is exceeded.
"""

import argparse
import datetime as dt
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _django import setup

LIMITS = {"docx": 2.0, "pdf": 10.0, "certificates": 30.0}


def build(people: int):  # type: ignore[no-untyped-def]
    from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome, ReviewRound
    from thidua.organizations.models import Person
    from thidua.organizations.services import org_create
    from thidua.rules.models import AwardType

    province = org_create(
        actor=None,
        code="B-SLA",
        name="UBND tỉnh Sơn La",
        kind="provincial_committee",
        parent=None,
        valid_from=dt.date(2015, 1, 1),
    )
    dept = org_create(
        actor=None,
        code="B-LDTBXH",
        name="Sở Lao động - Thương binh và Xã hội",
        kind="department",
        parent=province,
        valid_from=dt.date(2015, 1, 1),
        place="Sơn La",
    )
    unit = org_create(
        actor=None,
        code="B-LDVL",
        name="Phòng Lao động - Việc làm",
        kind="division",
        parent=dept,
        valid_from=dt.date(2015, 1, 1),
    )
    the_round = ReviewRound.objects.create(
        organizer=dept,
        year=2024,
        title="Tổng kết năm 2024",
        submission_deadline=dt.date(2024, 12, 1),
    )
    dossier = Dossier.objects.create(
        round=the_round, organization=unit, title="Đề nghị 2024", status=DossierStatus.CONCLUDED
    )
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Em"]
    persons = Person.objects.bulk_create(
        Person(
            full_name=f"{names[i % 5]} {i + 1}",
            gender="male" if i % 2 else "female",
            current_organization=unit,
            current_position="Chuyên viên",
        )
        for i in range(people)
    )
    ldtt = AwardType.objects.get(code="LDTT")
    Nomination.objects.bulk_create(
        Nomination(
            dossier=dossier,
            person=p,
            award_type=ldtt,
            position="Chuyên viên",
            outcome=Outcome.APPROVED,
            order=i,
        )
        for i, p in enumerate(persons)
    )
    return the_round


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    limit = LIMITS.get(label)
    flag = "" if limit is None else (" ✓" if seconds <= limit else f" ✗ (giới hạn {limit:g} s)")
    print(f"{label:<14} {seconds:7.2f} s{flag}")
    return result, seconds


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="thidua-bench-decisions-") as tmp:
        setup(Path(tmp), fresh=True, pages=True)
        from django.test.utils import override_settings

        override_settings(
            TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
            MEDIA_ROOT=str(Path(tmp) / "media"),
        ).enable()
        from thidua.decisions.content import document_context
        from thidua.decisions.selectors.decisions import decision_lines
        from thidua.decisions.services.certificates import (
            certificates_generate,
            certificates_render,
        )
        from thidua.decisions.services.drafts import decision_draft_create
        from thidua.decisions.services.issue import decision_issue
        from thidua.documents.context import prepare_context
        from thidua.documents.registry import get_spec
        from thidua.documents.render import docx_to_pdf, render_docx

        the_round = build(args.people)
        print(f"Quyết định khen thưởng {args.people} người (SQLite/DATABASE_URL)")
        draft, _ = timed("dự thảo", lambda: decision_draft_create(round_=the_round, actor=None))
        decision, _ = timed(
            "ban hành",
            lambda: decision_issue(
                decision=draft,
                actor=None,
                signed_on=dt.date(2024, 12, 20),
                signer_name="Lâm Xuân Phương",
                signer_position="Giám đốc",
            ),
        )
        spec = get_spec("quyet_dinh_khen_thuong")
        assert spec is not None

        def docx() -> bytes:
            lines = decision_lines(decision)
            context = document_context(decision, lines, symbol=decision.register.symbol, year=2024)
            return render_docx(spec.path, prepare_context(context))

        docx_bytes, docx_s = timed("docx", docx)
        pdf_bytes, pdf_s = timed("pdf", lambda: docx_to_pdf(docx_bytes, timeout=120))

        def certificates():  # type: ignore[no-untyped-def]
            batch = certificates_generate(decision=decision, actor=None)
            return certificates_render(batch_id=batch.pk)

        batch, cert_s = timed("certificates", certificates)
        print(
            f"trang: quyết định {pages(pdf_bytes)}, giấy chứng nhận {pages(batch.file.read())} "
            f"(vẽ PDF {batch.seconds:.2f} s)"
        )
        failed = docx_s > LIMITS["docx"] or pdf_s > LIMITS["pdf"] or cert_s > LIMITS["certificates"]
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
