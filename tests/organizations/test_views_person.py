import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_person
from thidua.audit.models import Event
from thidua.organizations.models import Person

LIST = reverse("organizations:person-list")


def _form(tree, **overrides):
    data = {
        "full_name": "Nguyễn Văn An",
        "birth_date": "02/03/1985",
        "gender": "male",
        "national_id": "014085123456",
        "organization": tree.unit_a.pk,
        "position": "Chuyên viên",
        "staff_category": "civil_servant",
        "start_date": "01/01/2024",
    }
    return {**data, **overrides}


def test_it_creates_a_person_with_a_first_post_and_an_audit_event(tree, personas):
    response = client_for(personas.officer_a).post(
        reverse("organizations:person-create"), _form(tree)
    )
    person = Person.objects.get(national_id="014085123456")
    assert response.status_code == 302
    assert (person.birth_date, person.current_organization, person.current_position) == (
        dt.date(1985, 3, 2),
        tree.unit_a,
        "Chuyên viên",
    )
    assert Event.objects.filter(
        event_type="person.created", subject_id=str(person.pk), actor=personas.officer_a
    ).exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"national_id": "01408512345"}, "12 chữ số"),
        ({"national_id": "014185123456"}, "giới tính"),
        ({"birth_date": "31/02/1985"}, "dd/mm/yyyy"),
        ({"full_name": ""}, "bắt buộc"),
        ({"start_date": "2024-13-01"}, "dd/mm/yyyy"),
    ],
)
def test_it_explains_bad_input_in_vietnamese(tree, personas, overrides, message):
    response = client_for(personas.officer_a).post(
        reverse("organizations:person-create"), _form(tree, **overrides)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Person.objects.filter(full_name="Nguyễn Văn An").exists()


def test_it_refuses_a_second_person_with_the_same_national_id(tree, personas):
    make_person("Nguyễn Văn An", org=tree.unit_b, national_id="014085123456", with_id=False)
    response = client_for(personas.officer_a).post(
        reverse("organizations:person-create"), _form(tree)
    )
    assert "Số CCCD này đã có trong hệ thống" in response.content.decode()
    assert Person.objects.filter(national_id="014085123456").count() == 1


def test_it_asks_for_confirmation_when_name_and_birth_date_match(tree, personas):
    make_person("Nguyễn Văn An", org=tree.unit_a, birth=dt.date(1985, 3, 2))
    client = client_for(personas.officer_a)
    first = client.post(reverse("organizations:person-create"), _form(tree, national_id=""))
    assert "Trùng họ tên và ngày sinh" in first.content.decode()
    assert Person.objects.filter(full_name="Nguyễn Văn An").count() == 1
    second = client.post(
        reverse("organizations:person-create"), _form(tree, national_id="", confirm_duplicate="on")
    )
    assert second.status_code == 302
    assert Person.objects.filter(full_name="Nguyễn Văn An").count() == 2


@pytest.mark.parametrize(
    "query", ["nguyen van an", "Nguyễn Văn An", "NGUYỄN VĂN", "van an", "nguyễn van an"]
)
def test_it_finds_people_ignoring_case_and_diacritics(tree, personas, query):
    make_person("Nguyễn Văn An", org=tree.unit_a)
    make_person("Trần Văn Bình", org=tree.unit_a)
    body = client_for(personas.officer_a).get(LIST, {"q": query}).content.decode()
    assert "Nguyễn Văn An" in body
    assert "Trần Văn Bình" not in body


def test_it_finds_people_by_national_id_prefix(tree, personas):
    make_person(
        "Lê Thị Cúc", org=tree.unit_a, gender="female", national_id="014185999999", with_id=False
    )
    body = client_for(personas.officer_a).get(LIST, {"q": "01418599"}).content.decode()
    assert "Lê Thị Cúc" in body


def test_it_returns_only_the_rows_to_htmx(tree, personas):
    make_person("Nguyễn Văn An", org=tree.unit_a)
    response = client_for(personas.officer_a).get(LIST, {"q": "an"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "Nguyễn Văn An" in body
    assert '<nav class="navbar' not in body


def test_it_escapes_what_users_typed(tree, personas):
    make_person("<script>alert(1)</script>", org=tree.unit_a, with_id=False)
    body = client_for(personas.officer_a).get(LIST).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


@pytest.mark.parametrize("people", [5, 60])
def test_it_lists_people_in_a_constant_number_of_queries(tree, personas, people):
    for i in range(people):
        make_person(f"Người Thứ {i}", org=tree.unit_a if i % 2 else tree.unit_b, with_id=False)
    client = client_for(personas.dept_officer)
    client.get(LIST)  # warm the session
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    # session, user, roles, count, page of people (joined with their unit), nav checks
    assert len(queries) <= 9, [q["sql"] for q in queries]


def test_it_records_a_move_to_another_unit(tree, personas):
    person = make_person("Hồ Văn Lâm", org=tree.unit_a, start=dt.date(2019, 1, 1))
    client = client_for(personas.dept_officer)
    response = client.post(
        reverse("organizations:employment-start", args=[person.pk]),
        {
            "organization": tree.unit_b.pk,
            "position": "Phó Trưởng phòng",
            "staff_category": "civil_servant",
            "start_date": "01/07/2024",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.current_organization == tree.unit_b
    body = client.get(reverse("organizations:person-detail", args=[person.pk])).content.decode()
    assert "30/06/2024" in body and "01/07/2024" in body
