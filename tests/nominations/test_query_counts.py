"""List pages and the dossier page read in a fixed number of queries, however many rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_org, make_person
from tests.nominations.helpers import add, make_dossier, make_round, pdf
from thidua.nominations.models import Dossier, DossierStatus
from thidua.nominations.services.attachments import attachment_add


def _grow(tree, the_round, units: int) -> Dossier:
    """`units` more divisions, each with a sent dossier of two nominees and an attachment."""
    last = None
    for i in range(units):
        org = make_org(
            f"Trung tâm số {Dossier.objects.count()}-{i}",
            parent=tree.dept,
            kind="public_service_unit",
        )
        last = make_dossier(the_round, org)
        add(last, organization=org)
        add(last, person=make_person(f"Cán bộ {org.pk}", org=org))
        attachment_add(dossier=last, actor=None, kind="other", upload=pdf())
        Dossier.objects.filter(pk=last.pk).update(status=DossierStatus.SUBMITTED)
    make_round(tree, title=f"Đợt {Dossier.objects.count()}")
    assert last is not None
    return last


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = [
    ("round-list", lambda r, d: []),
    ("round-detail", lambda r, d: [r.pk]),
    ("dossier-list", lambda r, d: []),
    ("inbox", lambda r, d: []),
    ("index", lambda r, d: []),
]


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_a_list_page_reads_a_fixed_number_of_queries(the_round, tree, personas, name, args):
    client = client_for(personas.dept_officer)
    dossier = _grow(tree, the_round, 1)
    url = reverse(f"nominations:{name}", args=args(the_round, dossier))
    first = _count(client, url)
    _grow(tree, the_round, 4)
    assert _count(client, url) == first


def test_the_dossier_page_reads_a_fixed_number_of_queries(the_round, tree, personas):
    client = client_for(personas.dept_officer)
    dossier = _grow(tree, the_round, 1)
    Dossier.objects.filter(pk=dossier.pk).update(status=DossierStatus.DRAFT)
    url = reverse("nominations:dossier-detail", args=[dossier.pk])
    first = _count(client, url)
    for i in range(4):
        add(dossier, person=make_person(f"Người thứ {i}", org=dossier.organization))
        attachment_add(dossier=dossier, actor=None, kind="other", upload=pdf())
    assert _count(client, url) == first
