"""Forms of the nominations pages. They parse input; the services decide the rules."""

from typing import Any

from django import forms
from django.db.models import QuerySet

from thidua.core.forms import BootstrapMixin, Form, VNDateField
from thidua.core.permissions import Cap, org_scope
from thidua.movements.files import ACCEPT, validate_upload
from thidua.movements.models import Movement
from thidua.nominations.models import Appraisal, AttachmentKind, Nomination, RoundKind
from thidua.organizations.models import Organization
from thidua.rules.models import AwardKind, AwardType


def _f(form: Any) -> dict[str, Any]:
    """The form's fields, typed loosely: choice fields get their querysets at run time."""
    fields: dict[str, Any] = form.fields
    return fields


class NoteForm(BootstrapMixin, forms.Form):
    note = forms.CharField(label="Lý do", required=False, max_length=2000)


class RoundForm(Form):
    organizer = forms.ModelChoiceField(
        label="Đơn vị tổ chức xét", queryset=Organization.objects.none(), empty_label=None
    )
    kind = forms.ChoiceField(label="Loại đợt xét", choices=RoundKind.choices)
    year = forms.IntegerField(label="Năm thành tích", min_value=2000, max_value=2100)
    title = forms.CharField(label="Tên đợt xét", max_length=300)
    movement = forms.ModelChoiceField(
        label="Phong trào thi đua (nếu xét theo phong trào)",
        queryset=Movement.objects.none(),
        required=False,
        empty_label="— Không —",
    )
    note = forms.CharField(
        label="Hướng dẫn", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    submission_deadline = VNDateField(label="Hạn gửi hồ sơ")
    appraisal_deadline = VNDateField(label="Hạn thẩm định", required=False)
    council_deadline = VNDateField(label="Hạn họp Hội đồng", required=False)
    decision_deadline = VNDateField(label="Hạn ban hành quyết định", required=False)

    def __init__(self, *args: Any, user: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["organizer"].queryset = (
            org_scope(user, Cap.APPRAISE).filter(valid_to__isnull=True).order_by("path")
        )
        _f(self)["movement"].queryset = Movement.objects.filter(
            organizer__in=org_scope(user, Cap.VIEW)
        ).order_by("-start_year", "title")
        if editing:
            del self.fields["organizer"]


class DossierForm(Form):
    title = forms.CharField(
        label="Trích yếu",
        max_length=300,
        help_text="Ví dụ: Đề nghị khen thưởng tổng kết năm 2025.",
    )
    number = forms.CharField(label="Số tờ trình", max_length=64, required=False)
    note = forms.CharField(
        label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


def awards_for(subject: str) -> QuerySet[AwardType]:
    """Titles and forms that may be proposed for a person ("ca_nhan") or a collective."""
    codes = [
        a.code
        for a in AwardType.objects.filter(kind__in=[AwardKind.TITLE, AwardKind.FORM])
        if subject in a.subjects
    ]
    return AwardType.objects.filter(code__in=codes).order_by("order", "code")


class NomineeForm(Form):
    """Add one person (or, with `subject="tap_the"`, one collective) to the dossier."""

    award_type = forms.ModelChoiceField(
        label="Danh hiệu, hình thức đề nghị", queryset=AwardType.objects.none()
    )
    position = forms.CharField(label="Chức vụ", max_length=200, required=False)
    summary = forms.CharField(
        label="Tóm tắt thành tích", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    justification = forms.CharField(
        label="Lý do đề nghị (bắt buộc khi chưa đủ điều kiện)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, subject: str = "ca_nhan", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["award_type"].queryset = awards_for(subject)
        if subject != "ca_nhan":
            del self.fields["position"]


class NomineeEditForm(Form):
    position = forms.CharField(label="Chức vụ", max_length=200, required=False)
    summary = forms.CharField(
        label="Tóm tắt thành tích", required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    justification = forms.CharField(
        label="Lý do đề nghị (bắt buộc khi chưa đủ điều kiện)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AttachmentForm(Form):
    kind = forms.ChoiceField(label="Loại tài liệu", choices=AttachmentKind.choices)
    nomination = forms.ModelChoiceField(
        label="Của người, tập thể (nếu có)",
        queryset=Nomination.objects.none(),
        required=False,
        empty_label="— Cả hồ sơ —",
    )
    file = forms.FileField(
        label="Tệp",
        help_text="PDF, Word, Excel, ảnh JPG hoặc PNG; tối đa 20 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args: Any, dossier: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["nomination"].queryset = dossier.nominations.select_related(
            "person", "organization", "award_type"
        )
        _f(self)["nomination"].label_from_instance = lambda n: (
            f"{n.subject_name} – {n.award_type.name}"
        )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        validate_upload(upload)
        return upload


OPINIONS = [
    ("", "— Chưa thẩm định —"),
    (Appraisal.AGREE.value, Appraisal.AGREE.label),
    (Appraisal.DISAGREE.value, Appraisal.DISAGREE.label),
]


class AppraisalForm(Form):
    """One row of the appraisal table (prefix = the nomination's id)."""

    appraisal = forms.ChoiceField(label="Ý kiến thẩm định", choices=OPINIONS, required=False)
    appraisal_note = forms.CharField(
        label="Nhận xét", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class RoundFilterForm(forms.Form):
    dot = forms.IntegerField(required=False)
    trang_thai = forms.CharField(required=False)
