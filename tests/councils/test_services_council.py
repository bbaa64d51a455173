"""Councils and members: RUN_COUNCIL only, audited, members removed but never deleted."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.councils.factories import add_member, make_council, make_named_user
from thidua.audit.models import Event, EventType
from thidua.councils.models import CouncilMember
from thidua.councils.selectors.meetings import members_serving
from thidua.councils.services.council import council_update, member_remove, member_update


def test_it_creates_a_council_for_a_runner_only(tree, personas, secretary):
    council = make_council(secretary, tree.dept)
    assert Event.objects.filter(
        event_type=EventType.COUNCIL_CHANGED, subject_id=str(council.pk)
    ).exists()
    for reader in (personas.council_member, personas.officer_a, personas.leader):
        with pytest.raises(PermissionDenied):
            make_council(reader, tree.dept)
    council_update(
        actor=personas.dept_officer, council=council, name="Hội đồng mới", established_by="QĐ 1"
    )
    assert Event.objects.filter(event_type=EventType.COUNCIL_CHANGED).count() == 2


def test_it_seats_removes_and_keeps_members(tree, secretary):
    council = make_council(secretary, tree.dept)
    member = add_member(council, secretary, role="chair", name="Cầm Văn Đức")
    with pytest.raises(ValidationError, match="đã là thành viên"):
        add_member(council, secretary, user=member.user)
    member_update(actor=secretary, member=member, position="Giám đốc Sở", votes=True)
    member_remove(actor=secretary, member=member)
    member.refresh_from_db()
    assert member.removed_at is not None and member.removed_by == secretary
    assert CouncilMember.objects.filter(pk=member.pk).exists()
    with pytest.raises(ValidationError, match="đã thôi"):
        member_remove(actor=secretary, member=member)
    again = add_member(council, secretary, user=member.user)  # a new seat later is allowed
    assert again.pk != member.pk
    kinds = list(
        Event.objects.filter(event_type=EventType.COUNCIL_MEMBER_CHANGED)
        .order_by("at", "id")
        .values_list("data", flat=True)
    )
    assert [k.get("added") or k.get("removed") or "changed" for k in kinds] == [
        True,
        "changed",
        True,
        True,
    ]


def test_it_refuses_a_term_ending_before_it_starts(tree, secretary):
    council = make_council(secretary, tree.dept)
    with pytest.raises(ValidationError, match="Ngày kết thúc"):
        add_member(council, secretary, term_start=dt.date(2025, 1, 1), term_end=dt.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("start", "end", "serves"),
    [
        (dt.date(2025, 1, 1), None, True),
        (dt.date(2025, 12, 15), dt.date(2025, 12, 15), True),
        (dt.date(2025, 12, 16), None, False),
        (dt.date(2020, 1, 1), dt.date(2025, 12, 14), False),
    ],
)
def test_it_counts_only_members_in_term_on_the_day(tree, secretary, start, end, serves):
    council = make_council(secretary, tree.dept)
    member = add_member(council, secretary, term_start=start, term_end=end)
    assert (member in members_serving(council, dt.date(2025, 12, 15))) is serves


def test_it_names_members_by_their_account(tree, secretary):
    council = make_council(secretary, tree.dept)
    member = add_member(council, secretary, user=make_named_user("duc", "Cầm Văn Đức"))
    assert member.name == "Cầm Văn Đức"
