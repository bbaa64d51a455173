"""The Tờ trình: the shipped template is what the build script makes, and it renders."""

import importlib.util
import io
from pathlib import Path
from typing import Any

import docx

from thidua.documents.context import prepare_context
from thidua.documents.registry import get_spec
from thidua.documents.render import render_docx
from thidua.exchange.samples import LETTER, to_trinh_khen_thuong
from thidua.exchange.services.letter import letter_context

ROOT = Path(__file__).resolve().parents[2]


def _text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_shipped_letter_is_what_the_build_script_makes(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_docx_exchange", ROOT / "scripts" / "build_docx_exchange.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.OUT = tmp_path
    script.main()
    shipped = get_spec(LETTER)
    assert shipped is not None
    assert (tmp_path / f"{LETTER}.docx").read_bytes() == shipped.path.read_bytes()


def test_it_renders_the_sample() -> None:
    spec = get_spec(LETTER)
    assert spec is not None
    text = _text(render_docx(spec.path.read_bytes(), prepare_context(to_trinh_khen_thuong())))
    assert "TỜ TRÌNH" in text and "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Sơn La" in text
    assert "Trần Thị Bình" in text and "93,3 %" in text


def test_it_fills_the_letter_from_the_dossier(concluded: Any) -> None:
    context = letter_context(
        dossier=concluded.dossier,
        recipient="Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
        signer_name="Lò Văn Minh",
        signer_authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    )
    rows = context["table"]["rows"]
    assert rows == [
        [
            "1",
            "Trần Văn Hùng",
            "Chuyên viên, Phòng Lao động - Việc làm",
            "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
            "100 %",
        ]
    ]
    assert context["issuer"] == "Sở Lao động - Thương binh và Xã hội"
    text = _text(render_docx(get_spec(LETTER).path.read_bytes(), prepare_context(context)))  # type: ignore[union-attr]
    assert "Trần Văn Hùng" in text and "Lò Văn Minh" in text
