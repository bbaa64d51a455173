"""Where the header, the body and the closing block of a document are.

Nghị định 30/2020/NĐ-CP fixes the layout of an administrative document: a header
(issuer, national motto, number and symbol, place and date, type and title), the body
(which ends with "./."), then the signature block and the distribution list ("Nơi nhận").
A news article has none of these marks; that is how articles are told apart.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from thidua.ingest.vntext import Doc, is_upper_line

HEADER_MAX_LINES = 40
CLOSING_MAX_LINES = 80

_BODY_START = re.compile(
    r"(?:Can cu|CAN CU|Thuc hien|THUC HIEN|Xet de nghi|Theo de nghi|Nham|Hom nay|Vao hoi|"
    r"Dieu 1|I\.\s|1\.\s|Phan I\b|PHAN I\b)"
)
# "KT." (ký thay), "TM." (thay mặt), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền), "Q." (quyền).
ROLE_PREFIX = r"(?:KT|TM|TL|TUQ|Q|T/M|K/T|T/L)\s*[.:/]\s*"
PERSON_ROLE = (
    r"(?:PHO |CHANH |TONG |UY VIEN |DAI DIEN )?"
    r"(?:GIAM DOC|CHU TICH|HIEU TRUONG|BO TRUONG|THU TRUONG|CUC TRUONG|VIEN TRUONG|"
    r"CHANH VAN PHONG|CHANH THANH TRA|BI THU|CHU NHIEM|THU KY|CHU TOA|CHU TRI|NGUOI LAP|"
    r"TONG BIEN TAP|THU TUONG|TRUONG (?:BAN|PHONG|KHOA|DOAN|TRAM|CONG AN)|CHI CUC TRUONG)\b"
)
_ROLE_LINE = re.compile(rf"(?:{ROLE_PREFIX})?{PERSON_ROLE}|{ROLE_PREFIX}[A-Z]")
_NOI_NHAN = re.compile(r"^\s*(?:Noi nhan|NOI NHAN)\b")
_NEWS_MARKS = re.compile(
    r"(?i)luot xem|luot doc|ngay dang|cap nhat luc|tin lien quan|tin khac|binh luan|"
    r"thong ke truy cap|dang online|chia se bai|in bai viet|anh tin bai|\d\s*°|tac gia:|nguon:"
)


@dataclass
class Layout:
    """Line indexes of the three parts of a document (body = header_end:closing_start)."""

    doc: Doc
    header_end: int
    closing_start: int
    noi_nhan_line: int | None
    signature_line: int | None

    @cached_property
    def has_admin_marks(self) -> bool:
        header = self.header_plain
        return bool(
            re.search(r"(?i)cong hoa xa hoi chu nghia|doc lap ?[-–] ?tu do", header)
            or re.search(r"(?m)^\s*So\s*[:.]?\s*[\w.…]*\s*/\s*[A-Z]", header)
            or re.search(r"(?m)^\s*(?:Kinh gui|V/v\b)", header)
            or self.noi_nhan_line is not None
            or self.signature_line is not None
        )

    @cached_property
    def header_plain(self) -> str:
        return self.doc.plain[: self.offset(self.header_end)]

    @cached_property
    def is_article(self) -> bool:
        if self.has_admin_marks or _has_heading(self.doc, self.header_end):
            return False
        paragraphs = [line for line in self.doc.lines if len(line) > 150]
        return bool(_NEWS_MARKS.search(self.doc.plain)) or len(paragraphs) >= 3

    def offset(self, line_index: int) -> int:
        """Character offset where line `line_index` starts (or the end of the text)."""
        if line_index >= self.doc.line_count():
            return len(self.doc.text)
        return self.doc.line_starts[line_index]

    def body(self) -> tuple[int, int]:
        """(start, end) character offsets of the body."""
        return self.offset(self.header_end), self.offset(self.closing_start)


def find_layout(doc: Doc) -> Layout:
    header_end = _header_end(doc)
    count = doc.line_count()
    first_tail = max(header_end + 1, count - CLOSING_MAX_LINES)
    noi_nhan = _noi_nhan_line(doc, first_tail)
    signature = _signature_line(doc, max(first_tail, count - 25))
    candidates = [count, *_after_final_mark(doc, first_tail)]
    candidates += [index for index in (noi_nhan, signature) if index is not None]
    return Layout(
        doc=doc,
        header_end=header_end,
        closing_start=min(candidates),
        noi_nhan_line=noi_nhan,
        signature_line=signature,
    )


def _header_end(doc: Doc) -> int:
    limit = min(doc.line_count(), HEADER_MAX_LINES)
    for index in range(limit):
        plain = doc.line_plain(index)
        if _BODY_START.match(plain) or len(plain) > 200:
            return index
    return limit


def _noi_nhan_line(doc: Doc, start: int) -> int | None:
    for index in range(doc.line_count() - 1, start - 1, -1):
        if _NOI_NHAN.match(doc.line_plain(index)):
            return index
    return None


def _signature_line(doc: Doc, start: int) -> int | None:
    """First upper-case role line ("KT. GIÁM ĐỐC", "CHỦ TỊCH") near the end of the text."""
    for index in range(start, doc.line_count()):
        if is_role_line(doc, index):
            return index
    return None


def _after_final_mark(doc: Doc, start: int) -> list[int]:
    """The body ends with "./." (Nghị định 30/2020/NĐ-CP); what follows is the closing."""
    for index in range(doc.line_count() - 1, start - 1, -1):
        if doc.line(index).rstrip().endswith("./."):
            return [index + 1]
    return []


def is_role_line(doc: Doc, index: int) -> bool:
    line = doc.line(index).strip()
    return len(line) < 80 and is_upper_line(line) and bool(_ROLE_LINE.match(doc.line_plain(index).strip()))


def _has_heading(doc: Doc, header_end: int) -> bool:
    from thidua.ingest.extract.header import find_heading

    return find_heading(doc, header_end) is not None
