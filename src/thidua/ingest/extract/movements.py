"""Named movements and campaigns: the quoted names after "phong trào", "cuộc vận động"….

Documents quote a movement's name and list several in a row ("các phong trào: “A”; “B”
giai đoạn 2021-2025; “C”"). A quote is a movement when its clause speaks of a movement
or when it continues such a list; quotes after "danh hiệu", "Huân chương", "tiêu chuẩn"
and the like name awards or criteria, not movements.
"""

import difflib
import re

from thidua.ingest.contract import Movement
from thidua.ingest.vntext import Doc, fold, squash

# Straight quotes pair up less reliably than curly ones: one line break inside at most.
_QUOTE = re.compile(
    r"“(?P<a>[^“”]{3,400})”|\"(?P<b>[^\"\n]{3,300}(?:\n[^\"\n]{1,300})?)\"|«(?P<c>[^«»]{3,300})»"
)
_KEYWORD = re.compile(r"phong trao|cuoc van dong|van dong|chuong trinh|thi dua|chu de")
_EXCLUDED_BEFORE = re.compile(
    r"(?:danh hieu|tieu chuan|tieu chi|huan chuong|ky niem chuong|huy hieu|bang khen|giay khen|"
    r"co thi dua|giai thuong|tinh than|muc tieu|noi dung|khau hieu|cum tu|tu khoa|ten goi|"
    r"chuyen muc|chuyen trang|goi la|y nghia|thong diep|nhan de|tieu de|tac pham)\W*$"
)
_AWARD_NAME = re.compile(
    r"huan chuong|huy chuong|bang khen|giay khen|ky niem chuong|huy hieu|co thi dua|"
    r"chien si thi dua|lao dong tien tien|lao dong xuat sac|anh hung|danh hieu|^ve viec"
)
_SENTENCE_END = re.compile(r"(?:\.\s+(?=[A-Z])|\n)")
LIST_GAP_CHARS = 80
MAX_NAME_WORDS = 70
SAME_NAME_RATIO = 0.85


def find_movements(doc: Doc, start: int, end: int) -> list[Movement]:
    """Movement names quoted in doc.text[start:end], first mention first, near-duplicates once."""
    names: list[str] = []
    previous_end, previous_is_movement = start, False
    for match in _QUOTE.finditer(doc.plain, start, end):
        group = next(name for name in ("a", "b", "c") if match.group(name) is not None)
        name = _clean(doc.text[match.start(group) : match.end(group)])
        gap, same_sentence = _gap(doc.plain, previous_end, match.start())
        is_movement = _is_movement(gap, name, previous_is_movement and same_sentence)
        if is_movement and not _seen(name, names):
            names.append(name)
        previous_end, previous_is_movement = match.end(), is_movement
    return [{"name": name} for name in names]


def _clean(name: str) -> str:
    return squash(name).strip(" .,;:*")


def _gap(plain: str, previous_end: int, quote_start: int) -> tuple[str, bool]:
    """(text since the previous quote or the sentence start, whether no sentence ended)."""
    window_start = max(previous_end, quote_start - 400)
    window = plain[window_start:quote_start]
    sentence_starts = [match.end() for match in _SENTENCE_END.finditer(window)]
    if sentence_starts:
        return window[sentence_starts[-1] :], False
    return window, window_start == previous_end


def _is_movement(gap: str, name: str, previous_is_movement: bool) -> bool:
    folded_gap, folded_name = fold(gap), fold(name)
    words = folded_name.split()
    if len(words) < 2 or len(words) > MAX_NAME_WORDS or _AWARD_NAME.search(folded_name):
        return False
    if _EXCLUDED_BEFORE.search(folded_gap):
        return False
    if _KEYWORD.search(folded_gap):
        return True
    return previous_is_movement and len(gap.strip()) <= LIST_GAP_CHARS


def _seen(name: str, names: list[str]) -> bool:
    folded = fold(name)
    return any(
        difflib.SequenceMatcher(None, folded, fold(other)).ratio() >= SAME_NAME_RATIO
        for other in names
    )
