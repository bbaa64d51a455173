"""Dossier pages: detail with its timeline, and the workflow buttons."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from thidua.audit.models import Event
from thidua.nominations.forms import NoteForm
from thidua.nominations.selectors.access import dossier_get_for_user, dossier_roles
from thidua.nominations.services.transition import dossier_transition
from thidua.nominations.workflow import moves_from, transition_for


def dossier_detail(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    roles = dossier_roles(request.user, dossier)
    nominations = dossier.nominations.select_related("person", "organization", "award_type")
    timeline = Event.objects.filter(
        subject_type=dossier._meta.label_lower, subject_id=str(dossier.pk)
    ).select_related("actor")
    return render(
        request,
        "nominations/dossier_detail.html",
        {
            "dossier": dossier,
            "nominations": nominations,
            "attachments": dossier.attachments.all(),
            "moves": moves_from(dossier.status, roles),
            "timeline": timeline.order_by("at", "id"),
        },
    )


@require_POST
def dossier_move(request: HttpRequest, pk: int, to: str) -> HttpResponse:
    dossier = dossier_get_for_user(request.user, pk)
    form = NoteForm(request.POST)
    form.is_valid()
    try:
        row = transition_for(dossier.status, to)
        dossier_transition(
            dossier=dossier, to=to, actor=request.user, note=form.cleaned_data.get("note", "")
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, f"{row.label}: xong.")
    return redirect("nominations:dossier-detail", dossier.pk)
