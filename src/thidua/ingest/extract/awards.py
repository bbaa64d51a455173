"""Titles and award forms (codes of domain/GLOSSARY.md) and counts of their recipients.

Counts are read clause by clause (a clause ends at ";" or a full stop):
"tặng Giấy khen cho 26 cá nhân và 09 tập thể" (the award comes first, then "cho"),
"18/224 người, chiếm 8,1% Chiến sĩ thi đua cấp cơ sở" (the count comes first),
"18 sáng kiến của 18 tác giả được công nhận là sáng kiến cấp cơ sở".
"""

import re
from dataclasses import dataclass

from thidua.ingest.contract import AwardCount
from thidua.ingest.vntext import Doc

_Q = r"[\"“”'\s]*"  # award names are sometimes quoted: tặng "Huân chương Lao động" hạng Nhì
_AWARDS = [
    ("TTLDXS", r"tap the lao dong xuat sac"),
    ("TTLDTT", r"tap the lao dong tien tien"),
    ("LDTT", r"lao dong tien tien"),
    ("CSTT", r"chien si tien tien"),
    ("CSTD_TQ", r"chien si thi dua toan quoc"),
    ("CSTDCS", r"chien si thi dua (?:cap )?co so"),
    ("CSTD_TINH", r"chien si thi dua (?:cap )?(?:bo|ban|nganh|tinh|thanh pho)\b"),
    ("CO_THI_DUA_CP", r"co thi dua cua chinh phu"),
    ("CO_THI_DUA_TINH", r"co thi dua|(?<=tang )co\b(?! the)"),
    ("BANG_KHEN", r"bang khen"),
    ("GIAY_KHEN", r"giay khen"),
    ("HUAN_CHUONG_LD", rf"huan chuong lao dong{_Q}hang{_Q}(?P<ld>nhat|nhi|ba)\b"),
    ("HUAN_CHUONG_DL", rf"huan chuong doc lap{_Q}hang{_Q}(?P<dl>nhat|nhi|ba)\b"),
    ("ANH_HUNG_LD", r"anh hung lao dong"),
    ("KY_NIEM_CHUONG", r"ky niem chuong"),
    ("HUY_HIEU", r"(?<!phat )huy hieu(?! qua)"),
    ("GIA_DINH_VAN_HOA", r"gia dinh van hoa"),
    ("THON_VAN_HOA", r"(?:thon|lang|ap|to dan pho|khu dan cu|khu pho)(?:,? ban)?,? van hoa"),
    ("SANG_KIEN_CO_SO", r"sang kien (?:cap )?co so"),
    ("SANG_KIEN_TINH", r"sang kien (?:cap )?tinh"),
    ("SANG_KIEN_TQ", r"sang kien (?:cap )?toan quoc"),
]
_AWARD = re.compile("|".join(f"(?P<{code}>{pattern})" for code, pattern in _AWARDS), re.I)
_RANKS = {"nhat": "NHAT", "nhi": "NHI", "ba": "BA"}
_INDIVIDUAL = {"LDTT", "CSTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "KY_NIEM_CHUONG", "HUY_HIEU",
               "SANG_KIEN_CO_SO", "SANG_KIEN_TINH", "SANG_KIEN_TQ"}  # fmt: skip
_COLLECTIVE = {"TTLDTT", "TTLDXS", "CO_THI_DUA_TINH", "CO_THI_DUA_CP", "THON_VAN_HOA"}
_SUBJECTS = [
    ("ca_nhan", r"ca nhan|nguoi|dong chi|tac gia|sang kien|can bo|cong chuc|vien chuc|giao vien"),
    ("ho_gia_dinh", r"ho gia dinh|gia dinh|ho"),
    (
        "tap_the",
        r"tap the|don vi|phong|co quan|truong|khoa|to chuc|doanh nghiep|to chuyen mon|to|"
        r"thon|ban|to dan pho|khu dan cu|xa|phuong|thi tran|huyen",
    ),
]
# "26 cá nhân", "14/14 tập thể": a count, an optional total, a lower-case subject noun on the
# same line (an upper-case "TỔ" after a year is a heading, not a team).
_COUNT = re.compile(
    r"(?<![\d.,/])(?P<count>\d{1,5})(?:\s*/\s*(?P<total>\d{1,5}))?[ \t]+(?P<noun>"
    + "|".join(f"(?P<{subject}>{nouns})" for subject, nouns in _SUBJECTS)
    + r")\b"
)
_AWARD_THEN_COUNT = re.compile(r"\bcho\b|\bgom\b|:")
_CO_AUTHORS = re.compile(r"^\s*cua\s*$", re.I)
# A clause ends at ";", a full stop, a blank line or a list item; a single line break may
# be a PDF wrapping the sentence ("chiếm 8,1%\nChiến sĩ thi đua cấp cơ sở").
_CLAUSE_END = re.compile(r";|\.(?=\s+[A-Z])|\n\s*\n|\n(?=\s*(?:[-+•*]\s|\d+(?:\.\d+)*[.)]\s))")


@dataclass(frozen=True)
class Mention:
    code: str
    start: int
    end: int


def find_award_forms(doc: Doc, start: int, end: int) -> list[str]:
    """Codes of all titles and award forms named in doc.text[start:end], first mention first."""
    codes: list[str] = []
    for mention in _mentions(doc, start, end):
        if mention.code not in codes:
            codes.append(mention.code)
    return codes


def find_award_counts(doc: Doc, start: int, end: int) -> list[AwardCount]:
    """Counts of recipients (proposed or awarded) per code and subject, in reading order."""
    counts: list[AwardCount] = []
    for clause_start, clause_end in _clauses(doc.plain, start, end):
        mentions = _mentions(doc, clause_start, clause_end)
        if mentions:
            counts += _clause_counts(doc.plain, clause_start, clause_end, mentions)
    return counts


def _clauses(plain: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = [start] + [m.end() for m in _CLAUSE_END.finditer(plain, start, end)] + [end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]


def _mentions(doc: Doc, start: int, end: int) -> list[Mention]:
    mentions = []
    for match in _AWARD.finditer(doc.plain, start, end):
        if match.lastgroup == "CO_THI_DUA_TINH" and not _is_flag(doc.text, match.start()):
            continue
        code = _code(doc.plain, match, start)
        if code is not None:
            mentions.append(Mention(code, match.start(), match.end()))
    return mentions


def _is_flag(text: str, position: int) -> bool:
    """ "Cờ thi đua" (a flag), not "có thi đua" (has an emulation): both fold to "co"."""
    return text[position : position + 2].lower() in ("cờ", "co")


def _code(plain: str, match: re.Match[str], clause_start: int) -> str | None:
    code = match.lastgroup or ""
    if code in ("HUAN_CHUONG_LD", "HUAN_CHUONG_DL"):
        rank = match.group("ld") or match.group("dl")
        return f"{code}_{_RANKS[rank.lower()]}"
    if code == "BANG_KHEN":
        return _bang_khen_level(plain, match, clause_start)
    return code


def _bang_khen_level(plain: str, match: re.Match[str], clause_start: int) -> str:
    """Whose Bằng khen: the Prime Minister's, a minister's, or the province chairman's.

    "Bằng khen của Bộ trưởng …" names it after the words; "Chủ tịch UBND tỉnh tặng Bằng
    khen …" before them, and then the nearest name counts.
    """
    after = plain[match.end() : match.end() + 60].lower().split(" cho ")[0]
    before = plain[max(clause_start, match.start() - 120) : match.start()].lower()
    after_levels = _levels(after)
    if after_levels:
        return after_levels[0][1]
    before_levels = _levels(before)
    return before_levels[-1][1] if before_levels else "BANG_KHEN_TINH"


_LEVELS = [
    ("BANG_KHEN_TTG", re.compile(r"thu tuong")),
    ("BANG_KHEN_BO", re.compile(r"bo truong|cua bo\b|cap bo")),
    (
        "BANG_KHEN_TINH",
        re.compile(r"chu tich (?:ubnd|uy ban nhan dan)|ubnd tinh|uy ban nhan dan tinh"),
    ),
]


def _levels(text: str) -> list[tuple[int, str]]:
    """(position, code) of every authority named in `text`, in order."""
    return sorted((m.start(), code) for code, pattern in _LEVELS for m in pattern.finditer(text))


def _clause_counts(plain: str, start: int, end: int, mentions: list[Mention]) -> list[AwardCount]:
    results: list[AwardCount] = []
    previous_end = start
    for match in _COUNT.finditer(plain, start, end):
        if match.group("ca_nhan") and _is_co_author(plain, previous_end, match):
            continue
        previous_end = match.end()
        mention = _award_for(plain, match, mentions)
        if mention is None:
            continue
        subject = _subject(match, mention.code)
        if subject is None:
            continue
        total = match.group("total")
        results.append(
            {
                "code": mention.code,
                "subject": subject,
                "count": int(match.group("count")),
                "total": int(total) if total else None,
            }
        )
    return results


def _is_co_author(plain: str, previous_end: int, match: re.Match[str]) -> bool:
    """ "18 sáng kiến của 18 tác giả": the authors repeat the count of initiatives."""
    return match.group("noun").lower() == "tac gia" and bool(
        _CO_AUTHORS.match(plain[previous_end : match.start()])
    )


def _award_for(plain: str, count: re.Match[str], mentions: list[Mention]) -> Mention | None:
    before = [m for m in mentions if m.end <= count.start()]
    after = [m for m in mentions if m.start >= count.end()]
    if before and _AWARD_THEN_COUNT.search(plain[before[-1].end : count.start()].lower()):
        return before[-1]
    if after:
        return after[0]
    return before[-1] if before else None


def _subject(count: re.Match[str], code: str) -> str | None:
    subject = next(name for name, _ in _SUBJECTS if count.group(name))
    if count.group("noun").lower() == "sang kien":
        return "ca_nhan" if code.startswith("SANG_KIEN") else None
    if code in _INDIVIDUAL and subject != "ca_nhan":
        return None
    if code in _COLLECTIVE and subject != "tap_the":
        return None
    return subject
