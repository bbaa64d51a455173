"""The pages, driven through the test client as each persona would."""

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.nominations.helpers import FAR, add, good_person, pdf
from thidua.documents.models import GeneratedDocument
from thidua.nominations.models import Attachment, Dossier, DossierStatus, Nomination, ReviewRound


def test_the_officer_opens_a_round_from_the_form(tree, personas):
    client = client_for(personas.dept_officer)
    url = reverse("nominations:round-create")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "organizer": tree.dept.pk,
            "kind": "year_end",
            "year": "2025",
            "title": "Xét khen thưởng tổng kết năm 2025",
            "submission_deadline": "15/01/2026",
            "appraisal_deadline": "10/01/2026",
        },
    )
    assert response.status_code == 200  # appraisal before submission: shown on the form
    assert "Không được trước hạn gửi hồ sơ (15/01/2026)." in response.content.decode()
    response = client.post(
        url,
        {
            "organizer": tree.dept.pk,
            "kind": "year_end",
            "year": "2025",
            "title": "Xét khen thưởng tổng kết năm 2025",
            "submission_deadline": "15/01/2026",
            "appraisal_deadline": "25/01/2026",
        },
    )
    the_round = ReviewRound.objects.get()
    assert response.url == reverse("nominations:round-detail", args=[the_round.pk])
    page = client.get(response.url).content.decode()
    assert (
        "15/01/2026" in page and "Đơn vị chưa gửi hồ sơ" in page and "Phòng Người có công" in page
    )


def test_a_clerk_creates_a_dossier_from_the_round_page(the_round, tree, personas):
    client = client_for(personas.clerk_a)
    page = client.get(reverse("nominations:round-detail", args=[the_round.pk])).content.decode()
    assert "Tạo hồ sơ" in page and "Phòng Lao động - Việc làm" in page
    assert "Đơn vị chưa gửi hồ sơ" not in page  # only for the organiser's officers
    url = reverse("nominations:dossier-create") + f"?dot={the_round.pk}&don-vi={tree.unit_a.pk}"
    response = client.post(url, {"title": "Đề nghị khen thưởng năm 2025", "number": ""})
    dossier = Dossier.objects.get()
    assert response.url == reverse("nominations:dossier-nominees", args=[dossier.pk])


def test_the_nominees_page_offers_candidates_and_adds_them_in_bulk(dossier, tree, personas):
    an = good_person("Nguyễn Văn An", tree.unit_a)
    client = client_for(personas.clerk_a)
    page = client.get(reverse("nominations:dossier-nominees", args=[dossier.pk])).content.decode()
    assert "Gợi ý từ điều kiện" in page and "Nguyễn Văn An" in page
    response = client.post(
        reverse("nominations:dossier-nominees-bulk", args=[dossier.pk]),
        {"chon": [f"person:LDTT:{an.pk}"]},
    )
    assert response.url == reverse("nominations:dossier-detail", args=[dossier.pk])
    assert Nomination.objects.get().eligible is True


def test_searching_and_adding_an_ineligible_person_asks_for_a_justification(
    dossier, tree, personas
):
    weak = good_person("Trần Văn Bình", tree.unit_a, rating="complete")
    client = client_for(personas.clerk_a)
    page = client.get(
        reverse("nominations:dossier-nominees", args=[dossier.pk]) + "?q=tran van"
    ).content.decode()
    assert "Trần Văn Bình" in page  # folded search
    url = reverse("nominations:nominee-add", args=[dossier.pk]) + f"?ca-nhan={weak.pk}"
    page = client.get(url).content.decode()
    assert "Chưa đủ điều kiện" in page
    ldtt = Nomination._meta.get_field("award_type").related_model.objects.get(code="LDTT")
    response = client.post(url, {"award_type": ldtt.pk, "summary": "", "justification": ""})
    assert response.status_code == 200 and "cần ghi lý do đề nghị" in response.content.decode()
    response = client.post(url, {"award_type": ldtt.pk, "justification": "Có thành tích đột xuất"})
    assert response.status_code == 302
    page = client.get(reverse("nominations:dossier-detail", args=[dossier.pk])).content.decode()
    assert "Có thành tích đột xuất" in page and "Chưa đủ điều kiện" in page
    assert "chưa đăng ký thi đua" in page  # the checklist warns before the button


def test_the_dossier_page_shows_checklist_attachments_documents_and_timeline(
    dossier, tree, personas
):
    nominee = add(dossier, organization=tree.unit_a)
    client = client_for(personas.clerk_a)
    url = reverse("nominations:attachment-add", args=[dossier.pk])
    response = client.post(
        url, {"kind": "submission_letter", "nomination": nominee.pk, "file": pdf()}
    )
    assert response.status_code == 302
    response = client.post(
        url, {"kind": "other", "file": pdf("virus.pdf", b"MZ\x90\x00 not a pdf")}
    )
    assert "không phải tệp .pdf hợp lệ" in response.content.decode()
    client.post(reverse("nominations:nominee-report", args=[nominee.pk]))
    page = client.get(reverse("nominations:dossier-detail", args=[dossier.pk])).content.decode()
    assert "Hồ sơ đáp ứng các điều kiện khi gửi" in page
    assert "to-trinh.pdf" in page and "Báo cáo thành tích – Phòng Lao động - Việc làm" in page
    assert "Tạo hồ sơ đề nghị" in page and "Đính kèm tài liệu hồ sơ" in page  # timeline
    attachment = Attachment.objects.get()
    download = client.get(reverse("nominations:attachment-download", args=[attachment.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    assert GeneratedDocument.objects.filter(subject_id=str(dossier.pk)).count() == 1


def test_submit_receive_appraise_and_return_through_the_pages(dossier, tree, personas):
    add(dossier, organization=tree.unit_a)
    clerk, officer = client_for(personas.clerk_a), client_for(personas.dept_officer)
    move = lambda c, to, **data: c.post(  # noqa: E731
        reverse("nominations:dossier-transition", args=[dossier.pk, to]), data
    )
    move(clerk, "submitted")
    assert Dossier.objects.get().status == DossierStatus.SUBMITTED
    inbox = officer.get(reverse("nominations:inbox")).content.decode()
    assert dossier.title in inbox
    move(officer, "received")
    nominee = Nomination.objects.get()
    response = officer.post(
        reverse("nominations:dossier-appraise", args=[dossier.pk]),
        {f"n{nominee.pk}-appraisal": "agree", f"n{nominee.pk}-appraisal_note": "Đúng quy định"},
    )
    assert response.status_code == 302
    move(officer, "draft", note="Bổ sung biên bản họp bình xét")
    page = clerk.get(reverse("nominations:dossier-detail", args=[dossier.pk])).content.decode()
    assert "Hồ sơ bị trả lại" in page and "Bổ sung biên bản họp bình xét" in page


def test_a_refused_move_shows_the_guards_messages(dossier, personas):
    client = client_for(personas.clerk_a)
    response = client.post(
        reverse("nominations:dossier-transition", args=[dossier.pk, "submitted"]), follow=True
    )
    assert "Hồ sơ chưa có cá nhân, tập thể nào được đề nghị." in response.content.decode()


@pytest.mark.parametrize("name", ["index", "round-list", "dossier-list", "inbox"])
def test_the_lists_render_for_the_department_officer(the_round, dossier, personas, name):
    response = client_for(personas.dept_officer).get(reverse(f"nominations:{name}"))
    assert response.status_code == 200


def test_the_round_can_be_edited_and_closed(the_round, personas):
    client = client_for(personas.dept_officer)
    url = reverse("nominations:round-edit", args=[the_round.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "kind": "year_end",
            "year": "2025",
            "title": "Đợt đã sửa",
            "submission_deadline": FAR.strftime("%d/%m/%Y"),
        },
    )
    assert response.status_code == 302
    client.post(reverse("nominations:round-close", args=[the_round.pk]))
    the_round.refresh_from_db()
    assert (the_round.title, the_round.status) == ("Đợt đã sửa", "closed")


def test_the_round_page_counts_by_status_and_lists_units_that_sent_nothing(
    the_round, tree, personas
):
    from tests.factories import make_org
    from tests.nominations.helpers import make_dossier
    from thidua.nominations.selectors.lists import round_page

    team = make_org("Tổ Chính sách", parent=tree.unit_b)
    sent = make_dossier(the_round, team)  # a sub-unit's dossier counts for its division
    Dossier.objects.filter(pk=sent.pk).update(status=DossierStatus.SUBMITTED)
    make_dossier(the_round, tree.unit_a)  # a draft is not sent
    page = round_page(user=personas.dept_officer, the_round=the_round)
    assert [(s, n) for s, _, n in page.counts] == [("draft", 1), ("submitted", 1)]
    assert page.total == 2
    assert page.missing is not None
    assert [o.name for o in page.missing] == ["Phòng Lao động - Việc làm"]
    assert round_page(user=personas.clerk_a, the_round=the_round).missing is None
