"""Header fields: type heading, number and symbol, place and date, "Kính gửi".

Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: 01/CT-UBND" under the issuer, then
"Yên Bái, ngày 03 tháng 01 năm 2023" under the national motto. Drafts and published
copies often leave the number and the day blank ("Số:    /KH-UBND", "ngày   tháng 01
năm 2023"); blank parts come back as None.
"""

import re
from dataclasses import dataclass

from thidua.ingest.extract.dates import small_int
from thidua.ingest.patterns import DOC_TYPE_HEADINGS
from thidua.ingest.vntext import Doc, is_upper_line, squash, strip_marks

_HEADINGS = {strip_marks(word): word for word in DOC_TYPE_HEADINGS}
# The type word alone, before the title on the same line, or opening a short upper-case
# heading ("BÁO CÁO THÀNH TÍCH", "KẾ HOẠCH LIÊN TỊCH").
_HEADING = re.compile(
    rf"^(?P<word>{'|'.join(_HEADINGS)})(?:\s*\.?\s*$|\s+(?=[^A-Z\s]|[A-Z][a-z])|\s+[A-Z ,-]+$)"
)
MAX_HEADING_CHARS = 80
# "Số: 01/CT-UBND", "Số:    /KH-UBND" (left blank), "Số 01-CT/TU" (party), "Số: 12/QĐ – UBND".
_NUMBER = re.compile(
    r"^\s*So\s*[:.]?\s*(?P<number>\d+(?:\.\d{3})*[A-Za-z]?(?:-[A-Za-z]+)*)?[\s.…_]*/\s*"
    r"(?P<symbol>[A-Z0-9][A-Za-z0-9&./-]*(?:\s*[-–]\s*[A-Z][A-Za-z0-9&.]*)*)"
)
_BLANK = r"[\s.…_]*"
_PLACE_DATE = re.compile(
    r"(?P<place>(?:TP\.?\s?|Tp\.?\s?)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,4})\s?,\s*[Nn]gay\b"
    rf"(?:\s*(?P<day>\d{{1,2}})\s*[/.-]\s*(?P<month_n>\d{{1,2}})\s*[/.-]\s*(?P<year_n>\d{{4}})"
    rf"|{_BLANK}(?P<d>\d{{1,2}})?{_BLANK}thang{_BLANK}(?P<m>\d{{1,2}})?{_BLANK}nam"
    r"\s*(?P<y>\d{4})?)"
)
_DATE_ONLY = re.compile(
    rf"^\s*[Nn]gay{_BLANK}(?P<d>\d{{1,2}})?{_BLANK}thang{_BLANK}(?P<m>\d{{1,2}})?{_BLANK}nam"
    r"\s*(?P<y>\d{4})?\s*$"
)
_RECIPIENTS = re.compile(r"^\s*Kinh gui\s*:?\s*")


@dataclass(frozen=True)
class Heading:
    line: int
    word: str  # the type word in its canonical spelling, e.g. "KẾ HOẠCH"


def find_heading(doc: Doc, header_end: int) -> Heading | None:
    """The upper-case type word standing on its own line near the top ("KẾ HOẠCH")."""
    for index in range(min(doc.line_count(), header_end + 2)):
        line = doc.line(index).strip()
        match = _HEADING.match(strip_marks(line))
        if match and _is_heading_line(line, match) and not line.endswith(":"):
            return Heading(line=index, word=_HEADINGS[match.group("word")])
    return None


def _is_heading_line(line: str, match: re.Match[str]) -> bool:
    if not is_upper_line(line[: match.end("word")]):
        return False
    return match.end() < len(line) or len(line) <= MAX_HEADING_CHARS


def find_number(doc: Doc, header_end: int) -> tuple[str | None, str | None, int] | None:
    """(number, symbol, line) from "Số: 01/CT-UBND"; number None when left blank."""
    for index in range(min(doc.line_count(), header_end + 1)):
        plain = doc.line_plain(index)
        match = _NUMBER.match(plain)
        if match:
            start, _ = doc.line_span(index)
            number = match.group("number")
            symbol = doc.text[start + match.start("symbol") : start + match.end("symbol")]
            return number, re.sub(r"\s+", "", symbol).rstrip(".-/") or None, index
    return None


def find_place_date(
    doc: Doc, last_line: int
) -> tuple[str | None, dict[str, int | None], int] | None:
    """(place, {"year", "month", "day"}, line) from "Yên Bái, ngày … tháng 01 năm 2023".

    A date line without a place ("Ngày 05 tháng 3 năm 2024") gives the date alone.
    """
    lines = range(min(doc.line_count(), last_line + 1))
    for index in lines:
        match = _PLACE_DATE.search(doc.line_plain(index))
        if match:
            start, _ = doc.line_span(index)
            place = doc.text[start + match.start("place") : start + match.end("place")]
            return squash(place), _date_parts(match), index
    for index in lines:
        match = _DATE_ONLY.match(doc.line_plain(index))
        if match:
            return None, _date_parts(match), index
    return None


def _date_parts(match: re.Match[str]) -> dict[str, int | None]:
    if match.groupdict().get("year_n"):
        day, month, year = match.group("day"), match.group("month_n"), match.group("year_n")
    else:
        day, month, year = match.group("d"), match.group("m"), match.group("y")
    return {
        "year": small_int(year, 1900, 2100),
        "month": small_int(month, 1, 12),
        "day": small_int(day, 1, 31),
    }


def find_recipients(doc: Doc, header_end: int) -> list[str]:
    """Addressees after "Kính gửi:", on the same line or as a bulleted list."""
    for index in range(min(doc.line_count(), header_end + 3)):
        match = _RECIPIENTS.match(doc.line_plain(index))
        if match:
            return _recipient_items(doc, index, match.end())
    return []


def _recipient_items(doc: Doc, index: int, column: int) -> list[str]:
    """An inline addressee may be followed by adjacent bullets; a bare "Kính gửi:" by a list."""
    first = doc.line(index)[column:].strip()
    items = [first] if first else []
    for following in range(index + 1, min(doc.line_count(), index + 30)):
        line = doc.line(following).strip()
        if not line:
            if first:
                break
            continue
        if not line.startswith(("-", "+", "•", "–")):
            break
        items.append(line)
    cleaned = (item.lstrip("-+•– ").rstrip(" ;,.") for item in items)
    return [item for item in cleaned if item]
