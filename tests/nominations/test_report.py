"""The achievement report: gathered from the history, rendered from the shipped templates
(which the build script reproduces byte for byte), requested as a document of the dossier."""

import datetime as dt
import importlib.util
from io import BytesIO
from pathlib import Path

import docx
import pytest

from tests.factories import make_person
from tests.nominations.helpers import add
from tests.rules.factories import give, initiative, rate
from thidua.documents.context import prepare_context
from thidua.documents.models import GeneratedDocument
from thidua.documents.registry import get_spec
from thidua.documents.render import render_docx
from thidua.nominations.selectors.report import achievement_report
from thidua.nominations.services.reports import achievement_report_request
from thidua.rules.models import AwardRecord

ROOT = Path(__file__).resolve().parents[2]
CODES = ("bao_cao_thanh_tich_ca_nhan", "bao_cao_thanh_tich_tap_the")


def _text(data: bytes) -> str:
    document = docx.Document(BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def _render(code: str, context: dict) -> str:
    spec = get_spec(code)
    assert spec is not None
    return _text(render_docx(spec.path.read_bytes(), prepare_context(context)))


def test_a_persons_report_has_the_three_sections_from_the_history(dossier, tree):
    person = make_person(
        "Trần Thị Bình", org=tree.unit_a, gender="female", birth=dt.date(1990, 5, 17)
    )
    rate(person, 2024, "excellent")
    rate(person, 2025, "good")
    give(person, "LDTT", 2024, number="12/QĐ-SLĐTBXH")
    revoked = give(person, "GIAY_KHEN", 2023, number="99/QĐ-X")
    AwardRecord.objects.filter(pk=revoked.pk).update(revoked=True)
    initiative("SK01", 2024, "co_so", person)
    nominee = add(
        dossier, person=person, code="LDTT", summary="Giải quyết việc làm cho 1.200 lao động."
    )
    code, title, context = achievement_report(nominee)
    assert code == "bao_cao_thanh_tich_ca_nhan"
    assert title == "Báo cáo thành tích – Trần Thị Bình – Lao động tiên tiến"
    text = _render(code, context)
    for expected in (
        "BÁO CÁO THÀNH TÍCH",
        "ĐỀ NGHỊ TẶNG LAO ĐỘNG TIÊN TIẾN",
        "I. SƠ LƯỢC LÝ LỊCH",
        "Sinh ngày: 17/05/1990; Giới tính: Nữ",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "Giải quyết việc làm cho 1.200 lao động.",
        "Hoàn thành xuất sắc nhiệm vụ",
        "Sáng kiến SK01",
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
        "Quyết định số 12/QĐ-SLĐTBXH",
        "NGƯỜI BÁO CÁO THÀNH TÍCH",
        "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
    ):
        assert expected in text, expected
    assert "99/QĐ-X" not in text  # a revoked award is not claimed


def test_a_collectives_report_counts_its_staff_and_awards(dossier, tree):
    for name in ("Nguyễn Văn An", "Lê Văn Bình"):
        member = make_person(name, org=tree.unit_a)
        give(member, "LDTT", 2025)
    give(tree.unit_a, "TTLDTT", 2024, number="20/QĐ-SLĐTBXH")
    nominee = add(dossier, organization=tree.unit_a, code="TTLDTT", justification="x")
    code, _, context = achievement_report(nominee)
    text = _render(code, context)
    assert code == "bao_cao_thanh_tich_tap_the"
    assert "I. ĐẶC ĐIỂM, TÌNH HÌNH" in text
    assert "(31/12/2025): 2" in text
    assert "Số cá nhân đạt Lao động tiên tiến: 2" in text
    assert "Quyết định số 20/QĐ-SLĐTBXH" in text
    assert "THỦ TRƯỞNG ĐƠN VỊ" in text


@pytest.mark.parametrize("code", CODES)
def test_the_samples_render_every_key(code):
    spec = get_spec(code)
    assert spec is not None
    text = _render(code, spec.sample())
    assert "BÁO CÁO THÀNH TÍCH" in text and "{{" not in text


def test_the_shipped_templates_are_what_the_build_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_docx_nominations", ROOT / "scripts" / "build_docx_nominations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.OUT = tmp_path
    script.main()
    for code in CODES:
        shipped = get_spec(code)
        assert shipped is not None
        assert (tmp_path / f"{code}.docx").read_bytes() == shipped.path.read_bytes(), code


def test_the_report_is_requested_as_a_document_of_the_dossier(
    dossier, tree, personas, immediate_tasks, django_capture_on_commit_callbacks
):
    nominee = add(dossier, organization=tree.unit_a)
    with django_capture_on_commit_callbacks(execute=True):
        document = achievement_report_request(nomination=nominee, actor=personas.clerk_a)
    document = GeneratedDocument.objects.get(pk=document.pk)
    assert document.subject_type == "nominations.dossier" and document.subject_id == str(dossier.pk)
    assert document.template_code == "bao_cao_thanh_tich_tap_the"
    assert document.status == "ready" and document.docx
    assert "ĐỀ NGHỊ TẶNG GIẤY KHEN" in _text(document.docx.read())
