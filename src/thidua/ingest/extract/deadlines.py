"""Deadlines: "trước ngày 15/12 hằng năm", "chậm nhất ngày 30 tháng 6 năm 2024".

Only phrases that set a limit count ("trước", "chậm nhất", "hạn chót", "không muộn
hơn", "thời hạn"); a bare date is not a deadline. "hằng năm" / "hằng tháng" make the
deadline recurring ("yearly" / "monthly").
"""

import re

from thidua.ingest.contract import Deadline
from thidua.ingest.vntext import Doc, squash

_LIMIT = (
    r"(?:truoc|cham nhat(?: la)?(?: vao)?|han chot(?: la)?|han cuoi(?: la)?|khong muon hon|"
    r"han nop(?: la)?|thoi han(?: nop| gui)?(?: la)?\s*:?|truoc\s+\d{1,2}\s*(?:gio|h)"
    r"(?:\s*\d{1,2})?(?:\s*phut)?\s*,?)"
)
_DEADLINE = re.compile(
    rf"(?i:{_LIMIT})\s*(?i:ngay\s*)?"
    r"(?P<day>\d{1,2})\s*(?:[/.-]|\s+(?i:thang)\s+)(?P<month>\d{1,2})(?![\d])"
    r"(?:\s*(?:[/.-]|\s+(?i:nam)\s+)(?P<year>\d{4}))?"
    r"(?P<recurring>\s+(?i:hang nam|hang thang|moi nam|cua nam|hang quy))?"
)
_MONTHLY = re.compile(
    rf"(?i:{_LIMIT})\s*(?i:ngay\s*)(?P<day>\d{{1,2}})\s+(?i:(?:hang|moi|cua) thang)"
)
_CLAUSE_START = re.compile(r"[;:\n]|\.(?=\s)")
_RECURRING_BEFORE = re.compile(r"(?:hang|moi) (?:nam|thang|quy)(?=\W*$)")
MAX_LEAD_CHARS = 250


def find_deadlines(doc: Doc, start: int, end: int) -> list[Deadline]:
    """Deadlines in doc.text[start:end], in reading order."""
    found: dict[int, Deadline] = {}
    for match in _DEADLINE.finditer(doc.plain, start, end):
        deadline = _deadline(doc, match)
        if deadline is not None:
            found[match.start()] = deadline
    for match in _MONTHLY.finditer(doc.plain, start, end):
        found.setdefault(match.start(), _monthly(doc, match))
    return [found[position] for position in sorted(found)]


def _deadline(doc: Doc, match: re.Match[str]) -> Deadline | None:
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    year = int(match.group("year")) if match.group("year") else None
    recurring = _recurring(match.group("recurring") or _recurring_before(doc, match.start()))
    return {
        "text": _clause(doc, match.start(), match.end()),
        "day": day,
        "month": month,
        "year": None if recurring else year,
        "recurring": recurring,
    }


def _monthly(doc: Doc, match: re.Match[str]) -> Deadline:
    return {
        "text": _clause(doc, match.start(), match.end()),
        "day": int(match.group("day")),
        "month": None,
        "year": None,
        "recurring": "monthly",
    }


def _recurring_before(doc: Doc, position: int) -> str | None:
    """ "hằng năm, trước ngày 15/12" says the period before the date."""
    found = _RECURRING_BEFORE.search(doc.plain[max(0, position - 30) : position].lower())
    return found.group(0) if found else None


def _recurring(words: str | None) -> str | None:
    if not words:
        return None
    words = words.strip().lower()
    if words.endswith("thang"):
        return "monthly"
    return "quarterly" if words.endswith("quy") else "yearly"


def _clause(doc: Doc, start: int, end: int) -> str:
    window_start = max(0, start - MAX_LEAD_CHARS)
    starts = [match.end() for match in _CLAUSE_START.finditer(doc.plain, window_start, start)]
    if not starts:  # a long sentence: start at a comma rather than inside a word
        starts = [match.end() for match in re.finditer(r",\s", doc.plain[window_start:start])][-1:]
        starts = [window_start + offset for offset in starts]
    clause_start = starts[-1] if starts else window_start
    return squash(doc.text[clause_start:end]).strip(" -–+•,")
