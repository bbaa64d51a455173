import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_person
from thidua.audit.models import AuditImmutableError, Event
from thidua.audit.services import diff, event_record
from thidua.organizations.people import person_update


def test_it_refuses_to_edit_or_delete_events(tree):
    event = event_record(
        actor=None, event_type="organization.updated", subject=tree.unit_a, organization=tree.unit_a
    )
    event.data = {"tampered": True}
    with pytest.raises(AuditImmutableError):
        event.save()
    with pytest.raises(AuditImmutableError):
        event.delete()
    with pytest.raises(AuditImmutableError):
        Event.objects.filter(pk=event.pk).update(data={})
    with pytest.raises(AuditImmutableError):
        Event.objects.filter(pk=event.pk).delete()


def test_it_records_old_and_new_values_of_a_change(tree, personas):
    person = make_person("Ngô Văn Minh", org=tree.unit_a)
    person_update(
        actor=personas.officer_a,
        person=person,
        data={"phone": "0987654321", "birth_date": dt.date(1985, 3, 2)},
    )
    event = Event.objects.get(event_type="person.updated", subject_id=str(person.pk))
    assert event.actor == personas.officer_a
    assert event.organization == tree.unit_a
    assert event.data == {"old": {"phone": ""}, "new": {"phone": "0987654321"}}


def test_it_serialises_dates_and_models_in_diffs(tree):
    assert diff({"d": None, "o": None}, {"d": dt.date(2025, 1, 2), "o": tree.unit_a}) == {
        "old": {"d": None, "o": None},
        "new": {"d": "2025-01-02", "o": "Phòng Lao động - Việc làm"},
    }


def test_it_shows_each_auditor_only_events_of_their_subtree(tree, personas):
    make_person("Dương Văn Nam", org=tree.unit_a)
    make_person("Cầm Thị Oanh", org=tree.unit_b, gender="female")
    body_b = client_for(personas.officer_b).get(reverse("audit:list")).content.decode()
    assert "Cầm Thị Oanh" in body_b and "Dương Văn Nam" not in body_b
    assert client_for(personas.staff_a).get(reverse("audit:list")).status_code == 403
    body = client_for(personas.auditor).get(reverse("audit:list")).content.decode()
    assert "Dương Văn Nam" in body and "Cầm Thị Oanh" in body


def test_it_filters_events_by_type(tree, personas):
    make_person("Hà Văn Phúc", org=tree.unit_a)
    client = client_for(personas.auditor)
    body = client.get(reverse("audit:list"), {"loai": "organization.created"}).content.decode()
    assert "Phòng Lao động - Việc làm" in body
    assert "Hà Văn Phúc" not in body


def test_it_hides_event_details_outside_the_scope(tree, personas):
    event = event_record(
        actor=None,
        event_type="organization.updated",
        subject=tree.home_affairs,
        organization=tree.home_affairs,
    )
    assert (
        client_for(personas.auditor).get(reverse("audit:detail", args=[event.pk])).status_code
        == 404
    )
    assert client_for(personas.admin).get(reverse("audit:detail", args=[event.pk])).status_code in (
        200,
        302,
    )
