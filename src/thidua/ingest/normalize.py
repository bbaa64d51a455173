"""Clean the raw text of a document before extraction.

Text arrives from Word, PDF text layers, web pages and Markdown conversions. This module
removes what differs between those sources and not between documents: Markdown marks,
letter-spaced headings ("K Ế  H O Ạ C H"), odd spaces, and header or signature blocks
that a two-column layout flattened into one line.
"""

import html
import re
import unicodedata

from thidua.ingest.patterns import DOC_TYPE_HEADINGS, PERSON_ROLE, ROLE_PREFIX
from thidua.ingest.vntext import is_upper_line, strip_marks

_KNOWN_PHRASES = (*DOC_TYPE_HEADINGS, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NƠI NHẬN")
HEADER_LINES = 40
CLOSING_LINES = 60

_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_HEADING = re.compile(r"(?m)^#{1,6}[ ]+")
_MD_EMPHASIS = re.compile(r"(?<=\S)\*|\*(?=[^\s*])")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_BREAK = re.compile(r"(?i)<(?:br|/p|/div|/tr|/td|/th|/li|/h\d)\s*/?>")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
_FIXED_PHRASES = re.compile(
    r"(?i)cong[ \n]+hoa[ \n]+xa[ \n]+hoi[ \n]+chu[ \n]+nghia[ \n]+viet[ \n]+nam|"
    r"doc[ \n]+lap[ \n]*[-–][ \n]*tu[ \n]+do[ \n]*[-–][ \n]*hanh[ \n]+phuc"
)
_TYPE_WORDS = "|".join(strip_marks(word) for word in DOC_TYPE_HEADINGS)
_HEADER_ANCHOR = re.compile(
    r"(?<=\S)[ ]+(?=CONG HOA XA HOI CHU NGHIA|Cong hoa xa hoi chu nghia|DOC LAP ?[-–]|"
    r"Doc lap ?[-–]|So ?:|V/v\b|Ve viec\b|Kinh gui\b|"
    rf"(?:{_TYPE_WORDS})(?:$|[ ]+[^A-Z\s]|[ ]+[A-Z][a-z]))"
)
_AFTER_MOTTO = re.compile(
    r"(?:(?:Tu do|TU DO) ?[-–] ?(?:Hanh phuc|HANH PHUC)|CHU NGHIA VIET NAM)([ ]+)(?=\S)"
)
_BODY_START = re.compile(r"(?:Can cu|CAN CU|Thuc hien|Xet de nghi|Theo de nghi|I\. |1\. )")
_TYPE_THEN_TITLE = re.compile(rf"^(?:{_TYPE_WORDS})(?=[ ]+(?:[A-Z][a-z]|[^A-Z\s]))")
# The whole run of capitalised words before ", ngày" is the place; only a run that does not
# start the line is moved to a line of its own.
_PLACE_DATE = re.compile(
    r"(?:^|(?<=\s))((?:TP\. ?)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,4}), ?[Nn]gay\b"
)
_ROLE = rf"(?:{ROLE_PREFIX})?{PERSON_ROLE}"
# A break before each role, but not inside one ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC").
_CLOSING_ANCHOR = re.compile(
    r"(?<=\S)(?<!PHO)(?<!CHANH)(?<!TONG)(?<!KT\.)(?<!TM\.)(?<!TL\.)(?<!Q\.)(?<!TUQ\.)"
    rf"[ ]+(?=Noi nhan\b|NOI NHAN\b|{_ROLE})"
)
_AFTER_NOI_NHAN = re.compile(r"(?i)(?<=noi nhan:)[ ]+(?=\S)")


def normalize(text: str) -> str:
    """Return cleaned text: NFC, one space between words, layout blocks on their own lines."""
    text = _join_fixed_phrases(_clean_characters(text))
    text = _strip_html(_strip_markdown(text))
    lines = [" ".join(_join_spaced_letters(line).split()) for line in text.split("\n")]
    lines = _unwrap(lines)
    lines = _split_block(lines, range(_header_end(lines)), _split_header_line)
    start = max(0, len(lines) - CLOSING_LINES)
    lines = _split_block(lines, range(start, len(lines)), _split_closing_line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _clean_characters(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


def _join_fixed_phrases(text: str) -> str:
    """The national name and motto are fixed; a narrow column may have wrapped them."""
    plain = strip_marks(text)
    for match in _FIXED_PHRASES.finditer(plain):
        if "\n" in match.group(0):
            start, end = match.span()
            text = text[:start] + text[start:end].replace("\n", " ") + text[end:]
    return text


def _strip_html(text: str) -> str:
    """Web pages saved as text keep some tags and entities ("<br>", "&nbsp;")."""
    if "<" in text:
        text = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", text))
    if "&" in text:
        text = _SPACES.sub(" ", html.unescape(text))
    return text


def _strip_markdown(text: str) -> str:
    text = _MD_ESCAPE.sub(r"\1", text)
    text = text.replace("**", "")
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    text = _MD_EMPHASIS.sub("", text)
    return "\n".join(cell for line in text.split("\n") for cell in _table_row_cells(line))


def _table_row_cells(line: str) -> list[str]:
    """A Markdown table row becomes one line per cell, read left to right (header tables)."""
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
        return [line]
    if _MD_TABLE_RULE.match(stripped):
        return []
    return [cell.strip() for cell in stripped.strip("|").split("|") if cell.strip()]


_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_STARTS_LOWER = re.compile(rf"^[{_LOWER}]")
_STARTS_QUOTE = re.compile(r"^[“\"«]")
_STARTS_DASH_LOWER = re.compile(rf"^[-–] [{_LOWER}]")  # "quốc phòng\n- an ninh": a cut hyphen
_STARTS_FIGURE = re.compile(r"^\d(?!\d*(?:\.\d+)*[.)]\s)")  # "2024", not the list number "2."
_CUT_SYMBOL = re.compile(r"\w[-/]$")  # "Nghị quyết số 01-" / "NQ/TU": a number cut in two


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines that a PDF or a narrow column wrapped in the middle of a sentence.

    "năm\n2024", "thi\nđua", "an ninh;\n“Chung tay …”", "số 01-\nNQ/TU": the next line
    starts with a lower-case letter, a figure that is not a list number, or a quote, and
    the previous one does not end the sentence. Headings, bullets and names start
    differently; an upper-case line (a heading) is never continued.
    """
    out: list[str] = []
    for line in lines:
        glue = _glue(out[-1], line) if out and out[-1] and line else None
        if glue is None:
            out.append(line)
        else:
            out[-1] = f"{out[-1]}{glue}{line}"
    return out


def _glue(previous: str, line: str) -> str | None:
    """What joins `line` to `previous` ("" or " "), or None when `line` starts anew."""
    if _CUT_SYMBOL.search(previous) and line[:1].isalnum() and " " not in line[:3]:
        return ""
    if previous.endswith((".", "!", "?")) or is_upper_line(previous):
        return None
    if _STARTS_LOWER.match(line) or _STARTS_QUOTE.match(line):
        return " "
    if _STARTS_DASH_LOWER.match(line) and not previous.endswith((":", ";", ",")):
        return " "
    if _STARTS_FIGURE.match(line) and not previous.endswith((":", ";", ",")):
        return " "
    return None


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
    spans += [
        _spaces_before(plain, m.start(1)) for m in _PLACE_DATE.finditer(plain) if m.start(1) > 0
    ]
    pieces = _insert_breaks(line, _merge(spans)).split("\n")
    return "\n".join(_split_type_then_title(piece) for piece in pieces)


def _spaces_before(plain: str, position: int) -> tuple[int, int]:
    start = position
    while start > 0 and plain[start - 1] == " ":
        start -= 1
    return start, position


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
