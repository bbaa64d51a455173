"""Every page checks the user's organisation scope; other units' records are 404."""

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_person


@pytest.fixture
def person_a(tree):
    return make_person("Nguyễn Văn An", org=tree.unit_a)


@pytest.fixture
def person_b(tree):
    return make_person("Phạm Thị Hoa", org=tree.unit_b, gender="female")


# (persona, url name, object, expected status)
READ_CASES = [
    ("officer_a", "organizations:person-detail", "person_a", 200),
    ("officer_b", "organizations:person-detail", "person_a", 404),
    ("dept_officer", "organizations:person-detail", "person_a", 200),
    ("auditor", "organizations:person-detail", "person_a", 200),
    ("council_member", "organizations:person-detail", "person_b", 200),
    ("staff_a", "organizations:person-detail", "person_a", 404),
    ("officer_b", "organizations:person-edit", "person_a", 404),
    ("auditor", "organizations:person-edit", "person_a", 403),
    ("leader", "organizations:person-edit", "person_a", 403),
    ("officer_a", "organizations:person-edit", "person_a", 200),
    ("clerk_a", "organizations:person-edit", "person_a", 200),
    ("officer_b", "organizations:employment-start", "person_a", 404),
    ("officer_a", "organizations:org-detail", "unit_a", 200),
    ("officer_b", "organizations:org-detail", "unit_a", 404),
    ("officer_a", "organizations:org-detail", "dept", 404),
    ("officer_a", "organizations:org-rename", "unit_a", 200),
    ("officer_b", "organizations:org-rename", "unit_a", 404),
    ("clerk_a", "organizations:org-merge", "unit_a", 403),
    ("auditor", "organizations:org-dissolve", "unit_a", 403),
    ("staff_a", "organizations:org-detail", "unit_a", 404),
]


@pytest.mark.parametrize(("persona", "url_name", "obj", "status"), READ_CASES)
def test_it_scopes_pages_to_the_users_units(
    request, tree, personas, persona, url_name, obj, status
):
    target = getattr(tree, obj) if hasattr(tree, obj) else request.getfixturevalue(obj)
    response = client_for(getattr(personas, persona)).get(reverse(url_name, args=[target.pk]))
    assert response.status_code == status


def test_it_lets_staff_see_and_edit_only_their_own_contact_details(personas):
    own = personas.staff_a.person
    client = client_for(personas.staff_a)
    assert client.get(reverse("organizations:person-detail", args=[own.pk])).status_code == 200
    response = client.post(
        reverse("organizations:person-edit", args=[own.pk]),
        {
            "full_name": "Tên Khác",
            "national_id": "",
            "email": "binh@example.com",
            "phone": "0912345678",
        },
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.full_name == "Trần Thị Bình"  # disabled field: the posted value is ignored
    assert own.email == "binh@example.com"


def test_it_lists_only_people_in_scope(personas, person_a, person_b):
    body = client_for(personas.officer_b).get(reverse("organizations:person-list")).content.decode()
    assert "Phạm Thị Hoa" in body
    assert "Nguyễn Văn An" not in body


def test_it_hides_other_units_from_the_tree(personas, tree):
    body = client_for(personas.officer_b).get(reverse("organizations:tree")).content.decode()
    assert "Phòng Người có công" in body
    assert "Phòng Lao động - Việc làm" not in body


def test_it_forbids_staff_from_staff_lists(personas):
    assert client_for(personas.staff_a).get(reverse("organizations:person-list")).status_code == 403


def test_it_refuses_to_add_a_person_to_another_units_tree(personas, tree):
    response = client_for(personas.officer_b).post(
        reverse("organizations:person-create"),
        {
            "full_name": "Bùi Văn Khoa",
            "organization": tree.unit_a.pk,
            "staff_category": "civil_servant",
            "start_date": "01/01/2024",
        },
    )
    assert response.status_code == 200
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
