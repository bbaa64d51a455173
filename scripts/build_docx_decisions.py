"""Build the award decision template shipped in src/thidua/decisions/templates_docx/.

    .venv/bin/python scripts/build_docx_decisions.py

The layout of an individual decision (quyết định cá biệt) in Phụ lục I of Nghị định
30/2020/NĐ-CP, with the helpers of build_docx_templates.py: header table, QUYẾT ĐỊNH and the
subject line, the issuing authority, the bases (Căn cứ …) in italics, "QUYẾT ĐỊNH:", the
articles (Điều 1. …), the signature block, then on a new page the annex list with its own
title and the table (STT, name, position, unit, award, amount) and the total. The context
keys are listed in docs/decisions.md; the same template serves revoking decisions.
"""

import sys
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_BREAK

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_docx_templates import (
    CENTER,
    FIRST_LINE_CM,
    TEXT_WIDTH_CM,
    _set_fonts,
    data_table,
    header_table,
    para,
    rule,
    save_all,
    signature_block,
    tag,
    title_block,
)
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "src" / "thidua" / "decisions" / "templates_docx"


def _article(document: Document) -> None:
    """ "Điều 1." in bold followed by the article's text in the same paragraph."""
    p = para(document, "{{ a.label }}", bold=True, first_line=FIRST_LINE_CM)
    run = p.add_run(" {{ a.text }}")
    run.font.size = Pt(14)
    _set_fonts(run._r)


def _page_break(document: Document) -> None:
    p = para(document, "", size=1, after=0)
    p.runs[0].add_break(WD_BREAK.PAGE)


def quyet_dinh_khen_thuong() -> Document:
    from build_docx_templates import new_document

    document = new_document()
    header_table(document, letter=False)
    title_block(document)
    para(document, "{{ authority }}", bold=True, align=CENTER, before=6, after=12)
    tag(document, "{%p for b in bases %}")
    para(document, "{{ b }}", italic=True, first_line=FIRST_LINE_CM)
    tag(document, "{%p endfor %}")
    para(document, "QUYẾT ĐỊNH:", bold=True, align=CENTER, before=6, after=12, keep_next=True)
    tag(document, "{%p for a in articles %}")
    _article(document)
    tag(document, "{%p endfor %}")
    signature_block(document)
    _page_break(document)
    para(document, "{{ annex.heading }}", bold=True, align=CENTER, after=0, keep_next=True)
    para(document, "{{ annex.title }}", bold=True, align=CENTER, after=0, keep_next=True)
    para(document, "{{ annex.subtitle }}", italic=True, align=CENTER, after=0, keep_next=True)
    rule(document, width_cm=5, box_cm=TEXT_WIDTH_CM, before=6, after=12)
    data_table(document, "annex.table", size=12)
    return document


def main() -> None:
    save_all({"quyet_dinh_khen_thuong": quyet_dinh_khen_thuong}, OUT)


if __name__ == "__main__":
    main()
