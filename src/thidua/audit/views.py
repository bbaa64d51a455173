from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from thidua.audit.models import EventType
from thidua.audit.selectors import event_list
from thidua.core.forms import Form, VNDateField
from thidua.core.permissions import Cap, require_cap


class EventFilterForm(Form):
    loai = forms.ChoiceField(
        label="Loại sự kiện", required=False, choices=[("", "Tất cả"), *EventType.choices]
    )
    nguoi = forms.CharField(label="Người thực hiện", required=False, max_length=150)
    doi_tuong = forms.CharField(label="Đối tượng", required=False, max_length=150)
    tu_ngay = VNDateField(label="Từ ngày", required=False)
    den_ngay = VNDateField(label="Đến ngày", required=False)


def _filtered(request: HttpRequest):  # type: ignore[no-untyped-def]
    form = EventFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    events = event_list(
        user=request.user,
        event_type=data.get("loai", ""),
        actor=data.get("nguoi", ""),
        text=data.get("doi_tuong", ""),
        date_from=data.get("tu_ngay"),
        date_to=data.get("den_ngay"),
    )
    return form, events


def event_list_view(request: HttpRequest) -> HttpResponse:
    require_cap(request.user, Cap.VIEW_AUDIT)
    form, events = _filtered(request)
    page = Paginator(events, 50).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request, "audit/list.html", {"form": form, "page": page, "query": query.urlencode()}
    )


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require_cap(request.user, Cap.VIEW_AUDIT)
    event = get_object_or_404(event_list(user=request.user).defer(None), pk=pk)
    return render(request, "audit/detail.html", {"event": event})
