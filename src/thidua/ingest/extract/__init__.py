"""Rule-based extraction of the contract fields from normalised text (ADR 0003).

`extract_fields` finds the layout once (header, body, closing) and hands each field's
rules the part of the text where Nghị định 30/2020/NĐ-CP puts that field. A rule that
fails on an odd document costs only its own field: the others are still returned.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from thidua.ingest.contract import IngestResult, IssueDate, Target
from thidua.ingest.extract.article import article_date, article_place
from thidua.ingest.extract.awards import find_award_counts, find_award_forms
from thidua.ingest.extract.closing import find_distribution, find_signer
from thidua.ingest.extract.deadlines import find_deadlines
from thidua.ingest.extract.doctype import classify, closing_type_word
from thidua.ingest.extract.header import (
    Heading,
    find_heading,
    find_number,
    find_place_date,
    find_recipients,
)
from thidua.ingest.extract.issuer import find_issuer
from thidua.ingest.extract.layout import Layout, find_layout
from thidua.ingest.extract.movements import find_movements
from thidua.ingest.extract.references import find_references
from thidua.ingest.extract.targets import find_targets
from thidua.ingest.extract.title import find_title
from thidua.ingest.normalize import normalize
from thidua.ingest.vntext import Doc, fold

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Types that mostly report results; their figures are targets only where they look ahead.
_RESULTS = {"bao_cao", "bien_ban", "thong_bao", "to_trinh", "danh_sach"}


_NO_NUMBER: tuple[str | None, str | None, int | None] = (None, None, None)
_NO_DATE: tuple[str | None, IssueDate | None, int | None] = (None, None, None)


@dataclass(frozen=True)
class Header:
    """What the header gave, with the lines it was found on."""

    heading: Heading | None
    number: str | None
    symbol: str | None
    number_line: int | None
    place: str | None
    issue_date: IssueDate | None
    date_line: int | None


def extract_fields(text: str) -> IngestResult:
    """All contract fields of the document whose raw text is `text`."""
    doc = Doc(normalize(text))
    layout = find_layout(doc)
    header = _header(layout)
    recipients: list[str] = []
    if not layout.is_article:
        recipients = _guarded(recipients, find_recipients, doc, layout.header_end)
    field_lines = [line for line in (header.number_line, header.date_line) if line is not None]
    title = _guarded(None, find_title, layout, header.heading, max(field_lines, default=-1))
    doc_type = _guarded("other", _doc_type, layout, header, bool(recipients), title)
    whole, body = (0, layout.offset(layout.closing_start)), layout.body()
    own = f"{header.number}/{header.symbol}" if header.number and header.symbol else None
    article = layout.is_article
    return {
        "doc_type": doc_type,
        "issuer": _guarded(None, find_issuer, layout, _issuer_until(layout, header), header.place),
        "number": header.number,
        "symbol": header.symbol,
        "place": header.place,
        "issue_date": header.issue_date,
        "title": title,
        "recipients": recipients,
        "referenced_documents": _guarded([], find_references, doc, *whole, own),
        "movements": _guarded([], find_movements, doc, *whole),
        "targets": [] if article else _guarded([], _targets, doc, body, doc_type in _RESULTS),
        "deadlines": [] if article else _guarded([], find_deadlines, doc, *body),
        "award_forms": _guarded([], find_award_forms, doc, *whole),
        "award_counts": _guarded([], find_award_counts, doc, *whole),
        "signer": _guarded(None, find_signer, layout),
        "distribution": _guarded([], find_distribution, layout),
    }


def _guarded(default: T, rule: Callable[..., T], *args: object) -> T:
    """Run one field's rule; a failure is logged and leaves that field empty."""
    try:
        return rule(*args)
    except Exception:  # heuristics over arbitrary text: never lose the whole document
        logger.exception("ingest rule %s failed", getattr(rule, "__name__", rule))
        return default


def _header(layout: Layout) -> Header:
    doc = layout.doc
    heading = _guarded(None, find_heading, doc, layout.header_end)
    number, symbol, number_line = _guarded(None, find_number, doc, layout.header_end) or _NO_NUMBER
    heading_line = heading.line if heading else 0
    place, issue_date, date_line = _guarded(_NO_DATE, _place_and_date, layout, heading_line)
    return Header(heading, number, symbol, number_line, place, issue_date, date_line)


def _place_and_date(
    layout: Layout, heading_line: int
) -> tuple[str | None, IssueDate | None, int | None]:
    if layout.is_article:
        return article_place(layout.doc), article_date(layout.doc), None
    found = find_place_date(layout.doc, max(layout.header_end, heading_line))
    if found is None:
        return None, None, None
    place, parts, line = found
    return place, {"year": parts["year"], "month": parts["month"], "day": parts["day"]}, line


def _doc_type(layout: Layout, header: Header, has_recipients: bool, title: str | None) -> str:
    return classify(
        heading_word=header.heading.word if header.heading else None,
        number=header.number,
        symbol=header.symbol,
        is_letter=has_recipients or fold(title or "").startswith(("v/v", "ve viec")),
        is_article=layout.is_article,
        closing_word=closing_type_word(layout.doc),
    )


def _issuer_until(layout: Layout, header: Header) -> int:
    """The issuer block stands above the number line, or above the type word."""
    anchors = [layout.header_end]
    if header.number_line is not None:
        anchors.append(header.number_line)
    if header.heading is not None:
        anchors.append(header.heading.line)
    return min(anchors)


def _targets(doc: Doc, body: tuple[int, int], results_heavy: bool) -> list[Target]:
    return find_targets(doc, *body, results_heavy=results_heavy)
