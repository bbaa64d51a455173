"""Builders of test files: Word documents, PDFs with a text layer, legacy encodings.

The PDF is written by hand: a Type0 font with Identity-H encoding whose glyph ids are the
Unicode code points, plus a ToUnicode map, so any Vietnamese text gets a real text layer
without a font file or a PDF library.
"""

import io
import unicodedata
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter

from thidua.ingest.legacy import TCVN3_TABLE

HEADER_LEFT = ["ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "SỞ NỘI VỤ", "Số: 45/KH-SNV"]
HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Yên Bái, ngày 08 tháng 02 năm 2024",
]
BODY = [
    "KẾ HOẠCH",
    "Tổ chức phong trào thi đua “Yên Bái chung tay vì người nghèo” năm 2024",
    "Thực hiện Chỉ thị số 03/CT-UBND ngày 15/01/2024 của UBND tỉnh, Sở Nội vụ xây dựng "
    "Kế hoạch như sau: phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 12,5%; giải quyết việc làm "
    "cho 18.500 lao động; các đơn vị báo cáo trước ngày 15/12 hằng năm./.",
]
SIGNATURE_LEFT = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT."]
SIGNATURE_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Hằng"]


def make_docx(path: Path, *, header_in_table: bool = True) -> Path:
    """A plan laid out the Nghị định 30 way: header and signature in borderless tables."""
    document = docx.Document()
    if header_in_table:
        _two_column_table(document, HEADER_LEFT, HEADER_RIGHT)
    else:
        section_header = document.sections[0].header
        section_header.paragraphs[0].text = "\n".join(HEADER_LEFT + HEADER_RIGHT)
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    _two_column_table(document, SIGNATURE_LEFT, SIGNATURE_RIGHT)
    document.save(path)
    return path


def _two_column_table(document: object, left: list[str], right: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def make_text_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF whose text layer holds `lines` (NFC), one per text line."""
    text = "\n".join(unicodedata.normalize("NFC", line) for line in lines)
    content = ["BT", "/F1 11 Tf", "14 TL", "40 800 Td"]
    for line in text.split("\n"):
        content.append(f"<{''.join(f'{ord(char):04X}' for char in line)}> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    cmap = _to_unicode_cmap(sorted(set(text) - {"\n"}))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(stream),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        _stream(cmap),
    ]
    path.write_bytes(_pdf_file(objects))
    return path


def _to_unicode_cmap(chars: list[str]) -> bytes:
    entries = "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _pdf_file(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_blank_pdf(path: Path) -> Path:
    """A PDF with a page and no text at all, as a scanner produces without OCR."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def make_encrypted_pdf(path: Path, source: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 stores a base letter (with its shape mark) followed by a tone mark."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = "".join(c for c in decomposed if c not in _TONES)
        tone = "".join(c for c in decomposed if c in _TONES)
        out.append(unicodedata.normalize("NFC", base).encode("cp1258") + tone.encode("cp1258"))
    return b"".join(out)


def to_tcvn3(text: str) -> bytes:
    """TCVN3 bytes of lower-case Vietnamese `text` (upper-case toned letters need other fonts)."""
    inverse = {letter: code for code, letter in TCVN3_TABLE.items()}
    return "".join(chr(inverse.get(char, ord(char))) for char in text).encode("latin-1")
