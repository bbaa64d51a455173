"""Vietnamese display formats: dates dd/mm/yyyy, numbers 1.234,5, money in đồng."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone


def format_number(value: int | float | Decimal | None, decimals: int | None = None) -> str:
    """1234.5 → "1.234,5"; `decimals` fixes the number of decimal places."""
    if value is None:
        return ""
    if decimals is None:
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")
