"""What the movement pages share: error display, file and spreadsheet responses, tabs."""

from typing import Any

from django.http import FileResponse, Http404

from thidua.core.forms import form_errors
from thidua.core.http import xlsx_response

__all__ = ["file_response", "form_errors", "is_htmx", "xlsx_response"]


def file_response(field: Any, name: str) -> FileResponse:
    """Stream a stored file as a download under the name it was sent with."""
    if not field:
        raise Http404("Không có tệp.")
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404("Không tìm thấy tệp.") from None
    return FileResponse(handle, as_attachment=True, filename=name or field.name.rsplit("/", 1)[-1])


def is_htmx(request: Any) -> bool:
    return bool(request.headers.get("HX-Request"))
