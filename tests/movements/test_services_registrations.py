"""Registration services: the deadline, reopening, bulk staff titles and own registrations."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_person, make_user
from tests.movements.helpers import award, open_period
from thidua.accounts.models import Role
from thidua.audit.models import Event, EventType
from thidua.movements import services
from thidua.movements.models import Notification, Registration, RegistrationLine

D = dt.date
JAN = dict(opens_on=D(2026, 1, 1), deadline=D(2026, 1, 31))


@pytest.fixture
def january(movement):
    return open_period(movement, **JAN)


def _save(tree, period, today, **kwargs):
    return services.registration_save(
        actor=kwargs.pop("actor", None),
        period=period,
        organization=kwargs.pop("organization", tree.unit_a),
        collective=kwargs.pop("collective", [award("TTLDXS")]),
        individuals=kwargs.pop("individuals", {}),
        commitments="Phấn đấu hoàn thành xuất sắc nhiệm vụ",
        today=today,
    )


def test_it_saves_collective_and_staff_titles(tree, personas, january):
    an = make_person("Nguyễn Văn An", org=tree.unit_a)
    registration = _save(
        tree,
        january,
        D(2026, 1, 20),
        actor=personas.clerk_a,
        individuals={an.pk: award("CSTDCS"), personas.staff_a.person_id: award("LDTT")},
    )
    lines = {(ln.person_id, ln.award_type.code) for ln in registration.lines.all()}
    assert lines == {(None, "TTLDXS"), (an.pk, "CSTDCS"), (personas.staff_a.person_id, "LDTT")}
    event = Event.objects.get(event_type=EventType.REGISTRATION_SAVED)
    assert event.data["new"]["collective"] == ["TTLDXS"]


@pytest.mark.parametrize("today", [D(2026, 2, 1), D(2025, 12, 31)])
def test_it_refuses_registration_outside_the_window_with_a_clear_message(tree, january, today):
    with pytest.raises(ValidationError) as error:
        _save(tree, january, today)
    assert "thời gian đăng ký" in error.value.messages[0] or "hết hạn" in error.value.messages[0]
    assert not Registration.objects.filter(status="submitted").exists()


def test_it_takes_registrations_again_once_reopened(tree, january):
    registration = _save(tree, january, D(2026, 1, 20))
    with pytest.raises(
        ValidationError, match="Đã hết hạn đăng ký thi đua \\(hạn chót 31/01/2026\\)"
    ):
        services.registration_transition(
            registration=registration, to="submitted", actor=None, today=D(2026, 2, 5)
        )
    services.registration_period_update(
        actor=None,
        period=january,
        data={"deadline": january.deadline, "reopened_until": D(2026, 2, 10)},
    )
    january.refresh_from_db()
    registration.period = january
    services.registration_transition(
        registration=registration, to="submitted", actor=None, today=D(2026, 2, 5)
    )
    registration.refresh_from_db()
    assert registration.status == "submitted"
    assert Event.objects.filter(event_type=EventType.REGISTRATION_PERIOD_CHANGED).count() == 1


def test_it_refuses_to_edit_a_sent_registration(tree, january):
    registration = _save(tree, january, D(2026, 1, 20))
    services.registration_transition(
        registration=registration, to="submitted", actor=None, today=D(2026, 1, 20)
    )
    with pytest.raises(ValidationError, match="không sửa được"):
        _save(tree, january, D(2026, 1, 21))


def test_it_refuses_people_of_other_units(tree, january):
    other = make_person("Lê Văn Cường", org=tree.unit_b)
    with pytest.raises(ValidationError, match="không thuộc đơn vị"):
        _save(tree, january, D(2026, 1, 20), individuals={other.pk: award("LDTT")})


def test_it_refuses_units_outside_the_actors_scope(tree, personas, january):
    with pytest.raises(PermissionDenied):
        _save(tree, january, D(2026, 1, 20), actor=personas.officer_b)
    with pytest.raises(ValidationError, match="không tham gia"):
        _save(tree, january, D(2026, 1, 20), organization=tree.home_affairs)


def test_it_keeps_one_line_per_person_whichever_way_registered(tree, personas, january):
    staff = personas.staff_a
    own = services.self_registration_save(
        actor=staff,
        period=january,
        person=staff.person,
        award_type=award("CSTDCS"),
        commitments="Có sáng kiến cấp cơ sở",
        today=D(2026, 1, 10),
    )
    assert own.organization == tree.unit_a
    with pytest.raises(ValidationError, match="Đã tự đăng ký"):
        _save(tree, january, D(2026, 1, 20), individuals={staff.person_id: award("LDTT")})
    someone = make_person("Đỗ Thị Hằng", org=tree.unit_a, gender="female")
    _save(tree, january, D(2026, 1, 20), individuals={someone.pk: award("LDTT")})
    user = make_user("hang", Role.STAFF, tree.unit_a, person=someone)
    with pytest.raises(ValidationError, match="Đơn vị đã đăng ký danh hiệu cho bạn"):
        services.self_registration_save(
            actor=user,
            period=january,
            person=someone,
            award_type=award("CSTDCS"),
            commitments="",
            today=D(2026, 1, 21),
        )
    assert RegistrationLine.objects.filter(person=someone).count() == 1


def test_it_lets_staff_register_only_themselves(tree, personas, january):
    other = make_person("Lê Văn Cường", org=tree.unit_a)
    with pytest.raises(PermissionDenied):
        services.self_registration_save(
            actor=personas.staff_a,
            period=january,
            person=other,
            award_type=award("LDTT"),
            commitments="",
            today=D(2026, 1, 10),
        )


def test_it_tells_the_units_when_registration_opens(tree, personas, movement):
    open_period(movement, **JAN)
    texts = Notification.objects.filter(
        user__in=[personas.officer_a, personas.clerk_a, personas.officer_b]
    )
    assert texts.count() == 3
    assert "hạn chót 31/01/2026" in texts.first().text
    assert not Notification.objects.filter(user=personas.dept_officer).exists()
    staff = Notification.objects.get(user=personas.staff_a)
    assert staff.url == "/phong-trao/dang-ky-cua-toi/"
    assert "tự đăng ký" in staff.text


def test_it_opens_registration_only_for_a_launched_movement_and_one_of_its_years(tree, movement):
    with pytest.raises(ValidationError):
        open_period(movement, year=2030)
    services.movement_transition(movement=movement, to="closed", actor=None)
    with pytest.raises(ValidationError, match="đang được phát động"):
        open_period(movement)
