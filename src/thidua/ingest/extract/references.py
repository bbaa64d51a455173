"""Documents the text refers to: "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị".

A reference needs a kind word and a number-and-symbol; a bare "Kế hoạch 5 năm" is not a
reference. The number is returned whole, as written ("01/CT-UBND", "98-NQ-BCSD").
"""

import re

from thidua.ingest.contract import Reference
from thidua.ingest.extract.dates import DATE_PATTERN, date_from_match, parse_date
from thidua.ingest.vntext import Doc, squash

_KINDS = {
    "hien phap": "Hiến pháp",
    "bo luat": "Bộ luật",
    "luat": "Luật",
    "phap lenh": "Pháp lệnh",
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "nghi quyet": "Nghị quyết",
    "nghi dinh": "Nghị định",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "thong tu lien tich": "Thông tư liên tịch",
    "thong tu": "Thông tư",
    "thong tri": "Thông tri",
    "ket luan": "Kết luận",
    "ke hoach": "Kế hoạch",
    "cong van": "Công văn",
    "van ban": "Văn bản",
    "thong bao": "Thông báo",
    "huong dan": "Hướng dẫn",
    "bao cao": "Báo cáo",
    "to trinh": "Tờ trình",
    "quy dinh": "Quy định",
    "quy che": "Quy chế",
    "chuong trinh": "Chương trình",
    "de an": "Đề án",
    "cong dien": "Công điện",
    "dieu le": "Điều lệ",
}
# "01/CT-UBND", "34-CT/TW", "98-NQ-BCSD", "30/2020/NĐ-CP", "123/QĐ - UBND" (spaced dash).
_NUMBER = (
    r"\d{1,5}[a-z]?(?:/\d{4})?(?:[/-][A-Z][A-Za-z0-9&.]*)+(?:/[A-Z][A-Za-z0-9&.-]*)?"
    r"(?:\s[-–]\s?[A-Z]{2,}[A-Z0-9&]*(?![A-Za-z]))?"
)
# Kind words in any case; the symbol stays upper case so "Kế hoạch 5 năm" is no reference.
_REFERENCE = re.compile(
    rf"\b(?P<kind>(?i:{'|'.join(_KINDS)}))\s+(?i:so\s*:?\s*)?(?P<number>{_NUMBER})"
    rf"(?:\s*,?\s*(?:ban hanh\s+)?(?i:ngay)\s+{DATE_PATTERN})?"
)
# Laws are cited by name before their number: "Luật Thi đua, khen thưởng số 06/2022/QH15".
_NAMED_LAW = re.compile(
    rf"\b(?P<kind>(?i:hien phap|bo luat|luat|phap lenh))\s+[^\d\n;.()]{{2,80}}?\s(?i:so)\s*:?\s*"
    rf"(?P<number>{_NUMBER})(?:\s*,?\s*(?i:ngay)\s+{DATE_PATTERN})?"
)
_ISSUER = re.compile(
    r"\s*,?\s*(?:cua|do)\s+(?P<issuer>[^,;.()\n\d]{2,80}?)"
    r"(?=\s+(?:ve|quy dinh|huong dan|ban hanh|phat dong|trien khai|nham|tiep tuc|thuc hien|"
    rf"giao|phe duyet|chi dao|khoa|va (?i:{'|'.join(_KINDS)}))\b|\s*[,;.(\n]|$)"
)
_DATE_BEFORE = re.compile(rf"[Nn]gay\s+{DATE_PATTERN}\s*,[^.;]{{0,200}}$")


def find_references(doc: Doc, start: int, end: int, own: str | None) -> list[Reference]:
    """References in doc.text[start:end], first mention first, without the document itself."""
    found: dict[str, Reference] = {}
    own_key = _key(own) if own else None
    matches = [
        *_REFERENCE.finditer(doc.plain, start, end),
        *_NAMED_LAW.finditer(doc.plain, start, end),
    ]
    for match in sorted(matches, key=lambda found: found.start()):
        number = re.sub(r"\s+", "", doc.text[match.start("number") : match.end("number")]).rstrip(
            ".-/"
        )
        key = _key(number)
        if key == own_key:
            continue
        date = date_from_match(match) or _date_before(doc.plain, match.start())
        if key in found:
            found[key]["date"] = found[key]["date"] or date
            continue
        found[key] = {
            "kind": _KINDS[match.group("kind").lower()],
            "number": number,
            "date": date,
            "issuer": _issuer_after(doc, match.end(), end),
        }
    return list(found.values())


def _key(number: str) -> str:
    return re.sub(r"\s+", "", number).upper()


def _date_before(plain: str, position: int) -> str | None:
    """ "Ngày 31/12/2023, UBND tỉnh ban hành Quyết định số …" puts the date first."""
    window = plain[max(0, position - 240) : position]
    match = _DATE_BEFORE.search(window)
    return parse_date(match.group(0)) if match else None


def _issuer_after(doc: Doc, position: int, end: int) -> str | None:
    match = _ISSUER.match(doc.plain, position, min(end, position + 120))
    if match is None:
        return None
    return squash(doc.text[match.start("issuer") : match.end("issuer")]) or None
