"""Quantified targets: "tỷ lệ hộ nghèo 15,66%", "giải quyết việc làm cho 19.400 người lao động".

A target is a number with a unit that counts something a plan aims at (per cent, people,
households, communes, money…). Years, dates, ages, durations, document numbers and counts
of award recipients are not targets. A range ("70% - 72%") gives its lower bound. The
direction says whether the figure is a floor ("at_least") or a ceiling ("at_most": "dưới
2%", or an indicator where less is better such as the poverty rate).
"""

import re

from thidua.ingest.contract import Target
from thidua.ingest.numbers import NUMBER_PATTERN, parse_number
from thidua.ingest.vntext import Doc, fold, squash

_UNITS = (
    r"%|phan tram|nguoi lao dong|lao dong|luot nguoi|nguoi|ho gia dinh|ho ngheo|ho can ngheo|ho|"
    r"xa, phuong, thi tran|xa|phuong|thi tran|huyen|thon|to dan pho|khu dan cu|"
    r"ty dong|trieu dong|nghin dong|ngan dong|trieu USD|ty USD|USD|bac sy|bac si|giuong benh|"
    r"giuong|truong hoc|truong(?! hop)|hoc sinh|sinh vien|hoc vien|luot|doanh nghiep|"
    r"hop tac xa|co so|km|ha|hecta|tan|du an|cong trinh|can nha|ngoi nha|can|nha|ho so|"
    r"thu tuc|TTHC|lop|doi tuong|tre em|viec lam|cong nhan|can bo|m2|m3|the BHYT|"
    r"the bao hiem y te|suat|chiec|cuoc"
)
_UNITS = _UNITS.replace(" ", r"\s+")  # PDF lines may wrap inside a unit ("lao\nđộng")
_NUMBER = rf"(?<![\w/.,–-])(?P<num>{NUMBER_PATTERN})(?!\s*/\s*\d)(?![.,]\d)"
_QUANTITY = re.compile(rf"{_NUMBER}\s*(?P<unit>(?i:{_UNITS}))(?![A-Za-z0-9])")
_RANGE_UPPER = re.compile(
    rf"(?:{NUMBER_PATTERN})\s*%?\s*(?:-|–|den|toi)\s*(?P<upper>{NUMBER_PATTERN})\s*%"
)
_LABELLED = re.compile(
    rf"(?i:\bso\b|\btong so\b|\bt[yi] le\b)[^:;\n]{{0,80}}:[ ]*{_NUMBER}(?=\s*(?:[,;.(]|$))",
    re.MULTILINE,
)
_NOT_A_TARGET_LABEL = re.compile(
    r"dien thoai|fax|tai khoan|ky hieu|cccd|cmnd|can cuoc|ma so|so hieu|quyet dinh|van ban|"
    r"ke hoach|chi thi|cong van|thong bao|to trinh|nghi quyet"
)
_CLAUSE_END = re.compile(r"[;\n(]|[,.:](?=\s)|$")
_CLAUSE_START = re.compile(r"[;:\n]|[.,](?=\s)")
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
# A figure already reached is a result, not a target ("đã giải quyết việc làm cho …").
_PAST = re.compile(
    r"\bda (?:dat|co|giai quyet|thuc hien|hoan thanh|ho tro|dao tao|tao|to chuc|xay dung|cap|"
    r"trien khai|tiep nhan|chi tra|van dong|huy dong|giam|tang)\b|\buoc (?:dat|thuc hien|tinh)\b|"
    r"\bnam qua\b"
)
_FORWARD = re.compile(r"phan dau|chi tieu|muc tieu|du kien|ke hoach (?:nam|giao)|de ra|giao\b")
_FORWARD_SECTION = re.compile(
    r"(?i)^\s*(?:[IVX]+\s*[.:]|[A-Z]\s*\.|\d+\s*\.|phan [IVX]+\s*[.:]?)?\s*"
    r"(?:phuong huong|nhiem vu|muc tieu|chi tieu|ke hoach)\b"
)
_SENTENCE_START = re.compile(r"[;:\n]|\.(?=\s)")
MAX_TEXT_WORDS = 14


def find_targets(doc: Doc, start: int, end: int, *, results_heavy: bool = False) -> list[Target]:
    """Targets in doc.text[start:end] in reading order.

    Reports, minutes and proposals mostly state results; for them (`results_heavy`) only
    the part after a "Phương hướng, nhiệm vụ" heading counts, or sentences that say
    "phấn đấu", "chỉ tiêu"….
    """
    plain = doc.plain
    forward_from = _forward_section(doc, start, end) if results_heavy else start
    skipped = {match.start("upper") for match in _RANGE_UPPER.finditer(plain, start, end)}
    found: dict[int, Target] = {}
    for match in _QUANTITY.finditer(plain, start, end):
        sentence = _sentence_before(plain, match.start())
        if _PAST.search(sentence):
            continue
        if match.start() < forward_from and not _FORWARD.search(sentence):
            continue
        target = None if match.start("num") in skipped else _target(doc, match, _unit(doc, match))
        if target is not None:
            found[match.start()] = target
    for match in _LABELLED.finditer(plain, start, end):
        if _NOT_A_TARGET_LABEL.search(match.group(0).lower()) or _is_so_department(doc, match):
            continue
        target = _target(doc, match, None)
        if target is not None and not any(abs(pos - match.start("num")) < 2 for pos in found):
            found[match.start("num")] = target
    return [found[position] for position in sorted(found)]


def _forward_section(doc: Doc, start: int, end: int) -> int:
    """Offset of the "Phương hướng, nhiệm vụ …" heading, or `end` when there is none."""
    for index in range(doc.line_of(start), doc.line_of(end) + 1):
        line = doc.line_plain(index)
        if len(line) < 150 and _FORWARD_SECTION.match(line):
            return doc.line_starts[index]
    return end


def _sentence_before(plain: str, position: int) -> str:
    window_start = max(0, position - 200)
    starts = [match.end() for match in _SENTENCE_START.finditer(plain, window_start, position)]
    return plain[starts[-1] if starts else window_start : position].lower()


def _is_so_department(doc: Doc, match: re.Match[str]) -> bool:
    """ "Sở" (a department) and "số" (number) fold to the same letters."""
    return doc.text[match.start() : match.start() + 2].lower() == "sở"


def _unit(doc: Doc, match: re.Match[str]) -> str:
    unit = squash(doc.text[match.start("unit") : match.end("unit")])
    return "%" if fold(unit) in ("%", "phan tram") else unit


def _target(doc: Doc, match: re.Match[str], unit: str | None) -> Target | None:
    label = _text_before(doc, match.start("num"))
    before = fold(doc.plain[max(0, match.start() - 40) : match.start()])
    if label:
        direction = _direction(before, label)
    else:  # "100% hộ … được trợ giúp": a coverage rate, which is a floor
        label = _text_after(doc, match.end())
        direction = "at_most" if _CEILING_BEFORE.search(before) else "at_least"
    value = parse_number(match.group("num"))
    if value is None:
        return None
    return {"text": label or None, "value": value, "unit": unit, "direction": direction}


def _text_before(doc: Doc, position: int) -> str:
    """The label of a figure: its clause up to the number, without "đạt", "là", "tăng"…

    "Số hộ nghèo: 46.660 hộ" puts the label before a colon.
    """
    window_start = max(0, position - 200)
    window = doc.plain[window_start:position]
    starts = [match.end() for match in _CLAUSE_START.finditer(window)]
    clause_start = window_start + (starts[-1] if starts else 0)
    label = _strip_lead(doc, clause_start, position)
    if not label and doc.plain[clause_start - 1 : clause_start] == ":":
        colon = clause_start - 1
        starts = [m.end() for m in _CLAUSE_START.finditer(doc.plain, window_start, colon)]
        label = _strip_lead(doc, starts[-1] if starts else window_start, colon)
    return label


def _strip_lead(doc: Doc, start: int, end: int) -> str:
    lead = _LEAD_WORDS.search(doc.plain[start:end].lower())
    cut = start + lead.start() if lead else end
    return _last_words(doc.text[start:cut])


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
