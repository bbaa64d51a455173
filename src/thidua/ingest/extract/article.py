"""Place and date of a news article, which has no "Yên Bái, ngày …" line.

The place is the province the article talks about most ("tỉnh Quảng Trị"); the date is a
publication line near the top ("Thứ Năm, 04/01/2024 10:25", "Ngày đăng: 04/01/2024").
A date inside a sentence ("Ngày 31/12/2023, UBND tỉnh ban hành …") is an event, not the
publication date.
"""

import re
from collections import Counter

from thidua.ingest.contract import IssueDate
from thidua.ingest.vntext import Doc, squash

_PROVINCE = re.compile(
    r"(?i:\b(?:tinh|thanh pho|TP\.?))\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})"
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?i:ngay dang|ngay cap nhat|cap nhat|dang luc|dang ngay|xuat ban|thu \w+|chu nhat|ngay)"
    r"\s*[:,]?\s*)*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
    r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?GMT\s*\+\s*7\)?)?\s*$"
)
TOP_LINES = 15


def article_place(doc: Doc) -> str | None:
    names = Counter(
        squash(doc.text[match.start("name") : match.end("name")])
        for match in _PROVINCE.finditer(doc.plain)
    )
    if not names:
        return None
    return names.most_common(1)[0][0]


def article_date(doc: Doc) -> IssueDate | None:
    for index in range(min(doc.line_count(), TOP_LINES)):
        match = _DATE_LINE.match(doc.line_plain(index))
        if match:
            return {
                "year": int(match.group("year")),
                "month": int(match.group("month")),
                "day": int(match.group("day")),
            }
    return None
