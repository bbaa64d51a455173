"""Percentages in the statistics' Vietnamese form: 8,0; 100; +1,5 points."""

from decimal import Decimal

from django import template

from thidua.reports.stats import SUBJECT_LABELS, percent_text

register = template.Library()


@register.filter
def pct(value: Decimal | None) -> str:
    return "" if value is None else percent_text(value)


@register.filter
def points(value: Decimal) -> str:
    """+1,5 / −0,4 / 0,0 (percentage points)."""
    text = percent_text(abs(value))
    if value > 0:
        return f"+{text}"
    return f"−{text}" if value < 0 else text


@register.filter
def subject_label(value: str) -> str:
    return SUBJECT_LABELS.get(value, value).capitalize()
