"""Form helpers shared by every app: Bootstrap classes, accessible errors, Vietnamese dates."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

DATE_FORMAT = "%d/%m/%Y"


class VNDateInput(forms.DateInput):
    """A text input that shows and accepts dd/mm/yyyy (the format users type)."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        base = {
            "placeholder": "dd/mm/yyyy",
            "inputmode": "numeric",
            "autocomplete": "off",
            "pattern": r"\d{1,2}/\d{1,2}/\d{4}",
            "title": "Ngày theo dạng dd/mm/yyyy",
        }
        super().__init__(attrs={**base, **(attrs or {})}, format=DATE_FORMAT)


class VNDateField(forms.DateField):
    widget = VNDateInput
    default_error_messages = {"invalid": "Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy."}

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("input_formats", [DATE_FORMAT, "%Y-%m-%d"])
        super().__init__(**kwargs)


class BootstrapMixin:
    """Adds Bootstrap classes and aria attributes to every widget of the form.

    Styling happens when a field is first rendered, so fields that a form adds in its own
    `__init__` (unit choices limited to the user's scope) are styled like the others.
    """

    def __getitem__(self, name: str) -> Any:
        field = self.fields[name]  # type: ignore[attr-defined]
        if not getattr(field, "_thidua_styled", False):
            _style(self.add_prefix(name), field)  # type: ignore[attr-defined]
            field._thidua_styled = True
        return super().__getitem__(name)  # type: ignore[misc]

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        for name in self.errors:  # type: ignore[attr-defined]
            field = self.fields.get(name)  # type: ignore[attr-defined]
            if field is not None:
                attrs = field.widget.attrs
                attrs["class"] = f"{attrs.get('class', '')} is-invalid".strip()
                attrs["aria-invalid"] = "true"
                _describe(attrs, f"id_{self.add_prefix(name)}_error")  # type: ignore[attr-defined]


def _style(name: str, field: forms.Field) -> None:
    """`name` is the field's HTML name (with the form's prefix), as its ids are built from it."""
    widget = field.widget
    if isinstance(widget, forms.CheckboxInput | forms.RadioSelect | forms.CheckboxSelectMultiple):
        css = "form-check-input"
    elif isinstance(widget, forms.Select | forms.SelectMultiple):
        css = "form-select"
    else:
        css = "form-control"
    widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
    if field.help_text:
        _describe(widget.attrs, f"id_{name}_help")


def _describe(attrs: dict[str, Any], element_id: str) -> None:
    """Add `element_id` to the widget's aria-describedby list once."""
    ids = attrs.get("aria-describedby", "").split()
    if element_id not in ids:
        attrs["aria-describedby"] = " ".join([*ids, element_id])


class Form(BootstrapMixin, forms.Form):
    pass


class ModelForm(BootstrapMixin, forms.ModelForm):  # type: ignore[type-arg]
    pass


def form_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Show a service's ValidationError on the form: by field when it names one of the form's."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
