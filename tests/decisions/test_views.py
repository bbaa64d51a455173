"""Pages with personas: the department's officer and leader act, the auditor only reads
(403 on writes), officers of the units below do not see the department's decisions (404),
and anonymous visitors see only the verification page."""

import pytest
from django.test import Client

from tests.conftest import client_for
from tests.decisions.helpers import draft, issued
from thidua.audit.models import Event, EventType
from thidua.decisions.models import Decision, DecisionStatus, NumberRegister


def test_the_officer_drafts_edits_and_issues_through_the_pages(setup, personas):
    client = client_for(personas.dept_officer)
    page = client.get(f"/quyet-dinh/dot-xet/{setup.round.pk}/du-thao/")
    assert page.status_code == 200 and "Lao động tiên tiến" in page.content.decode()
    chosen = [n.pk for n in setup.nominations[:3]]
    response = client.post(
        f"/quyet-dinh/dot-xet/{setup.round.pk}/du-thao/",
        {
            "title": "Về việc tặng danh hiệu Lao động tiên tiến năm 2023",
            "authority": "Giám đốc Sở Lao động - Thương binh và Xã hội",
            "legal_bases": "Căn cứ Luật Thi đua, khen thưởng",
            "planned_date": "20/12/2023",
            "signer_position": "Giám đốc",
            "signer_name": "Lâm Xuân Phương",
            "nomination": chosen,
        },
    )
    decision = Decision.objects.get()
    assert response.status_code == 302 and decision.lines.count() == 3
    edit = client.post(
        f"/quyet-dinh/{decision.pk}/sua/",
        {
            "title": "Về việc tặng danh hiệu Lao động tiên tiến năm 2023",
            "authority": decision.authority,
            "legal_bases": decision.legal_bases,
            "planned_date": "20/12/2023",
            "signer_position": "Giám đốc",
            "signer_name": "Lâm Xuân Phương",
            "nomination": chosen[:2],
        },
    )
    assert edit.status_code == 302 and decision.lines.count() == 2
    detail = client.get(f"/quyet-dinh/{decision.pk}/").content.decode()
    assert "Dự thảo quyết định" in detail and "1.080.000 đ" in detail
    sign = client.post(
        f"/quyet-dinh/{decision.pk}/ban-hanh/",
        {
            "sign-signed_on": "20/12/2023",
            "sign-signer_position": "Giám đốc",
            "sign-signer_name": "Lâm Xuân Phương",
        },
    )
    decision.refresh_from_db()
    assert sign.status_code == 302 and decision.status == DecisionStatus.ISSUED
    assert decision.number_text == "1/QĐ-SLĐTBXH"
    listing = client.get("/quyet-dinh/").content.decode()
    assert "1/QĐ-SLĐTBXH" in listing and "1.080.000 đ" in listing


def test_an_invalid_signature_is_explained(setup, personas):
    decision = draft(setup, personas.dept_officer)
    client = client_for(personas.leader)
    response = client.post(
        f"/quyet-dinh/{decision.pk}/ban-hanh/", {"sign-signed_on": "31/02/2023"}, follow=True
    )
    assert "Ngày không hợp lệ" in response.content.decode()
    decision.refresh_from_db()
    assert decision.is_draft


WRITES = [
    ("post", "/quyet-dinh/{pk}/ban-hanh/"),
    ("post", "/quyet-dinh/{pk}/xoa/"),
    ("post", "/quyet-dinh/{pk}/van-ban/"),
    ("get", "/quyet-dinh/{pk}/sua/"),
]


@pytest.mark.parametrize(("method", "url"), WRITES)
def test_the_auditor_reads_but_may_not_write(setup, personas, method, url):
    decision = draft(setup, personas.dept_officer)
    client = client_for(personas.auditor)
    assert client.get(f"/quyet-dinh/{decision.pk}/").status_code == 200
    assert getattr(client, method)(url.format(pk=decision.pk)).status_code == 403
    assert client.get(f"/quyet-dinh/dot-xet/{setup.round.pk}/du-thao/").status_code == 403
    assert client.get(f"/quyet-dinh/so/{setup.round.organizer.pk}/").status_code == 403


def test_the_auditor_may_not_print_certificates(setup, personas):
    decision = issued(setup, personas.dept_officer)
    response = client_for(personas.auditor).post(f"/quyet-dinh/{decision.pk}/giay-chung-nhan/")
    assert response.status_code == 403


@pytest.mark.parametrize("persona", ["officer_a", "officer_b", "clerk_a", "staff_a"])
def test_units_below_do_not_see_the_departments_decisions(setup, personas, persona):
    decision = issued(setup, personas.dept_officer)
    client = client_for(getattr(personas, persona))
    assert client.get(f"/quyet-dinh/{decision.pk}/").status_code == 404
    assert client.post(f"/quyet-dinh/{decision.pk}/giay-chung-nhan/").status_code == 404
    assert decision.number_text not in client.get("/quyet-dinh/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(setup, personas):
    decision = issued(setup, personas.dept_officer)
    anonymous = Client()
    for url in (
        "/quyet-dinh/",
        f"/quyet-dinh/{decision.pk}/",
        f"/quyet-dinh/so/{setup.round.organizer.pk}/",
    ):
        response = anonymous.get(url)
        assert response.status_code == 302 and "/tai-khoan/dang-nhap/" in response["Location"]


def test_certificate_downloads_follow_the_decision_scope(
    setup, personas, django_capture_on_commit_callbacks
):
    from thidua.decisions.services.certificates import certificates_generate

    decision = issued(setup, personas.dept_officer)
    with django_capture_on_commit_callbacks(execute=True):
        batch = certificates_generate(decision=decision, actor=personas.dept_officer)
    url = f"/quyet-dinh/giay-chung-nhan/{batch.pk}/tai-ve/"
    response = client_for(personas.auditor).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert client_for(personas.officer_a).get(url).status_code == 404
    assert Client().get(url).status_code == 302


def test_the_leader_changes_the_register_symbol(setup, personas):
    client = client_for(personas.leader)
    url = f"/quyet-dinh/so/{setup.round.organizer.pk}/"
    assert "QĐ-SLĐTBXH" in client.get(url).content.decode()
    response = client.post(url, {"year": 2024, "symbol": "QĐ-SLĐ"})
    assert response.status_code == 302
    assert NumberRegister.objects.get(year=2024).symbol == "QĐ-SLĐ"
    assert Event.objects.filter(event_type=EventType.DECISION_REGISTER_CHANGED).exists()


def test_the_list_query_count_does_not_grow_with_decisions(
    tree, personas, django_assert_max_num_queries
):
    from tests.decisions.helpers import make_setup

    for _ in range(4):
        issued(make_setup(tree, people=2, unit_b=False), personas.dept_officer)
    client = client_for(personas.auditor)
    with django_assert_max_num_queries(12):
        assert client.get("/quyet-dinh/").status_code == 200
