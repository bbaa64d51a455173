"""Forms of the upward proposal pages."""

from typing import Any

from django import forms

from thidua.core.forms import Form, VNDateField
from thidua.nominations.models import ReviewRound


class LetterForm(Form):
    recipient = forms.CharField(label="Kính gửi", max_length=255)
    signer_authority = forms.CharField(
        label="Thẩm quyền ký",
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Mỗi dòng một dòng in, ví dụ «KT. GIÁM ĐỐC» rồi «PHÓ GIÁM ĐỐC».",
    )
    signer_name = forms.CharField(label="Họ và tên người ký", max_length=150)

    def authority_lines(self) -> list[str]:
        return [x.strip() for x in self.cleaned_data["signer_authority"].splitlines() if x.strip()]


class ImportForm(Form):
    the_round = forms.ModelChoiceField(
        label="Nhập vào đợt xét", queryset=ReviewRound.objects.none(), empty_label=None
    )
    package = forms.FileField(
        label="Gói hồ sơ (.zip)",
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )

    def __init__(self, *args: Any, rounds: list[ReviewRound], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["the_round"]
        field.queryset = ReviewRound.objects.filter(pk__in=[r.pk for r in rounds])  # type: ignore[attr-defined]
        field.label_from_instance = lambda r: f"{r.title} – {r.organizer.name}"  # type: ignore[attr-defined]


class OutcomeForm(Form):
    decision_number = forms.CharField(label="Số quyết định", max_length=64)
    decision_date = VNDateField(label="Ngày quyết định")
    issuer = forms.CharField(
        label="Cơ quan, người ban hành",
        max_length=255,
        help_text="Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh Sơn La.",
    )
    awarded = forms.TypedMultipleChoiceField(
        label="Được khen thưởng", coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["awarded"].choices = choices  # type: ignore[attr-defined]
