"""The transition table walked exhaustively (STYLE convention 5; FAC's lesson): every
allowed row succeeds for its role with its guard satisfied and is refused for a wrong role;
every other pair of statuses is refused."""

import datetime as dt
import itertools
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.nominations.helpers import add
from thidua.audit.models import Event, EventType
from thidua.nominations.models import Dossier, DossierStatus, Nomination
from thidua.nominations.services.transition import dossier_transition
from thidua.nominations.workflow import TRANSITIONS, mermaid, moves_from, transition_for
from thidua.publicity.models import NoticeEntry, PublicNotice

S = DossierStatus
ALLOWED = sorted(TRANSITIONS)
FORBIDDEN = [(s, t) for s, t in itertools.product(S.values, S.values) if (s, t) not in TRANSITIONS]


def _set(dossier: Dossier, status: str) -> Dossier:
    Dossier.objects.filter(pk=dossier.pk).update(status=status)
    dossier.refresh_from_db()
    return dossier


def _prepare(dossier: Dossier, source: str, target: str) -> None:
    """Put the dossier in `source` with what the row's guard needs."""
    nominee = add(dossier, organization=dossier.organization, code="GIAY_KHEN")
    rows = Nomination.objects.filter(pk=nominee.pk)
    if source in (S.APPRAISED, S.COUNCIL, S.PUBLISHED, S.CONCLUDED, S.FORWARDED) or (
        target == S.APPRAISED
    ):
        rows.update(appraisal="agree")
    if (source, target) == (S.COUNCIL, S.PUBLISHED):
        # an approved award that the council rule publishes (State awards, CSTĐ tỉnh)
        person = add(
            dossier, organization=dossier.organization, code="BANG_KHEN_TTG", justification="x"
        )
        Nomination.objects.filter(pk=person.pk).update(appraisal="agree", outcome="approved")
        rows.update(outcome="rejected")
    elif (source, target) == (S.COUNCIL, S.APPRAISED):
        pass  # taken off the agenda before any vote: every outcome still pending
    elif (source, target) == (S.CONCLUDED, S.FORWARDED):
        rows.update(outcome="approved", award_type=_award("BANG_KHEN_TINH"))
    elif source in (S.COUNCIL, S.PUBLISHED, S.CONCLUDED, S.FORWARDED):
        rows.update(outcome="approved")
    if source == S.PUBLISHED:
        today = dt.date.today()
        notice = PublicNotice.objects.create(
            round=dossier.round,
            title="Thông báo lấy ý kiến",
            opens_on=today - dt.timedelta(days=20),
            closes_on=today - dt.timedelta(days=5),
            working_days=10,
        )
        NoticeEntry.objects.create(notice=notice, nomination=nominee, name="x")
    _set(dossier, source)


def _award(code: str) -> Any:
    from thidua.rules.models import AwardType

    return AwardType.objects.get(code=code)


def _actors(personas: Any, secretary: Any) -> dict[str, tuple[Any, Any]]:
    """For each `by`: (a user acting in that role, a user who does not)."""
    return {
        "unit": (personas.clerk_a, personas.leader),
        "officer": (personas.dept_officer, personas.clerk_a),
        "council": (secretary, personas.clerk_a),
        "decider": (personas.leader, personas.clerk_a),
    }


@pytest.mark.parametrize(("source", "target"), ALLOWED)
def test_it_allows_each_row_for_its_role(dossier, personas, secretary, source, target):
    row = TRANSITIONS[(source, target)]
    right, wrong = _actors(personas, secretary)[row.by]
    _prepare(dossier, source, target)
    with pytest.raises(PermissionDenied):
        dossier_transition(dossier=dossier, to=target, actor=wrong, note="Lý do")
    assert Dossier.objects.get(pk=dossier.pk).status == source
    moved = dossier_transition(dossier=dossier, to=target, actor=right, note="Lý do")
    assert moved.status == target
    event = Event.objects.filter(event_type=row.event, subject_id=str(dossier.pk)).get()
    assert event.data["old"] == source and event.data["new"] == target
    assert event.actor == right


@pytest.mark.parametrize(("source", "target"), FORBIDDEN)
def test_it_refuses_every_other_pair(dossier, source, target):
    _set(dossier, source)
    with pytest.raises(ValidationError):
        dossier_transition(dossier=dossier, to=target, actor=None)
    assert Dossier.objects.get(pk=dossier.pk).status == source


def test_it_covers_every_pair_of_statuses():
    assert len(ALLOWED) + len(FORBIDDEN) == len(S.values) ** 2
    assert {s for s, _ in ALLOWED} | {t for _, t in ALLOWED} == set(S.values)


@pytest.mark.parametrize(("source", "target"), [r for r in ALLOWED if TRANSITIONS[r].guard])
def test_it_refuses_a_guarded_row_whose_guard_fails(dossier, personas, secretary, source, target):
    # nobody proposed (submission); a nominee neither appraised nor decided (the others);
    # a nominee already voted on (off the agenda)
    if target != S.SUBMITTED:
        nominee = add(dossier, organization=dossier.organization, code="GIAY_KHEN")
    if (source, target) == (S.COUNCIL, S.APPRAISED):
        Nomination.objects.filter(pk=nominee.pk).update(appraisal="agree", outcome="rejected")
    _set(dossier, source)
    right, _ = _actors(personas, secretary)[TRANSITIONS[(source, target)].by]
    with pytest.raises(ValidationError):
        dossier_transition(dossier=dossier, to=target, actor=right, note="Lý do")
    assert Dossier.objects.get(pk=dossier.pk).status == source


def test_a_return_needs_a_reason_and_keeps_it(dossier, personas):
    _prepare(dossier, S.RECEIVED, S.DRAFT)
    with pytest.raises(ValidationError):
        dossier_transition(dossier=dossier, to=S.DRAFT, actor=personas.dept_officer, note=" ")
    moved = dossier_transition(
        dossier=dossier, to=S.DRAFT, actor=personas.dept_officer, note="Thiếu biên bản họp"
    )
    assert moved.return_reason == "Thiếu biên bản họp"


def test_taking_a_dossier_off_the_agenda_needs_a_reason_and_records_it(dossier, secretary):
    _prepare(dossier, S.COUNCIL, S.APPRAISED)
    with pytest.raises(ValidationError):
        dossier_transition(dossier=dossier, to=S.APPRAISED, actor=secretary, note="  ")
    assert Dossier.objects.get(pk=dossier.pk).status == S.COUNCIL
    dossier_transition(
        dossier=dossier, to=S.APPRAISED, actor=secretary, note="Đưa nhầm vào phiên họp"
    )
    event = Event.objects.get(
        event_type=EventType.DOSSIER_AGENDA_REMOVED, subject_id=str(dossier.pk)
    )
    assert event.data["note"] == "Đưa nhầm vào phiên họp"
    assert event.data["snapshot"]["nominees"][0]["outcome"] == "pending"


def test_the_table_offers_buttons_by_role():
    assert [t for t, _ in moves_from(S.DRAFT, {"unit"})] == [S.SUBMITTED]
    assert moves_from(S.DRAFT, {"officer"}) == []
    assert {t for t, _ in moves_from(S.RECEIVED, {"officer"})} == {S.DRAFT, S.APPRAISED}
    assert moves_from(S.APPRAISED, {"council"}) == []  # the council's page makes that move
    assert moves_from(S.COUNCIL, {"council"}) == []  # so does taking it off the agenda
    with pytest.raises(ValidationError, match="Không thể chuyển"):
        transition_for(S.DECIDED, S.DRAFT)
    assert "draft --> submitted: Gửi hồ sơ" in mermaid()


def test_the_docs_show_the_current_table():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "nominations.md").read_text()
    assert mermaid() in docs
