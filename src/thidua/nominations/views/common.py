"""What the nominations pages share."""

from typing import Any

from django.http import HttpRequest

from thidua.core.forms import form_errors

__all__ = ["form_errors", "int_param"]


def int_param(request: HttpRequest, name: str) -> Any:
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() else None
