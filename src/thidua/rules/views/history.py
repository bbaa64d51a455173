"""Recording the yearly history of a person or a unit: fetch with permission → form → service."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from thidua.core.forms import form_errors
from thidua.core.permissions import is_self_service, person_get_for_user
from thidua.organizations.models import Organization, Person
from thidua.rules import forms, services
from thidua.rules.models import AwardRecord, Discipline, Initiative, YearRating
from thidua.rules.selectors.pages import (
    editable_people,
    history_object_for_user,
    history_owner_url,
    org_for_history_edit,
    person_token,
)

LABELS = {
    "xep-loai": "xếp loại năm",
    "khen-thuong": "khen thưởng đã nhận",
    "ky-luat": "kỷ luật",
    "sang-kien": "sáng kiến",
}
PERSON_KINDS = ("xep-loai", "khen-thuong", "ky-luat", "sang-kien")
ORG_KINDS = ("xep-loai", "khen-thuong")


def _form_for(
    kind: str,
    request: HttpRequest,
    *,
    subject: str,
    instance: Model | None = None,
    initial: dict[str, Any] | None = None,
) -> Any:
    data = request.POST or None
    if kind == "xep-loai":
        return forms.RatingForm(data, instance=instance, initial=initial)
    if kind == "khen-thuong":
        return forms.AwardRecordForm(data, instance=instance, initial=initial, subject=subject)
    if kind == "ky-luat":
        return forms.DisciplineRecordForm(data, instance=instance, initial=initial)
    return forms.InitiativeForm(
        data, instance=instance, initial=initial, people=editable_people(request.user)
    )


def _save(
    kind: str,
    form: Any,
    *,
    actor: Any,
    person: Person | None = None,
    org: Organization | None = None,
    obj: Model | None = None,
) -> Model:
    data = dict(form.cleaned_data)
    if kind == "xep-loai":
        rating = obj if isinstance(obj, YearRating) else None
        return services.rating_save(
            actor=actor, data=data, person=person, organization=org, rating=rating
        )
    if kind == "khen-thuong":
        record = obj if isinstance(obj, AwardRecord) else None
        return services.award_record_save(
            actor=actor, data=data, person=person, organization=org, record=record
        )
    if kind == "ky-luat":
        discipline = obj if isinstance(obj, Discipline) else None
        return services.discipline_save(
            actor=actor, data=data, person=person, discipline=discipline
        )
    initiative = obj if isinstance(obj, Initiative) else None
    authors = data.pop("authors")
    return services.initiative_save(actor=actor, data=data, authors=authors, initiative=initiative)


def _render(request: HttpRequest, form: Any, heading: str, back: str) -> HttpResponse:
    return render(
        request,
        "rules/form.html",
        {"form": form, "heading": heading, "submit": "Lưu", "back": back},
    )


def _handle(request: HttpRequest, form: Any, save: Callable[[], Model]) -> HttpResponse | None:
    if request.method == "POST" and form.is_valid():
        try:
            obj = save()
        except ValidationError as error:
            form_errors(form, error)
        else:
            messages.success(request, "Đã lưu.")
            name, pk = history_owner_url(obj)
            return redirect(name, pk)
    return None


@require_http_methods(["GET", "POST"])
def person_add(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    if kind not in PERSON_KINDS:
        raise Http404
    person = person_get_for_user(request.user, pk, write=True)
    if is_self_service(request.user, person):
        return render(request, "403.html", status=403)
    initial = {"authors": f"{person_token(person)} 100"} if kind == "sang-kien" else None
    form = _form_for(kind, request, subject="ca_nhan", initial=initial)
    done = _handle(request, form, lambda: _save(kind, form, actor=request.user, person=person))
    return done or _render(
        request,
        form,
        f"Thêm {LABELS[kind]}: {person.full_name}",
        reverse("rules:person", args=[person.pk]),
    )


@require_http_methods(["GET", "POST"])
def unit_add(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    if kind not in ORG_KINDS:
        raise Http404
    org = org_for_history_edit(request.user, pk)
    form = _form_for(kind, request, subject="tap_the")
    done = _handle(request, form, lambda: _save(kind, form, actor=request.user, org=org))
    return done or _render(
        request,
        form,
        f"Thêm {LABELS[kind]}: {org.name}",
        reverse("rules:unit-history", args=[org.pk]),
    )


def _initial(obj: Model) -> dict[str, Any]:
    if isinstance(obj, Initiative):
        lines = [
            f"{person_token(a.person)} {a.share.normalize():f}"
            if a.share is not None
            else person_token(a.person)
            for a in obj.authorships.select_related("person", "person__history_code")
        ]
        return {"authors": "\n".join(lines)}
    return {}


@require_http_methods(["GET", "POST"])
def history_edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    obj = history_object_for_user(request.user, kind, pk)
    subject = "tap_the" if getattr(obj, "organization_id", None) else "ca_nhan"
    form = _form_for(kind, request, subject=subject, instance=obj, initial=_initial(obj))
    person = getattr(obj, "person", None)
    org = getattr(obj, "organization", None)
    fresh = type(obj)._default_manager.get(pk=obj.pk)  # the form has already changed `obj`
    done = _handle(
        request,
        form,
        lambda: _save(kind, form, actor=request.user, person=person, org=org, obj=fresh),
    )
    name, owner = history_owner_url(obj)
    return done or _render(request, form, f"Sửa {LABELS[kind]}", reverse(name, args=[owner]))


@require_POST
def history_delete(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    obj = history_object_for_user(request.user, kind, pk)
    name, owner = history_owner_url(obj)
    if isinstance(obj, AwardRecord | YearRating | Discipline | Initiative):
        services.history_delete(actor=request.user, obj=obj)
    messages.success(request, f"Đã xóa {LABELS[kind]}; nội dung cũ được lưu trong nhật ký.")
    return redirect(name, owner)
