"""File → text for .txt, .docx and .pdf (text layer), with clear Vietnamese errors.

The kind of file is decided by its first bytes, not its name, so a PDF saved as ".txt"
is still read as a PDF. Third-party parsers raise many exception types on damaged files;
they are caught here, at the boundary, and turned into one `IngestError`.
"""

import codecs
import io
import logging
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua.ingest.errors import IngestError
from thidua.ingest.legacy import best_reading, vietnamese_score

if TYPE_CHECKING:
    from pypdf import PdfReader

MAX_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # guards against zip bombs disguised as .docx
MIN_PDF_CHARS = 20

_PDF_MAGIC = b"%PDF"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RTF_MAGIC = b"{\\rtf"
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def read_document(path: Path) -> str:
    """Return the text (NFC) of the document at `path` or raise `IngestError`."""
    data = _read_bytes(path)
    if _PDF_MAGIC in data[:1024]:  # some producers write a few bytes before the header
        text = read_pdf(data)
    elif data.startswith(_ZIP_MAGIC):
        text = read_docx(data)
    elif data.startswith(_OLE_MAGIC):
        raise IngestError(_ole_message(data))
    elif data.startswith(_RTF_MAGIC):
        raise IngestError("Tệp RTF chưa được hỗ trợ; hãy lưu lại thành .docx hoặc PDF.")
    else:
        text = decode_text(data)
    return unicodedata.normalize("NFC", text).strip()


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise IngestError(f"Không tìm thấy tệp: {path}")
    if not path.is_file():
        raise IngestError(f"Đường dẫn không phải là một tệp: {path}")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"Tệp rỗng, không có nội dung: {path.name}")
    if size > MAX_BYTES:
        megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        raise IngestError(f"Tệp quá lớn ({megabytes} MB); giới hạn là 20 MB.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"Không đọc được tệp {path.name}: {exc.strerror}.") from exc


def _ole_message(data: bytes) -> str:
    if "EncryptionInfo".encode("utf-16-le") in data:
        return "Tệp Word được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu rồi thử lại."
    return "Tệp Word 97-2003 (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc PDF."


# --- plain text -------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Decode the bytes of a text file: BOM, UTF-8, UTF-16, Windows-1258, TCVN3, VNI."""
    text = _decode_bom(data) or _decode_utf16_without_bom(data)
    if text is None:
        if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.05:
            raise IngestError("Tệp không phải là văn bản (có vẻ là tệp nhị phân).")
        text = _decode_guess(data)
    if not text.strip():
        raise IngestError("Tệp không có nội dung văn bản.")
    return best_reading(text)[1]


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:2000]
    if len(sample) < 4 or sample.count(b"\x00") < len(sample) // 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    encoding = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _control_ratio(data: bytes) -> float:
    controls = sum(byte < 32 and byte not in b"\t\n\r\f\x1a" for byte in data)
    return controls / max(len(data), 1)


def _decode_guess(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [data.decode("cp1258", errors="replace"), data.decode("latin-1")]
    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        candidates.append(guessed)
    readings = [best_reading(candidate)[1] for candidate in candidates]
    best = max(readings, key=vietnamese_score)
    if vietnamese_score(best) < 0.03 and _replacement_ratio(best) > 0.01:
        raise IngestError(
            "Không nhận ra bảng mã của tệp văn bản; hãy lưu lại tệp với bảng mã Unicode (UTF-8)."
        )
    return best


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:200_000]).best()
    if match is None:
        return None
    return data.decode(match.encoding, errors="replace")


def _replacement_ratio(text: str) -> float:
    return text.count("\ufffd") / max(len(text), 1)


# --- Word -------------------------------------------------------------------------


def read_docx(data: bytes) -> str:
    """Text of a .docx: page headers, then body paragraphs and table cells in order."""
    document = _open_docx(data)
    from thidua.ingest.docx_text import docx_text

    text = docx_text(document)
    if not text.strip():
        raise IngestError("Tệp Word không có nội dung văn bản.")
    return best_reading(text)[1]


def _open_docx(data: bytes) -> Any:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError("Tệp Word (.docx) bị hỏng, không mở được.") from exc
    if "word/document.xml" not in names:
        raise IngestError("Tệp nén không phải là văn bản Word (.docx).")
    if unzipped > MAX_UNZIPPED_BYTES:
        raise IngestError("Tệp Word có nội dung giải nén quá lớn, không xử lý được.")
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        raise IngestError("Tệp Word (.docx) bị hỏng, không mở được.") from exc


# --- PDF --------------------------------------------------------------------------


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair it makes ("EOF marker not found"); the user gets one message."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def read_pdf(data: bytes) -> str:
    """Text layer of a PDF; a scan without text is refused with a clear message."""
    with _quiet_pypdf():
        reader = _open_pdf(data)
        try:
            pages = [page.extract_text() or "" for page in reader.pages]
        except Exception as exc:  # pypdf raises many types on damaged content streams
            raise IngestError("Tệp PDF bị hỏng, không đọc được nội dung.") from exc
    text = "\n\f".join(pages)
    if len("".join(text.split())) < MIN_PDF_CHARS:
        raise IngestError(
            "Tệp PDF không có lớp văn bản (có thể là bản scan); hãy dùng tệp PDF xuất từ Word "
            "hoặc nhận dạng chữ (OCR) trước khi tải lên."
        )
    return best_reading(text)[1]


def _open_pdf(data: bytes) -> "PdfReader":
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise IngestError("Tệp PDF bị hỏng, không mở được.") from exc
    if encrypted and not _decrypt_without_password(reader):
        raise IngestError("Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi thử lại.")
    return reader


def _decrypt_without_password(reader: "PdfReader") -> bool:
    """Many PDFs are encrypted only against editing and open with an empty password."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # unsupported cipher (AES without `cryptography`) or bad data
        return False
