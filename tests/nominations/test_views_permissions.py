"""Every page with its negative personas: another unit's user gets 404, a reader 403 on
writes, a staff member (no role over units) nothing."""

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import make_person, make_user
from tests.nominations.helpers import add, pdf
from thidua.accounts.models import Role
from thidua.nominations.models import Dossier, DossierStatus
from thidua.nominations.services.attachments import attachment_add


@pytest.fixture
def objects(dossier, tree):
    person = make_person("Đinh Văn Hải", org=tree.unit_a)
    nominee = add(dossier, person=person)
    attachment = attachment_add(dossier=dossier, actor=None, kind="other", upload=pdf())
    return {"dossier": dossier, "nominee": nominee, "attachment": attachment, "person": person}


def _url(name, objects):
    d, n, a, p = objects["dossier"], objects["nominee"], objects["attachment"], objects["person"]
    return {
        "dossier-detail": reverse("nominations:dossier-detail", args=[d.pk]),
        "dossier-edit": reverse("nominations:dossier-edit", args=[d.pk]),
        "dossier-nominees": reverse("nominations:dossier-nominees", args=[d.pk]),
        "nominee-add": reverse("nominations:nominee-add", args=[d.pk]) + f"?ca-nhan={p.pk}",
        "attachment-add": reverse("nominations:attachment-add", args=[d.pk]),
        "dossier-appraise": reverse("nominations:dossier-appraise", args=[d.pk]),
        "nominee-edit": reverse("nominations:nominee-edit", args=[n.pk]),
        "attachment-download": reverse("nominations:attachment-download", args=[a.pk]),
    }[name]


PAGES = [
    # (page, clerk_a, auditor, officer_b, staff_a, dept_officer)
    ("dossier-detail", 200, 200, 404, 404, 200),
    ("dossier-edit", 200, 403, 404, 404, 200),
    ("dossier-nominees", 200, 403, 404, 404, 200),
    ("nominee-add", 200, 403, 404, 404, 200),
    ("attachment-add", 200, 403, 404, 404, 200),
    ("dossier-appraise", 403, 403, 404, 404, 200),
    ("nominee-edit", 200, 403, 404, 404, 200),
    ("attachment-download", 200, 200, 404, 404, 200),
]


@pytest.mark.parametrize(
    ("page", *("clerk_a", "auditor", "officer_b", "staff_a", "dept_officer")), PAGES
)
def test_each_dossier_page_per_persona(
    objects, personas, page, clerk_a, auditor, officer_b, staff_a, dept_officer
):
    url = _url(page, objects)
    expected = {
        "clerk_a": clerk_a,
        "auditor": auditor,
        "officer_b": officer_b,
        "staff_a": staff_a,
        "dept_officer": dept_officer,
    }
    found = {who: client_for(getattr(personas, who)).get(url).status_code for who in expected}
    assert found == expected


WRITES = [
    ("nominations:dossier-edit", "dossier", {"title": "x"}),
    ("nominations:dossier-nominees-bulk", "dossier", {"chon": ["org:GIAY_KHEN:0"]}),
    ("nominations:nominee-edit", "nominee", {"summary": "x"}),
    ("nominations:nominee-remove", "nominee", {}),
    ("nominations:nominee-report", "nominee", {}),
    ("nominations:attachment-remove", "attachment", {}),
    ("nominations:dossier-appraise", "dossier", {}),
]


@pytest.mark.parametrize(("name", "key", "data"), WRITES)
@pytest.mark.parametrize(
    ("who", "status"), [("auditor", 403), ("officer_b", 404), ("staff_a", 404)]
)
def test_writes_are_refused_to_readers_and_strangers(
    objects, personas, name, key, data, who, status
):
    before = Dossier.objects.get().updated_at
    response = client_for(getattr(personas, who)).post(reverse(name, args=[objects[key].pk]), data)
    assert response.status_code == status
    assert Dossier.objects.get().updated_at == before


@pytest.mark.parametrize(("who", "status"), [("auditor", 403), ("officer_b", 404), ("leader", 403)])
def test_a_move_is_refused_to_who_may_not_make_it(objects, personas, who, status):
    url = reverse("nominations:dossier-transition", args=[objects["dossier"].pk, "submitted"])
    assert client_for(getattr(personas, who)).post(url).status_code == status
    assert Dossier.objects.get().status == DossierStatus.DRAFT


def test_pages_of_a_sent_dossier_are_no_longer_editable(objects, personas):
    Dossier.objects.filter(pk=objects["dossier"].pk).update(status=DossierStatus.SUBMITTED)
    client = client_for(personas.clerk_a)
    for page in ("dossier-nominees", "nominee-add", "attachment-add"):
        assert client.get(_url(page, objects)).status_code == 403, page


LISTS = [
    # (page, clerk_a, auditor, staff_a, dept_officer)
    ("index", 200, 200, 403, 200),
    ("round-list", 200, 200, 403, 200),
    ("round-create", 403, 403, 403, 200),
    ("dossier-list", 200, 403, 403, 200),
    ("inbox", 403, 403, 403, 200),
]


@pytest.mark.parametrize(("page", "clerk_a", "auditor", "staff_a", "dept_officer"), LISTS)
def test_each_list_per_persona(the_round, personas, page, clerk_a, auditor, staff_a, dept_officer):
    expected = {
        "clerk_a": clerk_a,
        "auditor": auditor,
        "staff_a": staff_a,
        "dept_officer": dept_officer,
    }
    url = reverse(f"nominations:{page}")
    assert {w: client_for(getattr(personas, w)).get(url).status_code for w in expected} == expected


def test_a_round_of_another_tree_is_not_found_and_only_its_officer_manages_it(
    the_round, tree, personas
):
    outsider = make_user("snv_officer", Role.EMULATION_OFFICER, tree.home_affairs)
    detail = reverse("nominations:round-detail", args=[the_round.pk])
    assert client_for(outsider).get(detail).status_code == 404
    assert client_for(personas.clerk_a).get(detail).status_code == 200
    for name in ("round-edit", "round-close"):
        url = reverse(f"nominations:{name}", args=[the_round.pk])
        assert client_for(personas.clerk_a).post(url).status_code == 403
        assert client_for(outsider).post(url).status_code == 404


def test_a_unit_b_dossier_is_hidden_from_unit_a_lists(the_round, tree, personas):
    from tests.nominations.helpers import make_dossier

    theirs = make_dossier(the_round, tree.unit_b, "Hồ sơ của Phòng Người có công")
    mine = client_for(personas.clerk_a).get(reverse("nominations:dossier-list")).content.decode()
    assert theirs.title not in mine
    page = (
        client_for(personas.clerk_a)
        .get(reverse("nominations:round-detail", args=[the_round.pk]))
        .content.decode()
    )
    assert theirs.title not in page
    assert (
        client_for(personas.clerk_a)
        .get(reverse("nominations:dossier-create") + f"?dot={the_round.pk}&don-vi={tree.unit_b.pk}")
        .status_code
        == 404
    )
