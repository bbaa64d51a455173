"""Number registers (sổ quyết định, sổ vào sổ giấy chứng nhận): gapless, locked numbering.

Numbers are taken only inside the transaction that issues the decision or prints the
certificates, after locking the register row (`select_for_update`): two issuers are served
one after the other, and a transaction that fails gives its number back by rolling back,
so the register never has a gap or a duplicate (UniqueConstraint register + number).
"""

import re
import unicodedata
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.decisions.models import NumberRegister, RegisterKind
from thidua.organizations.models import Organization

SKIPPED_WORDS = {"và", "-", "–"}
SYMBOL_RE = re.compile(r"^[0-9A-Za-zÀ-ỹĐđ]+(?:[-./][0-9A-Za-zÀ-ỹĐđ]+)*$")
PREFIX = {RegisterKind.DECISION: "QĐ", RegisterKind.CERTIFICATE: "GCN"}


def abbreviation(name: str) -> str:
    """ "Sở Lao động - Thương binh và Xã hội" → "SLĐTBXH" (initials, as offices write them);
    an acronym stays whole: "Sở LĐTBXH" → "SLĐTBXH"."""
    words = [w for w in name.split() if w.lower() not in SKIPPED_WORDS]
    # tone marks off ("Ủy ban" → "UB"), Đ kept: it has no decomposition
    return "".join(
        w if len(w) > 1 and w.isupper() else unicodedata.normalize("NFD", w[0])[0].upper()
        for w in words
        if w[0].isalnum()
    )


def default_symbol(organization: Organization, kind: str = RegisterKind.DECISION) -> str:
    """QĐ- (or GCN-) and the short name, abbreviated when it has several words ("Sở Nội vụ"
    → "QĐ-SNV"): a symbol has no spaces (SYMBOL_RE)."""
    short = organization.short_name.strip()
    if not short or not SYMBOL_RE.match(short):
        short = abbreviation(short or organization.name)
    return f"{PREFIX[RegisterKind(kind)]}-{short}"


def symbol_for(organization: Organization, year: int, kind: str = RegisterKind.DECISION) -> str:
    """The symbol the register of `year` has or will have: its own, else the latest earlier
    year's (a change carries over to the next years), else the default."""
    row = (
        NumberRegister.objects.filter(organization=organization, kind=kind, year__lte=year)
        .order_by("-year")
        .values_list("symbol", flat=True)
        .first()
    )
    return row or default_symbol(organization, kind)


def _register(organization: Organization, year: int, kind: str) -> NumberRegister:
    register, _ = NumberRegister.objects.get_or_create(
        organization=organization,
        year=year,
        kind=kind,
        defaults={"symbol": symbol_for(organization, year, kind)},
    )
    return register


def numbers_take(
    *, organization: Organization, year: int, kind: str, count: int = 1
) -> tuple[NumberRegister, list[int]]:
    """The next `count` numbers of the register, locked until the caller's transaction ends.

    Must run inside the caller's transaction (issuing, printing): the numbers are only
    taken if that transaction commits.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("numbers_take must run inside the issuing transaction")
    register = NumberRegister.objects.select_for_update().get(
        pk=_register(organization, year, kind).pk
    )
    first = register.last_number + 1
    register.last_number += count
    register.save(update_fields=["last_number"])
    return register, list(range(first, first + count))


@transaction.atomic
def register_symbol_set(
    *, organization: Organization, year: int, symbol: str, actor: Any
) -> NumberRegister:
    """Change the symbol of the decision register for `year` (and the years after, until
    one of them has its own). Numbers already issued keep the symbol they were issued with."""
    symbol = symbol.strip()
    if not SYMBOL_RE.match(symbol):
        raise ValidationError({"symbol": "Ký hiệu chỉ gồm chữ, số và dấu nối, ví dụ «QĐ-SLĐTBXH»."})
    register = NumberRegister.objects.select_for_update().get(
        pk=_register(organization, year, RegisterKind.DECISION).pk
    )
    old = register.symbol
    register.symbol = symbol
    register.full_clean()
    register.save(update_fields=["symbol"])
    event_record(
        actor=actor,
        event_type=EventType.DECISION_REGISTER_CHANGED,
        subject=register,
        organization=organization,
        data={"year": year, "old": {"symbol": old}, "new": {"symbol": symbol}},
    )
    return register
