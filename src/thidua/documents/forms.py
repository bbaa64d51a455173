"""The upload form of replacement templates."""

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet

from thidua.core.forms import Form
from thidua.documents import registry
from thidua.organizations.models import Organization


class TemplateUploadForm(Form):
    code = forms.ChoiceField(label="Loại văn bản")
    organization = forms.ModelChoiceField(
        label="Áp dụng cho đơn vị",
        queryset=Organization.objects.none(),
        required=False,
        help_text="Mẫu áp dụng cho đơn vị này và các đơn vị cấp dưới chưa có mẫu riêng.",
    )
    file = forms.FileField(
        label="Tệp mẫu (.docx)",
        widget=forms.ClearableFileInput(attrs={"accept": ".docx"}),
        help_text="Sửa từ tệp mẫu mặc định, giữ nguyên các chỗ {{ … }} và {% … %}; tối đa 20 MB.",
    )

    def __init__(
        self, *args: Any, organizations: QuerySet[Organization], allow_global: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.allow_global = allow_global
        self.fields["code"].choices = [  # type: ignore[attr-defined]
            (s.code, s.label) for s in registry.all_specs()
        ]
        field = self.fields["organization"]
        field.queryset = organizations  # type: ignore[attr-defined]
        field.empty_label = "Toàn hệ thống (mẫu dùng chung)" if allow_global else None  # type: ignore[attr-defined]
        field.required = not allow_global

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.UPLOAD_MAX_BYTES:
            raise forms.ValidationError("Tệp mẫu quá lớn: tối đa 20 MB.")
        return upload
