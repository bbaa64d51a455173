"""List pages and dashboards read in a fixed number of queries, however many rows they show."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_org, make_person
from tests.movements.helpers import award, make_movement, make_target, yearly_request
from thidua.movements import services


def _grow(tree, movement, period, units: int) -> None:
    """Add `units` participants, each with two targets, progress, a registration and a report."""
    request = movement.report_requests.first() or yearly_request(movement)
    orgs = [
        make_org(f"Trung tâm số {i}", parent=tree.dept, kind="public_service_unit")
        for i in range(units)
    ]
    current = [p.organization for p in movement.participants.select_related("organization")]
    services.movement_participants_set(actor=None, movement=movement, organizations=current + orgs)
    for org in orgs:
        person = make_person(f"Cán bộ {org.pk}", org=org)
        for name in ("Giải quyết việc làm", "Đào tạo nghề"):
            target = make_target(movement, organization=org, name=name)
            services.progress_record(
                actor=None, target=target, value=Decimal(15000), on=dt.date(2026, 6, 30)
            )
        registration = services.registration_save(
            actor=None,
            period=period,
            organization=org,
            collective=[award("TTLDTT")],
            individuals={person.pk: award("LDTT")},
            commitments="",
        )
        services.registration_transition(registration=registration, to="submitted", actor=None)
        report = services.report_save(
            actor=None, request=request, year=2026, organization=org, text="Báo cáo", figures={}
        )
        services.report_transition(report=report, to="submitted", actor=None)


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = [
    ("movement-list", lambda m, p: []),
    ("movement-detail", lambda m, p: [m.pk]),
    ("movement-cascade", lambda m, p: [m.pk]),
    ("target-list", lambda m, p: [m.pk]),
    ("movement-dashboard", lambda m, p: [m.pk]),
    ("movement-dashboard-data", lambda m, p: [m.pk]),
    ("registration-overview", lambda m, p: [m.pk]),
    ("registration-print", lambda m, p: [p.pk]),
    ("report-list", lambda m, p: [m.pk]),
    ("overdue", lambda m, p: []),
]
# What each page costs: session, user, two OTP device lookups, roles and the unread
# notifications (6 on every page), plus the page's own reads.
LIMITS = {
    "movement-list": 8,
    "movement-detail": 17,
    "movement-cascade": 14,
    "target-list": 9,
    "movement-dashboard": 13,
    "movement-dashboard-data": 12,
    "registration-overview": 13,
    "registration-print": 10,
    "report-list": 11,
    "overdue": 10,
}


@pytest.mark.parametrize(("name", "args"), PAGES, ids=[p[0] for p in PAGES])
def test_it_reads_each_page_in_a_fixed_number_of_queries(
    tree, personas, movement, period, name, args
):
    client = client_for(personas.dept_officer)
    make_movement(tree, organizer=tree.unit_a, parent=movement, launched=False)
    url = reverse(f"movements:{name}", args=args(movement, period))
    _grow(tree, movement, period, 1)
    small = _count(client, url)
    _grow(tree, movement, period, 6)
    large = _count(client, url)
    assert small == large, f"{name}: {small} queries with 3 units, {large} with 9"
    assert large <= LIMITS[name], f"{name}: {large} queries"
