"""What the movement pages share: error display, file and spreadsheet responses, tabs."""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def form_errors(form: Any, error: ValidationError) -> None:
    """Show a service's ValidationError on the form (by field when it names one)."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def xlsx_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


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
