"""Target services: the latest progress decides the light; progress and evidence are kept."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_org
from tests.movements.helpers import make_target, pdf
from thidua.audit.models import Event, EventType
from thidua.movements import services
from thidua.movements.models import Target

D = dt.date


def _record(target, value, on, **kwargs):
    return services.progress_record(
        actor=None, target=target, value=Decimal(value), on=on, **kwargs
    )


def test_it_keeps_the_latest_value_by_date_not_by_entry(tree, movement):
    target = make_target(movement, organization=tree.unit_a)  # at least 20.000
    _record(target, "21000", D(2026, 9, 30))
    _record(target, "12000", D(2026, 6, 30))  # a late entry for an earlier day
    target.refresh_from_db()
    assert target.latest_value == Decimal("21000")
    assert target.latest_on == D(2026, 9, 30)
    assert (target.light, target.achievement_pct) == ("green", Decimal("105.0"))


@pytest.mark.parametrize(
    ("direction", "value", "light"),
    [("at_least", "16000", "amber"), ("at_most", "16000", "green"), ("exactly", "20000", "green")],
)
def test_it_lights_a_target_from_its_direction(tree, movement, direction, value, light):
    target = make_target(movement, organization=tree.unit_a, direction=direction)
    _record(target, value, D(2026, 6, 30))
    target.refresh_from_db()
    assert target.light == light


def test_it_relights_a_target_when_its_value_changes(tree, movement):
    target = make_target(movement, organization=tree.unit_a)
    _record(target, "17000", D(2026, 6, 30))
    services.target_update(actor=None, target=target, data={"target_value": Decimal("17000")})
    target.refresh_from_db()
    assert target.light == "green"


def test_it_records_evidence_with_its_hash(tree, movement):
    target = make_target(movement, organization=tree.unit_a)
    progress = _record(target, "5000", D(2026, 3, 31), note="Quý I", evidence=pdf("bien-ban.pdf"))
    assert progress.original_name == "bien-ban.pdf"
    event = Event.objects.get(event_type=EventType.PROGRESS_RECORDED)
    assert event.data["sha256"] == progress.sha256
    assert event.organization == tree.unit_a


def test_it_assigns_targets_only_to_participants(tree, movement):
    with pytest.raises(ValidationError) as error:
        make_target(movement, organization=tree.home_affairs)
    assert "organization" in error.value.message_dict


def test_it_keeps_a_target_with_progress(tree, movement):
    target = make_target(movement, organization=tree.unit_a)
    _record(target, "1", D(2026, 1, 31))
    with pytest.raises(ValidationError, match="không xóa được"):
        services.target_delete(actor=None, target=target)
    with pytest.raises(ValidationError):
        services.target_update(actor=None, target=target, data={"organization": tree.unit_b})
    empty = make_target(movement, organization=tree.unit_b)
    services.target_delete(actor=None, target=empty)
    assert not Target.objects.filter(pk=empty.pk).exists()
    assert Event.objects.filter(event_type=EventType.TARGET_DELETED).count() == 1


def test_it_numbers_targets_per_unit(tree, movement):
    first = make_target(movement, organization=tree.unit_a)
    second = make_target(movement, organization=tree.unit_a, name="Đào tạo nghề")
    other = make_target(movement)
    assert (first.order, second.order, other.order) == (1, 2, 1)
    make_org("x", parent=tree.dept)  # a unit that does not take part changes nothing
