import pytest
from django.urls import reverse

from tests.conftest import client_for, verified_client_for
from tests.factories import make_user
from thidua.accounts.models import Role, RoleAssignment, User
from thidua.audit.models import Event


def test_it_lets_a_system_admin_create_a_user_and_grant_a_role(tree, personas):
    client = verified_client_for(personas.admin)
    response = client.post(
        reverse("accounts:user-create"),
        {"username": "moi", "full_name": "Lò Văn Mới", "email": "moi@example.com", "password": ""},
    )
    user = User.objects.get(username="moi")
    assert response.status_code == 302
    assert not user.has_usable_password()
    client.post(
        reverse("accounts:user-detail", args=[user.pk]),
        {"role": Role.UNIT_CLERK, "organization": tree.unit_a.pk},
    )
    assert RoleAssignment.objects.filter(
        user=user, role=Role.UNIT_CLERK, organization=tree.unit_a
    ).exists()
    assert Event.objects.filter(
        event_type="role.granted", subject_id=str(user.pk), actor=personas.admin
    ).exists()


def test_it_revokes_a_role_and_records_it(tree, personas):
    assignment = personas.officer_a.role_assignments.get()
    client = verified_client_for(personas.admin)
    client.post(reverse("accounts:role-revoke", args=[assignment.pk]))
    assert not RoleAssignment.objects.filter(pk=assignment.pk).exists()
    assert Event.objects.filter(
        event_type="role.revoked", subject_id=str(personas.officer_a.pk)
    ).exists()


def test_it_keeps_a_scoped_admin_inside_their_subtree(tree, personas):
    admin_a = make_user("admin_a", Role.SYSTEM_ADMIN, tree.unit_a)
    client = verified_client_for(admin_a)
    response = client.post(
        reverse("accounts:user-detail", args=[personas.officer_a.pk]),
        {"role": Role.UNIT_HEAD, "organization": tree.unit_b.pk},
    )
    assert response.status_code == 200
    assert not RoleAssignment.objects.filter(
        user=personas.officer_a, organization=tree.unit_b
    ).exists()
    assert (
        client.get(reverse("accounts:user-detail", args=[personas.officer_b.pk])).status_code == 404
    )


@pytest.mark.parametrize("persona", ["dept_officer", "auditor", "staff_a"])
def test_it_forbids_user_management_to_other_roles(personas, persona):
    assert (
        client_for(getattr(personas, persona)).get(reverse("accounts:user-list")).status_code == 403
    )


def test_it_rejects_a_taken_username_and_a_weak_password(personas):
    client = verified_client_for(personas.admin)
    body = client.post(
        reverse("accounts:user-create"),
        {"username": "OFFICER_A", "full_name": "X", "password": "123"},
    ).content.decode()
    assert "Tên đăng nhập đã được dùng" in body
    assert "Mật khẩu" in body
