"""Movement services: create and edit, content, the growing catalogue, participants, documents."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import make_org
from tests.movements.helpers import PDF, award, make_movement, make_target, pdf
from thidua.audit.models import Event, EventType
from thidua.movements import services
from thidua.movements.models import LegalDocument, NamedMovement


def _data(tree, **overrides):
    return {
        "title": "Phong trào thi đua năm 2026",
        "kind": "regular",
        "start_year": 2026,
        "end_year": 2026,
        "organizer": tree.dept,
        "scope": tree.dept,
        "parent": None,
        **overrides,
    }


def test_it_creates_a_draft_with_its_catalogue_entries_and_award_forms(tree, personas):
    movement = services.movement_create(
        actor=personas.dept_officer,
        data=_data(tree, theme="Đoàn kết, sáng tạo"),
        named=[
            "“Vì người nghèo - Không để ai bị bỏ lại phía sau”",
            "  ",
            "Chung tay xây dựng nông thôn mới",
        ],
        award_forms=[award("BANG_KHEN_TINH"), award("CO_THI_DUA_TINH")],
    )
    assert movement.status == "draft"
    assert sorted(n.name for n in movement.named_movements.all()) == [
        "Chung tay xây dựng nông thôn mới",
        "Vì người nghèo - Không để ai bị bỏ lại phía sau",
    ]
    assert {a.code for a in movement.award_forms.all()} == {"BANG_KHEN_TINH", "CO_THI_DUA_TINH"}
    event = Event.objects.get(event_type=EventType.MOVEMENT_CREATED)
    assert event.actor == personas.dept_officer
    assert event.data["new"]["award_forms"] == ["BANG_KHEN_TINH", "CO_THI_DUA_TINH"]


def test_it_reuses_catalogue_names_typed_differently(tree):
    services.named_movements_resolve(names=["Vì người nghèo - Không để ai bị bỏ lại phía sau"])
    again = services.named_movements_resolve(
        names=[
            "vì người nghèo -  không để ai bị bỏ lại phía sau",
            "Vi nguoi ngheo - khong de ai bi bo lai phia sau",
        ]
    )
    assert len(again) == 1
    assert NamedMovement.objects.count() == 1


@pytest.mark.parametrize("persona", ["officer_a", "clerk_a", "auditor", "staff_a"])
def test_it_refuses_to_create_for_an_organiser_outside_the_actors_scope(tree, personas, persona):
    with pytest.raises(PermissionDenied):
        services.movement_create(actor=getattr(personas, persona), data=_data(tree))


def test_it_lets_a_unit_launch_its_own_plan_under_the_departments(tree, personas, movement):
    own = services.movement_create(
        actor=personas.officer_a,
        data=_data(tree, organizer=tree.unit_a, scope=tree.unit_a, parent=movement),
    )
    assert own.parent == movement


def test_it_keeps_the_scope_inside_the_organiser(tree):
    with pytest.raises(ValidationError) as error:
        services.movement_create(actor=None, data=_data(tree, scope=tree.home_affairs))
    assert "scope" in error.value.message_dict


def test_it_fixes_organiser_and_scope_once_launched(tree, movement):
    with pytest.raises(ValidationError) as error:
        services.movement_update(actor=None, movement=movement, data={"scope": tree.unit_a})
    assert "scope" in error.value.message_dict
    services.movement_update(
        actor=None, movement=movement, data={"scope": tree.dept, "slogan": "Thi đua là yêu nước"}
    )
    movement.refresh_from_db()
    assert movement.slogan == "Thi đua là yêu nước"
    event = Event.objects.filter(event_type=EventType.MOVEMENT_UPDATED).latest("id")
    assert event.data == {"old": {"slogan": ""}, "new": {"slogan": "Thi đua là yêu nước"}}


def test_it_refuses_a_movement_under_its_own_descendant(tree, movement):
    child = make_movement(tree, organizer=tree.unit_a, parent=movement, launched=False)
    with pytest.raises(ValidationError):
        services.movement_update(actor=None, movement=movement, data={"parent": child})


def test_it_replaces_content_and_criteria_in_order(tree, movement):
    services.movement_content_save(
        actor=None,
        movement=movement,
        items=[
            {"heading": "Thực hiện tốt nhiệm vụ chính trị", "body": "a"},
            {"heading": "", "body": "b"},
        ],
        criteria=[
            {"subject_kind": "division", "text": "Hoàn thành có chất lượng"},
            {"subject_kind": "individual", "text": "Tích cực hưởng ứng"},
        ],
    )
    services.movement_content_save(
        actor=None,
        movement=movement,
        items=[
            {"heading": "", "body": "b"},
            {"heading": "Thực hiện tốt nhiệm vụ chính trị", "body": "a"},
        ],
        criteria=[{"subject_kind": "district_office", "text": "Tham mưu"}],
    )
    assert [(c.order, c.body) for c in movement.content_items.all()] == [(1, "b"), (2, "a")]
    assert [c.subject_kind for c in movement.criteria.all()] == ["district_office"]


def test_it_sets_participants_but_keeps_units_that_have_records(tree, movement, period):
    extra = make_org("Phòng cấp huyện", parent=tree.province, kind="district_office")
    services.movement_participants_set(
        actor=None, movement=movement, organizations=[tree.unit_a, tree.unit_b, extra]
    )
    services.registration_save(
        actor=None,
        period=period,
        organization=tree.unit_b,
        collective=[award("TTLDTT")],
        individuals={},
        commitments="",
    )
    make_target(movement, organization=extra)
    with pytest.raises(ValidationError, match="Phòng Người có công, Phòng cấp huyện"):
        services.movement_participants_set(
            actor=None, movement=movement, organizations=[tree.unit_a]
        )
    services.movement_participants_set(
        actor=None, movement=movement, organizations=[tree.unit_b, extra]
    )
    assert set(movement.participants.values_list("organization", flat=True)) == {
        tree.unit_b.pk,
        extra.pk,
    }


def test_it_uses_the_tree_of_the_launch_day(tree):
    """A unit created after the launch day does not compete; one dissolved before it neither."""
    late = make_org("Phòng mới", parent=tree.dept, valid_from=dt.date(2026, 6, 1))
    movement = make_movement(tree)  # launched 05/01/2026
    orgs = set(movement.participants.values_list("organization", flat=True))
    assert late.pk not in orgs
    assert orgs == {tree.unit_a.pk, tree.unit_b.pk}


def test_it_attaches_a_document_with_its_hash_and_detaches_it_with_an_event(
    tree, movement, personas
):
    document = services.legal_document_add(
        actor=personas.dept_officer,
        movement=movement,
        data={
            "kind": "directive",
            "number": "01/CT-UBND",
            "issued_on": dt.date(2023, 1, 3),
            "issuer": "UBND tỉnh Sơn La",
            "summary": "Phát động phong trào thi đua năm 2023",
        },
        upload=pdf(),
    )
    assert document.size == len(PDF)
    assert len(document.sha256) == 64
    assert document.original_name == "ke-hoach.pdf"
    services.legal_document_remove(actor=personas.dept_officer, document=document)
    assert not LegalDocument.objects.exists()
    removed = Event.objects.get(event_type=EventType.MOVEMENT_DOCUMENT_REMOVED)
    assert removed.data["sha256"] == document.sha256


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("chi-thi.pdf", b"MZ\x90\x00 not a pdf", "không phải tệp .pdf hợp lệ"),
        ("chi-thi.exe", b"MZ\x90\x00", "không thuộc loại được nhận"),
        ("ke-hoach.docx", b"PK\x03\x04 broken zip", "không phải tệp .docx hợp lệ"),
        ("trong.pdf", b"", "rỗng"),
    ],
)
def test_it_refuses_files_that_are_not_what_they_claim(tree, movement, name, content, message):
    with pytest.raises(ValidationError, match=message):
        services.legal_document_add(
            actor=None,
            movement=movement,
            data={"kind": "plan"},
            upload=SimpleUploadedFile(name, content),
        )
    assert not LegalDocument.objects.exists()


def test_it_refuses_files_over_the_limit(tree, movement, settings):
    settings.UPLOAD_MAX_BYTES = 1024
    with pytest.raises(ValidationError, match="lớn hơn"):
        services.legal_document_add(
            actor=None,
            movement=movement,
            data={"kind": "plan"},
            upload=pdf(content=PDF + b"0" * 2048),
        )
