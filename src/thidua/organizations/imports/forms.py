"""The upload form of the import page."""

from django import forms

from thidua.core.forms import Form


class ImportUploadForm(Form):
    file = forms.FileField(
        label="Tệp Excel (.xlsx)",
        help_text="Dùng tệp mẫu của hệ thống; tối đa 20 MB.",
        widget=forms.ClearableFileInput(
            attrs={"accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        ),
    )
    skip_bad_rows = forms.BooleanField(
        label="Bỏ qua các dòng lỗi",
        required=False,
        help_text="Nhập các dòng đúng và liệt kê các dòng bị bỏ qua. "
        "Nếu không chọn, tệp có lỗi sẽ không được nhập dòng nào.",
    )
