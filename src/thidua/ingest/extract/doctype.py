"""The kind of document, from the strongest sign available.

1. The type word printed above the title ("KẾ HOẠCH").
2. The type code in the symbol ("01/CT-UBND" is a chỉ thị). A công văn has no type code:
   its symbol names the issuer and the drafting unit ("123/UBND-VX"), Nghị định
   30/2020/NĐ-CP, Phụ lục III.
3. A subject line ("V/v") or "Kính gửi" without a type word: a công văn.
4. No administrative layout at all: a news article.
5. The closing sentence "Trên đây là Kế hoạch …" of a copy that lost its header.
"""

import re
from collections import Counter

from thidua.ingest.vntext import Doc, strip_marks

_HEADING_TYPES = {
    "KẾ HOẠCH": "ke_hoach",
    "QUYẾT ĐỊNH": "quyet_dinh",
    "CHỈ THỊ": "chi_thi",
    "BÁO CÁO": "bao_cao",
    "THÔNG BÁO": "thong_bao",
    "HƯỚNG DẪN": "huong_dan",
    "TỜ TRÌNH": "to_trinh",
    "BIÊN BẢN": "bien_ban",
    "DANH SÁCH": "danh_sach",
    "CÔNG VĂN": "cong_van",
}
_SYMBOL_TYPES = {
    "CT": "chi_thi",
    "KH": "ke_hoach",
    "QD": "quyet_dinh",
    "BC": "bao_cao",
    "TB": "thong_bao",
    "HD": "huong_dan",
    "TTR": "to_trinh",
    "BB": "bien_ban",
    "DS": "danh_sach",
    "CV": "cong_van",
}
# Type codes of Phụ lục III that the contract files under "other".
_OTHER_CODES = {
    "NQ", "QYD", "QC", "CTR", "PA", "DA", "DAN", "GM", "CD", "GGT", "GNP", "PB", "BGH",
    "TT", "KL", "GUQ", "GXN", "HDONG", "PC", "TTRI",
}  # fmt: skip


def classify(
    *,
    heading_word: str | None,
    number: str | None,
    symbol: str | None,
    is_letter: bool,
    is_article: bool,
    closing_word: str | None = None,
) -> str:
    """Contract code of the document type (see ingest/README.md)."""
    if heading_word is not None:
        return _HEADING_TYPES.get(heading_word, "other")
    if symbol:
        return _type_from_symbol(f"{number or ''}/{symbol}")
    if is_letter:
        return "cong_van"
    if is_article:
        return "bai_viet"
    return _HEADING_TYPES.get(closing_word or "", "other")


_SELF_REFERENCE = re.compile(
    r"\b(?P<word>(?i:ke hoach|chi thi|huong dan|quyet dinh|thong bao|bao cao|to trinh)) nay\b"
)
_CLOSING = re.compile(
    r"Tren day la (?P<word>(?i:ke hoach|bao cao|huong dan|thong bao|to trinh|chi thi|quyet dinh))"
)


def closing_type_word(doc: Doc) -> str | None:
    """The type a copy without header gives itself: "Trên đây là Kế hoạch …" (the last such
    sentence), else the most frequent "Kế hoạch này" / "Quyết định này"."""
    matches = list(_CLOSING.finditer(doc.plain))
    if matches:
        return _heading_of(matches[-1].group("word"))
    words = Counter(_heading_of(m.group("word")) for m in _SELF_REFERENCE.finditer(doc.plain))
    return words.most_common(1)[0][0] if words else None


def _heading_of(word: str) -> str | None:
    key = strip_marks(word).upper()
    return next((heading for heading in _HEADING_TYPES if strip_marks(heading) == key), None)


def _type_from_symbol(number_symbol: str) -> str:
    for segment in re.split(r"[-/]", strip_marks(number_symbol).upper()):
        if segment.isalpha():
            if segment in _SYMBOL_TYPES:
                return _SYMBOL_TYPES[segment]
            return "other" if segment in _OTHER_CODES else "cong_van"
    return "other"
