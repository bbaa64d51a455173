"""Build the achievement-report templates shipped in src/thidua/nominations/templates_docx/.

    .venv/bin/python scripts/build_docx_nominations.py

The layout helpers (page, paragraphs, sections, tables) are those of
scripts/build_docx_templates.py; the context keys are the generic schema of
docs/documents.md plus `sign_left`, `sign_right` and `sign_bottom` ({title, note, name}),
see nominations/selectors/report.py. Two codes, one layout: an organisation may replace the
individual's and the collective's report separately.
"""

import importlib.util
from collections.abc import Callable
from pathlib import Path

from docx.document import Document

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "thidua" / "nominations" / "templates_docx"

_spec = importlib.util.spec_from_file_location(
    "build_docx_templates", HERE / "build_docx_templates.py"
)
assert _spec is not None and _spec.loader is not None
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
CENTER, LEFT = base.CENTER, base.LEFT


def report_header(document: Document) -> None:
    """Reporting unit | national heading, then the place and date (a report has no number)."""
    table = base._fixed_table(document, [base.HEAD_LEFT_CM, base.HEAD_RIGHT_CM], 1, borders=False)
    left, right = table.cell(0, 0), table.cell(0, 1)
    base.tag(left, "{%p if issuer_parent %}")
    base.para(left, "{{ issuer_parent }}", size=13, align=CENTER, after=0)
    base.tag(left, "{%p endif %}")
    base.para(left, "{{ issuer }}", size=13, bold=True, align=CENTER, after=0)
    base.rule(left, width_cm=2.2, box_cm=base.HEAD_LEFT_CM)
    base.para(
        right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=13, bold=True, align=CENTER, after=0
    )
    base.para(
        right, "Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, align=CENTER, after=6
    )
    base.para(
        right,
        "{{ place }}, ngày {{ day }} tháng {{ month }} năm {{ year }}",
        italic=True,
        align=CENTER,
        after=0,
    )


def _signer(cell: object, var: str) -> None:
    base.tag(cell, "{%p if " + var + ".title %}")
    base.para(cell, "{{ " + var + ".title|upper }}", bold=True, align=CENTER, after=0)
    base.para(cell, "{{ " + var + ".note }}", italic=True, align=CENTER, after=0)
    base.para(cell, "{{ " + var + ".name }}", bold=True, align=CENTER, before=66, after=0)
    base.tag(cell, "{%p endif %}")


def report_signatures(document: Document) -> None:
    """Two signers side by side (the unit's head | the person reporting), then the
    confirmation of the level that proposes the award, centred below."""
    base.para(document, "", size=6, after=0)
    table = base._fixed_table(
        document, [base.SIGN_LEFT_CM + 0.25, base.SIGN_RIGHT_CM - 0.25], 1, borders=False
    )
    _signer(table.cell(0, 0), "sign_left")
    _signer(table.cell(0, 1), "sign_right")
    base.tag(document, "{%p if sign_bottom.title %}")
    base.para(
        document, "{{ sign_bottom.title|upper }}", bold=True, align=CENTER, before=18, after=0
    )
    base.para(document, "{{ sign_bottom.note }}", italic=True, align=CENTER, after=0)
    base.tag(document, "{%p endif %}")


def achievement_report() -> Document:
    document = base.new_document()
    report_header(document)
    base.title_block(document)
    base.sections(document)
    report_signatures(document)
    return document


TEMPLATES: dict[str, Callable[[], Document]] = {
    "bao_cao_thanh_tich_ca_nhan": achievement_report,
    "bao_cao_thanh_tich_tap_the": achievement_report,
}


def main() -> None:
    base.save_all(TEMPLATES, OUT)


if __name__ == "__main__":
    main()
