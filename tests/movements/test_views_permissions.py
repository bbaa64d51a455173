"""A unit cannot see or edit another unit's registration, targets or report (404); those who
may only look get 403 on writes; drafts stay with the organiser."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.movements.helpers import award, make_movement, make_target, pdf, yearly_request
from thidua.movements import services
from thidua.movements.models import Progress, RegistrationLine


@pytest.fixture
def records(tree, personas, movement, period):
    registration = services.registration_save(
        actor=None,
        period=period,
        organization=tree.unit_a,
        collective=[award("TTLDTT")],
        individuals={},
        commitments="",
    )
    request = yearly_request(movement)
    target = make_target(movement, organization=tree.unit_a)
    progress = services.progress_record(
        actor=None, target=target, value=Decimal(5), on=dt.date(2026, 3, 31), evidence=pdf()
    )
    report = services.report_save(
        actor=None,
        request=request,
        year=2026,
        organization=tree.unit_a,
        text="Báo cáo",
        figures={},
        attachments=[pdf("bao-cao.pdf")],
    )
    return {
        "movement": movement,
        "period": period,
        "registration": registration,
        "request": request,
        "target": target,
        "progress": progress,
        "report": report,
        "attachment": report.attachments.get(),
        "draft": make_movement(tree, title="Kế hoạch chưa ban hành", launched=False),
    }


def _url(name, records, tree):
    m, p, r = records["movement"], records["period"], records["request"]
    a = tree.unit_a.pk
    return {
        "movement-detail": ("movements:movement-detail", [m.pk]),
        "movement-edit": ("movements:movement-edit", [m.pk]),
        "draft-detail": ("movements:movement-detail", [records["draft"].pk]),
        "registration-detail": ("movements:registration-detail", [records["registration"].pk]),
        "registration-unit": ("movements:registration-unit", [p.pk, a]),
        "target-detail": ("movements:target-detail", [records["target"].pk]),
        "target-edit": ("movements:target-edit", [records["target"].pk]),
        "evidence": ("movements:progress-evidence", [records["progress"].pk]),
        "unit-dashboard": ("movements:unit-dashboard", [m.pk, a]),
        "unit-dashboard-data": ("movements:unit-dashboard-data", [m.pk, a]),
        "report-detail": ("movements:report-detail", [records["report"].pk]),
        "report-edit": ("movements:report-edit", [r.pk, 2026, a]),
        "attachment": ("movements:attachment-download", [records["attachment"].pk]),
        "summary": ("movements:report-summary", [m.pk, r.pk, 2026]),
    }[name]


CASES = [
    ("officer_a", "movement-detail", 200),
    ("officer_b", "movement-detail", 200),
    ("auditor", "movement-detail", 200),
    ("staff_a", "movement-detail", 404),
    ("officer_a", "draft-detail", 404),
    ("dept_officer", "draft-detail", 200),
    ("council_member", "draft-detail", 200),
    ("dept_officer", "movement-edit", 200),
    ("officer_a", "movement-edit", 403),
    ("auditor", "movement-edit", 403),
    ("clerk_a", "registration-detail", 200),
    ("officer_a", "registration-detail", 200),
    ("dept_officer", "registration-detail", 200),
    ("leader", "registration-detail", 200),
    ("officer_b", "registration-detail", 404),
    ("staff_a", "registration-detail", 404),
    ("clerk_a", "registration-unit", 200),
    ("dept_officer", "registration-unit", 200),
    ("officer_b", "registration-unit", 404),
    ("auditor", "registration-unit", 403),
    ("officer_a", "target-detail", 200),
    ("officer_b", "target-detail", 404),
    ("officer_b", "target-edit", 404),
    ("officer_a", "target-edit", 403),
    ("dept_officer", "target-edit", 200),
    ("officer_a", "evidence", 200),
    ("officer_b", "evidence", 404),
    ("officer_a", "unit-dashboard", 200),
    ("officer_b", "unit-dashboard", 404),
    ("officer_b", "unit-dashboard-data", 404),
    ("clerk_a", "report-detail", 200),
    ("auditor", "report-detail", 200),
    ("officer_b", "report-detail", 404),
    ("clerk_a", "report-edit", 200),
    ("officer_b", "report-edit", 404),
    ("auditor", "report-edit", 403),
    ("clerk_a", "attachment", 200),
    ("officer_b", "attachment", 404),
    ("dept_officer", "summary", 200),
    ("auditor", "summary", 200),
    ("officer_a", "summary", 403),
]


@pytest.mark.parametrize(("persona", "page", "status"), CASES)
def test_it_scopes_movement_pages_to_the_users_units(
    tree, personas, records, persona, page, status
):
    name, args = _url(page, records, tree)
    response = client_for(getattr(personas, persona)).get(reverse(name, args=args))
    assert response.status_code == status


def test_it_refuses_another_units_writes(tree, personas, records):
    client = client_for(personas.officer_b)
    response = client.post(
        reverse("movements:registration-unit", args=[records["period"].pk, tree.unit_a.pk]),
        {"collective": [award("TTLDXS").pk], "commitments": "x"},
    )
    assert response.status_code == 404
    assert RegistrationLine.objects.get().award_type.code == "TTLDTT"
    response = client.post(
        reverse("movements:target-detail", args=[records["target"].pk]),
        {"value": "999", "on": "01/04/2026"},
    )
    assert response.status_code == 404
    response = client.post(
        reverse("movements:report-transition", args=[records["report"].pk, "submitted"])
    )
    assert response.status_code == 404
    records["report"].refresh_from_db()
    assert records["report"].status == "draft"


def test_it_refuses_progress_from_those_who_only_look(tree, personas, records):
    response = client_for(personas.auditor).post(
        reverse("movements:target-detail", args=[records["target"].pk]),
        {"value": "999", "on": "01/04/2026"},
    )
    assert response.status_code == 403
    assert Progress.objects.count() == 1


def test_it_hides_other_units_from_lists_and_dashboards(tree, personas, records):
    services.registration_save(
        actor=None,
        period=records["period"],
        organization=tree.unit_b,
        collective=[award("TTLDXS")],
        individuals={},
        commitments="",
    )
    client = client_for(personas.officer_a)
    m = records["movement"]
    for name in ("registration-overview", "movement-dashboard", "report-list", "movement-cascade"):
        body = client.get(reverse(f"movements:{name}", args=[m.pk])).content.decode()
        assert "Phòng Lao động - Việc làm" in body, name
        assert "Phòng Người có công" not in body, name
    printed = client.get(reverse("movements:registration-print", args=[records["period"].pk]))
    assert "TTLDXS" not in printed.content.decode()
    data = client.get(reverse("movements:movement-dashboard-data", args=[m.pk])).json()
    assert data["labels"] == ["Phòng Lao động - Việc làm"]


def test_it_hides_drafts_and_other_trees_from_the_list(tree, personas, records):
    body = client_for(personas.officer_a).get(reverse("movements:movement-list")).content.decode()
    assert "Phong trào thi đua năm 2026" in body
    assert "Kế hoạch chưa ban hành" not in body
    outsider = make_movement(
        tree, title="Phong trào của Sở Nội vụ", organizer=tree.home_affairs, launched=False
    )
    body = (
        client_for(personas.dept_officer).get(reverse("movements:movement-list")).content.decode()
    )
    assert outsider.title not in body
    assert client_for(personas.staff_a).get(reverse("movements:movement-list")).status_code == 403
