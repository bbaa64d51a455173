"""Plain text of a python-docx Document, in reading order.

Official documents put the header (issuer, number, national motto, place and date) and
the signature block in borderless tables, and sometimes in the page header or text
boxes. The XML is walked in document order so that every paragraph, table cell and text
box is read once; the fallback copy Word keeps of each text box is skipped.
"""

from collections.abc import Iterator
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BREAKS = {f"{_W}br", f"{_W}cr"}
_BLOCKS = {f"{_W}p", f"{_W}tc"}  # a paragraph or a table cell ends a line
# Properties, deleted text and field codes hold no visible text (w:tab in w:tabs is a tab stop).
_SKIPPED = {
    f"{_W}{name}"
    for name in ("pPr", "rPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "delText", "instrText")
}


def docx_text(document: Any) -> str:
    """Header parts first (once each), then the body, one paragraph per line."""
    parts = [_element_text(header) for header in _headers(document)]
    parts.append(_element_text(document.element.body))
    return "\n".join(part for part in parts if part.strip())


def _headers(document: Any) -> Iterator[Any]:
    for section in document.sections:
        candidates = [section.header]
        if section.different_first_page_header_footer:
            candidates.insert(0, section.first_page_header)
        for header in candidates:
            if not header.is_linked_to_previous:  # a linked header repeats an earlier one
                yield header._element


def _element_text(root: Any) -> str:
    lines: list[str] = []
    current: list[str] = []
    for kind, value in _walk(root):
        if kind == "text":
            current.append(value)
        else:  # a paragraph or line break ends the current line
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    return "\n".join(lines)


def _walk(element: Any) -> Iterator[tuple[str, str]]:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == _FALLBACK or tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            yield "text", child.text or ""
        elif tag == f"{_W}tab":
            yield "text", " "
        elif tag in _BREAKS:
            yield "break", ""
        elif tag in _BLOCKS:
            yield from _walk(child)
            yield "break", ""
        else:
            yield from _walk(child)
