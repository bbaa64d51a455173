"""The statistics page's choice: a year and one of the organisations the user sees."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from thidua.core.forms import BootstrapMixin
from thidua.organizations.models import Organization
from thidua.reports.selectors import FIRST_YEAR, year_problem


def _label(org: Organization, top_depth: int) -> str:
    indent = "\u00a0\u00a0" * max(org.path.count(".") - top_depth, 0)
    ended = f" (đến {org.valid_to:%d/%m/%Y})" if org.valid_to else ""
    return f"{indent}{org.name}{ended}"


class StatsForm(BootstrapMixin, forms.Form):
    nam = forms.IntegerField(
        label="Năm",
        min_value=FIRST_YEAR,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={"invalid": "Năm phải là một số, ví dụ 2023."},
    )
    don_vi = forms.TypedChoiceField(
        label="Đơn vị",
        coerce=int,
        error_messages={"invalid_choice": "Hãy chọn một đơn vị trong danh sách."},
    )

    def __init__(self, *args: Any, organizations: list[Organization], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        top = min((o.path.count(".") for o in organizations), default=0)
        self.organizations = {o.pk: o for o in organizations}
        self.fields["don_vi"].choices = [(o.pk, _label(o, top)) for o in organizations]  # type: ignore[attr-defined]

    def clean_nam(self) -> int:
        year: int = self.cleaned_data["nam"]
        problem = year_problem(year)
        if problem:
            raise ValidationError(problem)
        return year

    def organization(self) -> Organization:
        return self.organizations[self.cleaned_data["don_vi"]]
