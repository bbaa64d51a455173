"""Where the header, the body and the closing block of a document are.

Nghị định 30/2020/NĐ-CP fixes the layout of an administrative document: a header
(issuer, national motto, number and symbol, place and date, type and title), the body
(which ends with "./."), then the signature block and the distribution list ("Nơi nhận").
A news article has none of these marks; that is how articles are told apart.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from thidua.ingest.extract.header import find_heading
from thidua.ingest.patterns import PERSON_ROLE, ROLE_PREFIX
from thidua.ingest.vntext import Doc, is_upper_line

HEADER_MAX_LINES = 40
CLOSING_MAX_LINES = 80  # without "Nơi nhận", the signature is looked for near the end
SIGNATURE_WINDOW = (15, 40)  # lines before and after "Nơi nhận" where the signature sits

_BODY_START = re.compile(
    r"(?:Can cu|CAN CU|Thuc hien|THUC HIEN|Xet de nghi|Theo de nghi|Nham|Hom nay|Vao hoi|"
    r"Dieu 1|I\.\s|1\.\s|Phan I\b|PHAN I\b)"
)
_ROLE_LINE = re.compile(rf"(?:{ROLE_PREFIX})?{PERSON_ROLE}|{ROLE_PREFIX}[A-Z]")
_NOI_NHAN = re.compile(r"^\s*(?:Noi nhan|NOI NHAN)\b")
_BODY_LIKE = re.compile(r"^\s*(?:[-+•*]\s|\d+(?:\.\d+)*[.)]\s|[a-z]\)\s|[IVX]+\.\s)")
# Plans and reports are cut into "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG" … and close with
# "Trên đây là Kế hoạch …"; articles are not.
_SECTION_HEADING = re.compile(r"(?m)^[IVX]{1,4}\.\s+[A-Z][A-Z ,-]{4,}$")
_CLOSING_PHRASE = re.compile(
    r"Tren day la (?i:ke hoach|bao cao|huong dan|thong bao|to trinh|chi thi)"
)
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
            or len(_SECTION_HEADING.findall(self.doc.plain)) >= 2
            or _CLOSING_PHRASE.search(self.doc.plain) is not None
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
    """Split `doc` into header, body and closing.

    The closing starts at "Nơi nhận", at the signature or after the final "./.", whichever
    comes first; an appendix (a list of award recipients, a table of targets) may follow
    the signature, so "Nơi nhận" is looked for in the whole text.
    """
    header_end = _header_end(doc)
    count = doc.line_count()
    noi_nhan = _noi_nhan_line(doc, header_end + 1)
    if noi_nhan is not None:
        before, after = SIGNATURE_WINDOW
        window = range(max(header_end + 1, noi_nhan - before), min(count, noi_nhan + after))
        final_mark = _after_final_mark(doc, window.start, noi_nhan + 1)
    else:
        window = range(max(header_end + 1, count - 25), count)
        final_mark = _after_final_mark(doc, max(header_end + 1, count - CLOSING_MAX_LINES), count)
    signature = _signature_line(doc, window)
    candidates = [count, *final_mark]
    candidates += [index for index in (noi_nhan, signature) if index is not None]
    return Layout(
        doc=doc,
        header_end=header_end,
        closing_start=min(candidates),
        noi_nhan_line=noi_nhan,
        signature_line=signature,
    )


def _header_end(doc: Doc) -> int:
    """First line of the body: an opening phrase ("Căn cứ", "Thực hiện"), a list item, or a
    line that reads like a paragraph (long, or a full sentence)."""
    limit = min(doc.line_count(), HEADER_MAX_LINES)
    for index in range(limit):
        plain = doc.line_plain(index).strip()
        if _BODY_START.match(plain) or len(plain) > 200 or plain.endswith("./."):
            return index
        if _NOI_NHAN.match(plain):  # a short text whose closing comes early
            return index
    for index in range(limit):
        plain = doc.line_plain(index).strip()
        if _BODY_LIKE.match(plain) or len(plain) > 120 or _is_sentence(plain):
            return index
    return _after_title_block(doc, limit)


def _after_title_block(doc: Doc, limit: int) -> int:
    """A short text: the body starts after the blank line that closes the title."""
    heading = find_heading(doc, limit)
    if heading is None:
        return limit
    seen_title = False
    for index in range(heading.line + 1, limit):
        blank = not doc.line(index).strip()
        if seen_title and blank:
            return next((i for i in range(index, limit) if doc.line(i).strip()), limit)
        seen_title = seen_title or not blank
    return limit


def _is_sentence(plain: str) -> bool:
    return plain.endswith((".", ";")) and len(plain.split()) >= 9


def _noi_nhan_line(doc: Doc, start: int) -> int | None:
    for index in range(doc.line_count() - 1, start - 1, -1):
        if _NOI_NHAN.match(doc.line_plain(index)):
            return index
    return None


def _signature_line(doc: Doc, lines: range) -> int | None:
    """First upper-case role line ("KT. GIÁM ĐỐC", "CHỦ TỊCH") among `lines`."""
    return next((index for index in lines if is_role_line(doc, index)), None)


def _after_final_mark(doc: Doc, start: int, end: int) -> list[int]:
    """The body ends with "./." (Nghị định 30/2020/NĐ-CP); what follows is the closing."""
    for index in range(end - 1, start - 1, -1):
        if doc.line(index).rstrip().endswith("./."):
            return [index + 1]
    return []


def is_role_line(doc: Doc, index: int) -> bool:
    line = doc.line(index).strip()
    return (
        len(line) < 80
        and is_upper_line(line)
        and bool(_ROLE_LINE.match(doc.line_plain(index).strip()))
    )


def _has_heading(doc: Doc, header_end: int) -> bool:
    return find_heading(doc, header_end) is not None
