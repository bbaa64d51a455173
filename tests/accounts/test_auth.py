import re

import pytest
from django.contrib.auth.hashers import identify_hasher
from django.core import mail
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import PASSWORD, make_user
from thidua.accounts.models import Role
from thidua.audit.models import Event

LOGIN = reverse("accounts:login")


@pytest.fixture
def officer(tree):
    return make_user(
        "canbo", Role.EMULATION_OFFICER, tree.dept, password=PASSWORD, email="canbo@example.com"
    )


def test_it_hashes_passwords_with_argon2(officer):
    assert identify_hasher(officer.password).algorithm == "argon2"


def test_it_sends_anonymous_visitors_to_the_login_page(db):
    response = Client().get(reverse("organizations:tree"))
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_it_logs_in_and_records_the_event(officer):
    client = Client()
    response = client.post(LOGIN, {"username": "canbo", "password": PASSWORD})
    assert response.status_code == 302
    assert Event.objects.filter(event_type="user.login", actor=officer).exists()
    assert client.get("/").status_code == 200


def test_it_explains_a_wrong_password_in_vietnamese(officer):
    body = Client().post(LOGIN, {"username": "canbo", "password": "sai-mat-khau"}).content.decode()
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in body


def test_it_locks_out_after_repeated_failures(officer, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    for _ in range(3):
        client.post(LOGIN, {"username": "canbo", "password": "sai"}, REMOTE_ADDR="10.0.0.1")
    response = client.post(
        LOGIN, {"username": "canbo", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 429
    assert "tạm thời bị khóa" in response.content.decode()


def test_it_resets_a_password_by_email(officer):
    client = Client()
    client.post(reverse("accounts:password-reset"), {"email": "canbo@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/tai-khoan/dat-lai/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    new = "Mot-mat-khau-moi-2026"
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password(new)


def test_it_changes_a_password(officer):
    client = Client()
    client.force_login(officer)
    new = "Mat-khau-doi-2026-moi"
    response = client.post(
        reverse("accounts:password-change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password(new)


def test_it_requires_a_second_factor_for_system_admins(tree, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no back-off wait between the wrong and the right code
    admin = make_user("quantri", Role.SYSTEM_ADMIN, tree.province, password=PASSWORD)
    client = Client()
    client.post(LOGIN, {"username": "quantri", "password": PASSWORD})
    response = client.get(reverse("organizations:tree"))
    assert response.status_code == 302 and response["Location"] == reverse("accounts:otp-setup")
    assert "Mã QR" in client.get(reverse("accounts:otp-setup")).content.decode()
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    bad = client.post(
        reverse("accounts:otp-setup"),
        {"token": "000000" if totp(device.bin_key) != 0 else "111111"},
    )
    assert "Mã không đúng" in bad.content.decode()
    client.post(reverse("accounts:otp-setup"), {"token": f"{totp(device.bin_key):06d}"})
    assert client.get(reverse("organizations:tree")).status_code == 200


def test_it_asks_users_with_a_device_for_their_code_at_each_login(officer):
    device = TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    client = Client()
    client.post(LOGIN, {"username": "canbo", "password": PASSWORD})
    response = client.get(reverse("organizations:tree"))
    assert response["Location"].startswith(reverse("accounts:otp-verify"))
    client.post(
        reverse("accounts:otp-verify"),
        {"token": f"{totp(device.bin_key):06d}", "next": "/to-chuc/"},
    )
    assert client.get(reverse("organizations:tree")).status_code == 200


def test_it_does_not_redirect_to_another_site_after_the_second_factor(officer):
    device = TOTPDevice.objects.create(user=officer, name="app", confirmed=True)
    client = Client()
    client.post(LOGIN, {"username": "canbo", "password": PASSWORD})
    response = client.post(
        reverse("accounts:otp-verify"),
        {"token": f"{totp(device.bin_key):06d}", "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


def test_it_sends_security_headers(officer):
    client = Client()
    client.force_login(officer)
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_it_records_failed_password_logins_for_administrators(officer):
    Client().post(LOGIN, {"username": "canbo", "password": "sai"}, REMOTE_ADDR="10.0.0.9")
    event = Event.objects.get(event_type="user.login_failed")
    assert (event.subject_id, event.data["username"], event.ip_address) == (
        str(officer.pk),
        "canbo",
        "10.0.0.9",
    )
