"""The title: the subject line of a letter ("V/v …") or the lines under the type word.

A title runs over several lines in a text file and over one paragraph in Word; it ends
at a blank line, a separator ("-----"), an upper-case line (the authority of a decision,
"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") or the first line of the body.
"""

import re

from thidua.ingest.extract.header import Heading
from thidua.ingest.extract.layout import Layout
from thidua.ingest.vntext import Doc, is_upper_line, squash, strip_marks

_SEPARATOR = re.compile(r"^[-_=*~.…·—–\s]{3,}$")
_SUBJECT = re.compile(r"^\s*(?:V/v|V/V|Ve viec|VE VIEC)\b")
_STOP = re.compile(
    r"^\s*(?:Can cu|Thuc hien|Xet de nghi|Theo de nghi|Kinh gui|So\s*:|Noi nhan|Dieu 1|"
    r"I\.\s|1\.\s|Nham|Hom nay|Doc lap|DOC LAP|[A-Z][\w .-]{1,40},\s*[Nn]gay\b|\((?i:kem theo|ban hanh))"
)
_CHROME = re.compile(r"(?i)luot xem|dang nhap|trang chu|\d\s*°|tin tuc|chia se|ngay dang")
_CONTINUED = re.compile(
    r"(?:[,“(-]|\b(?:va|cua|ve|trong|cho|theo|tai|voi|nam|giai doan|thuc hien|phat dong|nham))$"
)
FULL_LINE_CHARS = 70
MAX_TITLE_CHARS = 600
MAX_TITLE_LINES = 8


def find_title(layout: Layout, heading: Heading | None, last_header_field: int) -> str | None:
    """Title under the type word, else the "V/v" line, else the first plain header line.

    `last_header_field` is the last line holding the number or the date; a copy that
    lost its type word still has the title between those lines and the body.
    """
    doc = layout.doc
    if layout.is_article:
        return _article_title(doc)
    if heading is not None:
        title = _collect(doc, heading.line + 1)
        if title:
            return title
    for index in range(min(doc.line_count(), layout.header_end + 1)):
        if _SUBJECT.match(doc.line_plain(index)):
            return _collect(doc, index)
    return _untyped_title(doc, last_header_field + 1, layout.header_end)


def _untyped_title(doc: Doc, start: int, end: int) -> str | None:
    for index in range(max(start, 0), min(end, doc.line_count())):
        line = doc.line(index).strip()
        if not line:
            continue
        if is_upper_line(line) or _STOP.match(doc.line_plain(index)) or _SEPARATOR.match(line):
            return None
        return _collect(doc, index)
    return None


def _collect(doc: Doc, start: int) -> str | None:
    parts: list[str] = []
    for index in range(start, min(doc.line_count(), start + MAX_TITLE_LINES + 4)):
        line = doc.line(index).strip()
        if not line or _SEPARATOR.match(line):
            if parts:
                break
            continue
        if parts and _ends_title(line, doc.line_plain(index), parts[-1]):
            break
        parts.append(line)
        if len(parts) >= MAX_TITLE_LINES or sum(map(len, parts)) > MAX_TITLE_CHARS:
            break
    return squash(" ".join(parts)) or None


def _ends_title(line: str, plain: str, previous: str) -> bool:
    if _STOP.match(plain) or len(line) > 250 or (is_upper_line(line) and " " in line):
        return True
    # A PDF has no blank line after the title: a full-width line that starts a new
    # sentence is the body, unless the title line before it was cut mid-phrase.
    return (
        len(line) >= FULL_LINE_CHARS
        and line[:1].isupper()
        and not _CONTINUED.search(strip_marks(previous).lower())
    )


def _article_title(doc: Doc) -> str | None:
    """A news headline: the first line of at least five words that is not page chrome."""
    for index in range(min(doc.line_count(), 12)):
        line = doc.line(index).strip()
        words = [word for word in line.split() if any(char.isalpha() for char in word)]
        if len(words) >= 5 and len(line) <= 300 and not _CHROME.search(doc.line_plain(index)):
            return squash(line)
    return None
