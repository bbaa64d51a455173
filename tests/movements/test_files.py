"""Upload checks by content: the signature must match the extension, within the size limit."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from thidua.movements.files import check_upload, validate_upload

MB = 1024 * 1024


def _ooxml(part: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(part, "<x/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "head", "size", "ok"),
    [
        ("a.pdf", b"%PDF-1.7\n", 100, True),
        ("A.PDF", b"%PDF-1.7\n", 100, True),
        ("a.docx", b"PK\x03\x04", 100, True),
        ("a.xlsx", b"PK\x03\x04", 100, True),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 100, True),
        ("a.jpg", b"\xff\xd8\xff\xe0", 100, True),
        ("a.jpeg", b"\xff\xd8\xff\xe1", 100, True),
        ("a.png", b"\x89PNG\r\n\x1a\n", 100, True),
        ("a.pdf", b"PK\x03\x04", 100, False),  # a zip renamed .pdf
        ("a.png", b"\xff\xd8\xff\xe0", 100, False),  # a jpeg renamed .png
        ("a.exe", b"MZ", 100, False),
        ("a.zip", b"PK\x03\x04", 100, False),
        ("a", b"%PDF-", 100, False),
        ("a.pdf", b"%PDF-", 20 * MB, True),
        ("a.pdf", b"%PDF-", 20 * MB + 1, False),
        ("a.pdf", b"", 0, False),
    ],
)
def test_it_checks_the_type_by_signature_and_the_size(name, head, size, ok):
    assert (check_upload(name=name, head=head, size=size, max_bytes=20 * MB) == []) is ok


def test_it_opens_office_packages_to_check_their_kind():
    validate_upload(SimpleUploadedFile("bao-cao.docx", _ooxml("word/document.xml")))
    validate_upload(SimpleUploadedFile("so-lieu.xlsx", _ooxml("xl/workbook.xml")))
    with pytest.raises(ValidationError):  # a workbook renamed .docx
        validate_upload(SimpleUploadedFile("bao-cao.docx", _ooxml("xl/workbook.xml")))
