"""Pages with personas: the department's officer and leader act, the auditor only reads
(403 on writes), officers of the units below do not see the department's decisions (404),
and anonymous visitors see only the verification page."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.conftest import client_for
from tests.decisions.helpers import concluded_dossier, draft, issued, make_setup, nominate
from thidua.audit.models import Event, EventType
from thidua.decisions.models import Decision, DecisionStatus, NumberRegister
from thidua.decisions.selectors.decisions import candidates
from thidua.nominations.models import DossierStatus, Outcome, ReviewRound


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
    for _ in range(4):
        issued(make_setup(tree, people=2, unit_b=False), personas.dept_officer)
    client = client_for(personas.auditor)
    with django_assert_max_num_queries(12):
        assert client.get("/quyet-dinh/").status_code == 200


def _list_queries(client: Client) -> tuple[int, list]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/quyet-dinh/")
    assert response.status_code == 200
    return len(captured), response.context["rounds"]


@pytest.mark.parametrize("persona", ["dept_officer", "leader"])
def test_it_counts_waiting_nominees_in_a_fixed_number_of_queries(tree, personas, persona):
    """The rounds waiting for a decision and their counts come from one query: the page
    costs the same with 1 or 5 rounds of waiting nominees (STYLE.md convention 8)."""
    make_setup(tree)
    client = client_for(getattr(personas, persona))
    one, rows = _list_queries(client)
    assert [row.candidates for row in rows] == [5]
    for _ in range(4):
        make_setup(tree, people=2, unit_b=False)
    five, rows = _list_queries(client)
    assert [row.candidates for row in rows] == [2, 2, 2, 2, 5]
    assert five == one <= 12


def test_it_lists_the_rounds_the_user_decides_with_what_a_draft_would_take(tree, personas):
    """The list counts exactly `candidates` of each round: approved, decided here, dossier
    concluded or forwarded, not already in a decision; rounds of the province above (seen,
    not decided by the department) are not listed."""
    full = make_setup(tree)
    nominate(
        full.dossiers[0], person=full.nominations[0].person, code="CSTDCS", outcome=Outcome.REJECTED
    )
    nominate(full.dossiers[0], person=full.nominations[1].person, code="CSTD_TINH")
    taken = make_setup(tree, people=2, unit_b=False)
    draft(taken, personas.dept_officer)
    before_council = make_setup(tree, people=1, unit_b=False)
    forwarded = make_setup(tree, people=2, unit_b=False)
    for setup, status in (
        (before_council, DossierStatus.COUNCIL),
        (forwarded, DossierStatus.FORWARDED),
    ):
        setup.dossiers[0].status = status
        setup.dossiers[0].save()
    above = ReviewRound.objects.create(
        organizer=tree.province,
        year=2023,
        title="Đợt của tỉnh",
        submission_deadline=dt.date(2023, 12, 1),
    )
    nominate(concluded_dossier(above, tree.dept), org=tree.dept, code="TTLDTT")

    response = client_for(personas.dept_officer).get("/quyet-dinh/")
    counts = {row.round.pk: row.candidates for row in response.context["rounds"]}
    assert counts == {
        full.round.pk: 5,
        taken.round.pk: 0,
        before_council.round.pk: 0,
        forwarded.round.pk: 2,
    }
    for row in response.context["rounds"]:
        assert row.candidates == candidates(row.round).count()
