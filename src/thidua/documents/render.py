"""Filling .docx templates (docxtpl) and converting them to PDF (LibreOffice headless).

The only module that knows either tool, so that a change of library touches one file
(STYLE convention 12). Both functions are pure: bytes in, bytes out, no database.
"""

import contextlib
import fcntl
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

from django.conf import settings
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import ChainableUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

# LibreOffice profiles reused between conversions (creating one adds up to a second of
# start-up under load); each is locked while in use, so concurrent conversions never share one.
PROFILE_SLOTS = 4
CHAR_TWIPS = 140  # average width of a character of 13 pt Times New Roman, in twips
CELL_PADDING_TWIPS = 2 * 108  # Word's default left and right cell margins
SHORT_HEADER = 10  # a header this short ("Ghi chú") is kept on one line
SHORT_VALUE = 6  # a column whose values are all this short (STT, numbers) is centred
FIT_COLUMNS = "thidua:fit-columns"  # table title set by scripts/build_docx_templates.py


class DocumentRenderError(Exception):
    """A template could not be filled or converted; the message is for the user (Vietnamese)."""


def render_docx(template: Path | bytes, context: Mapping[str, Any]) -> bytes:
    """Fill a docxtpl template with `context` and return the .docx bytes.

    User text is escaped (autoescape), so "<" or "&" in a title cannot break the XML, and the
    template runs in Jinja's sandbox, because emulation officers upload templates.
    """
    source: Any = BytesIO(template) if isinstance(template, bytes) else str(template)
    try:
        document = DocxTemplate(source)
        document.render(dict(context), jinja_env=_environment(), autoescape=True)
        _fit_dynamic_tables(document.docx)
        out = BytesIO()
        document.save(out)
    except Exception as error:  # docxtpl, Jinja, lxml and zipfile all raise their own types
        raise DocumentRenderError(f"Không điền được mẫu văn bản: {_describe(error)}") from error
    return out.getvalue()


def _environment() -> SandboxedEnvironment:
    """Jinja's sandbox; a missing key, even nested ({{ movement.name }}), prints empty."""
    return SandboxedEnvironment(undefined=ChainableUndefined)


def undeclared_variables(template: bytes, context: Mapping[str, Any]) -> set[str]:
    """Names a template reads that `context` does not provide (they would print empty)."""
    try:
        document = DocxTemplate(BytesIO(template))
        names = document.get_undeclared_template_variables(_environment(), dict(context))
    except Exception as error:
        raise DocumentRenderError(f"Không đọc được mẫu văn bản: {_describe(error)}") from error
    return set(names)


def _describe(error: Exception) -> str:
    text = str(error) or type(error).__name__
    if isinstance(error, TemplateSyntaxError):
        return f"sai cú pháp, hãy kiểm tra các cặp {{{{ … }}}} và {{% … %}} ({text})"
    return text


def _fit_dynamic_tables(document: Any) -> None:
    """Fit the columns of tables built by a loop ({%tc for %}) to their content.

    docxtpl repeats the cells but keeps the template's grid, so LibreOffice would make every
    column equally wide, though a "STT" column needs less room than a name. Tables marked
    with the title (alt text) FIT_COLUMNS, or whose grid no longer matches their cells, get
    widths in proportion to their text; columns of short values (numbers) are centred. The
    header and signature tables keep the template's widths.
    """
    for table in document.tables:
        tbl = table._tbl
        rows = [tr.findall(qn("w:tc")) for tr in tbl.findall(qn("w:tr"))]
        count = max((len(cells) for cells in rows), default=0)
        cols = tbl.tblGrid.findall(qn("w:gridCol"))
        caption = tbl.tblPr.find(qn("w:tblCaption"))
        marked = caption is not None and caption.get(qn("w:val")) == FIT_COLUMNS
        if count and (marked or count != len(cols)):
            total = sum(int(col.get(qn("w:w")) or 0) for col in cols)
            _set_widths(tbl, rows, _column_widths(rows, count, total))
            _centre_short_columns(rows, count)


def _cell_text(cell: Any) -> str:
    return "".join(t.text or "" for t in cell.iter(qn("w:t")))


def _column_widths(rows: list[list[Any]], count: int, total: int) -> list[int]:
    """Widths in twips. Each column wants its longest cell on one line and needs at least its
    longest word (and a short header); when the wants exceed the table's width, the excess
    is taken from the columns that can wrap, in proportion to how much they can give."""
    longest_word, longest = [0] * count, [0] * count
    for cells in rows:
        for i, cell in enumerate(cells[:count]):
            text = _cell_text(cell)
            longest_word[i] = max([longest_word[i], *(len(w) for w in text.split())])
            longest[i] = max(longest[i], len(text))
    headers = [len(_cell_text(cell)) for cell in rows[0][:count]] + [0] * count
    floor = [
        _twips(max(w, min(h, SHORT_HEADER)) + 1)
        for w, h in zip(longest_word, headers, strict=False)
    ]
    want = [max(_twips(n), f) for n, f in zip(longest, floor, strict=True)]
    if sum(want) <= total:
        return [int(w * total / sum(want)) for w in want]
    if sum(floor) >= total:
        return [int(f * total / sum(floor)) for f in floor]
    excess = sum(want) - total
    give = [w - f for w, f in zip(want, floor, strict=True)]
    return [int(w - excess * g / sum(give)) for w, g in zip(want, give, strict=True)]


def _twips(characters: int) -> int:
    return characters * CHAR_TWIPS + CELL_PADDING_TWIPS


def _set_widths(tbl: Any, rows: list[list[Any]], widths: list[int]) -> None:
    grid = tbl.tblGrid
    for col in grid.findall(qn("w:gridCol")):
        grid.remove(col)
    for width in widths:
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(width))
        grid.append(col)
    for cells in rows:
        for cell, width in zip(cells, widths, strict=False):
            tcw = cell.get_or_add_tcPr().get_or_add_tcW()
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(width))


def _centre_short_columns(rows: list[list[Any]], count: int) -> None:
    body = rows[1:]
    for i in range(count):
        cells = [cells[i] for cells in body if i < len(cells)]
        if cells and all(len(_cell_text(c)) <= SHORT_VALUE for c in cells):
            for cell in cells:
                for p in cell.iter(qn("w:p")):
                    ppr = p.get_or_add_pPr()
                    ppr.jc_val = WD_ALIGN_PARAGRAPH.CENTER


def docx_to_pdf(docx: bytes, timeout: float = 60) -> bytes:
    """Convert .docx bytes to PDF bytes with LibreOffice headless (same layout as Word)."""
    binary = shutil.which(getattr(settings, "SOFFICE_BINARY", "soffice"))
    if binary is None:
        raise DocumentRenderError(
            "Máy chủ chưa cài LibreOffice (lệnh soffice) nên chưa tạo được bản PDF; "
            "cài bằng scripts/debian-deps.sh."
        )
    with tempfile.TemporaryDirectory(prefix="thidua-pdf-") as work, _profile(Path(work)) as profile:
        source = Path(work) / "van-ban.docx"
        source.write_bytes(docx)
        command = [
            binary,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            work,
            str(source),
        ]
        try:
            output = _run(command, timeout=timeout, home=work)
        except DocumentRenderError:
            shutil.rmtree(profile, ignore_errors=True)  # a killed run may leave it broken
            raise
        pdf = source.with_suffix(".pdf")
        if not pdf.exists():
            shutil.rmtree(profile, ignore_errors=True)
            raise DocumentRenderError(
                f"LibreOffice không tạo được tệp PDF. {output[-300:]}".strip()
            )
        return pdf.read_bytes()


@contextlib.contextmanager
def _profile(work: Path) -> Iterator[Path]:
    """A LibreOffice user profile no other conversion is using (a free slot, else a new one)."""
    base = Path(tempfile.gettempdir()) / f"thidua-soffice-{os.getuid()}"
    base.mkdir(mode=0o700, exist_ok=True)
    for slot in range(PROFILE_SLOTS):
        with open(base / f"slot-{slot}.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            yield base / f"profile-{slot}"
            return
    yield work / "profile"


def _run(command: list[str], *, timeout: float, home: str) -> str:
    env = {**os.environ, "HOME": os.environ.get("HOME") or home}
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,  # soffice forks soffice.bin: kill the whole group on timeout
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        seconds = f"{timeout:g}".replace(".", ",")
        raise DocumentRenderError(
            f"LibreOffice không chuyển xong văn bản sang PDF sau {seconds} giây."
        ) from None
    return output.decode("utf-8", "replace")
