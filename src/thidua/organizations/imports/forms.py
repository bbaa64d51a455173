"""The upload form of the import page."""

from typing import Any

from django import forms
from django.conf import settings

from thidua.core.formats import format_number
from thidua.core.forms import Form


class ImportUploadForm(Form):
    file = forms.FileField(
        label="Tệp Excel (.xlsx)",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )
    skip_bad_rows = forms.BooleanField(
        label="Bỏ qua các dòng lỗi",
        required=False,
        help_text="Nhập các dòng đúng và liệt kê các dòng bị bỏ qua. "
        "Nếu không chọn, tệp có lỗi sẽ không được nhập dòng nào.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit = format_number(settings.UPLOAD_MAX_BYTES / (1024 * 1024), 0)
        self.fields["file"].help_text = f"Dùng tệp mẫu của hệ thống; tối đa {limit} MB."
        self.fields["file"].widget.attrs["aria-describedby"] = "id_file_help"
