"""The one context schema every document template reads (docs/documents.md).

Callers (movements, rules, decisions) build a plain JSON-able dict; `prepare_context` turns
it into what the templates print: capitals where Nghị định 30 wants them, blank number and
date parts as spaces until the document is issued, section labels and item markers,
punctuation of the recipient lists. Pure functions, no database.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import timezone

from thidua.core.formats import format_number

BLANK_NUMBER = " " * 7  # "Số:       /KH-SLĐTBXH" before the clerk assigns a number
BLANK_DATE_PART = " " * 5  # "ngày      tháng      năm 2026"
ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
LETTERS = "abcdđeghiklmnopqrstuvxy"


def prepare_context(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The template context for `raw` (the generic schema); unknown keys pass through."""
    context = dict(raw)
    context.update(
        issuer_parent=_text(raw.get("issuer_parent")).upper(),
        issuer=_text(raw.get("issuer")).upper(),
        doc_type=_text(raw.get("doc_type")).upper(),
        title=_text(raw.get("title")),
        subtitle=_text(raw.get("subtitle")),
        subject_line=_text(raw.get("subject_line")),
        number=_text(raw.get("number")) or BLANK_NUMBER,
        symbol=_text(raw.get("symbol")),
        place=_text(raw.get("place")),
        recipients=_punctuated(raw.get("recipients")),
        distribution=_punctuated(raw.get("distribution")),
        preamble=_texts(raw.get("preamble")),
        closing=_texts(raw.get("closing")),
        sections=_sections(raw.get("sections") or [], auto=bool(raw.get("auto_number"))),
        table=_table(raw.get("table")),
        signer=_signer(raw.get("signer")),
    )
    context.update(_date_parts(raw))
    return context


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int | float | Decimal):
        return format_number(value)
    return " ".join(str(value).split())


def _texts(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [t for t in (_text(v) for v in items) if t]


def _punctuated(value: Any) -> list[str]:
    """List lines of «Kính gửi» and «Nơi nhận»: each ends with ";", the last with "."."""
    lines = [t.rstrip(";.,") for t in _texts(value)]
    return [f"{line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines)]


def _date_parts(raw: Mapping[str, Any]) -> dict[str, str]:
    """Day, month and year of issue, written as Nghị định 30 wants (05, 01/02, 9, 12)."""
    issued = raw.get("issued_on")
    if issued:
        day = issued if isinstance(issued, dt.date) else dt.date.fromisoformat(str(issued))
        return {
            "day": f"{day.day:02d}" if day.day < 10 else str(day.day),
            "month": f"{day.month:02d}" if day.month < 3 else str(day.month),
            "year": str(day.year),
        }
    return {
        "day": _text(raw.get("day")) or BLANK_DATE_PART,
        "month": _text(raw.get("month")) or BLANK_DATE_PART,
        "year": _text(raw.get("year")).replace(".", "") or str(timezone.localdate().year),
    }


@dataclass(frozen=True)
class Section:
    """A prepared section. An object, not a dict: in Jinja `s.items` of a dict is dict.items."""

    heading: str
    level: int
    label: str
    paragraphs: list[str]
    items: list[dict[str, str]]
    table: dict[str, Any] | None


def roman(number: int) -> str:
    out = []
    for value, letters in ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _sections(raw: Iterable[Mapping[str, Any]], *, auto: bool) -> list[Section]:
    """Sections with a printable `label`; `auto` numbers them I., 1., 1.1. by level."""
    counters = [0, 0, 0]
    sections = []
    for item in raw:
        level = min(max(int(item.get("level") or 1), 1), 3)
        heading = _text(item.get("heading"))
        number = _text(item.get("number"))
        if heading:
            counters[level - 1] += 1
            counters[level:] = [0] * (3 - level)
            if auto and not number:
                number = _auto_number(level, counters)
        if level == 1:
            heading = heading.upper()
        sections.append(
            Section(
                heading=heading,
                level=level,
                label=f"{number} {heading}".strip(),
                paragraphs=_texts(item.get("paragraphs")),
                items=_items(item.get("items"), item.get("item_style") or "dash"),
                table=_table(item.get("table")),
            )
        )
    return sections


def _auto_number(level: int, counters: list[int]) -> str:
    if level == 1:
        return f"{roman(counters[0])}."
    if level == 2:
        return f"{counters[1]}."
    return f"{counters[1]}.{counters[2]}."


def _items(value: Any, style: str) -> list[dict[str, str]]:
    """Items as {marker, text}: "-" (dash), "+" (plus), "1." (number) or "a)" (letter)."""
    items = []
    for i, item in enumerate(_texts(value)):
        if style == "number":
            marker = f"{i + 1}."
        elif style == "letter":
            marker = f"{LETTERS[i % len(LETTERS)]})"
        else:
            marker = "+" if style == "plus" else "-"
        items.append({"marker": marker, "text": item})
    return items


def _table(value: Any) -> dict[str, Any] | None:
    if not value:
        return None
    columns = [_text(c) for c in value.get("columns") or []]
    rows = [[_text(c) for c in row] for row in value.get("rows") or []]
    if not columns and not rows:
        return None
    return {"title": _text(value.get("title")), "columns": columns, "rows": rows}


def _signer(value: Any) -> dict[str, Any]:
    """Authority lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC") in capitals, then the name."""
    value = value or {}
    return {
        "authority": [t.upper() for t in _texts(value.get("authority"))],
        "note": _text(value.get("note")),
        "name": _text(value.get("name")),
    }


def org_header(organization: Any) -> dict[str, str]:
    """Issuing body, its parent and the place name of an organisation, for the header."""
    parent = getattr(organization, "parent", None)
    place = organization.place or (getattr(parent, "place", "") if parent else "")
    return {
        "issuer": organization.name,
        "issuer_parent": parent.name if parent is not None else "",
        "place": place,
    }
