"""What the movement pages share: error display, file and spreadsheet responses, tabs."""

from typing import Any

from thidua.core.forms import form_errors
from thidua.core.http import file_response, xlsx_response

__all__ = ["file_response", "form_errors", "is_htmx", "xlsx_response"]


def is_htmx(request: Any) -> bool:
    return bool(request.headers.get("HX-Request"))
