"""Forms of the nominations pages."""

from django import forms

from thidua.core.forms import BootstrapMixin


class NoteForm(BootstrapMixin, forms.Form):
    note = forms.CharField(label="Lý do", required=False, max_length=2000)
