"""Forms of the decision pages (they only parse; the services check and write)."""

from typing import Any

from django import forms

from thidua.core.forms import BootstrapMixin, VNDateField
from thidua.decisions.models import Decision, RevocationGround


class DraftForm(BootstrapMixin, forms.ModelForm):
    planned_date = VNDateField(label="Ngày ký dự kiến", required=False)

    class Meta:
        model = Decision
        fields = [
            "title",
            "authority",
            "legal_bases",
            "planned_date",
            "signer_authority",
            "signer_position",
            "signer_name",
            "distribution",
        ]
        widgets = {
            "legal_bases": forms.Textarea(attrs={"rows": 5}),
            "distribution": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "title": "Ví dụ: Về việc tặng danh hiệu Lao động tiên tiến năm 2023.",
            "legal_bases": "Mỗi căn cứ một dòng («Căn cứ …», «Theo đề nghị của …»).",
            "signer_authority": "Ghi «KT. Giám đốc» khi cấp phó ký thay; để trống khi cấp trưởng ký.",
            "distribution": "Mỗi nơi nhận một dòng.",
        }


class SignatureForm(BootstrapMixin, forms.Form):
    signed_on = VNDateField(label="Ngày ký")
    signer_authority = forms.CharField(
        label="Thẩm quyền ký", max_length=150, required=False, help_text="Ví dụ: KT. Giám đốc."
    )
    signer_position = forms.CharField(label="Chức vụ người ký", max_length=150)
    signer_name = forms.CharField(label="Họ tên người ký", max_length=150)

    @classmethod
    def for_decision(cls, decision: Decision, data: Any = None) -> "SignatureForm":
        initial = {
            "signed_on": decision.planned_date,
            "signer_authority": decision.signer_authority,
            "signer_position": decision.signer_position,
            "signer_name": decision.signer_name,
        }
        return cls(data, initial=initial, prefix="sign")


class RevokeForm(SignatureForm):
    ground = forms.ChoiceField(
        label="Căn cứ hủy bỏ (Luật Thi đua, khen thưởng, Chương VII)",
        choices=RevocationGround.choices,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(label="Lý do", widget=forms.Textarea(attrs={"rows": 3}))
    everyone = forms.BooleanField(label="Hủy bỏ toàn bộ quyết định", required=False)

    @classmethod
    def for_decision(cls, decision: Decision, data: Any = None) -> "RevokeForm":
        form = cls(data, prefix="revoke")
        form.initial.update(
            signer_position=decision.signer_position,
            signer_authority=decision.signer_authority,
            signer_name=decision.signer_name,
        )
        return form


class RegisterForm(BootstrapMixin, forms.Form):
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    symbol = forms.CharField(
        label="Ký hiệu quyết định", max_length=64, help_text="Ví dụ: QĐ-SLĐTBXH → «15/QĐ-SLĐTBXH»."
    )


def chosen_ids(data: Any, name: str) -> list[int]:
    """The checked boxes named `name` (ids); anything that is not a number is ignored."""
    return [int(v) for v in data.getlist(name) if str(v).isdigit()]
