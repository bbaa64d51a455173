"""Build the submission letter shipped in src/thidua/exchange/templates_docx/.

    .venv/bin/python scripts/build_docx_exchange.py

`to_trinh_khen_thuong`: the department's Tờ trình proposing the awards decided above it,
with the list of nominees (Nghị định 30/2020/NĐ-CP, Phụ lục I layout, reusing the helpers of
build_docx_templates.py). It reads the generic context (docs/documents.md): header,
`doc_type`, `title`, `recipients`, `preamble`, `table`, `closing`, `signer`,
`distribution`; the keys the exchange app fills are in docs/exchange.md.
"""

import sys
from pathlib import Path

from docx.document import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_docx_templates import (
    body,
    data_table,
    header_table,
    letter_recipients,
    new_document,
    para,
    save_all,
    signature_block,
    tag,
    title_block,
)

OUT = Path(__file__).resolve().parent.parent / "src" / "thidua" / "exchange" / "templates_docx"


def to_trinh_khen_thuong() -> Document:
    document = new_document()
    header_table(document, letter=False)
    title_block(document)
    letter_recipients(document)
    tag(document, "{%p for p in preamble %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p if table.title %}")
    para(document, "{{ table.title }}", size=13, bold=True, keep_next=True)
    tag(document, "{%p endif %}")
    data_table(document, "table", size=12)
    para(document, "", size=6, after=0)
    tag(document, "{%p for p in closing %}")
    body(document, "{{ p }}")
    tag(document, "{%p endfor %}")
    signature_block(document)
    return document


TEMPLATES = {"to_trinh_khen_thuong": to_trinh_khen_thuong}


def main() -> None:
    save_all(TEMPLATES, OUT)


if __name__ == "__main__":
    main()
