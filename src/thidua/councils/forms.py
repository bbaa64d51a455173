"""Forms of the council pages. Validation of business rules stays in the services."""

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone

from thidua.accounts.models import User
from thidua.core.forms import BootstrapMixin, VNDateField
from thidua.councils.models import CouncilMember, CouncilRole, Meeting
from thidua.nominations.models import ReviewRound


class CouncilForm(BootstrapMixin, forms.Form):
    name = forms.CharField(label="Tên Hội đồng", max_length=300)
    established_by = forms.CharField(
        label="Quyết định thành lập",
        max_length=300,
        required=False,
        help_text="Ví dụ: Quyết định số 12/QĐ-SLĐTBXH ngày 05/01/2025.",
    )


class MemberForm(BootstrapMixin, forms.Form):
    user = forms.ModelChoiceField(
        label="Tài khoản",
        queryset=User.objects.none(),
        help_text="Tài khoản người dùng của thành viên (để nhận phiếu bầu).",
    )
    position = forms.CharField(label="Chức vụ, đơn vị công tác", max_length=300)
    role = forms.ChoiceField(label="Chức danh trong Hội đồng", choices=CouncilRole.choices)
    votes = forms.BooleanField(
        label="Có quyền biểu quyết",
        required=False,
        initial=True,
        help_text="Bỏ chọn nếu thư ký chỉ ghi biên bản, không bỏ phiếu.",
    )
    term_start = VNDateField(label="Nhiệm kỳ từ ngày")
    term_end = VNDateField(label="Nhiệm kỳ đến ngày", required=False)
    order = forms.IntegerField(label="Thứ tự", min_value=0, initial=0, required=False)

    def __init__(self, *args: Any, users: Any = None, editing: bool = False, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["user"]
        else:
            self.fields["user"].queryset = users if users is not None else User.objects.none()  # type: ignore[attr-defined]

    @classmethod
    def initial_for(cls, member: CouncilMember) -> dict[str, Any]:
        return {
            "position": member.position,
            "role": member.role,
            "votes": member.votes,
            "term_start": member.term_start,
            "term_end": member.term_end,
            "order": member.order,
        }


class MeetingForm(BootstrapMixin, forms.Form):
    title = forms.CharField(
        label="Nội dung phiên họp", max_length=300, initial="Xét khen thưởng tổng kết năm"
    )
    day = VNDateField(label="Ngày họp")
    time = forms.TimeField(
        label="Giờ họp",
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        initial=dt.time(8, 0),
    )
    place = forms.CharField(label="Địa điểm", max_length=300)
    round = forms.ModelChoiceField(
        label="Đợt xét", queryset=ReviewRound.objects.none(), required=False
    )
    chair = forms.ModelChoiceField(
        label="Chủ trì", queryset=CouncilMember.objects.none(), required=False
    )
    secretary = forms.ModelChoiceField(
        label="Thư ký ghi biên bản", queryset=CouncilMember.objects.none(), required=False
    )

    def __init__(self, *args: Any, members: Any, rounds: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, queryset in (("chair", members), ("secretary", members), ("round", rounds)):
            self.fields[name].queryset = queryset  # type: ignore[attr-defined]

    @classmethod
    def initial_for(cls, meeting: Meeting) -> dict[str, Any]:
        at = timezone.localtime(meeting.held_at)
        return {
            "title": meeting.title,
            "day": at.date(),
            "time": at.time().replace(second=0, microsecond=0),
            "place": meeting.place,
            "round": meeting.round_id,
            "chair": meeting.chair_id,
            "secretary": meeting.secretary_id,
        }

    def service_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        held_at = timezone.make_aware(dt.datetime.combine(data["day"], data["time"]))
        return {
            "title": data["title"],
            "held_at": held_at,
            "place": data["place"],
            "round": data["round"],
            "chair": data["chair"],
            "secretary": data["secretary"],
        }


class CloseForm(BootstrapMixin, forms.Form):
    conclusions = forms.CharField(
        label="Kết luận của phiên họp",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="In vào biên bản họp; để trống: «Hội đồng thống nhất kết quả như trên.»",
    )


class AgendaRemoveForm(forms.Form):
    """The reason for taking a dossier off the agenda (the meeting page's inline form)."""

    note = forms.CharField(
        label="Lý do rút hồ sơ khỏi chương trình họp",
        max_length=500,
        error_messages={"required": "Cần ghi lý do rút hồ sơ khỏi chương trình họp."},
    )


class ReceiptForm(BootstrapMixin, forms.Form):
    code = forms.CharField(
        label="Mã xác nhận phiếu bầu",
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


def ballot_choices(post: Any, nominee_ids: list[int]) -> dict[int, str]:
    """The choices a ballot form posted: field `n<id>` per nominee."""
    return {n: post[f"n{n}"] for n in nominee_ids if post.get(f"n{n}")}
