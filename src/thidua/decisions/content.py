"""What a decision says, as data: its canonical JSON and hash, and its document context.

No database access: callers pass the decision and its lines already loaded. The canonical
JSON is what the content hash covers (docs/decisions.md): everything printed on the
decision, nothing that may change after issue (the revoked flags live outside it).
"""

import hashlib
import json
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from thidua.core.formats import format_date, format_number
from thidua.decisions.models import Decision, DecisionKind, DecisionLine
from thidua.documents.context import org_header

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
GROUPS = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ"]
SUBJECT_WORD = {"ca_nhan": "cá nhân", "tap_the": "tập thể", "ho_gia_dinh": "hộ gia đình"}


# -- amounts in words --------------------------------------------------------------------


def _triple(n: int, full: bool) -> list[str]:
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0 and units and (hundreds or full):
        words.append("linh")
    elif tens == 1:
        words.append("mười")
    elif tens > 1:
        words += [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5 and tens > 0:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def amount_in_words(amount: int) -> str:
    """12340000 → "Mười hai triệu ba trăm bốn mươi nghìn đồng" (as decisions write sums)."""
    if amount == 0:
        return "Không đồng"
    groups = []
    while amount:
        groups.append(amount % 1000)
        amount //= 1000
    words: list[str] = []
    for i in range(len(groups) - 1, -1, -1):
        if groups[i]:
            words += _triple(groups[i], full=i < len(groups) - 1)
            if GROUPS[i]:
                words.append(GROUPS[i])
    text = " ".join(words)
    return f"{text[0].upper()}{text[1:]} đồng"


def money(amount: int) -> str:
    return f"{format_number(amount)} đ"


# -- canonical content and hash -------------------------------------------------------------


def line_payload(line: DecisionLine) -> dict[str, Any]:
    return {
        "order": line.order,
        "subject": line.subject,
        "person": line.person_id,
        "organization": line.organization_id,
        "name": line.name,
        "position": line.position,
        "unit": line.unit,
        "award": line.award_type.code,
        "amount": line.amount,
        "revokes_line": line.revokes_line_id,
    }


def decision_payload(decision: Decision, lines: Sequence[DecisionLine]) -> dict[str, Any]:
    """The decision as issued, as plain JSON (also the snapshot of DECISION_ISSUED)."""
    return {
        "id": decision.pk,
        "kind": decision.kind,
        "organization": decision.organization.code,
        "round": decision.round_id,
        "number": decision.number_text,
        "signed_on": decision.signed_on.isoformat() if decision.signed_on else None,
        "title": decision.title,
        "authority": decision.authority,
        "legal_bases": decision.legal_basis_lines,
        "distribution": _lines(decision.distribution),
        "signer": {
            "authority": decision.signer_authority,
            "position": decision.signer_position,
            "name": decision.signer_name,
        },
        "revokes": decision.revokes.number_text if decision.revokes is not None else None,
        "ground": decision.ground,
        "reason": decision.reason,
        "total": sum(line.amount for line in lines),
        "lines": [line_payload(line) for line in lines],
    }


def canonical_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(payload: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


# -- document context (docs/documents.md schema plus bases/articles/annex) ---------------


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def award_groups(
    lines: Sequence[DecisionLine],
) -> "OrderedDict[tuple[int, str], list[DecisionLine]]":
    """Lines grouped by award and subject, in the order of the award catalogue."""
    ordered = sorted(lines, key=lambda ln: (ln.award_type.order, ln.award_type.code, ln.order))
    groups: OrderedDict[tuple[int, str], list[DecisionLine]] = OrderedDict()
    for line in ordered:
        groups.setdefault((line.award_type_id, line.subject), []).append(line)
    return groups


def _award_phrase(line: DecisionLine, year: int) -> str:
    award = line.award_type
    if award.kind == "title":
        return f"danh hiệu «{award.name}» năm {year}"
    return f"{award.name}"


def _counts(lines: Sequence[DecisionLine], year: int) -> list[str]:
    parts = []
    for group in award_groups(lines).values():
        first = group[0]
        who = SUBJECT_WORD.get(first.subject, "cá nhân, tập thể")
        parts.append(f"{_award_phrase(first, year)} cho {len(group)} {who}")
    return parts


def _issued_phrase(decision: Decision) -> str:
    if decision.number_text and decision.signed_on:
        return f"số {decision.number_text} ngày {format_date(decision.signed_on)}"
    return f"số {' ' * 6}/{decision.register.symbol if decision.register else ''}"


def award_articles(decision: Decision, lines: Sequence[DecisionLine], year: int) -> list[dict]:
    total = sum(line.amount for line in lines)
    bases = sorted({str(line.amount_detail.get("legal_basis", "")) for line in lines} - {""})
    money_basis = f" theo {'; '.join(bases)}" if bases else " theo quy định hiện hành"
    return [
        {
            "label": "Điều 1.",
            "text": f"Tặng {'; '.join(_counts(lines, year))} "
            "đã có thành tích trong phong trào thi đua (có danh sách kèm theo).",
        },
        {
            "label": "Điều 2.",
            "text": f"Kèm theo danh hiệu, hình thức khen thưởng là tiền thưởng{money_basis}. "
            f"Tổng số tiền thưởng là {format_number(total)} đồng ({amount_in_words(total)}), "
            f"trích từ Quỹ thi đua, khen thưởng của {decision.organization.name}.",
        },
        {
            "label": "Điều 3.",
            "text": "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các "
            "phòng, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách "
            "nhiệm thi hành Quyết định này./.",
        },
    ]


def revocation_articles(decision: Decision, lines: Sequence[DecisionLine]) -> list[dict]:
    original = decision.revokes
    assert original is not None
    total = sum(line.amount for line in lines)
    return [
        {
            "label": "Điều 1.",
            "text": f"Hủy bỏ khen thưởng đối với {len(lines)} cá nhân, tập thể có tên trong danh "
            f"sách kèm theo, đã được khen thưởng tại Quyết định {_issued_phrase(original)} "
            f"của {original.authority}. Lý do: {decision.get_ground_display()}. "
            f"{decision.reason}".strip(),
        },
        {
            "label": "Điều 2.",
            "text": "Thu hồi hiện vật khen thưởng và số tiền thưởng đã nhận, tổng số "
            f"{format_number(total)} đồng ({amount_in_words(total)}), nộp lại Quỹ thi đua, "
            f"khen thưởng của {decision.organization.name}.",
        },
        {
            "label": "Điều 3.",
            "text": "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các "
            "phòng, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách "
            "nhiệm thi hành Quyết định này./.",
        },
    ]


def annex_table(lines: Sequence[DecisionLine]) -> dict[str, Any]:
    collective = any(line.subject != "ca_nhan" for line in lines)
    rows = [
        [
            str(i),
            line.name,
            line.position,
            line.unit,
            line.award_type.name,
            format_number(line.amount),
        ]
        for i, line in enumerate(lines, start=1)
    ]
    total = sum(line.amount for line in lines)
    rows.append(["", "Tổng cộng", "", "", f"{len(lines)} người, tập thể", format_number(total)])
    return {
        "columns": [
            "STT",
            "Họ và tên, tên tập thể" if collective else "Họ và tên",
            "Chức vụ",
            "Đơn vị",
            "Danh hiệu, hình thức",
            "Số tiền (đồng)",
        ],
        "rows": rows,
    }


def document_context(
    decision: Decision, lines: Sequence[DecisionLine], *, symbol: str, year: int
) -> dict[str, Any]:
    """The context of the `quyet_dinh_khen_thuong` template: drafts print "Số:      /QĐ-…"
    and a blank day and month; issued decisions their number and signing date."""
    issued = decision.number is not None and decision.signed_on is not None
    revocation = decision.kind == DecisionKind.REVOCATION
    signer = [t for t in (decision.signer_authority, decision.signer_position) if t]
    day = decision.signed_on if issued else None
    articles = (
        revocation_articles(decision, lines)
        if revocation
        else award_articles(decision, lines, year)
    )
    draft_year = decision.planned_date.year if decision.planned_date else year
    blank = " " * 6
    number = (
        f"{decision.number}/{symbol} ngày {format_date(day)}"
        if issued
        else f"{blank}/{symbol} ngày{blank}/{blank}/{draft_year}"
    )
    bases = decision.legal_basis_lines
    bases = [
        b if b.endswith((";", ".")) else f"{b}{'.' if i == len(bases) - 1 else ';'}"
        for i, b in enumerate(bases)
    ]
    return {
        **org_header(decision.organization),
        "number": str(decision.number) if issued else "",
        "symbol": symbol,
        "issued_on": day.isoformat() if day else None,
        "year": str(draft_year),
        "doc_type": "Quyết định",
        "title": decision.title,
        "authority": decision.authority.upper(),
        "bases": bases,
        "articles": articles,
        "distribution": _lines(decision.distribution),
        "signer": {"authority": signer, "name": decision.signer_name},
        "annex": {
            "heading": "DANH SÁCH",
            "title": "Cá nhân, tập thể bị hủy bỏ khen thưởng"
            if revocation
            else "Cá nhân, tập thể được khen thưởng",
            "subtitle": f"(Kèm theo Quyết định số {number} của {decision.authority})",
            "table": annex_table(lines),
        },
    }
