"""Forms of the movements pages. They parse and validate input; services decide the rules."""

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from thidua.core.forms import Form, ModelForm, VNDateField
from thidua.core.permissions import Cap, org_scope
from thidua.movements.files import ACCEPT, validate_upload
from thidua.movements.models import (
    Direction,
    DocumentKind,
    Movement,
    MovementStatus,
    Recurrence,
    SubjectKind,
    Target,
)
from thidua.movements.selectors.movements import movement_parent_choices
from thidua.organizations.models import Organization
from thidua.rules.models import AwardType

_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def parse_vn_decimal(text: str) -> Decimal:
    """ "15,66" → 15.66, "20.000" → 20000, "1.234,5" → 1234.5; "1.5" is read as 1.5.

    Vietnamese writes a decimal comma and a thousands dot; a dot alone is a thousands
    separator only in groups of three ("20.000"), otherwise a decimal point.
    """
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(raw):
        raw = raw.replace(".", "")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError("Số không hợp lệ; ví dụ: 20.000 hoặc 15,66.") from None
    if not value.is_finite():
        raise ValidationError("Số không hợp lệ.")
    return value


def vn_decimal_text(value: Decimal | None) -> str:
    """How a stored value is put back into an input: "15,66", "20000"."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


class VNDecimalField(forms.Field):
    """A number typed the Vietnamese way (see `parse_vn_decimal`)."""

    widget = forms.TextInput

    def widget_attrs(self, widget: Any) -> dict[str, Any]:
        return {**super().widget_attrs(widget), "inputmode": "decimal", "maxlength": "40"}

    def prepare_value(self, value: Any) -> Any:
        return vn_decimal_text(value) if isinstance(value, Decimal) else value

    def to_python(self, value: Any) -> Decimal | None:
        text = str(value).strip() if value is not None else ""
        if not text:
            return None
        if len(text) > 40:
            raise ValidationError("Số quá dài.")
        number = parse_vn_decimal(text)
        if abs(number) >= Decimal(10) ** 16:
            raise ValidationError("Số quá lớn.")
        return number


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        cleaned = [single(f, initial) for f in files]
        for upload in cleaned:
            validate_upload(upload)
        return cleaned


def _f(form: Any) -> dict[str, Any]:
    """The form's fields, typed loosely: choice fields get their querysets at run time."""
    fields: dict[str, Any] = form.fields
    return fields


def _file_field(label: str) -> forms.FileField:
    return forms.FileField(
        label=label,
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
        help_text="PDF, Word, Excel, JPG hoặc PNG; tối đa 20 MB.",
    )


def _clean_upload(upload: Any) -> Any:
    if upload:
        validate_upload(upload)
    return upload


class OrgChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return obj.name


class ParentChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.title} ({obj.period_label}) – {obj.organizer.name}"


class AwardChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return obj.name


class MovementForm(ModelForm):
    named_text = forms.CharField(
        label="Hưởng ứng các phong trào thi đua",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Mỗi dòng một phong trào; gõ vài chữ để chọn từ danh mục, hoặc nhập tên mới.",
    )

    class Meta:
        model = Movement
        fields = [
            "title",
            "theme",
            "slogan",
            "kind",
            "start_year",
            "end_year",
            "organizer",
            "scope",
            "parent",
            "purpose",
            "requirements",
            "award_forms",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "theme": forms.Textarea(attrs={"rows": 2}),
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "requirements": forms.Textarea(attrs={"rows": 4}),
            "award_forms": forms.CheckboxSelectMultiple,
        }
        field_classes = {
            "organizer": OrgChoiceField,
            "scope": OrgChoiceField,
            "parent": ParentChoiceField,
            "award_forms": AwardChoiceField,
        }
        help_texts = {
            "scope": "Đơn vị phát động hoặc một đơn vị trực thuộc: các đơn vị trực thuộc "
            "phạm vi này khi phát động sẽ là đơn vị tham gia.",
            "parent": "Chỉ thị, kế hoạch của cấp trên mà phong trào này thực hiện.",
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organizers = org_scope(user, Cap.MANAGE_MOVEMENTS).filter(valid_to__isnull=True)
        _f(self)["organizer"].queryset = organizers
        if not self.is_bound and self.instance.pk is None and not self.initial.get("organizer"):
            top = organizers.order_by("path").first()  # the user's own unit, most often
            self.initial.update(organizer=top, scope=top)
        _f(self)["scope"].queryset = org_scope(user, Cap.VIEW).filter(valid_to__isnull=True)
        instance = self.instance if self.instance.pk else None
        _f(self)["parent"].queryset = movement_parent_choices(user=user, exclude=instance)
        _f(self)["award_forms"].queryset = AwardType.objects.exclude(kind="initiative")
        self.fields["award_forms"].widget.attrs["class"] = "form-check-input"
        for name in ("start_year", "end_year"):
            self.fields[name].widget.attrs.update({"min": 2000, "max": 2100})
        if instance is not None:
            self.initial["named_text"] = "\n".join(
                n.name for n in instance.named_movements.order_by("name_folded")
            )
            if instance.status != MovementStatus.DRAFT:
                for name in ("organizer", "scope"):
                    self.fields[name].disabled = True
                    self.fields[name].help_text = "Đã phát động: không đổi được."
        self.fields["named_text"].widget.attrs.update(
            {
                "spellcheck": "false",
                "hx-get": reverse("movements:named-suggest"),
                "hx-trigger": "input changed delay:300ms",
                "hx-target": "#named-suggestions",
                "aria-controls": "named-suggestions",
            }
        )

    def named(self) -> list[str]:
        return [
            line for line in self.cleaned_data.get("named_text", "").splitlines() if line.strip()
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_year"), data.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", "Năm kết thúc phải từ năm bắt đầu trở đi.")
        return data

    def _post_clean(self) -> None:
        """Model validation is the services' job (they call full_clean)."""


class ContentItemForm(Form):
    heading = forms.CharField(label="Tiêu đề", max_length=300, required=False)
    body = forms.CharField(
        label="Nội dung", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class CriterionForm(Form):
    subject_kind = forms.ChoiceField(label="Đối tượng", choices=SubjectKind.choices)
    text = forms.CharField(
        label="Tiêu chuẩn", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


ContentFormSet = forms.formset_factory(ContentItemForm, extra=2, can_delete=True)
CriterionFormSet = forms.formset_factory(CriterionForm, extra=2, can_delete=True)


def formset_rows(formset: Any, required: str) -> list[dict[str, Any]]:
    """The filled, not deleted rows of a formset, in the order shown."""
    return [
        f.cleaned_data
        for f in formset.forms
        if f.cleaned_data and not f.cleaned_data.get("DELETE") and f.cleaned_data.get(required)
    ]


class ParticipantsForm(Form):
    organizations = forms.ModelMultipleChoiceField(
        label="Đơn vị tham gia",
        queryset=Organization.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: Any, candidates: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["organizations"].queryset = candidates
        _f(self)["organizations"].label_from_instance = lambda o: o.name
        self.fields["organizations"].widget.attrs["class"] = "form-check-input"


class LegalDocumentForm(Form):
    kind = forms.ChoiceField(label="Loại văn bản", choices=DocumentKind.choices)
    number = forms.CharField(label="Số, ký hiệu", max_length=100, required=False)
    issued_on = VNDateField(label="Ngày ban hành", required=False)
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=255, required=False)
    summary = forms.CharField(label="Trích yếu", max_length=500, required=False)
    file = _file_field("Tệp văn bản")

    def clean_file(self) -> Any:
        return _clean_upload(self.cleaned_data.get("file"))


class NoteForm(Form):
    note = forms.CharField(
        label="Lý do, ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReturnForm(Form):
    note = forms.CharField(label="Lý do trả lại", widget=forms.Textarea(attrs={"rows": 2}))


class TargetForm(Form):
    organization = OrgChoiceField(
        label="Giao cho đơn vị",
        queryset=Organization.objects.none(),
        required=False,
        empty_label="— Chỉ tiêu chung của phong trào —",
    )
    group = forms.CharField(label="Nhóm chỉ tiêu", max_length=200, required=False)
    name = forms.CharField(
        label="Tên chỉ tiêu", max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    unit = forms.CharField(
        label="Đơn vị tính", max_length=50, required=False, help_text="Ví dụ: %, hộ, lao động."
    )
    target_value = VNDecimalField(label="Mức chỉ tiêu", help_text="Ví dụ: 20.000 hoặc 15,66.")
    direction = forms.ChoiceField(label="Cách đánh giá", choices=Direction.choices)
    baseline = VNDecimalField(
        label="Mức xuất phát",
        required=False,
        help_text="Nếu có: tiến độ tính từ mức này đến chỉ tiêu.",
    )
    deadline = VNDateField(label="Thời hạn", required=False)
    order = forms.IntegerField(label="Thứ tự", required=False, min_value=0)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["organization"].queryset = units

    @staticmethod
    def initial_for(target: Target) -> dict[str, Any]:
        return {f: getattr(target, f) for f in TargetForm.base_fields}


class ProgressForm(Form):
    value = VNDecimalField(label="Giá trị thực hiện")
    on = VNDateField(label="Số liệu tính đến ngày")
    note = forms.CharField(
        label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    evidence = _file_field("Tài liệu minh chứng")

    def clean_evidence(self) -> Any:
        return _clean_upload(self.cleaned_data.get("evidence"))


class RegistrationPeriodForm(Form):
    year = forms.TypedChoiceField(label="Năm đăng ký", coerce=int, required=False, empty_value=None)
    opens_on = VNDateField(label="Mở từ ngày")
    deadline = VNDateField(label="Hạn chót")
    note = forms.CharField(
        label="Hướng dẫn", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, movement: Movement, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices: list[tuple[Any, str]] = [("", f"Cả phong trào ({movement.period_label})")]
        if movement.start_year != movement.end_year:
            choices += [(y, str(y)) for y in movement.years()]
        _f(self)["year"].choices = choices

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("opens_on") and data.get("deadline") and data["deadline"] < data["opens_on"]:
            self.add_error("deadline", "Hạn chót phải sau ngày mở đăng ký.")
        return data


class PeriodReopenForm(Form):
    deadline = VNDateField(label="Hạn chót")
    reopened_until = VNDateField(
        label="Mở lại đến ngày", required=False, help_text="Để trống nếu không mở lại."
    )


class AwardRadioField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return obj.name


class RegistrationForm(Form):
    """A unit's registration: its own titles, one title per staff member, its commitments."""

    collective = AwardChoiceField(
        label="Danh hiệu, hình thức đăng ký cho tập thể",
        queryset=AwardType.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    commitments = forms.CharField(
        label="Nội dung cam kết", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(
        self,
        *args: Any,
        collective: list[AwardType],
        individual: list[AwardType],
        staff: list[Any],
        locked: dict[int, str],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["collective"].queryset = AwardType.objects.filter(
            pk__in=[a.pk for a in collective]
        )
        self.fields["collective"].widget.attrs["class"] = "form-check-input"
        self.staff = staff
        self.locked = locked  # person id → title they registered themselves
        choices = [("", "— Không đăng ký —"), *((a.pk, a.name) for a in individual)]
        self.individual = {a.pk: a for a in individual}
        for person in staff:
            if person.pk in locked:
                continue
            self.fields[f"person_{person.pk}"] = forms.TypedChoiceField(
                label=person.full_name,
                choices=choices,
                coerce=int,
                required=False,
                empty_value=None,
            )
            self.fields[f"person_{person.pk}"].widget.attrs["class"] = "form-select form-select-sm"

    def staff_rows(self) -> list[tuple[Any, Any, str]]:
        """(person, bound field or None, the title they registered themselves)."""
        return [
            (p, None if p.pk in self.locked else self[f"person_{p.pk}"], self.locked.get(p.pk, ""))
            for p in self.staff
        ]

    def individuals(self) -> dict[int, AwardType]:
        found = {}
        for person in self.staff:
            chosen = self.cleaned_data.get(f"person_{person.pk}")
            if chosen:
                found[person.pk] = self.individual[chosen]
        return found


class SelfRegistrationForm(Form):
    award_type = AwardRadioField(
        label="Danh hiệu đăng ký", queryset=AwardType.objects.none(), widget=forms.RadioSelect
    )
    commitments = forms.CharField(
        label="Nội dung cam kết", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, titles: list[AwardType], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _f(self)["award_type"].queryset = AwardType.objects.filter(pk__in=[a.pk for a in titles])
        self.fields["award_type"].widget.attrs["class"] = "form-check-input"


class ReportRequestForm(Form):
    title = forms.CharField(label="Tên báo cáo", max_length=300)
    recurrence = forms.ChoiceField(label="Định kỳ", choices=Recurrence.choices)
    due_date = VNDateField(label="Hạn gửi (báo cáo một lần)", required=False)
    due_day = forms.IntegerField(label="Ngày (hằng năm)", min_value=1, max_value=31, required=False)
    due_month = forms.IntegerField(
        label="Tháng (hằng năm)", min_value=1, max_value=12, required=False
    )
    remind_days_before = forms.IntegerField(
        label="Nhắc trước hạn (ngày)", min_value=0, max_value=90, initial=7
    )
    remind_days_after = forms.IntegerField(
        label="Nhắc lại sau hạn (ngày)", min_value=1, max_value=90, initial=3
    )
    instructions = forms.CharField(
        label="Hướng dẫn", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("recurrence") == Recurrence.ONCE and not data.get("due_date"):
            self.add_error("due_date", "Hãy nhập hạn gửi báo cáo.")
        if data.get("recurrence") == Recurrence.YEARLY and not (
            data.get("due_day") and data.get("due_month")
        ):
            self.add_error("due_day", "Hãy nhập ngày và tháng của hạn gửi hằng năm (ví dụ 15/12).")
        return data


class UnitReportForm(Form):
    text = forms.CharField(
        label="Nội dung báo cáo", required=False, widget=forms.Textarea(attrs={"rows": 10})
    )
    attachments = MultipleFileField(label="Tệp đính kèm", required=False)

    def __init__(self, *args: Any, targets: list[tuple[Target, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.targets = targets
        for target, figure in targets:
            self.fields[f"fig_{target.pk}"] = VNDecimalField(
                label=target.name, required=False, initial=figure.value if figure else None
            )
            self.fields[f"note_{target.pk}"] = forms.CharField(
                label=f"Ghi chú: {target.name[:60]}",
                required=False,
                max_length=500,
                initial=figure.note if figure else "",
            )

    def figure_rows(self) -> list[tuple[Target, Any, Any]]:
        return [(t, self[f"fig_{t.pk}"], self[f"note_{t.pk}"]) for t, _ in self.targets]

    def figures(self) -> dict[int, tuple[Decimal, str]]:
        found = {}
        for target, _ in self.targets:
            value = self.cleaned_data.get(f"fig_{target.pk}")
            if value is not None:
                found[target.pk] = (value, self.cleaned_data.get(f"note_{target.pk}", ""))
        return found
