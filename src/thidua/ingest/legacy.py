"""Legacy Vietnamese encodings (TCVN3 "ABC" and VNI-Windows) and how to recognise them.

Old documents typed with .VnTime or VNI-Times fonts store Vietnamese letters as Latin-1
code points ("Céng hoµ x· héi" for "Cộng hoà xã hội"). Both encodings are fixed tables, so
the conversion is exact. Which reading is right is decided by `vietnamese_score`: the share
of words that are among the most frequent accented Vietnamese words; a wrong reading
scores near zero.
"""

import re
import unicodedata

# TCVN 5712:1993 VN3, the "ABC" fonts: one byte per letter, lower case only for toned
# vowels (upper-case toned letters live in separate ".VnTimeH" fonts using the same bytes).
_TCVN3_LETTERS = (
    "ĂÂÊÔƠƯĐăâêôơưđ",
    "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae",
)
_TCVN3_TONED = {
    "àảãáạ": "\u00b5\u00b6\u00b7\u00b8\u00b9",
    "ằẳẵắặ": "\u00bb\u00bc\u00bd\u00be\u00c6",
    "ầẩẫấậ": "\u00c7\u00c8\u00c9\u00ca\u00cb",
    "èẻẽéẹ": "\u00cc\u00ce\u00cf\u00d0\u00d1",
    "ềểễếệ": "\u00d2\u00d3\u00d4\u00d5\u00d6",
    "ìỉĩíị": "\u00d7\u00d8\u00dc\u00dd\u00de",
    "òỏõóọ": "\u00df\u00e1\u00e2\u00e3\u00e4",
    "ồổỗốộ": "\u00e5\u00e6\u00e7\u00e8\u00e9",
    "ờởỡớợ": "\u00ea\u00eb\u00ec\u00ed\u00ee",
    "ùủũúụ": "\u00ef\u00f1\u00f2\u00f3\u00f4",
    "ừửữứự": "\u00f5\u00f6\u00f7\u00f8\u00f9",
    "ỳỷỹýỵ": "\u00fa\u00fb\u00fc\u00fd\u00fe",
}


def _tcvn3_table() -> dict[int, str]:
    unicode_letters, codes = _TCVN3_LETTERS
    table = {ord(code): letter for letter, code in zip(unicode_letters, codes, strict=True)}
    for letters, letter_codes in _TCVN3_TONED.items():
        for letter, code in zip(letters, letter_codes, strict=True):
            table[ord(code)] = letter
    return table


TCVN3_TABLE = _tcvn3_table()

# VNI-Windows: a base letter followed by a mark character.
_VNI_STANDALONE = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
    "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị",
}  # fmt: skip
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE,
    "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE,
    "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_MARKS.update({key.upper(): value for key, value in list(_VNI_MARKS.items())})
_VOWELS = set("aeiouyAEIOUYơưƠƯ")

# Frequent accented words: a right decoding has many, a wrong one almost none.
_COMMON_TEXT = """của và các được trong năm với những người thực hiện đã để này có là về
    tỉnh việc ngày tháng đơn vị phát động phong trào thi đua công tác tổ chức nhân dân
    xã hội kế hoạch quyết định sở ủy số đồng chí đạt tập thể cá nhân khen thưởng
    nhiệm vụ cán bộ viên lao đến từ trên tại một không nước đề nghị hoạt
    chỉ đạo thành phố huyện báo cáo tiếp tục triển chính sách đảm bảo"""
_COMMON_WORDS = frozenset(word for word in _COMMON_TEXT.split() if not word.isascii())
_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_score(text: str) -> float:
    """Share of words in `text` that are frequent accented Vietnamese words."""
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return 0.0
    return sum(word in _COMMON_WORDS for word in words) / len(words)


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 text (bytes read as Latin-1) to Unicode, line by line.

    A line that already holds letters beyond Latin-1 is Unicode and kept as it is, so a
    document that mixes both is converted only where needed.
    """
    return "\n".join(
        line if _has_unicode_letters(line) else line.translate(TCVN3_TABLE)
        for line in text.split("\n")
    )


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text to Unicode (NFC), keeping lines already in Unicode."""
    return "\n".join(
        line if _has_unicode_letters(line) else _vni_line(line) for line in text.split("\n")
    )


def _vni_line(line: str) -> str:
    out: list[str] = []
    for char in line:
        if char in _VNI_STANDALONE:
            out.append(_VNI_STANDALONE[char])
        elif char in _VNI_MARKS and out and out[-1][-1] in _VOWELS:
            out.append(_VNI_MARKS[char])
        else:
            out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _has_unicode_letters(line: str) -> bool:
    return any(ord(char) > 0xFF and char.isalpha() for char in line)


def best_reading(text: str) -> tuple[str, str]:
    """Return (encoding name, text) for the most Vietnamese-looking reading of `text`."""
    readings = [("unicode", text)]
    if _looks_legacy(text):
        readings += [("tcvn3", tcvn3_to_unicode(text)), ("vni", vni_to_unicode(text))]
    return max(readings, key=lambda reading: vietnamese_score(reading[1]))


def _looks_legacy(text: str) -> bool:
    sample = text[:20000]
    latin1 = sum(0xA0 <= ord(char) <= 0xFF for char in sample)
    vietnamese = sum(ord(char) > 0xFF and char.isalpha() for char in sample)
    return latin1 >= 4 and latin1 > vietnamese
