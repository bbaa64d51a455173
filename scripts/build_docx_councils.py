"""Build the council's minutes templates shipped in src/thidua/councils/templates_docx/.

    .venv/bin/python scripts/build_docx_councils.py

Reuses the layout helpers of build_docx_templates.py (Nghị định 30/2020/NĐ-CP, Phụ lục I):
- `bien_ban_hop_hoi_dong`: biên bản họp Hội đồng Thi đua – Khen thưởng;
- `bien_ban_kiem_phieu`: biên bản kiểm phiếu (secret electronic ballot).
Both read the generic context (docs/documents.md) plus `signer_left` / `signer_right`
({"title": …, "name": …}: the secretary and the chair sign the minutes). The keys the
councils app fills are in docs/councils.md.
"""

import sys
from pathlib import Path

from docx.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_docx_templates import (
    CENTER,
    FIRST_LINE_CM,
    _fixed_table,
    body,
    data_table,
    header_table,
    new_document,
    para,
    save_all,
    tag,
    title_block,
)

OUT = Path(__file__).resolve().parent.parent / "src" / "thidua" / "councils" / "templates_docx"
SIGN_CM = 8.25


def minutes_sections(document: Document, *, table_size: float) -> None:
    """Preamble, numbered sections (paragraphs, items, a table), closing paragraphs."""
    tag(document, "{%p for p in preamble %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for s in sections %}")
    tag(document, "{%p if s.heading and s.level == 1 %}")
    para(document, "{{ s.label }}", bold=True, first_line=FIRST_LINE_CM, before=6, keep_next=True)
    tag(document, "{%p elif s.heading %}")
    para(document, "{{ s.label }}", bold=True, first_line=FIRST_LINE_CM, keep_next=True)
    tag(document, "{%p endif %}")
    tag(document, "{%p for p in s.paragraphs %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for i in s.items %}")
    body(document, "{{ i.marker }} {{ i.text }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p if s.table %}")
    data_table(document, "s.table", size=table_size)
    para(document, "", size=6, after=0)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for p in closing %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")


def two_signatures(document: Document) -> None:
    """The secretary at the left, the chair at the right, each with a title and a name."""
    para(document, "", size=6, after=0)
    table = _fixed_table(document, [SIGN_CM, SIGN_CM], 1, borders=False)
    for cell, key in ((table.cell(0, 0), "signer_left"), (table.cell(0, 1), "signer_right")):
        para(cell, "{{ " + key + ".title }}", bold=True, align=CENTER, after=0)
        para(cell, "(Ký, ghi rõ họ tên)", italic=True, size=12, align=CENTER, after=0)
        para(cell, "{{ " + key + ".name }}", bold=True, align=CENTER, before=66, after=0)


def minutes(table_size: float) -> Document:
    document = new_document()
    header_table(document, letter=False)
    title_block(document)
    minutes_sections(document, table_size=table_size)
    two_signatures(document)
    return document


TEMPLATES = {
    "bien_ban_hop_hoi_dong": lambda: minutes(12),
    "bien_ban_kiem_phieu": lambda: minutes(11),
}


def main() -> None:
    save_all(TEMPLATES, OUT)


if __name__ == "__main__":
    main()
