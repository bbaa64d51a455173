"""Quantified targets: "tỷ lệ hộ nghèo 15,66%", "giải quyết việc làm cho 19.400 người lao động".

A target is a number with a unit that counts something a plan aims at (per cent, people,
households, communes, money…). Years, dates, ages, durations, document numbers and counts
of award recipients are not targets. A range ("70% - 72%") gives its lower bound. The
direction says whether the figure is a floor ("at_least") or a ceiling ("at_most": "dưới
2%", or an indicator where less is better such as the poverty rate).
"""

import re

from thidua.ingest.numbers import NUMBER_PATTERN, parse_number
from thidua.ingest.vntext import Doc, fold, squash

_UNITS = (
    r"%|phan tram|nguoi lao dong|lao dong|luot nguoi|nguoi|ho gia dinh|ho ngheo|ho can ngheo|ho|"
    r"xa, phuong, thi tran|xa|phuong|thi tran|huyen|thon|to dan pho|khu dan cu|"
    r"ty dong|trieu dong|nghin dong|ngan dong|trieu USD|ty USD|USD|bac sy|bac si|giuong benh|"
    r"giuong|truong hoc|truong(?! hop)|hoc sinh|sinh vien|hoc vien|luot|doanh nghiep|"
    r"hop tac xa|co so|km|ha|hecta|tan|du an|cong trinh|can nha|ngoi nha|can|nha|ho so|"
    r"thu tuc|TTHC|lop|doi tuong|tre em|viec lam|cong nhan|can bo|m2|m3"
)
_NUMBER = rf"(?<![\w/.,–-])(?P<num>{NUMBER_PATTERN})(?!\s*/\s*\d)(?![.,]\d)"
_QUANTITY = re.compile(rf"{_NUMBER}\s*(?P<unit>(?i:{_UNITS}))(?![A-Za-z0-9])")
_RANGE_UPPER = re.compile(
    rf"(?:{NUMBER_PATTERN})\s*%?\s*(?:-|–|den|toi)\s*(?P<upper>{NUMBER_PATTERN})\s*%"
)
_LABELLED = re.compile(
    rf"(?i:\bso\b|\btong so\b|\bty le\b)[^:;\n]{{0,80}}:\s*{_NUMBER}(?=\s*(?:[,;.(]|$))",
    re.MULTILINE,
)
_NOT_A_TARGET_LABEL = re.compile(
    r"dien thoai|fax|tai khoan|ky hieu|quyet dinh|van ban|cccd|cmnd|can cuoc|ma so|so hieu"
)
_CLAUSE_END = re.compile(r"[;\n(]|[,.:](?=\s)|$")
_CLAUSE_START = re.compile(r"[;:\n)]|[.,](?=\s)")
_LEAD_WORDS = re.compile(
    r"(?:\b(?:dat|la|tu|tang|giam|con|duoi|tren|it nhat|toi thieu|toi da|khong qua|"
    r"khoang|muc|phan dau|giu on dinh|on dinh|cho|duy tri|dam bao|bang|xuong|len|"
    r"uoc|chiem|voi|co)\s*)+$"
)
_CEILING_BEFORE = re.compile(r"(?:duoi|khong qua|toi da|xuong con|xuong duoi|khong vuot|con)\s*$")
_LESS_IS_BETTER = re.compile(
    r"(?<!thoat )(?<!giam )ngheo|that nghiep|tai nan|vi pham|toi pham|o nhiem|suy dinh duong|"
    r"tu vong|bo hoc|ma tuy|khieu nai|sinh con thu"
)
MAX_TEXT_WORDS = 14


def find_targets(doc: Doc, start: int, end: int) -> list[dict[str, object]]:
    """Targets in doc.text[start:end] in reading order."""
    plain = doc.plain
    skipped = {match.start("upper") for match in _RANGE_UPPER.finditer(plain, start, end)}
    found: dict[int, dict[str, object]] = {}
    for match in _QUANTITY.finditer(plain, start, end):
        if match.start("num") not in skipped:
            unit_text = doc.text[match.start("unit") : match.end("unit")]
            found[match.start()] = _target(doc, match, _unit(unit_text))
    for match in _LABELLED.finditer(plain, start, end):
        if _NOT_A_TARGET_LABEL.search(match.group(0).lower()):
            continue
        if not any(abs(position - match.start("num")) < 2 for position in found):
            found[match.start("num")] = _target(doc, match, None)
    return [found[position] for position in sorted(found) if found[position]["value"] is not None]


def _unit(unit_text: str) -> str:
    return "%" if fold(unit_text) in ("%", "phan tram") else unit_text


def _target(doc: Doc, match: re.Match[str], unit: str | None) -> dict[str, object]:
    before = _text_before(doc, match.start("num"))
    text = before if before else _text_after(doc, match.end())
    return {
        "text": text or None,
        "value": parse_number(match.group("num")),
        "unit": unit,
        "direction": _direction(fold(doc.plain[max(0, match.start() - 40) : match.start()]), text),
    }


def _text_before(doc: Doc, position: int) -> str:
    window_start = max(0, position - 160)
    window = doc.plain[window_start:position]
    starts = [match.end() for match in _CLAUSE_START.finditer(window)]
    clause_start = window_start + (starts[-1] if starts else 0)
    plain_clause = doc.plain[clause_start:position]
    lead = _LEAD_WORDS.search(plain_clause.lower())
    cut = lead.start() if lead else len(plain_clause)
    return _last_words(doc.text[clause_start : clause_start + cut])


def _text_after(doc: Doc, position: int) -> str:
    end = _CLAUSE_END.search(doc.plain, position, min(len(doc.plain), position + 200))
    stop = end.start() if end else min(len(doc.text), position + 200)
    words = squash(doc.text[position:stop]).split()
    return " ".join(words[:MAX_TEXT_WORDS]).strip(" -–:")


def _last_words(text: str) -> str:
    words = squash(text).strip(" -–+*•:").split()
    return " ".join(words[-MAX_TEXT_WORDS:])


def _direction(folded_before: str, text: str) -> str:
    if _CEILING_BEFORE.search(folded_before):
        return "at_most"
    folded_text = fold(text)
    if "giam" not in folded_text and _LESS_IS_BETTER.search(folded_text):
        return "at_most"
    return "at_least"
