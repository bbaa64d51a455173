"""The guards after submission: appraisal, publication, conclusion, forwarding (pure)."""

import datetime as dt

import pytest

from tests.nominations.test_rules_submission import facts, nominee
from thidua.nominations.rules import (
    GUARDS,
    check_agenda_removal,
    check_appraisal,
    check_conclusion,
    check_forward,
    check_publication_end,
    check_publication_start,
)


@pytest.mark.parametrize(
    ("appraisals", "errors"), [(["agree"], 0), (["agree", ""], 1), (["disagree"], 0)]
)
def test_every_nominee_needs_an_appraisal(appraisals, errors):
    nominees = [nominee(key=i, appraisal=a) for i, a in enumerate(appraisals)]
    assert len(check_appraisal(facts(*nominees))) == errors


@pytest.mark.parametrize(
    ("outcome", "public", "start_errors", "conclusion_errors"),
    [
        ("pending", False, 1, 1),  # the council has not decided
        ("approved", False, 1, 0),  # nobody needs publication: straight to the results
        ("approved", True, 0, 1),  # publication first
        ("rejected", True, 1, 0),  # a rejected nominee is not published
    ],
)
def test_publication_or_conclusion_after_the_council(
    outcome, public, start_errors, conclusion_errors
):
    f = facts(nominee(outcome=outcome, public_comment=public))
    assert len(check_publication_start(f)) == start_errors
    assert len(check_conclusion(f)) == conclusion_errors


@pytest.mark.parametrize(
    ("closes_on", "open_comments", "errors"),
    [
        (None, 0, 1),
        (dt.date(2026, 1, 10), 0, 1),  # the last day is still open
        (dt.date(2026, 1, 9), 0, 0),
        (dt.date(2026, 1, 9), 2, 1),  # comments to resolve
    ],
)
def test_publication_ends_after_its_last_day_with_every_comment_resolved(
    closes_on, open_comments, errors
):
    f = facts(publication_closes_on=closes_on, open_comments=open_comments)
    assert len(check_publication_end(f)) == errors


@pytest.mark.parametrize(
    ("decider", "outcome", "errors"),
    [
        ("giam_doc_so", "approved", 1),  # decided here: nothing to forward
        ("chu_tich_ubnd_tinh", "approved", 0),
        ("chu_tich_ubnd_tinh", "rejected", 1),
    ],
)
def test_forwarding_needs_an_approved_award_decided_above(decider, outcome, errors):
    assert len(check_forward(facts(nominee(decider=decider, outcome=outcome)))) == errors


@pytest.mark.parametrize(
    ("outcomes", "errors"),
    [
        (["pending"], 0),  # voting never counted: the dossier may leave the agenda
        (["pending", "pending"], 0),
        (["approved"], 1),
        (["pending", "rejected"], 1),  # one counted vote is enough to refuse
        (["approved", "rejected"], 2),
    ],
)
def test_a_dossier_leaves_the_agenda_only_before_any_outcome(outcomes, errors):
    f = facts(*[nominee(key=i, outcome=o) for i, o in enumerate(outcomes)])
    found = check_agenda_removal(f)
    assert len(found) == errors
    assert all("không thể rút hồ sơ khỏi chương trình họp" in e for e in found)
    assert GUARDS["agenda_removal"] is check_agenda_removal
