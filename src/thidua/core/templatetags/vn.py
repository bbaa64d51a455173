"""Template filters for Vietnamese formats; loaded as a builtin in every template."""

from django import template

from thidua.core import formats

register = template.Library()


@register.filter
def vn_number(value, decimals=None):  # type: ignore[no-untyped-def]
    return formats.format_number(value, None if decimals is None else int(decimals))


@register.filter
def vn_date(value):  # type: ignore[no-untyped-def]
    return formats.format_date(value)
