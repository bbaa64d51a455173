"""Forms of the public comment pages."""

from typing import Any

from django import forms

from thidua.core.forms import Form, VNDateField
from thidua.publicity.models import NoticeEntry, PublicNotice


class CommentForm(Form):
    name = forms.CharField(label="Họ và tên", max_length=200)
    contact = forms.CharField(
        label="Địa chỉ, điện thoại hoặc thư điện tử",
        max_length=200,
        help_text="Để cơ quan liên hệ khi cần làm rõ ý kiến; không công bố.",
    )
    entry = forms.ModelChoiceField(
        label="Góp ý về",
        queryset=NoticeEntry.objects.none(),
        required=False,
        empty_label="Toàn bộ danh sách",
    )
    content = forms.CharField(
        label="Nội dung góp ý",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": 5000}),
    )
    # The honeypot: hidden from people by a CSS class (publicity.css), filled in by robots.
    website = forms.CharField(
        label="Trang web (để trống)",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args: Any, notice: PublicNotice, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        entries = notice.entries.order_by("id")
        self.fields["entry"].queryset = entries  # type: ignore[attr-defined]
        self.fields["entry"].label_from_instance = lambda e: f"{e.name} – {e.award}"  # type: ignore[attr-defined]

    @property
    def is_robot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class NoticeForm(Form):
    title = forms.CharField(label="Tiêu đề thông báo", max_length=300)
    opens_on = VNDateField(label="Lấy ý kiến từ ngày")
    body = forms.CharField(
        label="Nội dung thông báo",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Hiện trên trang công khai, trên danh sách người, tập thể.",
    )
    dossiers = forms.TypedMultipleChoiceField(
        label="Hồ sơ đưa ra lấy ý kiến",
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["dossiers"].choices = choices  # type: ignore[attr-defined]


class ResolveForm(Form):
    resolution = forms.CharField(
        label="Kết quả xử lý",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
