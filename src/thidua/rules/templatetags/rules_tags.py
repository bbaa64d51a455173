"""Template filters of the rules pages."""

import json
from typing import Any

from django import template

register = template.Library()


@register.filter
def as_json(value: Any) -> str:
    """Parameters as the administrator types them (JSON), not as Python prints them."""
    return json.dumps(value, ensure_ascii=False)
