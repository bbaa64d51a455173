"""Two officers act on one dossier at the same instant: the row lock serves them one after
the other, so exactly one move happens and the other is refused (PostgreSQL only; the
directory's conftest fails the test on any other database)."""

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_user
from tests.nominations.helpers import add, make_dossier, make_round
from thidua.accounts.models import Role
from thidua.audit.models import Event
from thidua.nominations.models import Dossier, DossierStatus
from thidua.nominations.services.transition import dossier_transition

S = DossierStatus

# (from, what each of the two does): the same move twice, or two different moves
CASES = [
    (S.SUBMITTED, [(S.RECEIVED, ""), (S.RECEIVED, "")]),
    (S.RECEIVED, [(S.DRAFT, "Thiếu biên bản"), (S.DRAFT, "Thiếu tờ trình")]),
    (S.SUBMITTED, [(S.RECEIVED, ""), (S.DRAFT, "")]),  # the officer receives, the unit recalls
]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("source", "moves"), CASES)
def test_it_lets_exactly_one_of_two_concurrent_moves_through(
    tree, run_together, source, moves
) -> None:
    officers = [
        make_user("officer_1", Role.EMULATION_OFFICER, tree.dept),
        make_user("officer_2", Role.EMULATION_OFFICER, tree.dept),
    ]
    dossier = make_dossier(make_round(tree), tree.unit_a)
    add(dossier, organization=tree.unit_a)
    Dossier.objects.filter(pk=dossier.pk).update(status=source)

    def act(i: int) -> Any:
        to, note = moves[i]
        return dossier_transition(
            dossier=Dossier.objects.get(pk=dossier.pk), to=to, actor=officers[i], note=note
        )

    results = run_together(act, 2)
    won = [r for r in results if isinstance(r, Dossier)]
    lost = [r for r in results if isinstance(r, ValidationError)]
    assert len(won) == 1 and len(lost) == 1, results
    assert Dossier.objects.get(pk=dossier.pk).status == won[0].status
    assert (
        Event.objects.filter(subject_id=str(dossier.pk), event_type__startswith="dossier.")
        .exclude(event_type="dossier.created")
        .count()
        == 1
    )


@pytest.mark.django_db(transaction=True)
def test_two_clerks_submitting_at_once_submit_once(tree, run_together) -> None:
    clerks = [make_user(f"clerk_{i}", Role.UNIT_CLERK, tree.unit_a) for i in range(2)]
    dossier = make_dossier(make_round(tree), tree.unit_a)
    add(dossier, organization=tree.unit_a)

    def act(i: int) -> Any:
        return dossier_transition(
            dossier=Dossier.objects.get(pk=dossier.pk), to=S.SUBMITTED, actor=clerks[i]
        )

    results = run_together(act, 2)
    assert sum(isinstance(r, Dossier) for r in results) == 1
    assert sum(isinstance(r, ValidationError) for r in results) == 1
    assert Event.objects.filter(event_type="dossier.submitted").count() == 1
