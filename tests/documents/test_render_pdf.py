"""Conversion to PDF with the real LibreOffice, and its failure modes."""

import subprocess
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.documents.helpers import sample
from thidua.documents import registry
from thidua.documents.context import prepare_context
from thidua.documents.render import DocumentRenderError, docx_to_pdf, render_docx

pytestmark = pytest.mark.libreoffice


def _plan_docx() -> bytes:
    spec = registry.get_spec("ke_hoach")
    assert spec is not None
    return render_docx(spec.path, prepare_context(sample("ke_hoach")))


def test_it_converts_a_plan_to_pdf_that_looks_like_the_document(
    soffice: str, tmp_path: Path
) -> None:
    pdf = docx_to_pdf(_plan_docx())
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) >= 2
    first = " ".join(reader.pages[0].extract_text().split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "KẾ HOẠCH" in first
    assert "Phát động phong trào thi đua" in first
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Nơi nhận:" in last and "Lâm Xuân Phương" in last
    fonts = {str(f.get("/BaseFont")) for f in _fonts(reader)}
    assert any("LiberationSerif" in f or "TimesNewRoman" in f for f in fonts), fonts

    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    image = next(tmp_path.glob("p-*.png"))
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.stat().st_size > 20_000  # a page with text, not a blank one


def _fonts(reader: PdfReader) -> list[Any]:
    resources = reader.pages[0]["/Resources"]
    return [font.get_object() for font in resources["/Font"].values()]


def test_it_says_when_libreoffice_is_missing(settings: Any) -> None:
    settings.SOFFICE_BINARY = "/khong/co/soffice"
    with pytest.raises(DocumentRenderError, match="chưa cài LibreOffice"):
        docx_to_pdf(b"x")


def test_it_gives_up_after_the_timeout(settings: Any, tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o755)
    settings.SOFFICE_BINARY = str(fake)
    with pytest.raises(DocumentRenderError, match="sau 0,5 giây"):
        docx_to_pdf(b"x", timeout=0.5)


def test_it_reports_a_conversion_that_makes_no_pdf(settings: Any, tmp_path: Path) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded'\n")
    fake.chmod(0o755)
    settings.SOFFICE_BINARY = str(fake)
    with pytest.raises(DocumentRenderError, match=r"không tạo được tệp PDF.*could not be loaded"):
        docx_to_pdf(b"x")


def test_concurrent_conversions_use_separate_profiles(soffice: str) -> None:
    letter = registry.get_spec("cong_van")
    assert letter is not None
    data = render_docx(letter.path, prepare_context(sample("cong_van")))
    with ThreadPoolExecutor(max_workers=3) as pool:
        pdfs = list(pool.map(lambda _: docx_to_pdf(data), range(3)))
    assert all(pdf.startswith(b"%PDF-") for pdf in pdfs)
