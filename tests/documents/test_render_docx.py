"""The shipped templates filled and opened with python-docx: layout of Nghị định 30."""

import importlib.util
import re
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from tests.documents.helpers import docx_with_text, rendered
from thidua.documents import registry
from thidua.documents.render import DocumentRenderError, render_docx

ROOT = Path(__file__).resolve().parents[2]
FONT = "Times New Roman"


def _texts(cell: Any) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]


def _run_font(paragraph: Paragraph, run: Any) -> tuple[str | None, Any]:
    """The effective font name and size of a run (run formatting, else the style's)."""
    style = paragraph.style.font if paragraph.style is not None else None
    name = run.font.name or (style.name if style else None)
    size = run.font.size or (style.size if style else None)
    return name, size


def test_it_fills_the_header_table() -> None:
    document = rendered("ke_hoach")
    header = document.tables[0]
    issuer, national = header.cell(0, 0), header.cell(0, 1)
    assert _texts(issuer) == ["UBND TỈNH NINH BÌNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]
    assert issuer.paragraphs[1].runs[0].bold
    assert _texts(national) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert national.paragraphs[0].runs[0].bold
    motto = national.paragraphs[1].runs[0]
    assert motto.bold and motto.underline
    number, date = header.cell(1, 0).paragraphs[0], header.cell(1, 1).paragraphs[0]
    assert number.text.startswith("Số:") and number.text.endswith("/KH-LĐTBXH")
    assert date.runs[0].italic
    assert date.text.startswith("Ninh Bình, ngày ")
    assert date.text.endswith(" tháng 9 năm 2021")


def test_it_prints_blank_number_and_day_as_spaces_until_issued() -> None:
    header = rendered("ke_hoach").tables[0]
    number = header.cell(1, 0).paragraphs[0].text
    assert number.replace(" ", "") == "Số:/KH-LĐTBXH"
    assert re.match(r"Số: {5,}/", number)  # room for the clerk's number
    date = header.cell(1, 1).paragraphs[0].text
    assert re.search(r"ngày {5,}tháng", date)


def test_it_writes_the_issue_date_as_nghi_dinh_30_wants() -> None:
    date = rendered("ke_hoach", issued_on="2026-02-05", number="12").tables[0].cell(1, 1)
    assert date.paragraphs[0].text == "Ninh Bình, ngày 05 tháng 02 năm 2026"
    number = rendered("ke_hoach", number="12").tables[0].cell(1, 0).paragraphs[0].text
    assert number == "Số: 12/KH-LĐTBXH"


def test_it_centres_the_document_type_and_title_in_bold() -> None:
    document = rendered("ke_hoach")
    body = [p for p in document.paragraphs if p.text.strip()]
    kind, title = body[0], body[1]
    assert kind.text == "KẾ HOẠCH"
    assert title.text.startswith("Phát động phong trào thi đua “Cán bộ")
    for paragraph in (kind, title):
        assert paragraph.alignment == 1  # centre
        assert all(run.bold for run in paragraph.runs)


def test_body_paragraphs_are_times_new_roman_14_justified_with_first_line_indent() -> None:
    document = rendered("ke_hoach")
    body = [p for p in document.paragraphs if p.paragraph_format.first_line_indent]
    assert len(body) > 20
    for paragraph in body:
        assert paragraph.alignment == 3  # justify
        for run in paragraph.runs:
            assert _run_font(paragraph, run) == (FONT, Pt(14))


def test_the_page_is_a4_with_the_margins_of_nghi_dinh_30() -> None:
    section = rendered("ke_hoach").sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    top, bottom, left, right = (
        round(m.cm, 2)
        for m in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    )
    assert 2.0 <= top <= 2.5 and 2.0 <= bottom <= 2.5
    assert 3.0 <= left <= 3.5 and 1.5 <= right <= 2.0


def test_it_numbers_sections_and_items() -> None:
    texts = [p.text for p in rendered("ke_hoach").paragraphs]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in texts
    assert "1. Mục đích" in texts
    assert "IV. TỔ CHỨC THỰC HIỆN" in texts
    assert any(t.startswith("a) Nâng cao chất lượng") for t in texts)
    assert any(t.startswith("- Phong trào thi đua được triển khai") for t in texts)


def test_it_prints_the_distribution_list_and_the_signer() -> None:
    signature = rendered("ke_hoach").tables[-1]
    left, right = signature.cell(0, 0), signature.cell(0, 1)
    label = left.paragraphs[0]
    assert label.text == "Nơi nhận:"
    assert label.runs[0].bold and label.runs[0].italic and label.runs[0].font.size == Pt(12)
    lines = _texts(left)[1:]
    assert lines[0] == "- Sở Nội vụ;"
    assert lines[-1] == "- Lưu: VT, VP."
    assert all(p.runs[0].font.size == Pt(11) for p in left.paragraphs[1:] if p.text)
    assert _texts(right) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Xuân Phương"]
    assert all(p.runs[0].bold for p in right.paragraphs if p.text)


def test_it_fills_a_criteria_table_with_columns_fitted_to_the_content() -> None:
    table = rendered("ke_hoach").tables[1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Đối tượng", "Tiêu chuẩn"]
    assert [r.cells[0].text for r in table.rows[1:]] == ["1", "2", "3", "4"]
    stt, _, criteria = (c.width for c in table.rows[1].cells)
    assert stt * 4 < criteria


def test_a_letter_has_its_subject_line_and_recipients() -> None:
    document = rendered("cong_van")
    left = _texts(document.tables[0].cell(1, 0))
    assert left[0].endswith("/SLĐTBXH-VP")
    assert left[1] == "V/v Về việc phát động phong trào thi đua năm 2023"
    texts = [p.text for p in document.paragraphs]
    assert "Kính gửi: Các phòng chuyên môn, các đơn vị trực thuộc Sở." in texts
    assert any(t.startswith("1. Tiếp tục tuyên truyền") for t in texts)


def test_a_letter_lists_several_recipients_one_per_line() -> None:
    texts = [
        p.text for p in rendered("cong_van", recipients=["Sở Nội vụ", "Sở Tài chính"]).paragraphs
    ]
    assert "Kính gửi:" in texts
    assert "- Sở Nội vụ;" in texts and "- Sở Tài chính." in texts


def test_a_list_takes_its_columns_from_the_context() -> None:
    document = rendered("danh_sach")
    table = document.tables[1]
    assert [c.text for c in table.rows[0].cells] == [
        "STT",
        "Họ và tên / Tập thể",
        "Đơn vị",
        "Danh hiệu đăng ký",
        "Ghi chú",
    ]
    assert [c.text for c in table.rows[2].cells][:2] == ["2", "Nguyễn Văn An"]
    assert "(Kèm theo Kế hoạch số 52/KH-LĐTBXH ngày 15/9/2021 của Sở)" in [
        p.text for p in document.paragraphs
    ]


def test_a_report_has_its_summary_tables() -> None:
    document = rendered("bao_cao")
    assert [c.text for c in document.tables[2].rows[1].cells] == [
        "Giải quyết việc làm (người)",
        "19.400",
        "25.870",
        "133,3 %",
    ]


@pytest.mark.parametrize("text", ["A < B & C", "<w:p>tiêm XML</w:p>", "{{ 7 * 7 }}", "]]>&amp;"])
def test_user_text_is_escaped_not_interpreted(text: str) -> None:
    document = rendered("ke_hoach", title=text, preamble=[text])
    texts = [p.text for p in document.paragraphs]
    assert text in texts  # printed literally, the document still opens


def test_a_template_error_is_reported_in_vietnamese() -> None:
    with pytest.raises(DocumentRenderError, match="Không điền được mẫu văn bản"):
        render_docx(docx_with_text("{{ title "), {"title": "x"})
    with pytest.raises(DocumentRenderError, match="Không điền được mẫu văn bản"):
        render_docx(b"not a zip", {})


def test_templates_run_in_the_sandbox() -> None:
    evil = docx_with_text("{{ title.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(DocumentRenderError):
        render_docx(evil, {"title": "x"})


def test_the_shipped_templates_are_what_the_build_script_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_docx_templates", ROOT / "scripts" / "build_docx_templates.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.OUT = tmp_path
    script.main()
    # templates other apps ship are rebuilt by their own scripts and tests
    shipped = [t for t in registry.all_specs() if t.path.parent == registry.SHIPPED_DIR]
    assert shipped
    for template in shipped:
        built = (tmp_path / f"{template.code}.docx").read_bytes()
        assert built == template.path.read_bytes(), f"rebuild {template.code}.docx"
        docx.Document(BytesIO(built))  # opens
