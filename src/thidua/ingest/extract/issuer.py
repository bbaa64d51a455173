"""The issuing body.

In the header it is the lowest line of the issuer block, under the parent body
("UBND TỈNH YÊN BÁI" / "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"). Copies published on web
sites often lose the header; the body then names the issuer as the subject of its first
act ("Sở Lao động - Thương binh và Xã hội phát động …", "Chủ tịch Ủy ban nhân dân tỉnh
yêu cầu …") or in the closing sentence ("Trên đây là Kế hoạch … của Sở …./.").
"""

import re

from thidua.ingest.extract.layout import Layout
from thidua.ingest.vntext import is_upper_line, squash, strip_marks

_ORG_UPPER = (
    r"UY BAN NHAN DAN|UBND|SO|BO|BAN|PHONG|TRUNG TAM|CHI CUC|CUC|TONG CUC|VAN PHONG|HOI DONG|"
    r"TRUONG|BENH VIEN|CONG AN|BO CHI HUY|LIEN DOAN|CONG DOAN|DOAN|HOI|THANH TRA|KHO BAC|"
    r"CHI NHANH|NGAN HANG|CONG TY|TONG CONG TY|VIEN|HOC VIEN|DANG UY|DANG BO|TINH UY|"
    r"HUYEN UY|THANH UY|THI UY|QUAN UY|CHI BO|MAT TRAN|BAN CHAP HANH|BCH|CHINH PHU|BQL"
)
_ORG_LINE = re.compile(rf"^(?:{_ORG_UPPER})\b")
# Where a flattened block starts its second body ("UBND TỈNH YÊN BÁI SỞ LAO ĐỘNG …").
_INLINE_ORG = re.compile(
    r"(?<=[A-Z])(?<!UY)(?<!VAN) (?=(?:SO|PHONG|TRUNG TAM|CHI CUC|HOI DONG|BENH VIEN|TRUONG|BAN) [A-Z])"
)
_NOT_ISSUER = re.compile(
    r"(?i)cong hoa xa hoi|doc lap ?[-–]|^so\s*[:.]|^so\s+\d|^v/v|^ve viec|, ngay|^[-_=*~.…\s]+$"
)
_ORG_START = (
    r"(?:Uy ban nhan dan|UBND|So|Ban|Phong|Trung tam|Chi cuc|Cuc|Tong cuc|Van phong|Hoi dong|"
    r"Truong|Benh vien|Cong an|Bo|Vien|Dang uy|Tinh uy|Huyen uy|Thanh uy|Kho bac|Thanh tra|"
    r"Lien doan|Cong doan)"
)
_ACT = (
    r"(?:phat dong|xay dung|ban hanh|yeu cau|huong dan|thong bao|bao cao|kinh trinh|de nghi|"
    r"tran trong|to chuc|trien khai|chi thi|quyet dinh)"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.;:,]\s)|(?<=\n))(?:Chu tich\s+|Giam doc\s+)?(?P<org>{_ORG_START}\b[^.;:\n()]{{0,90}}?)"
    rf"\s*(?:\([^)]{{0,60}}\)\s*)?{_ACT}\b"
)
_CLOSING = re.compile(
    rf"Tren day la [^\n]{{0,600}}? cua (?P<org>{_ORG_START}\b[^.;:\n()]{{0,90}}?)\s*\.?/\."
)
SUBJECT_SEARCH_CHARS = 5000
_CITES = re.compile(
    r"\s+(?i:(?:ke hoach|quyet dinh|chi thi|cong van|van ban|thong bao|huong dan|nghi quyet)"
    r"\s+(?:so\s*)?\d)"
)
_LIST_MARKER = re.compile(r"\s*(?:\d+(?:\.\d+)*\.|[a-z]\)|[-+•*])\s*")
_LEVEL_END = re.compile(r"(?i)\b(?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong)$")
_ADMIN_BODY = re.compile(
    r"^(?:Uy ban nhan dan|UBND) (?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong)"
)


# The authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG") or the body a
# signer acts for ("TM. ỦY BAN NHÂN DÂN") also name the issuer.
_AUTHORITY = re.compile(
    rf"^(?:CHU TICH|GIAM DOC|TRUONG BAN|TRUONG PHONG|HIEU TRUONG|CUC TRUONG)\s+(?P<org>(?:{_ORG_UPPER})\b.*)$"
)
_ON_BEHALF_OF = re.compile(rf"^(?:TM|T/M)\s*[.:/]\s*(?P<org>(?:{_ORG_UPPER})\b.*)$")


def find_issuer(layout: Layout, last_header_line: int, place: str | None) -> str | None:
    """Issuer from the header block, the authority line, the body or the signature."""
    if layout.is_article:
        return None
    return (
        _from_header(layout, last_header_line)
        or _from_line(layout, range(last_header_line, layout.header_end + 1), _AUTHORITY)
        or _from_body(layout, place)
        or _from_line(layout, range(layout.closing_start, layout.doc.line_count()), _ON_BEHALF_OF)
    )


def _from_line(layout: Layout, lines: range, pattern: re.Pattern[str]) -> str | None:
    doc = layout.doc
    for index in lines:
        if index >= doc.line_count():
            break
        line = doc.line(index).strip()
        match = pattern.match(strip_marks(line))
        if match and is_upper_line(line):
            return squash(line[match.start("org") :])
    return None


def _from_header(layout: Layout, last_line: int) -> str | None:
    doc = layout.doc
    organisations: list[str] = []
    for index in range(min(doc.line_count(), last_line)):
        line, plain = doc.line(index).strip(), doc.line_plain(index).strip()
        if not line or not is_upper_line(line) or _NOT_ISSUER.search(plain):
            continue
        for start, end in _org_pieces(plain):
            piece = line[start:end].strip(" -–")
            if _ORG_LINE.match(plain[start:end].strip()) or not organisations:
                organisations.append(piece)
            else:  # a name wrapped over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH YÊN BÁI")
                organisations[-1] = f"{organisations[-1]} {piece}"
    return squash(organisations[-1]) if organisations else None


def _org_pieces(plain: str) -> list[tuple[int, int]]:
    cuts = [0] + [match.end() for match in _INLINE_ORG.finditer(plain)] + [len(plain)]
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def _from_body(layout: Layout, place: str | None) -> str | None:
    doc = layout.doc
    end = layout.offset(layout.closing_start)
    closing = _CLOSING.search(doc.plain, 0, end + 1)
    subject = _first_subject(doc.plain, 0, min(end, SUBJECT_SEARCH_CHARS))
    for match in (closing, subject):
        if match is not None:
            return _complete(squash(doc.text[match.start("org") : match.end("org")]), place)
    return None


def _first_subject(plain: str, start: int, end: int) -> re.Match[str] | None:
    for match in _SUBJECT.finditer(plain, start, end):
        if _CITES.match(plain, match.end()):  # "UBND tỉnh ban hành Kế hoạch số …": another text
            continue
        line_start = plain.rfind("\n", 0, match.start()) + 1
        if _LIST_MARKER.fullmatch(plain[line_start : match.start()]):  # "2. Sở Tài chính …": a task
            continue
        org = match.group("org")
        words = org.split()
        if 2 <= len(words) <= 14 and (words[1][0].isupper() or _ADMIN_BODY.match(org)):
            return match
    return None


def _complete(org: str, place: str | None) -> str:
    """ "Ủy ban nhân dân tỉnh" + place "Yên Bái" → "Ủy ban nhân dân tỉnh Yên Bái"."""
    if place and _LEVEL_END.search(strip_marks(org)):
        return f"{org} {place}"
    return org
