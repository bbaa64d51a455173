"""The rules pages: scoped to the user's units (404 for officer_b), edits audited, stable queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests.conftest import client_for
from tests.factories import make_person
from tests.rules.factories import D, discipline, give, initiative, rate

from thidua.audit.models import Event, EventType
from thidua.rules.models import AwardRecord, AwardType, Initiative, YearRating


@pytest.fixture
def an(tree):
    person = make_person("Nguyễn Thị An", org=tree.unit_a, gender="female")
    rate(person, 2023, "excellent")
    rate(person, 2024, "excellent")
    initiative("SK23", 2023, "co_so", person)
    initiative("SK24", 2024, "co_so", person)
    return person


READ_CASES = [
    ("officer_a", "rules:person", "an", 200),
    ("officer_b", "rules:person", "an", 404),
    ("dept_officer", "rules:person", "an", 200),
    ("auditor", "rules:person", "an", 200),
    ("officer_b", "rules:unit", "unit_a", 404),
    ("officer_a", "rules:unit", "unit_a", 200),
    ("officer_a", "rules:unit", "dept", 404),
    ("council_member", "rules:unit", "dept", 200),
    ("officer_b", "rules:unit-history", "unit_a", 404),
    ("officer_a", "rules:unit-history", "unit_a", 200),
    ("officer_b", "rules:person-add", "an", 404),
    ("auditor", "rules:person-add", "an", 403),
    ("officer_a", "rules:person-add", "an", 200),
    ("clerk_a", "rules:person-add", "an", 200),
    ("officer_b", "rules:unit-add", "unit_a", 404),
    ("auditor", "rules:unit-add", "unit_a", 403),
    ("officer_a", "rules:unit-add", "unit_a", 200),
]


@pytest.mark.parametrize(("persona", "url_name", "obj", "status"), READ_CASES)
def test_it_scopes_pages_to_the_users_units(
    request, tree, personas, an, persona, url_name, obj, status
):
    target = getattr(tree, obj) if hasattr(tree, obj) else request.getfixturevalue(obj)
    args = [target.pk, "xep-loai"] if url_name.endswith("-add") else [target.pk]
    response = client_for(getattr(personas, persona)).get(reverse(url_name, args=args))
    assert response.status_code == status


def test_the_person_page_says_why_not_in_plain_vietnamese(personas, an):
    body = (
        client_for(personas.officer_a)
        .get(reverse("rules:person", args=[an.pk]) + "?nam=2024")
        .content.decode()
    )
    assert "Có thể được đề nghị năm" in body
    assert "Bằng khen của Chủ tịch UBND tỉnh" in body  # the Ministry's worked example
    assert "Chưa đủ điều kiện, vì sao" in body
    assert "cần 3" in body  # CSTĐ tỉnh: the chain is one year long
    assert "Luật 06/2022/QH15, Điều 22 khoản 1" in body
    assert "theo quy chế địa phương" in body  # the [OLD] LĐTT disqualifiers are flagged


def test_staff_see_their_own_answer_but_cannot_edit_it(personas):
    own = personas.staff_a.person
    client = client_for(personas.staff_a)
    assert client.get(reverse("rules:person", args=[own.pk])).status_code == 200
    assert client.get(reverse("rules:person-add", args=[own.pk, "xep-loai"])).status_code in (
        403,
        404,
    )


def test_the_unit_page_lists_who_may_be_proposed(personas, tree, an):
    body = (
        client_for(personas.officer_a)
        .get(reverse("rules:unit", args=[tree.unit_a.pk]) + "?nam=2024")
        .content.decode()
    )
    assert "Nguyễn Thị An" in body
    assert "Trần Thị Bình" in body  # staff_a's person, not rated: ✗ with the reason
    assert "Chưa có kết quả xếp loại năm 2024." in body
    assert "TTLDTT" in body


def test_the_unit_page_runs_a_fixed_number_of_queries(personas, tree):
    client = client_for(personas.officer_a)
    url = reverse("rules:unit", args=[tree.unit_a.pk]) + "?nam=2024"

    def count(extra):
        for i in range(extra):
            p = make_person(f"Cán bộ {i}", org=tree.unit_a, birth=D(1975 + i, 2, 3))
            rate(p, 2024, "good")
            give(p, "CSTDCS", 2023)
            discipline(p, "reprimand", D(2022, 1, 1))
        client.get(url)  # warm the per-request caches the same way each time
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    assert count(2) == count(5)


def test_an_officer_records_a_rating_and_it_is_audited(personas, an):
    client = client_for(personas.officer_a)
    response = client.post(
        reverse("rules:person-add", args=[an.pk, "xep-loai"]),
        {"year": 2025, "rating": "good", "months_worked": 12, "note": ""},
    )
    assert response.status_code == 302
    assert YearRating.objects.get(person=an, year=2025).rating == "good"
    event = Event.objects.filter(event_type=EventType.HISTORY_CHANGED).order_by("-id").first()
    assert event.actor == personas.officer_a and event.data["action"] == "created"


def test_an_award_must_suit_the_subject(personas, an):
    client = client_for(personas.officer_a)
    ttldtt = AwardType.objects.get(code="TTLDTT")
    response = client.post(
        reverse("rules:person-add", args=[an.pk, "khen-thuong"]),
        {"award_type": ttldtt.pk, "year": 2024, "decision_number": "1/QĐ"},
    )
    assert response.status_code == 200
    assert not AwardRecord.objects.exists()


def test_an_officer_edits_and_deletes_history(personas, an):
    client = client_for(personas.officer_a)
    rating = YearRating.objects.get(person=an, year=2024)
    response = client.post(
        reverse("rules:history-edit", args=["xep-loai", rating.pk]),
        {"year": 2024, "rating": "good", "months_worked": "", "note": "sửa theo biên bản"},
    )
    assert response.status_code == 302
    rating.refresh_from_db()
    assert rating.rating == "good"
    assert (
        client.post(reverse("rules:history-delete", args=["xep-loai", rating.pk])).status_code
        == 302
    )
    assert not YearRating.objects.filter(pk=rating.pk).exists()
    deleted = Event.objects.filter(event_type=EventType.HISTORY_CHANGED).order_by("-id").first()
    assert deleted.data["action"] == "deleted" and deleted.data["old"]["rating"] == "good"


def test_other_units_cannot_touch_the_history(personas, an):
    rating = YearRating.objects.get(person=an, year=2024)
    client = client_for(personas.officer_b)
    assert (
        client.get(reverse("rules:history-edit", args=["xep-loai", rating.pk])).status_code == 404
    )
    assert (
        client.post(reverse("rules:history-delete", args=["xep-loai", rating.pk])).status_code
        == 404
    )
    assert (
        client_for(personas.auditor)
        .post(reverse("rules:history-delete", args=["xep-loai", rating.pk]))
        .status_code
        == 403
    )


def test_an_initiative_is_recorded_with_its_authors(personas, tree, an):
    co = make_person("Lê Văn Bình", org=tree.unit_a)
    client = client_for(personas.officer_a)
    response = client.post(
        reverse("rules:person-add", args=[an.pk, "sang-kien"]),
        {
            "code": "SK-MOI",
            "title": "Một cửa điện tử",
            "kind": "sang_kien",
            "year": 2025,
            "level": "tinh",
            "authors": f"{an.national_id} 70\n{co.national_id} 30",
        },
    )
    assert response.status_code == 302, response.content.decode()
    shares = dict(
        Initiative.objects.get(code="SK-MOI").authorships.values_list("person_id", "share")
    )
    assert shares == {an.pk: 70, co.pk: 30}


def test_an_initiative_author_outside_the_scope_is_refused(personas, tree, an):
    outsider = make_person("Phạm Thị Hoa", org=tree.unit_b, gender="female")
    response = client_for(personas.officer_a).post(
        reverse("rules:person-add", args=[an.pk, "sang-kien"]),
        {
            "code": "SK-X",
            "title": "X",
            "kind": "sang_kien",
            "year": 2025,
            "level": "co_so",
            "authors": f"{outsider.national_id}",
        },
    )
    assert response.status_code == 200
    assert "Không tìm thấy cá nhân" in response.content.decode()


def test_the_unit_history_page_records_a_collective_rating(personas, tree):
    client = client_for(personas.officer_a)
    response = client.post(
        reverse("rules:unit-add", args=[tree.unit_a.pk, "xep-loai"]),
        {"year": 2024, "rating": "excellent"},
    )
    assert response.status_code == 302
    assert YearRating.objects.get(organization=tree.unit_a).rating == "excellent"
    assert (
        "Hoàn thành xuất sắc nhiệm vụ"
        in client.get(reverse("rules:unit-history", args=[tree.unit_a.pk])).content.decode()
    )


def test_the_reward_page_computes_money(personas):
    body = (
        client_for(personas.officer_a)
        .get(
            reverse("rules:reward"),
            {"title": "LDTT", "subject": "ca_nhan", "day": "20/12/2024", "rounding": ""},
        )
        .content.decode()
    )
    assert "710.000 đ" in body and "702.000 đ" in body


def test_the_index_lists_the_users_units(personas, tree):
    body = client_for(personas.officer_b).get(reverse("rules:index")).content.decode()
    assert "Phòng Người có công" in body and "Phòng Lao động - Việc làm" not in body


def test_the_unit_page_judges_sub_units_on_their_own_members(personas, tree):
    for n in range(3):
        p = make_person(f"Cán bộ {n}", org=tree.unit_a, birth=D(1980 + n, 1, 1))
        rate(p, 2024, "good")
    rate(tree.unit_a, 2024, "good")
    body = (
        client_for(personas.dept_officer)
        .get(reverse("rules:unit", args=[tree.dept.pk]) + "?nam=2024")
        .content.decode()
    )
    assert "Cán bộ 0" not in body  # people of sub-units only with «gồm cả đơn vị trực thuộc»
    row = body.split("Phòng Lao động - Việc làm</a></th>")[1].split("</tr>")[0]
    assert row.count("bi-check-circle-fill") == 1  # TTLDTT: 3 of its 3 members are LĐTT
    body = (
        client_for(personas.dept_officer)
        .get(reverse("rules:unit", args=[tree.dept.pk]) + "?nam=2024&con=on")
        .content.decode()
    )
    assert "Cán bộ 0" in body
