from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from thidua.core.forms import Form, ModelForm, VNDateField
from thidua.core.validators import check_national_id
from thidua.organizations.models import Organization, OrgKind, Person, StaffCategory


class OrgChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Organization) -> str:
        return f"{'— ' * obj.depth}{obj.name} ({obj.code})"


def _org_field(
    queryset: QuerySet[Organization], label: str, required: bool = True
) -> OrgChoiceField:
    return OrgChoiceField(
        queryset=queryset.filter(valid_to__isnull=True).order_by("path"),
        label=label,
        required=required,
        empty_label="— Chọn đơn vị —",
    )


class DecisionMixin(forms.Form):
    decision = forms.CharField(
        label="Căn cứ (số, ký hiệu quyết định)",
        max_length=100,
        required=False,
        help_text="Ví dụ: 15/QĐ-UBND",
    )


class OrgCreateForm(Form):
    code = forms.CharField(
        label="Mã đơn vị",
        max_length=32,
        help_text="Mã ngắn, không đổi, dùng khi nhập/xuất dữ liệu.",
    )
    name = forms.CharField(label="Tên đơn vị", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt", max_length=64, required=False)
    kind = forms.ChoiceField(label="Loại hình", choices=OrgKind.choices)
    place = forms.CharField(label="Địa danh", max_length=100, required=False)
    valid_from = VNDateField(label="Ngày thành lập")
    decision = forms.CharField(
        label="Căn cứ (số, ký hiệu quyết định)", max_length=100, required=False
    )

    def __init__(self, *args: Any, parents: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"] = _org_field(parents, "Đơn vị cấp trên")
        self.order_fields(
            ["code", "name", "short_name", "kind", "parent", "place", "valid_from", "decision"]
        )

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        if Organization.objects.filter(code__iexact=code).exists():
            raise ValidationError("Mã đơn vị đã tồn tại.")
        return code


class OrgEditForm(Form):
    short_name = forms.CharField(label="Tên viết tắt", max_length=64, required=False)
    place = forms.CharField(label="Địa danh", max_length=100, required=False)


class OrgRenameForm(Form, DecisionMixin):
    name = forms.CharField(label="Tên mới", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt mới", max_length=64, required=False)
    day = VNDateField(label="Ngày hiệu lực")


class OrgMoveForm(Form, DecisionMixin):
    day = VNDateField(label="Ngày hiệu lực")

    def __init__(self, *args: Any, parents: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"] = _org_field(parents, "Đơn vị cấp trên mới")
        self.order_fields(["parent", "day", "decision"])


class OrgMergeForm(Form, DecisionMixin):
    day = VNDateField(label="Ngày sáp nhập có hiệu lực")
    transfer_staff = forms.BooleanField(
        label="Chuyển toàn bộ cán bộ sang đơn vị tiếp nhận", required=False, initial=True
    )

    def __init__(self, *args: Any, targets: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"] = _org_field(targets, "Sáp nhập vào đơn vị")
        self.order_fields(["target", "day", "decision", "transfer_staff"])


class OrgDissolveForm(Form, DecisionMixin):
    day = VNDateField(label="Ngày giải thể")


class PersonForm(ModelForm):
    birth_date = VNDateField(label="Ngày sinh", required=False)

    class Meta:
        model = Person
        fields = [
            "full_name",
            "birth_date",
            "gender",
            "national_id",
            "civil_servant_code",
            "email",
            "phone",
        ]
        widgets = {"national_id": forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 12})}

    def __init__(self, *args: Any, self_service: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self_service:
            for name in ("full_name", "birth_date", "gender", "national_id", "civil_servant_code"):
                self.fields[name].disabled = True

    def clean_national_id(self) -> str | None:
        value = (self.cleaned_data.get("national_id") or "").strip()
        if not value:
            return None
        errors = check_national_id(value)
        if errors:
            raise ValidationError(errors)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        nid = data.get("national_id")
        if nid and not self.fields["national_id"].disabled:
            for error in check_national_id(nid, data.get("birth_date"), data.get("gender"))[:]:
                self.add_error("national_id", error)
        return data

    def validate_unique(self) -> None:
        # a repeated CCCD is reported by the view's duplicate check, with a link to the person
        exclude = self._get_validation_exclusions()  # type: ignore[attr-defined]
        exclude.add("national_id")
        try:
            self.instance.validate_unique(exclude=exclude)
        except ValidationError as error:
            self._update_errors(error)  # type: ignore[attr-defined]


class PersonCreateForm(PersonForm):
    position = forms.CharField(label="Chức vụ", max_length=150, required=False)
    staff_category = forms.ChoiceField(label="Loại cán bộ", choices=StaffCategory.choices)
    start_date = VNDateField(label="Ngày bắt đầu công tác")
    confirm_duplicate = forms.BooleanField(
        label="Tôi đã kiểm tra, đây không phải người đã có trong hệ thống", required=False
    )

    def __init__(self, *args: Any, units: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"] = _org_field(units, "Đơn vị công tác")
        self.order_fields(
            [*PersonForm.Meta.fields, "organization", "position", "staff_category", "start_date"]
        )


class EmploymentStartForm(Form):
    position = forms.CharField(label="Chức vụ", max_length=150, required=False)
    staff_category = forms.ChoiceField(label="Loại cán bộ", choices=StaffCategory.choices)
    start_date = VNDateField(label="Từ ngày")

    def __init__(self, *args: Any, units: QuerySet[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"] = _org_field(units, "Đơn vị công tác")
        self.order_fields(["organization", "position", "staff_category", "start_date"])


class EmploymentEndForm(Form):
    end_date = VNDateField(label="Ngày kết thúc (ngày làm việc cuối cùng)")


class AsOfForm(forms.Form):
    ngay = VNDateField(label="Xem cơ cấu tại ngày", required=False)
