"""Helpers of the documents tests: sample contexts, rendered templates, tiny .docx files."""

from io import BytesIO
from typing import Any

import docx
from docx.document import Document

from thidua.documents import registry
from thidua.documents.context import prepare_context
from thidua.documents.render import render_docx


def sample(code: str, **overrides: Any) -> dict[str, Any]:
    spec = registry.get_spec(code)
    assert spec is not None
    return {**spec.sample(), **overrides}


def rendered(code: str, **overrides: Any) -> Document:
    """A shipped template filled with its sample context, opened with python-docx."""
    spec = registry.get_spec(code)
    assert spec is not None
    data = render_docx(spec.path, prepare_context(sample(code, **overrides)))
    return docx.Document(BytesIO(data))


def docx_with_text(*paragraphs: str) -> bytes:
    """A minimal .docx (python-docx) whose paragraphs hold the given template text."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    return out.getvalue()
