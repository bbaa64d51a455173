"""Writes to organisations: creation and the structural changes that keep history."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.text import fold, normalize_name
from thidua.organizations.models import (
    Employment,
    Organization,
    OrganizationEvent,
    OrganizationVersion,
    OrgEventKind,
    OrgKind,
    Person,
)

ONE_DAY = dt.timedelta(days=1)


def _path_for(org: Organization, parent: Organization | None) -> str:
    return f"{parent.path if parent else ''}{org.pk:08d}."


def _repath(org: Organization, parent: Organization | None) -> None:
    """Move `org` and its whole subtree under `parent` by rewriting the stored paths."""
    old = org.path
    new = _path_for(org, parent)
    if parent is not None and parent.path.startswith(old):
        raise ValidationError("Không thể chuyển một đơn vị vào bên trong chính nó.")
    Organization.objects.filter(path__startswith=old).update(
        path=Concat(Value(new), Substr(F("path"), len(old) + 1))
    )
    org.path = new
    org.parent = parent
    Organization.objects.filter(pk=org.pk).update(parent=parent)


def _snapshot(org: Organization) -> dict[str, Any]:
    return {
        "code": org.code,
        "name": org.name,
        "short_name": org.short_name,
        "kind": org.kind,
        "place": org.place,
        "parent": org.parent.code if org.parent else None,
        "valid_from": org.valid_from.isoformat(),
        "valid_to": org.valid_to.isoformat() if org.valid_to else None,
    }


def _open_version(org: Organization, day: dt.date, parent: Organization | None) -> None:
    """Close the version in force and open one reflecting `org`'s fields from `day`."""
    current = org.versions.filter(valid_to__isnull=True).first()
    if current is not None and current.valid_from >= day:
        # a same-day correction replaces the version rather than making an empty one
        current.delete()
    elif current is not None:
        current.valid_to = day
        current.save(update_fields=["valid_to"])
    OrganizationVersion.objects.create(
        organization=org,
        name=org.name,
        short_name=org.short_name,
        kind=org.kind,
        parent=parent,
        valid_from=day,
    )


def _record(
    *,
    actor: Any,
    org: Organization,
    kind: str,
    day: dt.date,
    event_type: str,
    decision: str = "",
    note: str = "",
    related: list[Organization] | None = None,
    data: dict[str, Any] | None = None,
) -> OrganizationEvent:
    event = OrganizationEvent.objects.create(
        kind=kind, date=day, organization=org, decision=decision, note=note, data=data or {}
    )
    if related:
        event.related.set(related)
    event_record(
        actor=actor,
        event_type=event_type,
        subject=org,
        organization=org,
        data={"date": day.isoformat(), "decision": decision, "note": note, **(data or {})},
    )
    return event


def _check_day(org: Organization, day: dt.date) -> None:
    if not org.is_active:
        raise ValidationError(f"Đơn vị «{org.name}» đã ngừng hoạt động, không thể thay đổi.")
    if day <= org.valid_from:
        raise ValidationError("Ngày hiệu lực phải sau ngày thành lập đơn vị.")


@transaction.atomic
def org_create(
    *,
    actor: Any,
    code: str,
    name: str,
    kind: str,
    parent: Organization | None = None,
    short_name: str = "",
    place: str = "",
    valid_from: dt.date | None = None,
    decision: str = "",
) -> Organization:
    """Create a unit (and its first version) under `parent`."""
    if parent is not None and not parent.is_active:
        raise ValidationError("Đơn vị cấp trên đã ngừng hoạt động.")
    org = Organization(
        code=code.strip(),
        name=normalize_name(name),
        short_name=short_name.strip(),
        kind=kind,
        parent=parent,
        place=place.strip(),
        valid_from=valid_from or dt.date(2000, 1, 1),
        name_folded=fold(name),
    )
    org.full_clean(exclude=["path"])
    org.save()
    org.path = _path_for(org, parent)
    org.save(update_fields=["path"])
    OrganizationVersion.objects.create(
        organization=org,
        name=org.name,
        short_name=org.short_name,
        kind=org.kind,
        parent=parent,
        valid_from=org.valid_from,
    )
    _record(
        actor=actor,
        org=org,
        kind=OrgEventKind.CREATED,
        day=org.valid_from,
        event_type=EventType.ORG_CREATED,
        decision=decision,
        data={"new": _snapshot(org)},
    )
    return org


@transaction.atomic
def org_update(*, actor: Any, org: Organization, short_name: str, place: str) -> Organization:
    """Correct fields that carry no history (a typo in the short name, the place)."""
    old = _snapshot(org)
    org.short_name, org.place = short_name.strip(), place.strip()
    org.full_clean(exclude=["path"])
    org.save(update_fields=["short_name", "place"])
    org.versions.filter(valid_to__isnull=True).update(short_name=org.short_name)
    event_record(
        actor=actor,
        event_type=EventType.ORG_UPDATED,
        subject=org,
        organization=org,
        data={"old": old, "new": _snapshot(org)},
    )
    return org


@transaction.atomic
def org_rename(
    *, actor: Any, org: Organization, name: str, short_name: str, day: dt.date, decision: str = ""
) -> Organization:
    """Rename from `day`; earlier dates keep showing the old name."""
    _check_day(org, day)
    old = {"name": org.name, "short_name": org.short_name}
    org.name, org.short_name, org.name_folded = normalize_name(name), short_name.strip(), fold(name)
    org.full_clean(exclude=["path"])
    org.save(update_fields=["name", "short_name", "name_folded"])
    _open_version(org, day, org.parent)
    _record(
        actor=actor,
        org=org,
        kind=OrgEventKind.RENAMED,
        day=day,
        event_type=EventType.ORG_RENAMED,
        decision=decision,
        data={"old": old, "new": {"name": org.name, "short_name": org.short_name}},
    )
    return org


@transaction.atomic
def org_move(
    *, actor: Any, org: Organization, parent: Organization, day: dt.date, decision: str = ""
) -> Organization:
    """Place `org` (with its subtree) under another parent from `day`."""
    _check_day(org, day)
    if not parent.is_active:
        raise ValidationError("Đơn vị cấp trên mới đã ngừng hoạt động.")
    old_parent = org.parent
    _repath(org, parent)
    _open_version(org, day, parent)
    _record(
        actor=actor,
        org=org,
        kind=OrgEventKind.MOVED,
        day=day,
        event_type=EventType.ORG_MOVED,
        decision=decision,
        related=[parent],
        data={
            "old": {"parent": old_parent.code if old_parent else None},
            "new": {"parent": parent.code},
        },
    )
    return org


def _close(org: Organization, day: dt.date, successor: Organization | None) -> None:
    """End `org` on `day`; a successor takes it (and its history) into its own subtree."""
    org.valid_to, org.successor = day, successor
    org.save(update_fields=["valid_to", "successor"])
    org.versions.filter(valid_to__isnull=True).update(valid_to=day)
    if successor is not None:
        _repath(org, successor)


def _transfer_staff(source: Organization, target: Organization, day: dt.date) -> int:
    """End the source's employments the day before `day` and continue them in `target`."""
    active = list(
        Employment.objects.filter(organization=source, end_date__isnull=True).filter(
            start_date__lt=day
        )
    )
    Employment.objects.filter(pk__in=[e.pk for e in active]).update(end_date=day - ONE_DAY)
    Employment.objects.bulk_create(
        Employment(
            person_id=e.person_id,
            organization=target,
            position=e.position,
            staff_category=e.staff_category,
            start_date=day,
        )
        for e in active
    )
    Person.objects.filter(pk__in=[e.person_id for e in active]).update(current_organization=target)
    return len(active)


def _move_children(source: Organization, target: Organization, day: dt.date) -> list[str]:
    moved = []
    for child in source.children.filter(valid_to__isnull=True).order_by("path"):
        _repath(child, target)
        _open_version(child, day, target)
        moved.append(child.code)
    return moved


@transaction.atomic
def org_merge(
    *,
    actor: Any,
    sources: list[Organization],
    target: Organization,
    day: dt.date,
    decision: str = "",
    transfer_staff: bool = True,
    move_children: bool = True,
) -> Organization:
    """Merge `sources` into `target` from `day` (sáp nhập).

    Each source ends the day before `day`'s version starts, points to `target` as its
    successor, and its history (people, ratings, awards) stays attached to it. Its active
    sub-units move under `target`; its staff continue in `target`.
    """
    if not sources:
        raise ValidationError("Chọn ít nhất một đơn vị bị sáp nhập.")
    _check_day(target, day)
    for source in sources:
        if source.pk == target.pk or target.path.startswith(source.path):
            raise ValidationError(
                "Không thể sáp nhập một đơn vị vào chính nó hoặc đơn vị con của nó."
            )
        _check_day(source, day)
    for source in sources:
        children = _move_children(source, target, day) if move_children else []
        staff = _transfer_staff(source, target, day) if transfer_staff else 0
        _close(source, day, target)
        _record(
            actor=actor,
            org=source,
            kind=OrgEventKind.MERGED,
            day=day,
            event_type=EventType.ORG_MERGED,
            decision=decision,
            related=[target],
            data={"successor": target.code, "children_moved": children, "staff_transferred": staff},
        )
    return target


@transaction.atomic
def org_split(
    *,
    actor: Any,
    source: Organization,
    parts: list[dict[str, Any]],
    day: dt.date,
    decision: str = "",
    dissolve_source: bool = True,
) -> list[Organization]:
    """Split `source` into new units (chia tách). `parts` are org_create keyword sets.

    Staff are not moved automatically: who goes where is a decision per person, recorded
    as new employments. When the source is dissolved, the first part is its successor.
    """
    _check_day(source, day)
    if not parts:
        raise ValidationError("Chọn ít nhất một đơn vị mới.")
    created = [
        org_create(
            actor=actor,
            valid_from=day,
            decision=decision,
            parent=part.pop("parent", source.parent),
            **part,
        )
        for part in parts
    ]
    if dissolve_source:
        _close(source, day, created[0])
    _record(
        actor=actor,
        org=source,
        kind=OrgEventKind.SPLIT,
        day=day,
        event_type=EventType.ORG_SPLIT,
        decision=decision,
        related=created,
        data={"new_units": [o.code for o in created], "source_dissolved": dissolve_source},
    )
    return created


@transaction.atomic
def org_dissolve(
    *, actor: Any, org: Organization, day: dt.date, decision: str = ""
) -> Organization:
    """Dissolve a unit with no successor; it must have no active sub-units or staff left."""
    _check_day(org, day)
    if org.children.filter(valid_to__isnull=True).exists():
        raise ValidationError(
            "Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể trước."
        )
    if Employment.objects.filter(organization=org, end_date__isnull=True).exists():
        raise ValidationError(
            "Đơn vị còn cán bộ đang công tác; hãy kết thúc hoặc điều chuyển trước."
        )
    _close(org, day, None)
    _record(
        actor=actor,
        org=org,
        kind=OrgEventKind.DISSOLVED,
        day=day,
        event_type=EventType.ORG_DISSOLVED,
        decision=decision,
    )
    return org


__all__ = [
    "OrgKind",
    "org_create",
    "org_dissolve",
    "org_merge",
    "org_move",
    "org_rename",
    "org_split",
    "org_update",
]
