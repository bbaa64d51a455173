"""Organisation history: rename, move, merge, split and dissolve keep the past queryable."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_org, make_person
from thidua.audit.models import Event
from thidua.organizations import selectors, services
from thidua.organizations.models import Employment, OrgEventKind
from thidua.organizations.people import employment_start

MERGE_DAY = dt.date(2025, 3, 1)


def _names(nodes, depth=0):
    out = []
    for node in nodes:
        out.append(("  " * depth) + node.name)
        out += _names(node.children, depth + 1)
    return out


@pytest.fixture
def merged(tree, django_user_model):
    """The 2025 reform: the labour department merged into home affairs on 01/03/2025."""
    person = make_person("Lê Văn Cường", org=tree.unit_a, start=dt.date(2018, 1, 1))
    services.org_merge(
        actor=None,
        sources=[tree.dept],
        target=tree.home_affairs,
        day=MERGE_DAY,
        decision="12/QĐ-UBND",
    )
    for org in (tree.dept, tree.unit_a, tree.home_affairs):
        org.refresh_from_db()
    person.refresh_from_db()
    return tree, person


def test_it_shows_the_tree_before_the_merge_as_it_was(merged, personas):
    _tree, _ = merged
    before = _names(selectors.org_tree_as_of(user=personas.admin, day=dt.date(2024, 12, 31)))
    assert before == [
        "UBND tỉnh Sơn La",
        "  Sở Lao động - Thương binh và Xã hội",
        "    Phòng Lao động - Việc làm",
        "    Phòng Người có công",
        "  Sở Nội vụ",
    ]


def test_it_shows_the_tree_after_the_merge_with_divisions_under_the_successor(merged, personas):
    after = _names(selectors.org_tree_as_of(user=personas.admin, day=MERGE_DAY))
    assert after == [
        "UBND tỉnh Sơn La",
        "  Sở Nội vụ",
        "    Phòng Lao động - Việc làm",
        "    Phòng Người có công",
    ]


def test_it_links_the_merged_unit_to_its_successor_and_records_the_event(merged):
    tree, _ = merged
    assert tree.dept.valid_to == MERGE_DAY
    assert tree.dept.successor == tree.home_affairs
    assert selectors.org_final_successor(tree.dept) == tree.home_affairs
    event = tree.dept.org_events.get(kind=OrgEventKind.MERGED)
    assert event.decision == "12/QĐ-UBND"
    assert list(event.related.all()) == [tree.home_affairs]
    assert Event.objects.filter(
        event_type="organization.merged", subject_id=str(tree.dept.pk)
    ).exists()


def test_it_keeps_the_successors_officers_in_charge_of_the_merged_units_history(merged):
    tree, _ = merged
    assert tree.dept.path.startswith(tree.home_affairs.path)
    assert tree.unit_a.path.startswith(tree.home_affairs.path)


def test_it_knows_a_persons_unit_before_and_after_the_merge(merged):
    tree, person = merged
    # the division moved as a whole; its staff stay in it
    assert selectors.person_employment_on(person, dt.date(2024, 12, 31)).organization == tree.unit_a
    assert selectors.person_employment_on(person, MERGE_DAY).organization == tree.unit_a
    assert person.current_organization == tree.unit_a


def test_it_transfers_staff_employed_directly_in_the_merged_unit(tree):
    director = make_person("Phạm Văn Dũng", org=tree.dept, start=dt.date(2020, 1, 1))
    services.org_merge(actor=None, sources=[tree.dept], target=tree.home_affairs, day=MERGE_DAY)
    jobs = list(Employment.objects.filter(person=director).order_by("start_date"))
    assert [(j.organization, j.start_date, j.end_date) for j in jobs] == [
        (tree.dept, dt.date(2020, 1, 1), dt.date(2025, 2, 28)),
        (tree.home_affairs, MERGE_DAY, None),
    ]
    director.refresh_from_db()
    assert director.current_organization == tree.home_affairs
    assert selectors.org_headcount(tree.dept, dt.date(2025, 2, 28)) == 1
    assert selectors.org_headcount(tree.dept, MERGE_DAY) == 0


def test_it_keeps_the_old_name_for_earlier_dates_after_a_rename(tree, personas):
    services.org_rename(
        actor=None,
        org=tree.unit_a,
        name="Phòng Việc làm - An toàn lao động",
        short_name="VL-ATLĐ",
        day=dt.date(2024, 7, 1),
    )
    assert (
        selectors.org_version_on(tree.unit_a, dt.date(2024, 6, 30)).name
        == "Phòng Lao động - Việc làm"
    )
    assert (
        selectors.org_version_on(tree.unit_a, dt.date(2024, 7, 1)).name
        == "Phòng Việc làm - An toàn lao động"
    )
    assert "    Phòng Lao động - Việc làm" in _names(
        selectors.org_tree_as_of(user=personas.admin, day=dt.date(2024, 1, 1))
    )


def test_it_moves_a_unit_with_its_subtree(tree):
    team = make_org("Tổ Giới thiệu việc làm", parent=tree.unit_a, kind="other")
    services.org_move(
        actor=None, org=tree.unit_a, parent=tree.home_affairs, day=dt.date(2024, 1, 1)
    )
    team.refresh_from_db()
    assert team.path.startswith(tree.home_affairs.path)
    assert selectors.org_version_on(tree.unit_a, dt.date(2023, 12, 31)).parent == tree.dept
    assert selectors.org_version_on(tree.unit_a, dt.date(2024, 1, 1)).parent == tree.home_affairs


def test_it_splits_a_unit_and_names_the_first_part_successor(tree):
    parts = services.org_split(
        actor=None,
        source=tree.unit_b,
        day=dt.date(2024, 1, 1),
        parts=[
            {"code": "NCC1", "name": "Phòng Người có công", "kind": "division"},
            {"code": "BTXH", "name": "Phòng Bảo trợ xã hội", "kind": "division"},
        ],
    )
    tree.unit_b.refresh_from_db()
    assert tree.unit_b.successor == parts[0]
    assert [p.parent for p in parts] == [tree.dept, tree.dept]
    assert all(p.valid_from == dt.date(2024, 1, 1) for p in parts)


def test_it_refuses_to_dissolve_a_unit_that_still_has_staff(tree):
    make_person("Hoàng Thị Em", org=tree.unit_b)
    with pytest.raises(ValidationError, match="còn cán bộ"):
        services.org_dissolve(actor=None, org=tree.unit_b, day=dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("into_itself", "chính nó"),
        ("into_child", "chính nó"),
        ("before_founding", "sau ngày thành lập"),
        ("already_merged", "ngừng hoạt động"),
    ],
)
def test_it_rejects_impossible_merges(tree, case, message):
    if case == "already_merged":
        services.org_merge(actor=None, sources=[tree.unit_b], target=tree.unit_a, day=MERGE_DAY)
    kwargs = {
        "into_itself": {"sources": [tree.dept], "target": tree.dept, "day": MERGE_DAY},
        "into_child": {"sources": [tree.dept], "target": tree.unit_a, "day": MERGE_DAY},
        "before_founding": {
            "sources": [tree.unit_b],
            "target": tree.unit_a,
            "day": dt.date(2010, 1, 1),
        },
        "already_merged": {
            "sources": [tree.unit_b],
            "target": tree.home_affairs,
            "day": dt.date(2025, 6, 1),
        },
    }[case]
    with pytest.raises(ValidationError, match=message):
        services.org_merge(actor=None, **kwargs)


def test_it_refuses_a_new_post_in_a_unit_that_no_longer_exists(tree):
    person = make_person("Vũ Văn Phong", org=tree.unit_a)
    services.org_merge(actor=None, sources=[tree.unit_b], target=tree.unit_a, day=MERGE_DAY)
    with pytest.raises(ValidationError):
        employment_start(
            actor=None, person=person, organization=tree.unit_b, start_date=dt.date(2025, 6, 1)
        )


def test_it_ends_the_previous_post_when_a_person_moves(tree):
    person = make_person(
        "Đỗ Thị Giang", org=tree.unit_a, start=dt.date(2016, 1, 1), gender="female"
    )
    employment_start(
        actor=None, person=person, organization=tree.unit_b, start_date=dt.date(2023, 7, 1)
    )
    person.refresh_from_db()
    assert person.current_organization == tree.unit_b
    assert selectors.person_employment_on(person, dt.date(2023, 6, 30)).organization == tree.unit_a
    assert selectors.person_employment_on(person, dt.date(2023, 7, 1)).organization == tree.unit_b
