"""Vietnamese text helpers: folding for search that ignores case and diacritics."""

import unicodedata

_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def fold(text: str | None) -> str:
    """Lower-case `text`, strip Vietnamese diacritics and collapse spaces.

    "Nguyễn Văn An" and "nguyen  van an" fold to the same key, so one stored column
    serves search on SQLite and PostgreSQL alike (ADR 0002).
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())


def normalize_name(text: str) -> str:
    """NFC-normalise and collapse whitespace of a name as typed (keeps case and diacritics)."""
    return " ".join(unicodedata.normalize("NFC", text).split())
