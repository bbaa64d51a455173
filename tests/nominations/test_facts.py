"""The facts the guards judge, read from the database: duplicates, registration, quotas."""

import pytest

from tests.factories import make_person
from tests.nominations.helpers import YEAR, add, good_person, make_dossier, register
from tests.rules.factories import give
from thidua.nominations.models import Dossier, DossierStatus, Nomination
from thidua.nominations.selectors.facts import dossier_facts
from thidua.rules.models import AwardRecord


def _dups(dossier):
    return {n.label.split(" – ")[0]: n.duplicates for n in dossier_facts(dossier).nominees}


@pytest.mark.parametrize(
    ("other_status", "outcome", "found"),
    [
        (DossierStatus.SUBMITTED, "pending", True),
        (DossierStatus.RECEIVED, "pending", True),
        (DossierStatus.DRAFT, "pending", False),  # another unit's draft is not a proposal yet
        (DossierStatus.CONCLUDED, "rejected", False),  # rejected there: may be proposed again
    ],
)
def test_a_duplicate_is_the_same_subject_award_and_year_in_another_sent_dossier(
    the_round, tree, other_status, outcome, found
):
    person = make_person("Lê Văn Cường", org=tree.unit_a)
    mine = make_dossier(the_round, tree.unit_a, "Hồ sơ A")
    other = make_dossier(the_round, tree.dept, "Hồ sơ của Sở")
    add(mine, person=person)
    theirs = add(other, person=person)
    Nomination.objects.filter(pk=theirs.pk).update(outcome=outcome)
    Dossier.objects.filter(pk=other.pk).update(status=other_status)
    duplicates = _dups(mine)["Lê Văn Cường"]
    assert bool(duplicates) is found
    if found:
        assert duplicates == ("đã được đề nghị trong hồ sơ «Hồ sơ của Sở»",)


def test_another_award_or_year_is_not_a_duplicate(the_round, tree):
    person = make_person("Lê Văn Cường", org=tree.unit_a)
    mine, other = make_dossier(the_round, tree.unit_a), make_dossier(the_round, tree.dept)
    add(mine, person=person, code="GIAY_KHEN")
    add(other, person=person, code="BANG_KHEN_TINH", justification="Thành tích đột xuất")
    Dossier.objects.filter(pk=other.pk).update(status=DossierStatus.SUBMITTED)
    give(person, "GIAY_KHEN", YEAR - 1)
    assert _dups(mine)["Lê Văn Cường"] == ()


@pytest.mark.parametrize(("revoked", "found"), [(False, True), (True, False)])
def test_an_award_already_received_is_a_duplicate_unless_revoked(dossier, tree, revoked, found):
    person = make_person("Phạm Thị Dung", org=tree.unit_a, gender="female")
    record = give(person, "GIAY_KHEN", YEAR, number="15/QĐ-SLĐTBXH")
    AwardRecord.objects.filter(pk=record.pk).update(revoked=revoked)
    add(dossier, person=person)
    duplicates = _dups(dossier)["Phạm Thị Dung"]
    assert bool(duplicates) is found
    if found:
        assert "Quyết định số 15/QĐ-SLĐTBXH" in duplicates[0]


def test_a_registered_title_counts_only_for_its_year_and_person(dossier, tree):
    registered = good_person("Nguyễn Văn An", tree.unit_a)
    other = good_person("Đỗ Văn Bảo", tree.unit_a)
    register(tree, tree.unit_a, {registered: "LDTT"})
    add(dossier, person=registered, code="LDTT")
    add(dossier, person=other, code="LDTT")
    by_name = {n.label.split(" – ")[0]: n.registered for n in dossier_facts(dossier).nominees}
    assert by_name == {"Nguyễn Văn An": True, "Đỗ Văn Bảo": False}


@pytest.mark.parametrize(
    ("registered_for", "proposed", "covered"),
    [
        ("CSTDCS", "LDTT", True),  # aiming at CSTĐ cơ sở is aiming at Lao động tiên tiến first
        ("CSTD_TINH", "LDTT", True),
        ("CSTD_TINH", "CSTDCS", True),
        ("LDTT", "CSTDCS", False),  # not the other way round
        ("CSTDCS", "CSTD_TINH", False),
    ],
)
def test_a_registered_title_covers_the_titles_it_is_built_on(
    dossier, tree, registered_for, proposed, covered
):
    person = good_person("Nguyễn Văn An", tree.unit_a)
    register(tree, tree.unit_a, {person: registered_for})
    add(dossier, person=person, code=proposed, justification="Thành tích nổi bật")
    assert dossier_facts(dossier).nominees[0].registered is covered
