"""Clean the raw text of a document before extraction.

Text arrives from Word, PDF text layers, web pages and Markdown conversions. This module
removes what differs between those sources and not between documents: Markdown marks,
letter-spaced headings ("K Ế  H O Ạ C H"), odd spaces, and header or signature blocks
that a two-column layout flattened into one line.
"""

import re
import unicodedata

from thidua.ingest.vntext import strip_marks

DOC_TYPE_HEADINGS = (
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO CÁO", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH",
    "BIÊN BẢN", "DANH SÁCH", "CÔNG VĂN", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH", "QUY CHẾ", "QUY ĐỊNH",
    "ĐỀ ÁN", "GIẤY MỜI", "CÔNG ĐIỆN", "THÔNG TRI", "PHƯƠNG ÁN",
)  # fmt: skip
_KNOWN_PHRASES = (*DOC_TYPE_HEADINGS, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NƠI NHẬN")
HEADER_LINES = 40
CLOSING_LINES = 60

_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_HEADING = re.compile(r"(?m)^#{1,6}[ ]+")
_MD_EMPHASIS = re.compile(r"(?<=\S)\*|\*(?=[^\s*])")
_TYPE_WORDS = "|".join(strip_marks(word) for word in DOC_TYPE_HEADINGS)
_HEADER_ANCHOR = re.compile(
    r"(?<=\S)[ ]+(?=CONG HOA XA HOI CHU NGHIA|Cong hoa xa hoi chu nghia|DOC LAP ?[-–]|"
    r"Doc lap ?[-–]|So ?:|V/v\b|Ve viec\b|Kinh gui\b|"
    rf"(?:{_TYPE_WORDS})(?:$|[ ]+[^A-Z\s]|[ ]+[A-Z][a-z]))"
)
_AFTER_MOTTO = re.compile(r"(?:Tu do|TU DO) ?[-–] ?(?:Hanh phuc|HANH PHUC)([ ]+)(?=\S)")
_BODY_START = re.compile(r"(?:Can cu|CAN CU|Thuc hien|Xet de nghi|Theo de nghi|I\. |1\. )")
_TYPE_THEN_TITLE = re.compile(rf"^(?:{_TYPE_WORDS})(?=[ ]+(?:[A-Z][a-z]|[^A-Z\s]))")
_PLACE_DATE = re.compile(r"(?<=\S)[ ]+((?:TP\. ?)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,4}), ?[Nn]gay\b")
_ROLE = (
    r"(?:(?:KT|TM|TL|TUQ|Q|T/M|K/T)\. ?)?(?:PHO |CHANH |TONG )?"
    r"(?:GIAM DOC|CHU TICH|HIEU TRUONG|BO TRUONG|TRUONG BAN|TRUONG PHONG|CHANH VAN PHONG|"
    r"BI THU|THU TRUONG|CUC TRUONG|VIEN TRUONG|CHU NHIEM|THU KY|CHU TOA|NGUOI LAP)\b"
)
_CLOSING_ANCHOR = re.compile(rf"(?<=\S)[ ]+(?=Noi nhan\b|NOI NHAN\b|{_ROLE})")
_AFTER_NOI_NHAN = re.compile(r"(?i)(?<=noi nhan:)[ ]+(?=\S)")


def normalize(text: str) -> str:
    """Return cleaned text: NFC, one space between words, layout blocks on their own lines."""
    text = _clean_characters(text)
    text = _strip_markdown(text)
    lines = [" ".join(_join_spaced_letters(line).split()) for line in text.split("\n")]
    lines = _split_block(lines, range(_header_end(lines)), _split_header_line)
    start = max(0, len(lines) - CLOSING_LINES)
    lines = _split_block(lines, range(start, len(lines)), _split_closing_line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _clean_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


def _strip_markdown(text: str) -> str:
    text = _MD_ESCAPE.sub(r"\1", text)
    text = text.replace("**", "")
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub("", text)


def _join_spaced_letters(line: str) -> str:
    """Turn a letter-spaced heading ("K Ế  H O Ạ C H") back into words ("KẾ HOẠCH")."""
    tokens = line.split()
    singles = sum(len(token) == 1 and token.isalpha() for token in tokens)
    if len(tokens) < 4 or singles < 0.8 * len(tokens):
        return line
    groups = re.split(r"\s{2,}", line.strip())
    if len(groups) > 1:
        return " ".join("".join(group.split()) for group in groups)
    return _segment_known("".join(tokens))


def _segment_known(joined: str) -> str:
    key = strip_marks(joined).upper()
    for phrase in _KNOWN_PHRASES:
        if strip_marks(phrase).replace(" ", "") == key:
            words, position = [], 0
            for word in phrase.split():
                words.append(joined[position : position + len(word)])
                position += len(word)
            return " ".join(words)
    return joined


def _header_end(lines: list[str]) -> int:
    """Index of the first body line within the first HEADER_LINES lines."""
    limit = min(len(lines), HEADER_LINES)
    for index in range(limit):
        if _BODY_START.match(strip_marks(lines[index])):
            return index
    return limit


def _split_block(lines: list[str], indexes: range, splitter: object) -> list[str]:
    out = list(lines[: indexes.start])
    for index in indexes:
        out.extend(splitter(lines[index]).split("\n"))  # type: ignore[operator]
    out.extend(lines[indexes.stop :])
    return out


def _insert_breaks(line: str, positions: list[tuple[int, int]]) -> str:
    """Replace each (start, end) run of spaces in `line` by a line break."""
    for start, end in sorted(positions, reverse=True):
        line = line[:start] + "\n" + line[end:]
    return line


def _split_header_line(line: str) -> str:
    if len(line) < 12 or len(line) > 600:
        return line
    plain = strip_marks(line)
    spans = [m.span() for m in _HEADER_ANCHOR.finditer(plain)]
    spans += [m.span(1) for m in _AFTER_MOTTO.finditer(plain)]
    spans += [(m.start(), m.start(1)) for m in _PLACE_DATE.finditer(plain)]
    pieces = _insert_breaks(line, _merge(spans)).split("\n")
    return "\n".join(_split_type_then_title(piece) for piece in pieces)


def _split_type_then_title(line: str) -> str:
    """ "KẾ HOẠCH Phát động phong trào…" → the heading and the title on two lines."""
    match = _TYPE_THEN_TITLE.match(strip_marks(line))
    if match is None:
        return line
    return line[: match.end()] + "\n" + line[match.end() :].lstrip()


def _split_closing_line(line: str) -> str:
    plain = strip_marks(line)
    if not (plain.startswith(("-", "+", "Noi nhan", "NOI NHAN")) or "Noi nhan" in plain):
        return line
    spans = [m.span() for m in _CLOSING_ANCHOR.finditer(plain)]
    spans += [m.span() for m in _AFTER_NOI_NHAN.finditer(plain)]
    return _insert_breaks(line, _merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged
