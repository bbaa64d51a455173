"""20 decisions issued at the same instant (PostgreSQL): numbers 1..20, no gap, no duplicate.

Each thread issues its own draft in its own transaction; the register row lock
(services/registers.py) serves them one after the other. The certificate register is
tested the same way: 10 printings at once share one gapless sequence.
"""

import pytest

from tests.decisions.helpers import SIGNED, SIGNER, draft, make_setup
from thidua.decisions.models import Certificate, Decision, NumberRegister, RegisterKind
from thidua.decisions.services.certificates import certificates_generate
from thidua.decisions.services.issue import decision_issue

THREADS = 20


@pytest.fixture(autouse=True)
def _no_rendering(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.mark.django_db(transaction=True)
def test_concurrent_issues_get_consecutive_numbers(tree, personas, run_together):
    drafts = [draft(make_setup(tree, people=1, unit_b=False), None) for _ in range(THREADS)]

    def issue(i):
        return decision_issue(
            decision=drafts[i], actor=personas.dept_officer, signed_on=SIGNED, **SIGNER
        ).number

    results = run_together(issue, THREADS)
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors
    assert sorted(results) == list(range(1, THREADS + 1))
    numbers = sorted(Decision.objects.values_list("number", flat=True))
    assert numbers == list(range(1, THREADS + 1))
    register = NumberRegister.objects.get(kind=RegisterKind.DECISION)
    assert register.last_number == THREADS


@pytest.mark.django_db(transaction=True)
def test_concurrent_printings_share_one_gapless_certificate_register(tree, personas, run_together):
    decisions = []
    for _ in range(10):
        d = draft(make_setup(tree, people=2, unit_b=False), None)
        decisions.append(
            decision_issue(decision=d, actor=personas.dept_officer, signed_on=SIGNED, **SIGNER)
        )

    def print_batch(i):
        return certificates_generate(decision=decisions[i], actor=personas.dept_officer).count

    results = run_together(print_batch, 10)
    assert results == [2] * 10
    numbers = sorted(Certificate.objects.values_list("number", flat=True))
    assert numbers == list(range(1, 21))
