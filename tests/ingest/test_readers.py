"""File → text for every supported kind, and a clear error for every bad input."""

import codecs
import re
import zipfile
from pathlib import Path

import pytest

from tests.ingest.builders import (
    BODY,
    HEADER_LEFT,
    HEADER_RIGHT,
    make_blank_pdf,
    make_docx,
    make_encrypted_pdf,
    make_text_pdf,
    to_cp1258,
    to_tcvn3,
)
from thidua.ingest import readers
from thidua.ingest.errors import IngestError
from thidua.ingest.readers import read_document

SAMPLE = "Sở Lao động - Thương binh và Xã hội phát động phong trào thi đua năm 2024 của các đơn vị."


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.encode("utf-16-le"),  # no byte order mark
        to_cp1258,
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "windows-1258"],
)
def test_it_decodes_text_files(tmp_path: Path, encode: object) -> None:
    path = tmp_path / "van-ban.txt"
    path.write_bytes(encode(SAMPLE))  # type: ignore[operator]
    assert read_document(path) == SAMPLE


def test_it_converts_a_tcvn3_text_file(tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.txt"
    path.write_bytes(to_tcvn3("các đơn vị thực hiện phong trào thi đua của tỉnh năm 2024"))
    assert read_document(path) == "các đơn vị thực hiện phong trào thi đua của tỉnh năm 2024"


def test_it_converts_a_vni_text_file(tmp_path: Path) -> None:
    path = tmp_path / "vni.txt"
    path.write_bytes(
        "Caùc ñôn vò thöïc hieän phong traøo thi ñua cuûa tænh naêm 2024".encode("cp1252")
    )
    assert read_document(path) == "Các đơn vị thực hiện phong trào thi đua của tỉnh năm 2024"


def test_it_reads_a_docx_with_the_header_in_a_table(tmp_path: Path) -> None:
    text = read_document(make_docx(tmp_path / "ke-hoach.docx"))
    lines = [line for line in text.split("\n") if line]
    assert lines[: len(HEADER_LEFT + HEADER_RIGHT)] == HEADER_LEFT + HEADER_RIGHT
    assert BODY[2] in lines
    assert lines[-1] == "Phạm Thị Hằng"


def test_it_reads_a_docx_with_the_header_in_the_page_header(tmp_path: Path) -> None:
    text = read_document(make_docx(tmp_path / "ke-hoach.docx", header_in_table=False))
    assert text.startswith("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSỞ NỘI VỤ\nSố: 45/KH-SNV")


def test_it_reads_the_text_layer_of_a_pdf(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "ke-hoach.pdf", HEADER_LEFT + BODY)
    assert read_document(path).split("\n") == HEADER_LEFT + BODY


def test_it_sniffs_the_kind_of_file_from_its_content(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "a.pdf", ["Kế hoạch thi đua năm 2024 của Sở Nội vụ"])
    renamed = pdf.rename(tmp_path / "tai-lieu.txt")
    assert read_document(renamed) == "Kế hoạch thi đua năm 2024 của Sở Nội vụ"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip_with(path: Path, member: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, "<xml/>")
    return path


def _ole(path: Path, extra: bytes = b"") -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512 + extra)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "khong-co.txt", "Không tìm thấy tệp"),
        (lambda p: p, "không phải là một tệp"),
        (lambda p: _write(p / "rong.txt", b""), "Tệp rỗng"),
        (lambda p: _write(p / "trang.txt", b" \n\t\n"), "không có nội dung"),
        (lambda p: _write(p / "anh.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
         "tệp nhị phân"),
        (lambda p: _write(p / "hong.docx", b"PK\x03\x04 broken zip"), "bị hỏng"),
        (lambda p: _zip_with(p / "khac.docx", "content.xml"), "không phải là văn bản Word"),
        (lambda p: _ole(p / "mat-khau.docx", "EncryptionInfo".encode("utf-16-le")), "đặt mật khẩu"),
        (lambda p: _ole(p / "cu.doc"), ".doc"),
        (lambda p: _write(p / "van-ban.rtf", b"{\\rtf1\\ansi Ke hoach}"), "RTF"),
        (lambda p: _write(p / "hong.pdf", b"%PDF-1.4\nrac"), "Tệp PDF bị hỏng"),
        (lambda p: make_blank_pdf(p / "scan.pdf"), re.escape("Tệp PDF không có lớp văn bản (có thể là bản scan)")),
    ],
    ids=["missing", "directory", "empty", "blank", "binary", "corrupt-docx", "zip-not-docx",
         "encrypted-docx", "doc", "rtf", "corrupt-pdf", "scanned-pdf"],
)  # fmt: skip
def test_it_refuses_bad_input_with_a_vietnamese_message(
    tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(IngestError, match=message):
        read_document(path)


def test_it_refuses_a_password_protected_pdf(tmp_path: Path) -> None:
    source = make_text_pdf(tmp_path / "goc.pdf", ["Kế hoạch thi đua năm 2024 của Sở Nội vụ"])
    encrypted = make_encrypted_pdf(tmp_path / "mat-khau.pdf", source)
    with pytest.raises(IngestError, match="mật khẩu"):
        read_document(encrypted)


def test_it_refuses_a_file_over_20_mb(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    with path.open("wb") as handle:
        handle.truncate(readers.MAX_BYTES + 1)  # a sparse file: no 20 MB written to disk
    with pytest.raises(IngestError, match="quá lớn"):
        read_document(path)


def test_it_refuses_text_in_an_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "la.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8 + b"\x81\x8d\x8f\x90\x9d" * 50)
    with pytest.raises(IngestError, match="bảng mã"):
        read_document(path)
