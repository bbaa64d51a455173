"""Upload a document, then check the fields read from it."""

from pathlib import PurePath
from typing import Any

from django import forms

from thidua.core.forms import Form, VNDateField
from thidua.core.permissions import Cap, org_scope
from thidua.ingest.models import DocType
from thidua.ingest.readers import MAX_BYTES
from thidua.organizations.models import Organization

ACCEPT = ".txt,.docx,.pdf"


class UploadForm(Form):
    organization: forms.ModelChoiceField = forms.ModelChoiceField(  # type: ignore[type-arg]
        label="Đơn vị nhận văn bản", queryset=Organization.objects.none(), empty_label=None
    )
    file = forms.FileField(
        label="Tệp văn bản",
        allow_empty_file=True,  # the reader gives the same message as the command
        help_text="Tệp .txt, .docx hoặc .pdf có lớp chữ, tối đa 20 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        scope = org_scope(user, Cap.MANAGE_MOVEMENTS).order_by("path")
        self.fields["organization"].queryset = scope  # type: ignore[attr-defined]

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            megabytes = f"{upload.size / 1024 / 1024:.1f}".replace(".", ",")
            raise forms.ValidationError(f"Tệp quá lớn ({megabytes} MB); giới hạn là 20 MB.")
        if PurePath(upload.name).suffix.lower() not in ACCEPT.split(","):
            raise forms.ValidationError("Chỉ nhận tệp .txt, .docx hoặc .pdf.")
        return upload


class PreviewForm(Form):
    token = forms.CharField(widget=forms.HiddenInput)
    doc_type = forms.ChoiceField(label="Loại văn bản", choices=DocType.choices)
    number = forms.CharField(label="Số", max_length=50, required=False)
    symbol = forms.CharField(label="Ký hiệu", max_length=100, required=False)
    issue_date = VNDateField(label="Ngày ban hành", required=False)
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=255, required=False)
    title = forms.CharField(
        label="Trích yếu", max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
