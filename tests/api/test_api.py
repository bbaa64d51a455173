"""The read-only integration API: token auth, scoping through core.permissions, the command."""

import datetime as dt
from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from tests.conftest import Personas, Tree, client_for
from tests.factories import make_person
from thidua.api.models import ApiToken
from thidua.api.services import api_token_create, api_token_revoke
from thidua.audit.models import Event, EventType

pytestmark = pytest.mark.django_db


def bearer(user: Any) -> Client:
    _, secret = api_token_create(actor=None, user=user, name="tích hợp")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def codes(nodes: list[dict[str, Any]]) -> set[str]:
    return {n["code"] for n in nodes} | {c for n in nodes for c in codes(n["children"])}


def test_it_answers_401_json_without_a_token(personas: Personas) -> None:
    response = Client().get("/api/v1/people")
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


def test_it_answers_401_for_a_bad_token(personas: Personas) -> None:
    client = Client(headers={"Authorization": "Bearer not-a-real-token"})
    assert client.get("/api/v1/organizations").status_code == 401


def test_it_answers_401_for_a_revoked_token(personas: Personas) -> None:
    token, secret = api_token_create(actor=None, user=personas.officer_a, name="cũ")
    api_token_revoke(actor=personas.admin, token=token)
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert client.get("/api/v1/organizations").status_code == 401
    assert Event.objects.filter(event_type=EventType.API_TOKEN_REVOKED).count() == 1


def test_it_stores_only_the_hash_and_audits_creation(personas: Personas) -> None:
    token, secret = api_token_create(actor=None, user=personas.officer_a, name="HRM")
    assert secret not in token.key_hash and token.prefix == secret[:8]
    assert Event.objects.filter(
        event_type=EventType.API_TOKEN_CREATED, subject_id=str(token.pk)
    ).exists()


def test_it_records_last_use_at_most_once_a_minute(personas: Personas) -> None:
    token, secret = api_token_create(actor=None, user=personas.officer_a, name="HRM")
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    client.get("/api/v1/organizations")
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None
    client.get("/api/v1/organizations")
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - dt.timedelta(minutes=2))
    client.get("/api/v1/organizations")
    token.refresh_from_db()
    assert token.last_used_at is not None and token.last_used_at > first - dt.timedelta(minutes=1)


def test_it_shows_the_tree_in_scope_only(tree: Tree, personas: Personas) -> None:
    response = bearer(personas.officer_b).get("/api/v1/organizations")
    assert response.status_code == 200
    assert codes(response.json()) == {tree.unit_b.code}
    node = response.json()[0]
    assert node["kind"] == "division" and node["active"] is True and node["id"] == tree.unit_b.pk


def test_it_shows_the_tree_as_of_a_date(tree: Tree, personas: Personas) -> None:
    client = bearer(personas.dept_officer)
    today = client.get("/api/v1/organizations").json()
    assert codes(today) == {tree.dept.code, tree.unit_a.code, tree.unit_b.code}
    assert today[0]["headcount"] == 0
    assert client.get("/api/v1/organizations?as_of=2010-01-01").json() == []


def test_it_hides_an_org_outside_scope(tree: Tree, personas: Personas) -> None:
    client = bearer(personas.officer_b)
    assert client.get(f"/api/v1/organizations/{tree.unit_a.code}").status_code == 404
    body = client.get(f"/api/v1/organizations/{tree.unit_b.code}").json()
    assert body["valid_from"] == "2015-01-01" and body["valid_to"] is None
    assert body["successor"] is None


def test_it_hides_people_outside_scope(tree: Tree, personas: Personas) -> None:
    make_person("Lê Văn Cường", org=tree.unit_b)
    client = bearer(personas.officer_b)
    staff = personas.staff_a.person
    assert client.get(f"/api/v1/people/{staff.pk}").status_code == 404
    names = [p["full_name"] for p in client.get("/api/v1/people").json()["items"]]
    assert names == ["Lê Văn Cường"]
    assert client.get(f"/api/v1/people?organization={tree.unit_a.code}").status_code == 404


def test_it_searches_people_ignoring_diacritics(tree: Tree, personas: Personas) -> None:
    make_person("Lê Văn Cường", org=tree.unit_a)
    client = bearer(personas.officer_a)
    body = client.get("/api/v1/people?q=cuong").json()
    assert [p["full_name"] for p in body["items"]] == ["Lê Văn Cường"]
    row = body["items"][0]
    assert row["current_organization"] == tree.unit_a.code
    assert "national_id" not in row


def test_it_shows_national_id_only_to_editors(tree: Tree, personas: Personas) -> None:
    staff = personas.staff_a.person
    editor = bearer(personas.officer_a).get(f"/api/v1/people/{staff.pk}").json()
    assert editor["national_id"] == staff.national_id
    assert editor["employments"][0]["organization"] == tree.unit_a.code
    reader = bearer(personas.auditor).get(f"/api/v1/people/{staff.pk}").json()
    assert reader["full_name"] == staff.full_name and reader["national_id"] is None


def test_it_pages_people_in_a_bounded_number_of_queries(
    tree: Tree, personas: Personas, django_assert_max_num_queries: Any
) -> None:
    for i in range(12):
        make_person(f"Nguyễn Văn {i}", org=tree.unit_a if i % 2 else tree.unit_b)
    client = bearer(personas.dept_officer)
    with django_assert_max_num_queries(5):
        body = client.get("/api/v1/people?limit=5&offset=5").json()
    assert body["count"] == 13 and len(body["items"]) == 5


def test_it_accepts_a_browser_session_and_serves_the_schema(personas: Personas) -> None:
    client = client_for(personas.officer_a)
    assert client.get("/api/v1/people").status_code == 200
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    assert schema.json()["info"]["title"] == "thidua API"
    assert "/api/v1/people/{person_id}" in schema.json()["paths"]


def test_it_keeps_the_docs_behind_login() -> None:
    assert Client().get("/api/v1/docs").status_code == 302


def test_it_prints_a_working_token(tree: Tree, personas: Personas) -> None:
    out = StringIO()
    call_command("apitoken", "officer_b", "--name", "Phần mềm nhân sự", stdout=out)
    secret = out.getvalue().strip().splitlines()[-1]
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert codes(client.get("/api/v1/organizations").json()) == {tree.unit_b.code}
    last_used = ApiToken.objects.get(user=personas.officer_b).last_used_at
    assert last_used is not None and last_used <= timezone.now()


def test_it_refuses_an_unknown_user(db: Any) -> None:
    with pytest.raises(CommandError, match="Không có tài khoản"):
        call_command("apitoken", "nobody", "--name", "x")


def test_it_exits_1_on_the_command_line(db: Any, capsys: Any) -> None:
    from thidua.api.management.commands.apitoken import Command

    command = Command()
    with pytest.raises(SystemExit) as exit_info:
        command.run_from_argv(["thidua", "apitoken", "nobody", "--name", "x"])
    assert exit_info.value.code == 1
    assert "Không có tài khoản" in capsys.readouterr().err


def test_it_matches_national_id_searches_only_for_editors(personas: Personas) -> None:
    prefix = personas.staff_a.person.national_id[:6]
    editor = bearer(personas.officer_a).get(f"/api/v1/people?q={prefix}").json()
    assert editor["count"] == 1
    reader = bearer(personas.auditor).get(f"/api/v1/people?q={prefix}").json()
    assert reader["count"] == 0
