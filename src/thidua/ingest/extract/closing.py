"""Closing block: the signer's title and name, and the distribution list ("Nơi nhận").

Nghị định 30/2020/NĐ-CP: the authority line ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN") is
followed by the signer's own title ("PHÓ GIÁM ĐỐC", "CHỦ TỊCH"), the signature and the
full name. The title returned is the signer's own; the name may be missing in drafts.
"""

import re

from thidua.ingest.contract import Signer
from thidua.ingest.extract.layout import Layout, is_role_line
from thidua.ingest.patterns import PERSON_ROLE, ROLE_PREFIX
from thidua.ingest.vntext import Doc, squash, strip_marks

_ON_BEHALF = re.compile(rf"^(?:{ROLE_PREFIX}).+?\s+(?={PERSON_ROLE})")
# "(Đã ký)", "[đã ký và đóng dấu]", "(Ký, ghi rõ họ tên)", "Chữ ký số" stand between title and name.
_SIGNATURE_NOTE = re.compile(
    r"(?i)^[\[(]?\s*(?:da ky|ky ten|ky,|ky\b|chu ky|dong dau|ky so)[^\])]{0,50}[\])]?\.?$|^[*\s.]+$"
)
# Ranks and degrees printed before a signer's name are not part of the name.
_HONORIFIC = re.compile(
    r"^(?:(?:Dai|Thuong|Trung|Thieu) (?:ta|tuong|uy)|(?:PGS|GS|TS|ThS|Ths|BS|BSCKII|BSCKI|CN|KS|Ls)\.?"
    r"(?:\s?TS\.?)?)\s+"
)
_NAME_WORD = r"[A-Z][a-z]*|[A-Z]+"
_NAME = re.compile(rf"^(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,5}}$")
_BULLET = ("-", "+", "•", "–", "*")
_ITEM_SPLIT = re.compile(r";\s*(?=[-+•–])")
_ARCHIVE = re.compile(r"(?i)^luu\b")
NAME_LOOKAHEAD = 8


def find_signer(layout: Layout) -> Signer | None:
    """{"title", "name"} of the person who signs; None when there is no signature block."""
    if layout.is_article:
        return None
    doc = layout.doc
    first = layout.signature_line
    if first is None:
        start = max(layout.header_end, layout.closing_start - 2)
        lines = range(start, min(doc.line_count(), start + 40))
        first = next((index for index in lines if is_role_line(doc, index)), None)
    if first is None:
        return None
    last = _last_role_line(doc, first)
    return {"title": _own_title(doc, last), "name": _name_after(doc, last + 1)}


def _last_role_line(doc: Doc, first: int) -> int:
    """The block "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": its last role line."""
    last = first
    for index in range(first + 1, min(doc.line_count(), first + 6)):
        if is_role_line(doc, index):
            last = index
        elif doc.line(index).strip():
            break
    return last


def _own_title(doc: Doc, index: int) -> str:
    """ "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" → "PHÓ GIÁM ĐỐC"; "KT. GIÁM ĐỐC" alone stays as written."""
    line, plain = doc.line(index).strip(), doc.line_plain(index).strip()
    match = _ON_BEHALF.match(plain)
    if match:
        return squash(line[match.end() :])
    return squash(line)


def _name_after(doc: Doc, start: int) -> str | None:
    for index in range(start, min(doc.line_count(), start + NAME_LOOKAHEAD)):
        line, plain = doc.line(index).strip(), doc.line_plain(index).strip()
        if not line or _SIGNATURE_NOTE.match(plain):
            continue
        honorific = _HONORIFIC.match(plain)
        if honorific:
            line, plain = line[honorific.end() :], plain[honorific.end() :]
        return squash(line) if _NAME.match(plain) else None
    return None


def find_distribution(layout: Layout) -> list[str]:
    """Recipients listed under "Nơi nhận", without the archive line ("Lưu: VT, …")."""
    if layout.noi_nhan_line is None:
        return []
    doc = layout.doc
    first = doc.line(layout.noi_nhan_line).split(":", 1)
    items = _split_items(first[1]) if len(first) > 1 else []
    for index in range(layout.noi_nhan_line + 1, min(doc.line_count(), layout.noi_nhan_line + 40)):
        line = doc.line(index).strip()
        if not line:
            continue
        if is_role_line(doc, index):
            break
        if line.startswith(_BULLET):
            items += _split_items(line)
        elif items and not items[-1].rstrip().endswith((";", ".")):
            items[-1] = f"{items[-1]} {line}"
        else:
            break
    cleaned = (item.strip().lstrip("-+•–* ").rstrip(" ;,.") for item in items)
    return [item for item in cleaned if item and not _ARCHIVE.match(strip_marks(item))]


def _split_items(text: str) -> list[str]:
    return [part for part in _ITEM_SPLIT.split(text.strip()) if part.strip()]
