"""The pages do what they say: forms go through the services and come back with messages."""

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
import time_machine
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_person
from tests.movements.helpers import (
    award,
    make_movement,
    make_target,
    open_period,
    pdf,
    yearly_request,
)
from thidua.movements import services
from thidua.movements.models import (
    LegalDocument,
    Movement,
    NamedMovement,
    Notification,
    Registration,
    Target,
    UnitReport,
)


def _movement_form(tree, **overrides):
    return {
        "title": "Cán bộ, công chức, viên chức, người lao động quyết tâm thực hiện thắng lợi Kế hoạch 5 năm",
        "theme": "",
        "slogan": "",
        "kind": "regular",
        "start_year": "2021",
        "end_year": "2025",
        "organizer": tree.dept.pk,
        "scope": tree.dept.pk,
        "parent": "",
        "purpose": "Phát động toàn thể cán bộ…",
        "requirements": "",
        "award_forms": [award("BANG_KHEN_TINH").pk, award("CO_THI_DUA_TINH").pk],
        "named_text": "Vì người nghèo - Không để ai bị bỏ lại phía sau\nCả nước chung tay xây dựng nông thôn mới\n",
        **overrides,
    }


def test_it_creates_edits_fills_and_launches_a_movement(tree, personas):
    client = client_for(personas.dept_officer)
    response = client.post(reverse("movements:movement-create"), _movement_form(tree))
    movement = Movement.objects.get()
    assert response.status_code == 302
    assert movement.period_label == "2021–2025"
    assert movement.named_movements.count() == 2
    content = {
        "nd-TOTAL_FORMS": "2",
        "nd-INITIAL_FORMS": "0",
        "nd-0-heading": "Thực hiện tốt nhiệm vụ chính trị",
        "nd-0-body": "Đào tạo nghề, giải quyết việc làm",
        "nd-1-heading": "",
        "nd-1-body": "",
        "tc-TOTAL_FORMS": "2",
        "tc-INITIAL_FORMS": "0",
        "tc-0-subject_kind": "district_office",
        "tc-0-text": "Tham mưu xây dựng chương trình",
        "tc-1-subject_kind": "individual",
        "tc-1-text": "",
    }
    assert (
        client.post(reverse("movements:movement-content", args=[movement.pk]), content).status_code
        == 302
    )
    assert movement.content_items.count() == 1
    assert movement.criteria.get().subject_kind == "district_office"
    response = client.post(
        reverse("movements:movement-transition", args=[movement.pk, "launched"]), follow=True
    )
    assert "Phát động: xong" in response.content.decode()
    movement.refresh_from_db()
    assert movement.status == "launched"
    edit = _movement_form(tree, title="Tên mới", organizer=tree.unit_a.pk)
    client.post(reverse("movements:movement-edit", args=[movement.pk]), edit)
    movement.refresh_from_db()
    assert (movement.title, movement.organizer) == ("Tên mới", tree.dept)  # disabled after launch


def test_it_shows_why_a_launch_is_refused(tree, personas):
    parent = make_movement(tree, launched=False)
    movement = make_movement(tree, organizer=tree.unit_a, parent=parent, launched=False)
    response = client_for(personas.officer_a).post(
        reverse("movements:movement-transition", args=[movement.pk, "launched"]), follow=True
    )
    assert "Phong trào cấp trên còn là dự thảo" in response.content.decode()


def test_it_lets_a_division_launch_its_own_plan_for_its_staff(tree, personas, movement):
    own = make_movement(tree, organizer=tree.unit_a, parent=movement)
    assert list(own.participants.values_list("organization", flat=True)) == [tree.unit_a.pk]


def test_it_suggests_named_movements_as_the_user_types(tree, personas):
    NamedMovement.objects.create(
        name="Vì người nghèo - Không để ai bị bỏ lại phía sau",
        name_folded="vi nguoi ngheo - khong de ai bi bo lai phia sau",
    )
    client = client_for(personas.dept_officer)
    body = client.get(
        reverse("movements:named-suggest"),
        {"named_text": "Cải cách\nvi ngheo"},
        HTTP_HX_REQUEST="true",
    ).content.decode()
    assert 'data-name="Vì người nghèo - Không để ai bị bỏ lại phía sau"' in body
    body = client.get(
        reverse("movements:named-suggest"), {"named_text": "Sống và máy tính cho em"}
    ).content.decode()
    assert "tên mới sẽ được thêm" in body


def test_it_attaches_and_downloads_a_document(tree, personas, movement):
    client = client_for(personas.dept_officer)
    response = client.post(
        reverse("movements:movement-documents", args=[movement.pk]),
        {
            "kind": "directive",
            "number": "01/CT-UBND",
            "issued_on": "03/01/2023",
            "issuer": "UBND tỉnh Sơn La",
            "summary": "Phát động phong trào thi đua năm 2023",
            "file": pdf("chi-thi.pdf"),
        },
    )
    assert response.status_code == 302
    document = LegalDocument.objects.get()
    assert document.issued_on == dt.date(2023, 1, 3)
    download = client_for(personas.officer_a).get(
        reverse("movements:document-download", args=[document.pk])
    )
    assert download["Content-Disposition"].endswith('filename="chi-thi.pdf"')
    bad = client.post(
        reverse("movements:movement-documents", args=[movement.pk]),
        {"kind": "plan", "file": pdf("x.pdf", b"GIF89a")},
    )
    assert "không phải tệp .pdf hợp lệ" in bad.content.decode()


def test_it_adds_a_target_in_vietnamese_numbers_and_records_progress(tree, personas, movement):
    client = client_for(personas.dept_officer)
    response = client.post(
        reverse("movements:target-create", args=[movement.pk]),
        {
            "organization": tree.unit_a.pk,
            "name": "Tỷ lệ hộ nghèo",
            "unit": "%",
            "target_value": "15,66",
            "direction": "at_most",
            "baseline": "18,66",
            "deadline": "31/12/2026",
            "group": "",
            "order": "",
        },
    )
    assert response.status_code == 302
    target = Target.objects.get()
    assert (target.target_value, target.baseline) == (Decimal("15.66"), Decimal("18.66"))
    response = client_for(personas.clerk_a).post(
        reverse("movements:target-detail", args=[target.pk]),
        {"value": "15,2", "on": "30/06/2026", "note": "6 tháng", "evidence": pdf("so-lieu.pdf")},
        follow=True,
    )
    body = response.content.decode()
    assert "Đã cập nhật tiến độ" in body
    assert "Đạt 115,3 % kế hoạch (tính từ mức xuất phát 18,66 %)" in body
    jobs = client.post(
        reverse("movements:target-create", args=[movement.pk]),
        {
            "organization": "",
            "name": "Giải quyết việc làm",
            "unit": "lao động",
            "target_value": "20.000",
            "direction": "at_least",
        },
    )
    assert jobs.status_code == 302
    assert Target.objects.get(name="Giải quyết việc làm").target_value == Decimal(20000)


@time_machine.travel(dt.datetime(2026, 1, 20, 9, 0, tzinfo=dt.UTC))
def test_it_registers_a_unit_and_its_staff_then_the_officer_accepts(tree, personas, movement):
    period = open_period(movement, opens_on=dt.date(2026, 1, 1), deadline=dt.date(2026, 1, 31))
    an = make_person("Nguyễn Văn An", org=tree.unit_a)
    client = client_for(personas.clerk_a)
    url = reverse("movements:registration-unit", args=[period.pk, tree.unit_a.pk])
    page = client.get(url).content.decode()
    assert "Nguyễn Văn An" in page and "Trần Thị Bình" in page
    response = client.post(
        url,
        {
            "collective": [award("TTLDXS").pk],
            "commitments": "Hoàn thành xuất sắc",
            f"person_{an.pk}": award("CSTDCS").pk,
            "gui": "1",
        },
        follow=True,
    )
    assert "Đã gửi đăng ký thi đua" in response.content.decode()
    registration = Registration.objects.get()
    assert registration.status == "submitted"
    officer = client_for(personas.dept_officer)
    officer.post(
        reverse("movements:registration-transition", args=[registration.pk, "returned"]),
        {"note": "Bổ sung cam kết"},
    )
    registration.refresh_from_db()
    assert (registration.status, registration.return_reason) == ("returned", "Bổ sung cam kết")
    assert Notification.objects.filter(
        user=personas.clerk_a, text__contains="Bổ sung cam kết"
    ).exists()
    client.post(
        url,
        {
            "collective": [award("TTLDXS").pk],
            "commitments": "Hoàn thành xuất sắc; có sáng kiến",
            "gui": "1",
        },
    )
    officer.post(reverse("movements:registration-transition", args=[registration.pk, "accepted"]))
    registration.refresh_from_db()
    assert registration.status == "accepted"


@time_machine.travel(dt.datetime(2026, 2, 3, 9, 0, tzinfo=dt.UTC))
def test_it_refuses_registration_after_the_deadline_until_reopened(tree, personas, movement):
    period = open_period(movement, opens_on=dt.date(2026, 1, 1), deadline=dt.date(2026, 1, 31))
    client = client_for(personas.clerk_a)
    url = reverse("movements:registration-unit", args=[period.pk, tree.unit_a.pk])
    page = client.get(url).content.decode()
    assert "Đã hết hạn đăng ký thi đua (hạn chót 31/01/2026)" in page
    response = client.post(url, {"collective": [award("TTLDTT").pk], "gui": "1"})
    assert "Đã hết hạn đăng ký thi đua" in response.content.decode()
    assert not Registration.objects.exists()
    client_for(personas.dept_officer).post(
        reverse("movements:period-edit", args=[period.pk]),
        {"deadline": "31/01/2026", "reopened_until": "10/02/2026"},
    )
    client.post(url, {"collective": [award("TTLDTT").pk], "gui": "1"})
    assert Registration.objects.get().status == "submitted"


def test_it_opens_registration_from_the_page(tree, personas, movement):
    response = client_for(personas.dept_officer).post(
        reverse("movements:period-open", args=[movement.pk]),
        {
            "year": "",
            "opens_on": "01/01/2026",
            "deadline": "31/01/2026",
            "note": "Gửi về Văn phòng Sở",
        },
        follow=True,
    )
    assert "Đã mở đăng ký thi đua" in response.content.decode()


def test_it_lets_staff_register_themselves(tree, personas, movement, period):
    client = client_for(personas.staff_a)
    mine = client.get(reverse("movements:my-registrations")).content.decode()
    assert movement.title in mine
    response = client.post(
        reverse("movements:registration-self", args=[period.pk]),
        {"award_type": award("LDTT").pk, "commitments": "Hoàn thành tốt nhiệm vụ"},
        follow=True,
    )
    assert "Đã gửi đăng ký thi đua của bạn" in response.content.decode()
    registration = Registration.objects.get(person=personas.staff_a.person)
    assert registration.status == "submitted"
    assert (
        client.get(reverse("movements:registration-detail", args=[registration.pk])).status_code
        == 200
    )
    other = make_person("Lê Văn Cường", org=tree.unit_b)
    assert other.pk  # staff without a role over a unit see no one else's registration


def test_it_prints_and_exports_the_registration_list(tree, personas, movement, period):
    an = make_person("Nguyễn Văn An", org=tree.unit_a)
    registration = services.registration_save(
        actor=None,
        period=period,
        organization=tree.unit_a,
        collective=[award("TTLDXS")],
        individuals={an.pk: award("CSTDCS")},
        commitments="",
    )
    services.registration_transition(registration=registration, to="submitted", actor=None)
    client = client_for(personas.dept_officer)
    printed = client.get(reverse("movements:registration-print", args=[period.pk])).content.decode()
    assert "DANH SÁCH ĐĂNG KÝ THI ĐUA" in printed and "Nguyễn Văn An" in printed
    response = client.get(reverse("movements:registration-export", args=[period.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ("STT", "Đơn vị", "Họ và tên (cá nhân)")
    assert [(r[2], r[4]) for r in rows[1:]] == [(None, "TTLDXS"), ("Nguyễn Văn An", "CSTDCS")]


def test_it_exports_targets_and_progress(tree, personas, movement):
    target = make_target(movement, organization=tree.unit_a)
    services.progress_record(
        actor=None, target=target, value=Decimal("26667"), on=dt.date(2026, 9, 30)
    )
    response = client_for(personas.dept_officer).get(
        reverse("movements:targets-export", args=[movement.pk])
    )
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    targets = list(book["Chỉ tiêu"].iter_rows(values_only=True))
    assert targets[1][0] == "Phòng Lao động - Việc làm"
    assert targets[1][10] == pytest.approx(133.3)
    assert targets[1][12].startswith("Đạt 133,3 % kế hoạch")
    assert list(book["Tiến độ"].iter_rows(values_only=True))[1][2] == 26667


def test_it_writes_sends_and_summarises_a_report(tree, personas, movement):
    request = yearly_request(movement)
    target = make_target(movement, organization=tree.unit_a)
    url = reverse("movements:report-edit", args=[request.pk, 2026, tree.unit_a.pk])
    client = client_for(personas.clerk_a)
    response = client.post(
        url,
        {
            "text": "Đơn vị hoàn thành xuất sắc.",
            f"fig_{target.pk}": "21.500",
            f"note_{target.pk}": "",
            "attachments": [pdf("bao-cao.pdf")],
            "gui": "1",
        },
        follow=True,
    )
    assert "Đã gửi báo cáo" in response.content.decode()
    report = UnitReport.objects.get()
    assert report.status == "submitted" and report.attachments.count() == 1
    target.refresh_from_db()
    assert target.latest_value == Decimal(21500)
    assert client.get(url).status_code == 302  # a sent report opens read-only
    summary = (
        client_for(personas.dept_officer)
        .get(reverse("movements:report-summary", args=[movement.pk, request.pk, 2026]))
        .content.decode()
    )
    assert "Đơn vị hoàn thành xuất sắc." in summary and "Phòng Người có công" in summary


def test_it_shows_and_clears_notifications(tree, personas, movement):
    open_period(movement)
    client = client_for(personas.clerk_a)
    assert "thông báo chưa đọc" in client.get(reverse("movements:movement-list")).content.decode()
    note = Notification.objects.get(user=personas.clerk_a)
    response = client.post(reverse("movements:notifications-read"), {"id": note.pk})
    assert response.status_code == 302 and response["Location"] == note.url
    assert (
        "thông báo chưa đọc" not in client.get(reverse("movements:movement-list")).content.decode()
    )
