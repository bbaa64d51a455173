"""Writes of the rules app: the yearly history and the catalogue, each change audited.

History rows are removed only with an audit event holding their last values (STYLE.md
convention 6); awards are revoked with a flag rather than deleted.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from thidua.audit.models import EventType
from thidua.audit.services import diff, event_record
from thidua.organizations.models import Organization, Person
from thidua.rules.models import (
    AwardRecord,
    BaseSalary,
    Discipline,
    Initiative,
    InitiativeAuthor,
    ProvinceSetting,
    RewardCoefficient,
    RuleVersion,
    YearRating,
)

RATING_FIELDS = ("year", "rating", "months_worked", "note")
AWARD_FIELDS = (
    "award_type",
    "year",
    "decision_number",
    "decision_date",
    "issuer",
    "revoked",
    "note",
)
DISCIPLINE_FIELDS = ("form", "decision_number", "decision_date", "start_date", "end_date", "note")
INITIATIVE_FIELDS = (
    "code",
    "title",
    "kind",
    "year",
    "level",
    "decision_number",
    "decision_date",
    "recognized_by",
    "scope",
    "note",
)
VERSION_FIELDS = (
    "name",
    "legal_basis",
    "effective_from",
    "effective_to",
    "params",
    "tag",
    "enabled",
    "note",
)
COEFFICIENT_FIELDS = (
    "award_type",
    "subject",
    "coefficient",
    "multiplier",
    "effective_from",
    "effective_to",
    "legal_basis",
    "tag",
    "note",
)
SALARY_FIELDS = ("effective_from", "amount", "legal_basis", "tag", "note")
SETTING_FIELDS = (
    "province",
    "year",
    "rule_switches",
    "rule_params",
    "quotas",
    "council",
    "giay_khen_criteria",
    "rounding",
    "note",
)


def snapshot(obj: models.Model, fields: tuple[str, ...]) -> dict[str, Any]:
    values = {}
    for name in fields:
        value = getattr(obj, name)
        if isinstance(value, models.Model):
            value = getattr(value, "code", None) or str(value)
        elif isinstance(value, Decimal):
            value = str(value.normalize())
        elif isinstance(value, dt.date):
            value = value.isoformat()
        values[name] = value
    return values


def _owner(obj: Any) -> tuple[Any, Organization | None]:
    """The audit subject of a history row and the unit that scopes its event."""
    person: Person | None = getattr(obj, "person", None)
    if person is not None:
        return person, person.current_organization
    org: Organization | None = getattr(obj, "organization", None)
    return org, org


def _history_event(
    *, actor: Any, obj: Any, kind: str, action: str, old: dict[str, Any], new: dict[str, Any]
) -> None:
    subject, org = _owner(obj)
    changes = diff(old, new) if action == "updated" else {"old": old, "new": new}
    event_record(
        actor=actor,
        event_type=EventType.HISTORY_CHANGED,
        subject=subject,
        organization=org,
        data={"kind": kind, "action": action, **changes},
    )


def _save(
    *, actor: Any, obj: models.Model, data: dict[str, Any], fields: tuple[str, ...], kind: str
) -> Any:
    creating = obj.pk is None
    old = {} if creating else snapshot(obj, fields)
    for name, value in data.items():
        if name in fields:
            setattr(obj, name, value)
    obj.full_clean()
    new = snapshot(obj, fields)
    if not creating and old == new:
        return obj
    obj.save()
    _history_event(
        actor=actor,
        obj=obj,
        kind=kind,
        action="created" if creating else "updated",
        old=old,
        new=new,
    )
    return obj


def _subject_kwargs(person: Person | None, organization: Organization | None) -> dict[str, Any]:
    if (person is None) == (organization is None):
        raise ValidationError("Cần đúng một đối tượng: cá nhân hoặc tập thể.")
    return {"person": person, "organization": organization}


@transaction.atomic
def rating_save(
    *,
    actor: Any,
    data: dict[str, Any],
    person: Person | None = None,
    organization: Organization | None = None,
    rating: YearRating | None = None,
) -> YearRating:
    """Record the year's rating of a person or collective (one per subject and year)."""
    if rating is None:
        subject = _subject_kwargs(person, organization)
        rating = YearRating.objects.filter(**subject, year=data["year"]).first() or YearRating(
            **subject
        )
    return _save(actor=actor, obj=rating, data=data, fields=RATING_FIELDS, kind="rating")  # type: ignore[no-any-return]


@transaction.atomic
def award_record_save(
    *,
    actor: Any,
    data: dict[str, Any],
    person: Person | None = None,
    organization: Organization | None = None,
    record: AwardRecord | None = None,
) -> AwardRecord:
    """Record a title or form received; `revoked` marks a cancelled decision (Law Ch. VII)."""
    record = record or AwardRecord(**_subject_kwargs(person, organization))
    award_type = data.get("award_type") or record.award_type
    wanted = "ca_nhan" if record.person_id else "tap_the"
    if wanted not in award_type.subjects:
        raise ValidationError(
            {"award_type": "Danh hiệu, hình thức này không dành cho đối tượng này."}
        )
    return _save(actor=actor, obj=record, data=data, fields=AWARD_FIELDS, kind="award")  # type: ignore[no-any-return]


@transaction.atomic
def discipline_save(
    *,
    actor: Any,
    data: dict[str, Any],
    person: Person | None = None,
    discipline: Discipline | None = None,
) -> Discipline:
    discipline = discipline or Discipline(person=person)
    return _save(
        actor=actor, obj=discipline, data=data, fields=DISCIPLINE_FIELDS, kind="discipline"
    )  # type: ignore[no-any-return]


def _check_shares(authors: list[tuple[Person, Decimal | None]]) -> None:
    if not authors:
        raise ValidationError({"authors": "Sáng kiến cần ít nhất một tác giả."})
    if len({p.pk for p, _ in authors}) != len(authors):
        raise ValidationError({"authors": "Một người được ghi hai lần trong danh sách tác giả."})
    total = sum((s for _, s in authors if s is not None), Decimal(0))
    if total > 100:
        raise ValidationError({"authors": f"Tổng tỷ lệ đóng góp là {total}%, vượt quá 100%."})


@transaction.atomic
def initiative_save(
    *,
    actor: Any,
    data: dict[str, Any],
    authors: list[tuple[Person, Decimal | None]],
    initiative: Initiative | None = None,
) -> Initiative:
    """Record an initiative with its authors and their shares (the list replaces the old one)."""
    _check_shares(authors)
    initiative = initiative or Initiative()
    creating = initiative.pk is None
    old = (
        {}
        if creating
        else {**snapshot(initiative, INITIATIVE_FIELDS), "authors": _authors(initiative)}
    )
    for name, value in data.items():
        if name in INITIATIVE_FIELDS:
            setattr(initiative, name, value)
    initiative.full_clean()
    initiative.save()
    wanted = {p.pk: share for p, share in authors}
    InitiativeAuthor.objects.filter(initiative=initiative).exclude(person_id__in=wanted).delete()
    for person, share in authors:
        InitiativeAuthor.objects.update_or_create(
            initiative=initiative, person=person, defaults={"share": share}
        )
    new = {**snapshot(initiative, INITIATIVE_FIELDS), "authors": _authors(initiative)}
    if old != new:
        for person, _ in authors:
            event_record(
                actor=actor,
                event_type=EventType.HISTORY_CHANGED,
                subject=person,
                organization=person.current_organization,
                data={
                    "kind": "initiative",
                    "action": "created" if creating else "updated",
                    **diff(old, new),
                },
            )
    return initiative


def _authors(initiative: Initiative) -> list[list[Any]]:
    return [
        [a.person_id, str(a.share.normalize()) if a.share is not None else None]
        for a in initiative.authorships.order_by("person_id")
    ]


@transaction.atomic
def history_delete(*, actor: Any, obj: YearRating | Discipline | AwardRecord | Initiative) -> None:
    """Remove a history row, keeping its last values in the audit trail."""
    kinds = {
        YearRating: ("rating", RATING_FIELDS),
        Discipline: ("discipline", DISCIPLINE_FIELDS),
        AwardRecord: ("award", AWARD_FIELDS),
        Initiative: ("initiative", INITIATIVE_FIELDS),
    }
    kind, fields = kinds[type(obj)]
    old = snapshot(obj, fields)
    if isinstance(obj, Initiative):
        people = [a.person for a in obj.authorships.select_related("person__current_organization")]
        for person in people:
            event_record(
                actor=actor,
                event_type=EventType.HISTORY_CHANGED,
                subject=person,
                organization=person.current_organization,
                data={"kind": kind, "action": "deleted", "old": old, "new": {}},
            )
    else:
        _history_event(actor=actor, obj=obj, kind=kind, action="deleted", old=old, new={})
    obj.delete()


# --- The catalogue -------------------------------------------------------------------------


def _catalogue_event(
    *,
    actor: Any,
    obj: models.Model,
    kind: str,
    old: dict[str, Any],
    new: dict[str, Any],
    organization: Organization | None = None,
) -> None:
    event_record(
        actor=actor,
        event_type=EventType.RULES_CHANGED,
        subject=obj,
        organization=organization,
        data={"kind": kind, **(diff(old, new) if old else {"old": {}, "new": new})},
    )


def _catalogue_save(
    *,
    actor: Any,
    obj: models.Model,
    data: dict[str, Any],
    fields: tuple[str, ...],
    kind: str,
    organization: Organization | None = None,
) -> Any:
    old = snapshot(obj, fields) if obj.pk else {}
    for name, value in data.items():
        if name in fields:
            setattr(obj, name, value)
    obj.full_clean()
    new = snapshot(obj, fields)
    if old != new:
        obj.save()
        _catalogue_event(
            actor=actor, obj=obj, kind=kind, old=old, new=new, organization=organization
        )
    return obj


@transaction.atomic
def rule_version_update(*, actor: Any, version: RuleVersion, data: dict[str, Any]) -> RuleVersion:
    """Correct a rule version in place (its period, parameters, switch, wording, basis)."""
    _check_no_overlap(
        version,
        data.get("effective_from", version.effective_from),
        data.get("effective_to", version.effective_to),
    )
    return _catalogue_save(
        actor=actor, obj=version, data=data, fields=VERSION_FIELDS, kind="rule_version"
    )  # type: ignore[no-any-return]


@transaction.atomic
def rule_version_create(*, actor: Any, source: RuleVersion, data: dict[str, Any]) -> RuleVersion:
    """A new version of `source`'s rule from `effective_from`; the version then in force ends
    the day before, so that earlier years keep being judged by the rule of their time."""
    start: dt.date = data["effective_from"]
    current = (
        RuleVersion.objects.select_for_update()
        .filter(rule=source.rule, effective_from__lt=start)
        .filter(models.Q(effective_to__isnull=True) | models.Q(effective_to__gte=start))
        .first()
    )
    if current is not None:
        rule_version_update(
            actor=actor, version=current, data={"effective_to": start - dt.timedelta(days=1)}
        )
    version = RuleVersion(award_type=source.award_type, rule=source.rule, subject=source.subject)
    _check_no_overlap(version, start, data.get("effective_to"))
    return _catalogue_save(
        actor=actor, obj=version, data=data, fields=VERSION_FIELDS, kind="rule_version"
    )  # type: ignore[no-any-return]


def _check_no_overlap(version: RuleVersion, start: dt.date, end: dt.date | None) -> None:
    others = RuleVersion.objects.filter(rule=version.rule).exclude(pk=version.pk)
    clash = others.filter(effective_from__lte=end or dt.date.max).filter(
        models.Q(effective_to__isnull=True) | models.Q(effective_to__gte=start)
    )
    if clash.exists():
        raise ValidationError(
            "Thời gian hiệu lực trùng với một phiên bản khác của cùng quy tắc; hãy sửa phiên bản đó trước."
        )


@transaction.atomic
def coefficient_save(
    *, actor: Any, data: dict[str, Any], coefficient: RewardCoefficient | None = None
) -> RewardCoefficient:
    obj = coefficient or RewardCoefficient()
    return _catalogue_save(
        actor=actor, obj=obj, data=data, fields=COEFFICIENT_FIELDS, kind="coefficient"
    )  # type: ignore[no-any-return]


@transaction.atomic
def base_salary_save(
    *, actor: Any, data: dict[str, Any], salary: BaseSalary | None = None
) -> BaseSalary:
    obj = salary or BaseSalary()
    return _catalogue_save(
        actor=actor, obj=obj, data=data, fields=SALARY_FIELDS, kind="base_salary"
    )  # type: ignore[no-any-return]


@transaction.atomic
def province_setting_save(
    *, actor: Any, data: dict[str, Any], setting: ProvinceSetting | None = None
) -> ProvinceSetting:
    """Create or change a province's yearly settings (quotas, switches, thresholds, rounding)."""
    obj = setting or ProvinceSetting()
    province = data.get("province", obj.province if obj.pk else None)
    return _catalogue_save(  # type: ignore[no-any-return]
        actor=actor,
        obj=obj,
        data=data,
        fields=SETTING_FIELDS,
        kind="province_setting",
        organization=province,
    )
