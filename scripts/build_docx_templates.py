"""Build the .docx templates shipped in src/thidua/documents/templates_docx/.

    .venv/bin/python scripts/build_docx_templates.py

python-docx writes the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I) and the docxtpl
placeholders, so the templates are reproducible and reviewable here; the generated files are
committed too, and administrators replace them per organisation with files edited in Word.
The context keys are documented in docs/documents.md.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent.parent / "src" / "thidua" / "documents" / "templates_docx"
FONT = "Times New Roman"
BODY_PT = 14
TEXT_WIDTH_CM = 16.5  # A4 21 cm minus the left 3 cm and right 1,5 cm margins
FIRST_LINE_CM = 1.27
FIT_COLUMNS = "thidua:fit-columns"  # the table title (alt text) render.py looks for
LEFT, CENTER, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.LEFT,
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)

Container = Document | _Cell


# -- low-level helpers -------------------------------------------------------------------


def _set_fonts(rpr_parent: object) -> None:
    """Times New Roman for every script, so Vietnamese text never falls back to another font."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def para(
    box: Container,
    text: str = "",
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    align: object = JUSTIFY,
    first_line: float | None = None,
    before: float = 0,
    after: float = 6,
    keep_next: bool = False,
) -> Paragraph:
    """One paragraph with one explicitly formatted run (the way officers' Word files look)."""
    p = box.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if keep_next:
        fmt.keep_with_next = True
    if first_line is not None:
        fmt.first_line_indent = Cm(first_line)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.font.bold, run.font.italic, run.font.underline = bold, italic, underline
    _set_fonts(run._r)
    _mark_size(p, size)
    return p


def _mark_size(p: Paragraph, size: float) -> None:
    """The paragraph mark's size sets the height of an empty line (the short rules)."""
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    p._p.get_or_add_pPr().append(rpr)


def tag(box: Container, text: str) -> None:
    """A docxtpl paragraph tag ({%p … %}): the whole paragraph disappears when rendered."""
    para(box, text, after=0, align=LEFT)


def body(box: Container, text: str) -> None:
    para(box, text, first_line=FIRST_LINE_CM)


def rule(
    box: Container, *, width_cm: float, box_cm: float, before: float = 3, after: float = 6
) -> None:
    """A short centred line: the bottom border of an empty 1 pt paragraph indented both sides."""
    p = para(box, "", size=1, before=before, after=after, align=CENTER)
    side = Cm((box_cm - width_cm) / 2)
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = side
    ppr = p._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.insert_element_before(border, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr")


def _table_borders(table: Table, value: str) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), value)
        if value != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)


def _fixed_table(box: Document, widths_cm: list[float], rows: int, *, borders: bool) -> Table:
    table = box.add_table(rows=rows, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _table_borders(table, "single" if borders else "nil")
    for i, width in enumerate(widths_cm):
        table.columns[i].width = Cm(width)
        for cell in table.columns[i].cells:
            cell.width = Cm(width)
    for row in table.rows:
        for cell in row.cells:
            cell._tc.remove(cell.paragraphs[0]._p)  # cells start with an empty paragraph
    return table


def _repeat_header(table: Table) -> None:
    trpr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


# -- page ---------------------------------------------------------------------------------


def new_document() -> Document:
    """A4, margins of Nghị định 30 (top/bottom 2 cm, left 3 cm, right 1,5 cm), page numbers."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    section.header_distance = section.footer_distance = Cm(1)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(BODY_PT)
    _set_fonts(normal.element)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(lang)
    _page_numbers(section)
    return document


def _page_numbers(section: object) -> None:
    """Arabic page number centred in the header, not on the first page (Nghị định 30)."""
    section.different_first_page_header_footer = True  # type: ignore[attr-defined]
    p = section.header.paragraphs[0]  # type: ignore[attr-defined]
    p.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(BODY_PT * 2))
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    p._p.append(field)


# -- blocks -------------------------------------------------------------------------------

HEAD_LEFT_CM, HEAD_RIGHT_CM = 6.3, 10.2


def header_table(document: Document, *, letter: bool) -> None:
    """Issuing body | national heading; then number (and V/v) | place and date."""
    table = _fixed_table(document, [HEAD_LEFT_CM, HEAD_RIGHT_CM], 2, borders=False)
    left, right = table.cell(0, 0), table.cell(0, 1)
    tag(left, "{%p if issuer_parent %}")
    para(left, "{{ issuer_parent }}", size=13, align=CENTER, after=0)
    tag(left, "{%p endif %}")
    para(left, "{{ issuer }}", size=13, bold=True, align=CENTER, after=0)
    rule(left, width_cm=2.2, box_cm=HEAD_LEFT_CM)
    para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=13, bold=True, align=CENTER, after=0)
    para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, align=CENTER, after=6)
    left, right = table.cell(1, 0), table.cell(1, 1)
    para(left, "Số: {{ number }}/{{ symbol }}", size=13, align=CENTER, after=0)
    if letter:
        para(left, "V/v {{ subject_line }}", size=12, align=CENTER, before=3, after=0)
    para(
        right,
        "{{ place }}, ngày {{ day }} tháng {{ month }} năm {{ year }}",
        italic=True,
        align=CENTER,
        after=0,
    )


def title_block(document: Document) -> None:
    para(document, "{{ doc_type }}", bold=True, align=CENTER, before=18, after=0, keep_next=True)
    para(document, "{{ title }}", bold=True, align=CENTER, after=0, keep_next=True)
    tag(document, "{%p if subtitle %}")
    para(document, "{{ subtitle }}", italic=True, align=CENTER, after=0, keep_next=True)
    tag(document, "{%p endif %}")
    rule(document, width_cm=5, box_cm=TEXT_WIDTH_CM, before=8, after=12)


def letter_recipients(document: Document) -> None:
    """«Kính gửi:» with one recipient on the same line, several as a list below."""
    tag(document, "{%p if recipients|length == 1 %}")
    para(document, "Kính gửi: {{ recipients[0] }}", align=CENTER, before=18, after=12)
    tag(document, "{%p else %}")
    para(document, "Kính gửi:", align=CENTER, before=18, after=0)
    tag(document, "{%p for r in recipients %}")
    p = para(document, "- {{ r }}", align=LEFT, after=0)
    p.paragraph_format.left_indent = Cm(5.5)
    tag(document, "{%p endfor %}")
    para(document, "", size=6, after=6)
    tag(document, "{%p endif %}")


def data_table(document: Document, var: str, *, size: float = 13) -> None:
    """A grid whose columns and rows come from the context ({{ var }}.columns/.rows).

    Three template columns: the loop tags and the repeated cell. render.py sets the column
    widths from the content once the number of columns is known.
    """
    width = TEXT_WIDTH_CM / 3
    table = _fixed_table(document, [width] * 3, 4, borders=True)
    cells = [
        ["{%tc for c in " + var + ".columns %}", "{{ c }}", "{%tc endfor %}"],
        ["{%tr for row in " + var + ".rows %}", "", ""],
        ["{%tc for cell in row %}", "{{ cell }}", "{%tc endfor %}"],
        ["{%tr endfor %}", "", ""],
    ]
    for r, texts in enumerate(cells):
        for c, text in enumerate(texts):
            header = r == 0 and c == 1
            para(
                table.cell(r, c),
                text,
                size=size,
                bold=header,
                align=CENTER if header else LEFT,
                before=2,
                after=2,
            )
    _repeat_header(table)
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), FIT_COLUMNS)  # render.py fits the columns to their content
    table._tbl.tblPr.append(caption)


def sections(document: Document) -> None:
    """Preamble, numbered sections (heading, paragraphs, items, table), closing paragraphs."""
    tag(document, "{%p for p in preamble %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for s in sections %}")
    tag(document, "{%p if s.heading and s.level == 1 %}")
    para(document, "{{ s.label }}", bold=True, first_line=FIRST_LINE_CM, before=6, keep_next=True)
    tag(document, "{%p elif s.heading and s.level == 2 %}")
    para(document, "{{ s.label }}", bold=True, first_line=FIRST_LINE_CM, keep_next=True)
    tag(document, "{%p elif s.heading %}")
    para(document, "{{ s.label }}", italic=True, first_line=FIRST_LINE_CM, keep_next=True)
    tag(document, "{%p endif %}")
    tag(document, "{%p for p in s.paragraphs %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for i in s.items %}")
    body(document, "{{ i.marker }} {{ i.text }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p if s.table %}")
    tag(document, "{%p if s.table.title %}")
    para(document, "{{ s.table.title }}", size=13, bold=True, align=CENTER, keep_next=True)
    tag(document, "{%p endif %}")
    data_table(document, "s.table")
    para(document, "", size=6, after=0)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for p in closing %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")


SIGN_LEFT_CM, SIGN_RIGHT_CM = 8.0, 8.5


def signature_block(document: Document) -> None:
    """«Nơi nhận:» at the bottom left, the signer's authority, title and name at the right."""
    para(document, "", size=6, after=0)
    table = _fixed_table(document, [SIGN_LEFT_CM, SIGN_RIGHT_CM], 1, borders=False)
    left, right = table.cell(0, 0), table.cell(0, 1)
    para(left, "Nơi nhận:", size=12, bold=True, italic=True, align=LEFT, after=0)
    tag(left, "{%p for d in distribution %}")
    para(left, "- {{ d }}", size=11, align=LEFT, after=0)
    tag(left, "{%p endfor %}")
    tag(right, "{%p for line in signer.authority %}")
    para(right, "{{ line }}", bold=True, align=CENTER, after=0)
    tag(right, "{%p endfor %}")
    tag(right, "{%p if signer.note %}")
    para(right, "{{ signer.note }}", italic=True, align=CENTER, after=0)
    tag(right, "{%p endif %}")
    para(right, "{{ signer.name }}", bold=True, align=CENTER, before=66, after=0)


# -- the templates ------------------------------------------------------------------------


def ke_hoach() -> Document:
    document = new_document()
    header_table(document, letter=False)
    title_block(document)
    sections(document)
    signature_block(document)
    return document


def cong_van() -> Document:
    document = new_document()
    header_table(document, letter=True)
    letter_recipients(document)
    sections(document)
    signature_block(document)
    return document


def danh_sach() -> Document:
    document = new_document()
    header_table(document, letter=False)
    title_block(document)
    tag(document, "{%p for p in preamble %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    data_table(document, "table", size=12)
    para(document, "", size=6, after=0)
    tag(document, "{%p for p in closing %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    signature_block(document)
    return document


def bao_cao() -> Document:
    return ke_hoach()  # same skeleton; the summary tables are section tables


TEMPLATES: dict[str, Callable[[], Document]] = {
    "ke_hoach": ke_hoach,
    "cong_van": cong_van,
    "danh_sach": danh_sach,
    "bao_cao": bao_cao,
}


def _normalize_zip(path: Path) -> None:
    """Fixed timestamps and order so that rebuilding gives byte-identical files."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def save_all(templates: dict[str, Callable[[], Document]], out: Path) -> None:
    """Build each template into `out`/<code>.docx with fixed properties and zip order, so
    that rebuilding gives byte-identical files (every app's builder script calls this)."""
    out.mkdir(parents=True, exist_ok=True)
    for code, build in templates.items():
        document = build()
        props = document.core_properties
        props.author = props.last_modified_by = "thidua"
        props.title, props.revision = f"Mẫu {code}", 1
        props.created = props.modified = dt.datetime(2026, 1, 1)
        path = out / f"{code}.docx"
        document.save(str(path))
        _normalize_zip(path)
        print(path)


def main() -> None:
    save_all(TEMPLATES, OUT)


if __name__ == "__main__":
    main()
