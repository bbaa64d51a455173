"""The decision template: rebuilt byte for byte by its script, filled for drafts and issues."""

import importlib.util
from io import BytesIO
from pathlib import Path

import docx

from tests.decisions.helpers import draft, issued
from thidua.decisions.content import document_context
from thidua.decisions.selectors.decisions import decision_lines
from thidua.documents.context import prepare_context
from thidua.documents.registry import get_spec
from thidua.documents.render import render_docx, undeclared_variables

ROOT = Path(__file__).resolve().parents[2]


def _text(data: bytes) -> str:
    document = docx.Document(BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def _render(decision) -> str:
    spec = get_spec("quyet_dinh_khen_thuong")
    assert spec is not None
    symbol = decision.register.symbol if decision.register else "QĐ-SLĐTBXH"
    context = document_context(decision, decision_lines(decision), symbol=symbol, year=2023)
    return _text(render_docx(spec.path, prepare_context(context)))


def test_the_shipped_template_is_what_the_build_script_makes(tmp_path):
    script_path = ROOT / "scripts" / "build_docx_decisions.py"
    spec = importlib.util.spec_from_file_location("build_docx_decisions", script_path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.OUT = tmp_path
    script.main()
    shipped = get_spec("quyet_dinh_khen_thuong")
    assert shipped is not None
    assert (tmp_path / "quyet_dinh_khen_thuong.docx").read_bytes() == shipped.path.read_bytes()


def test_the_sample_fills_every_variable():
    spec = get_spec("quyet_dinh_khen_thuong")
    assert spec is not None
    content = spec.path.read_bytes()
    assert undeclared_variables(content, prepare_context(spec.sample())) == set()


def test_a_draft_leaves_the_number_and_day_blank(setup, personas):
    text = _render(draft(setup, personas.dept_officer))
    assert "Số:        /QĐ-SLĐTBXH" in text
    assert "QUYẾT ĐỊNH:" in text and "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" in text
    assert "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" in text


def test_an_issued_decision_prints_its_number_articles_and_annex(setup, personas):
    text = _render(issued(setup, personas.dept_officer))
    assert "Số: 1/QĐ-SLĐTBXH" in text and "ngày 20 tháng 12 năm 2023" in text
    assert "Điều 1. Tặng danh hiệu «Lao động tiên tiến» năm 2023 cho 4 cá nhân" in text
    assert "Tổng số tiền thưởng là 3.600.000 đồng (Ba triệu sáu trăm nghìn đồng)" in text
    assert "Điều 3." in text and "Nơi nhận:" in text
    assert "(Kèm theo Quyết định số 1/QĐ-SLĐTBXH ngày 20/12/2023" in text
    for header in ("STT", "Họ và tên, tên tập thể", "Chức vụ", "Đơn vị", "Danh hiệu, hình thức"):
        assert header in text
    assert "Tổng cộng" in text and "1.440.000" in text
