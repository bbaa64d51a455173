"""Form helpers shared by every app: Bootstrap classes, accessible errors, Vietnamese dates."""

from typing import Any

from django import forms

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
    """Adds Bootstrap classes and aria attributes to every widget of the form."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        for name, field in self.fields.items():  # type: ignore[attr-defined]
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, forms.Select | forms.SelectMultiple):
                css = "form-select"
            else:
                css = "form-control"
            widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
            if field.help_text:
                widget.attrs["aria-describedby"] = f"id_{name}_help"

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        for name in self.errors:  # type: ignore[attr-defined]
            field = self.fields.get(name)  # type: ignore[attr-defined]
            if field is not None:
                field.widget.attrs["class"] = (
                    f"{field.widget.attrs.get('class', '')} is-invalid".strip()
                )
                field.widget.attrs["aria-invalid"] = "true"


class Form(BootstrapMixin, forms.Form):
    pass


class ModelForm(BootstrapMixin, forms.ModelForm):  # type: ignore[type-arg]
    pass
