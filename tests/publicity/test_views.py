"""The public pages (anonymous) and the officer's pages (personas)."""

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_user
from thidua.accounts.models import Role
from thidua.nominations.models import DossierStatus
from thidua.publicity.models import CommentStatus, PublicComment
from thidua.publicity.services import RATE_LIMIT, comment_submit, notice_create

MONDAY = dt.datetime(2025, 4, 28, 9, 0, tzinfo=dt.UTC)
AFTER = dt.datetime(2025, 5, 15, 9, 0, tzinfo=dt.UTC)
FORM = {"name": "Lê Văn Cường", "contact": "0912 345 678", "content": "Xin làm rõ thành tích."}


@pytest.fixture
def notice(council: Any, personas: Any) -> Any:
    with time_machine.travel(MONDAY):
        return notice_create(actor=personas.dept_officer, the_round=council.round)


def _detail(notice: Any) -> str:
    return reverse("publicity:notice-detail", args=[notice.pk])


@time_machine.travel(MONDAY)
def test_it_shows_open_notices_to_anyone(notice: Any, council: Any) -> None:
    page = Client().get(reverse("publicity:notice-list"))
    assert page.status_code == 200
    assert notice.title in page.content.decode()
    detail = Client().get(_detail(notice)).content.decode()
    assert "Nguyễn Văn An" in detail and "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh" in detail
    person = council.nominee.person
    assert person.national_id not in detail
    assert "02/03/1985" not in detail  # the birth date
    assert 'class="hp-field"' in detail and "style=" not in detail


@time_machine.travel(MONDAY)
def test_it_takes_an_anonymous_comment(notice: Any) -> None:
    entry = notice.entries.get()
    response = Client().post(_detail(notice), {**FORM, "entry": entry.pk})
    assert response.status_code == 302 and response["Location"].endswith("#gop-y")
    comment = PublicComment.objects.get()
    assert (comment.entry, comment.status) == (entry, CommentStatus.OPEN)


@time_machine.travel(MONDAY)
def test_it_keeps_csrf_on_the_public_form(notice: Any) -> None:
    response = Client(enforce_csrf_checks=True).post(_detail(notice), FORM)
    assert response.status_code == 403
    assert not PublicComment.objects.exists()


@time_machine.travel(MONDAY)
def test_it_drops_what_a_robot_sends(notice: Any) -> None:
    response = Client().post(_detail(notice), {**FORM, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not PublicComment.objects.exists()


@time_machine.travel(MONDAY)
def test_it_refuses_too_many_comments_with_a_clear_message(notice: Any) -> None:
    client = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(RATE_LIMIT):
        client.post(_detail(notice), FORM)
    page = client.post(_detail(notice), FORM)
    assert page.status_code == 200
    assert "Bạn đã gửi 5 ý kiến trong một giờ qua" in page.content.decode()
    assert PublicComment.objects.count() == RATE_LIMIT


@time_machine.travel(MONDAY)
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("content", "x" * 5001, "5000"),
        ("name", "x" * 201, "200"),
        ("contact", "", "bắt buộc"),
    ],
)
def test_it_checks_the_lengths(notice: Any, field: str, value: str, message: str) -> None:
    page = Client().post(_detail(notice), {**FORM, field: value})
    assert page.status_code == 200 and message in page.content.decode()
    assert not PublicComment.objects.exists()


@time_machine.travel(MONDAY)
def test_it_escapes_what_the_public_writes(notice: Any, personas: Any) -> None:
    Client().post(
        _detail(notice), {**FORM, "name": "<b>X</b>", "content": "<script>alert(1)</script>"}
    )
    page = client_for(personas.dept_officer).get(
        reverse("publicity:manage-detail", args=[notice.pk])
    )
    html = page.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert "&lt;b&gt;X&lt;/b&gt;" in html


def test_it_says_when_a_notice_is_closed(notice: Any) -> None:
    with time_machine.travel(AFTER):
        page = Client().get(_detail(notice)).content.decode()
        assert "hết thời gian lấy ý kiến" in page and 'name="content"' not in page
        response = Client().post(_detail(notice), FORM, follow=True)
        assert "hết thời gian nhận ý kiến" in response.content.decode()
        assert notice.title not in Client().get(reverse("publicity:notice-list")).content.decode()
    assert not PublicComment.objects.exists()


def test_it_hides_a_notice_before_it_opens(council: Any, personas: Any) -> None:
    with time_machine.travel(MONDAY):
        later = notice_create(
            actor=personas.dept_officer, the_round=council.round, opens_on=dt.date(2025, 5, 5)
        )
        assert Client().get(_detail(later)).status_code == 404


@time_machine.travel(MONDAY)
@pytest.mark.parametrize(
    "name", ["manage-list", "manage-detail", "notice-create", "comment-resolve", "notice-conclude"]
)
def test_it_sends_anonymous_visitors_of_officer_pages_to_login(
    notice: Any, council: Any, name: str
) -> None:
    pk = {"notice-create": council.round.pk}.get(name, notice.pk)
    args = [] if name == "manage-list" else [pk]
    response = Client().get(reverse(f"publicity:{name}", args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))


@time_machine.travel(MONDAY)
@pytest.mark.parametrize(
    ("persona", "status"),
    [("dept_officer", 200), ("auditor", 200), ("officer_b", 404), ("staff_a", 404)],
)
def test_it_shows_the_comments_to_the_department_only(
    notice: Any, personas: Any, persona: str, status: int
) -> None:
    page = client_for(getattr(personas, persona)).get(
        reverse("publicity:manage-detail", args=[notice.pk])
    )
    assert page.status_code == status


@time_machine.travel(MONDAY)
@pytest.mark.parametrize(("persona", "status"), [("officer_b", 404), ("auditor", 403)])
def test_it_lets_only_the_officer_resolve_and_conclude(
    notice: Any, personas: Any, persona: str, status: int
) -> None:
    comment = comment_submit(notice=notice, entry=None, address="1.2.3.4", **FORM)
    client = client_for(getattr(personas, persona))
    resolve = reverse("publicity:comment-resolve", args=[comment.pk])
    assert client.post(resolve, {"resolution": "x"}).status_code == status
    conclude = reverse("publicity:notice-conclude", args=[notice.pk])
    assert client.post(conclude).status_code == status
    comment.refresh_from_db()
    assert comment.status == CommentStatus.OPEN


@time_machine.travel(MONDAY)
@pytest.mark.parametrize(
    ("persona", "status"),
    [("dept_officer", 200), ("other_department", 404), ("officer_b", 403), ("auditor", 403)],
)
def test_it_lets_only_the_officer_make_a_notice(
    council: Any, personas: Any, tree: Any, persona: str, status: int
) -> None:
    user = getattr(personas, persona, None) or make_user(
        "officer_snv", Role.EMULATION_OFFICER, tree.home_affairs
    )
    url = reverse("publicity:notice-create", args=[council.round.pk])
    assert client_for(user).get(url).status_code == status


@time_machine.travel(MONDAY)
def test_it_walks_the_whole_path(council: Any, personas: Any) -> None:
    officer = client_for(personas.dept_officer)
    listing = officer.get(reverse("publicity:manage-list")).content.decode()
    create = reverse("publicity:notice-create", args=[council.round.pk])
    assert create in listing
    response = officer.post(
        create,
        {
            "title": "Lấy ý kiến năm 2025",
            "opens_on": "28/04/2025",
            "body": "",
            "dossiers": [council.dossier.pk],
        },
    )
    assert response.status_code == 302
    council.dossier.refresh_from_db()
    assert council.dossier.status == DossierStatus.PUBLISHED
    notice = council.round.public_notices.get()
    Client().post(_detail(notice), FORM)
    comment = PublicComment.objects.get()
    detail = reverse("publicity:manage-detail", args=[notice.pk])
    conclude = reverse("publicity:notice-conclude", args=[notice.pk])
    page = officer.post(conclude, follow=True).content.decode()
    assert "Chưa hết thời gian lấy ý kiến công khai (đến hết ngày 14/05/2025)" in page
    officer.post(
        reverse("publicity:comment-resolve", args=[comment.pk]), {"resolution": "Đã xác minh."}
    )
    with time_machine.travel(AFTER):
        officer = client_for(personas.dept_officer)  # a new session, weeks later
        page = officer.post(conclude, follow=True).content.decode()
    assert "Đã kết thúc lấy ý kiến" in page
    council.dossier.refresh_from_db()
    assert council.dossier.status == DossierStatus.CONCLUDED
    assert officer.get(detail).status_code == 200
