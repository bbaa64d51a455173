"""Responses every app sends the same way."""

from typing import Any

from django.http import FileResponse, Http404, HttpResponse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_response(content: bytes, filename: str) -> HttpResponse:
    """An Excel workbook as a download (`filename` is ASCII: the callers build it from codes)."""
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
