"""Entry points of the ingest package: a file or a text in, the contract's dict out."""

from pathlib import Path

from thidua.ingest.contract import IngestResult
from thidua.ingest.extract import extract_fields
from thidua.ingest.readers import read_document


def ingest_file(path: Path) -> IngestResult:
    """Read the document at `path` (.txt, .docx, .pdf) and extract its fields.

    Raises `IngestError` with a Vietnamese message when the file cannot be read.
    """
    return extract_fields(read_document(path))


def ingest_text(text: str) -> IngestResult:
    """Extract the fields of a document already held as text."""
    return extract_fields(text)
