"""Forms of the rules pages: yearly history, catalogue administration, reward calculator."""

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone

from thidua.core.forms import Form, ModelForm, VNDateField
from thidua.organizations.models import Organization, Person
from thidua.rules.engine import validate_params
from thidua.rules.models import (
    AwardRecord,
    AwardType,
    BaseSalary,
    Discipline,
    DisciplineForm,
    Initiative,
    ProvinceSetting,
    RewardCoefficient,
    Rounding,
    RuleVersion,
    Subject,
    YearRating,
)


def default_year() -> int:
    """The year under review: this year from October (year-end reviews), else the last one."""
    today = timezone.localdate()
    return today.year if today.month >= 10 else today.year - 1


class YearForm(Form):
    nam = forms.IntegerField(label="Năm xét", min_value=1990, max_value=2100, required=False)
    con = forms.BooleanField(label="Gồm cả đơn vị trực thuộc", required=False)

    def year(self) -> int:
        if self.is_valid() and self.cleaned_data.get("nam"):
            return int(self.cleaned_data["nam"])
        return default_year()


class RatingForm(ModelForm):
    class Meta:
        model = YearRating
        fields = ["year", "rating", "months_worked", "note"]


class AwardRecordForm(ModelForm):
    decision_date = VNDateField(label="Ngày quyết định", required=False)

    class Meta:
        model = AwardRecord
        fields = [
            "award_type",
            "year",
            "decision_number",
            "decision_date",
            "issuer",
            "revoked",
            "note",
        ]

    def __init__(self, *args: Any, subject: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = [
            t.pk for t in AwardType.objects.exclude(kind="initiative") if subject in t.subjects
        ]
        field = self.fields["award_type"]
        field.queryset = AwardType.objects.filter(pk__in=allowed)  # type: ignore[attr-defined]
        field.label = "Danh hiệu, hình thức"


class DisciplineRecordForm(ModelForm):
    decision_date = VNDateField(label="Ngày quyết định", required=False)
    start_date = VNDateField(label="Có hiệu lực từ ngày")
    end_date = VNDateField(label="Đến ngày", required=False)

    class Meta:
        model = Discipline
        fields = ["form", "decision_number", "decision_date", "start_date", "end_date", "note"]


AUTHOR_LINE = re.compile(r"^\s*(\S+)(?:\s+([\d.,]+)\s*%?)?\s*$")


class InitiativeForm(ModelForm):
    decision_date = VNDateField(label="Ngày quyết định", required=False)
    authors = forms.CharField(
        label="Tác giả",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Mỗi dòng một người: mã cá nhân, số CCCD hoặc #số hồ sơ, rồi tỷ lệ đóng góp (%), ví dụ «P001 60».",
    )

    class Meta:
        model = Initiative
        fields = [
            "code",
            "title",
            "kind",
            "year",
            "level",
            "decision_number",
            "decision_date",
            "recognized_by",
            "scope",
            "note",
        ]

    def __init__(self, *args: Any, people: QuerySet[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = people
        self.order_fields([*self.Meta.fields[:5], "authors", *self.Meta.fields[5:]])

    def clean_authors(self) -> list[tuple[Person, Decimal | None]]:
        authors = []
        for line in self.cleaned_data["authors"].splitlines():
            if not line.strip():
                continue
            match = AUTHOR_LINE.match(line)
            if match is None:
                raise ValidationError(f"Không đọc được dòng «{line.strip()}».")
            person = self._person(match.group(1))
            share = None
            if match.group(2):
                try:
                    share = Decimal(match.group(2).replace(",", "."))
                except InvalidOperation:
                    raise ValidationError(f"Tỷ lệ «{match.group(2)}» không phải là số.") from None
                if not 0 < share <= 100:
                    raise ValidationError("Tỷ lệ đóng góp phải lớn hơn 0 và không quá 100.")
            authors.append((person, share))
        if not authors:
            raise ValidationError("Cần ít nhất một tác giả.")
        return authors

    def _person(self, token: str) -> Person:
        if token.startswith("#") and token[1:].isdigit():
            found = self.people.filter(pk=int(token[1:])).first()
        else:
            found = (
                self.people.filter(history_code__code=token).first()
                or self.people.filter(national_id=token).first()
            )
        if found is None:
            raise ValidationError(f"Không tìm thấy cá nhân «{token}» trong phạm vi bạn được sửa.")
        return found


class JSONTextField(forms.CharField):
    """A JSON value typed in a textarea (parameters, thresholds)."""

    def __init__(self, *, kind: type = dict, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3, "class": "font-monospace"}))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.kind = kind

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False)
        return value

    def clean(self, value: Any) -> Any:
        text = super().clean(value) or ("{}" if self.kind is dict else "[]")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValidationError(f"JSON không hợp lệ: {error.msg} (cột {error.colno}).") from None
        if not isinstance(data, self.kind):
            raise ValidationError(
                "Cần một đối tượng {…}." if self.kind is dict else "Cần một danh sách […]."
            )
        return data


class RuleVersionForm(ModelForm):
    effective_from = VNDateField(label="Hiệu lực từ ngày")
    effective_to = VNDateField(label="Hiệu lực đến ngày", required=False)
    params = JSONTextField(label="Tham số (JSON)")

    class Meta:
        model = RuleVersion
        fields = [
            "name",
            "legal_basis",
            "effective_from",
            "effective_to",
            "params",
            "tag",
            "enabled",
            "note",
        ]

    def __init__(self, *args: Any, rule: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rule = rule

    def clean_params(self) -> dict[str, Any]:
        params: dict[str, Any] = self.cleaned_data["params"]
        problem = validate_params(self.rule, params)
        if problem:
            raise ValidationError(problem)
        return params


class CoefficientForm(ModelForm):
    effective_from = VNDateField(label="Hiệu lực từ ngày")
    effective_to = VNDateField(label="Hiệu lực đến ngày", required=False)

    class Meta:
        model = RewardCoefficient
        fields = [
            "award_type",
            "subject",
            "coefficient",
            "multiplier",
            "effective_from",
            "effective_to",
            "legal_basis",
            "tag",
            "note",
        ]


class BaseSalaryForm(ModelForm):
    effective_from = VNDateField(label="Áp dụng từ ngày")

    class Meta:
        model = BaseSalary
        fields = ["effective_from", "amount", "legal_basis", "tag", "note"]


QUOTA_LINE = re.compile(r"^\s*([A-Z0-9_]+)\s+([A-Z0-9_]+)\s+([\d.,]+)\s*(%?)\s*$")


class ProvinceSettingForm(ModelForm):
    """The province's own choices; the LĐTT disqualifiers and quotas as plain fields."""

    switched_off = forms.MultipleChoiceField(
        label="Tắt các quy tắc chưa xác minh / theo quy chế địa phương",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    ldtt_min_months = forms.IntegerField(
        label="LĐTT: không xét người mới tuyển dụng dưới (tháng)",
        min_value=0,
        max_value=12,
        required=False,
    )
    ldtt_min_form = forms.ChoiceField(
        label="LĐTT: không xét người bị kỷ luật từ hình thức",
        choices=DisciplineForm.choices,
        required=False,
    )
    quota_lines = forms.CharField(
        label="Tỷ lệ khống chế",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "class": "font-monospace"}),
        help_text="Mỗi dòng: danh hiệu, danh hiệu làm cơ sở, tỷ lệ tối đa — ví dụ «CSTDCS LDTT 15%».",
    )
    council = JSONTextField(label="Ngưỡng biểu quyết của Hội đồng (JSON)")

    class Meta:
        model = ProvinceSetting
        fields = ["province", "year", "giay_khen_criteria", "rounding", "note"]

    def __init__(
        self,
        *args: Any,
        provinces: QuerySet[Organization],
        flagged: list[tuple[str, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = provinces  # type: ignore[attr-defined]
        self.fields["province"].empty_label = "— Mặc định cho mọi tỉnh —"  # type: ignore[attr-defined]
        self.fields["switched_off"].choices = flagged  # type: ignore[attr-defined]
        self.fields["rounding"].choices = Rounding.choices  # type: ignore[attr-defined]
        setting = self.instance
        if setting.pk:
            switches = setting.rule_switches or {}
            params = setting.rule_params or {}
            self.initial.update(
                switched_off=[code for code, on in switches.items() if not on],
                ldtt_min_months=params.get("LDTT.new_recruit", {}).get("min_months"),
                ldtt_min_form=params.get("LDTT.discipline", {}).get("min_form", ""),
                quota_lines="\n".join(
                    f"{q['title']} {q['of']} {Decimal(str(q['max_share'])) * 100:g}%"
                    for q in setting.quotas
                ),
                council=setting.council,
            )

    def clean_quota_lines(self) -> list[dict[str, Any]]:
        quotas = []
        for line in self.cleaned_data["quota_lines"].upper().splitlines():
            if not line.strip():
                continue
            match = QUOTA_LINE.match(line)
            if match is None:
                raise ValidationError(
                    f"Không đọc được dòng «{line.strip()}» (ví dụ: CSTDCS LDTT 15%)."
                )
            title, base, number, percent = match.groups()
            share = Decimal(number.replace(",", "."))
            share = share / 100 if percent or share > 1 else share
            if not 0 <= share <= 1:
                raise ValidationError(f"Tỷ lệ của dòng «{line.strip()}» phải từ 0 đến 100%.")
            codes = set(
                AwardType.objects.filter(code__in=[title, base]).values_list("code", flat=True)
            )
            if {title, base} - codes:
                raise ValidationError(
                    f"Không có danh hiệu mã «{', '.join(sorted({title, base} - codes))}»."
                )
            quotas.append({"title": title, "of": base, "max_share": float(share)})
        return quotas

    def setting_data(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        flagged = [code for code, _ in self.fields["switched_off"].choices]  # type: ignore[attr-defined]
        switches = dict((self.instance.rule_switches or {}) if self.instance.pk else {})
        for code in flagged:
            switches.pop(code, None)
        switches |= dict.fromkeys(data.pop("switched_off"), False)
        params = {
            k: dict(v)
            for k, v in ((self.instance.rule_params or {}) if self.instance.pk else {}).items()
        }
        months, form = data.pop("ldtt_min_months"), data.pop("ldtt_min_form")
        _set(params, "LDTT.new_recruit", "min_months", months)
        _set(params, "LDTT.discipline", "min_form", form or None)
        data.update(rule_switches=switches, rule_params=params, quotas=data.pop("quota_lines"))
        return data


def _set(params: dict[str, dict[str, Any]], rule: str, key: str, value: Any) -> None:
    if value in (None, ""):
        params.get(rule, {}).pop(key, None)
        if rule in params and not params[rule]:
            del params[rule]
    else:
        params.setdefault(rule, {})[key] = value


class RewardForm(Form):
    title = forms.ModelChoiceField(
        label="Danh hiệu, hình thức",
        queryset=AwardType.objects.exclude(kind="initiative"),
        to_field_name="code",
    )
    subject = forms.ChoiceField(label="Đối tượng", choices=Subject.choices)
    day = VNDateField(label="Ngày ký quyết định")
    rounding = forms.ChoiceField(
        label="Làm tròn", choices=[("", "Theo thiết lập"), *Rounding.choices], required=False
    )
