"""Map checked rows into the database, inside the caller's transaction.

Everything is an upsert on a natural key and compares before it writes, so that loading
the same file twice changes nothing (and records nothing). Organisations and people go
through the organisation services (paths, versions, employments, audit); the yearly
history is written in bulk, one audit event per changed row.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record_bulk
from thidua.organizations.models import Employment, Organization, Person
from thidua.organizations.people import employment_start, person_create, person_update
from thidua.organizations.services import org_create
from thidua.rules.loadhistory.checks import Checked, Row
from thidua.rules.models import (
    AwardRecord,
    AwardType,
    Discipline,
    Initiative,
    InitiativeAuthor,
    PersonCode,
    ProvinceSetting,
    YearRating,
)
from thidua.rules.selectors.catalogue import province_id_of
from thidua.rules.services import province_setting_save

BATCH = 1000


class MappingError(Exception):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


@dataclass
class Mapper:
    actor: Any
    checked: Checked
    source: dict[str, Any]
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    orgs: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    events: list[tuple[Any, Any, dict[str, Any]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def run(self) -> None:
        self._organizations()
        self._people()
        self._ratings()
        self._awards()
        self._initiatives()
        self._disciplines()
        self._quotas()
        if self.events:
            event_record_bulk(
                actor=self.actor, event_type=EventType.HISTORY_CHANGED, entries=self.events
            )

    def _fail(self, row: Row, error: ValidationError) -> None:
        messages = [f"{row.label}: {m}{row.where}" for m in error.messages]
        raise MappingError(messages)

    def _event(self, subject: Any, kind: str, action: str, new: dict[str, Any]) -> None:
        org = subject if isinstance(subject, Organization) else subject.current_organization_id
        data = {"kind": kind, "action": action, "new": _jsonable(new), **self.source}
        self.events.append((subject, org, data))

    # --- organisations and people ------------------------------------------------------

    def _org(self, code: str) -> Organization:
        if code not in self.orgs:
            self.orgs[code] = Organization.objects.get(code=code)
        return self.orgs[code]

    def _organizations(self) -> None:
        rows = {r.data["code"]: r for r in self.checked.of("organizations")}
        existing = {o.code: o for o in Organization.objects.filter(code__in=list(rows))}
        done: set[str] = set()

        def visit(code: str) -> None:
            if code in done:
                return
            done.add(code)
            row = rows[code]
            parent: str | None = row.data.get("parent")
            if parent is not None and parent in rows:
                visit(parent)
            if code in existing:
                self.orgs[code] = existing[code]
                self.counts["organizations"].unchanged += 1
                if existing[code].name != row.data["name"]:
                    self.warnings.append(
                        f"{row.label}.name: đơn vị «{code}» đã có với tên «{existing[code].name}»; "
                        "giữ nguyên (đổi tên qua chức năng Đổi tên để giữ lịch sử)."
                    )
                return
            try:
                self.orgs[code] = org_create(
                    actor=self.actor,
                    code=code,
                    name=row.data["name"],
                    kind=row.data["kind"],
                    parent=self._org(parent) if parent else None,
                    short_name=row.data.get("short_name", ""),
                    valid_from=row.data.get("valid_from"),
                )
            except ValidationError as error:
                self._fail(row, error)
            self.counts["organizations"].created += 1

        for code in rows:
            visit(code)

    def _people(self) -> None:
        rows = self.checked.of("people")
        by_code = {
            pc.code: pc.person
            for pc in PersonCode.objects.filter(
                code__in=[r.data["code"] for r in rows]
            ).select_related("person")
        }
        ids = [r.data["national_id"] for r in rows if r.data.get("national_id")]
        by_id = {p.national_id or "": p for p in Person.objects.filter(national_id__in=ids)}
        for row in rows:
            try:
                self._person(row, by_code, by_id)
            except ValidationError as error:
                self._fail(row, error)
        for pc in PersonCode.objects.filter(code__in=self._referenced_people()).select_related(
            "person"
        ):
            self.people.setdefault(pc.code, pc.person)

    def _person(self, row: Row, by_code: dict[str, Person], by_id: dict[str, Person]) -> None:
        data = row.data
        person = by_code.get(data["code"]) or by_id.get(data.get("national_id") or "")
        fields: dict[str, Any] = {
            k: data[k] for k in ("full_name", "birth_date", "gender", "national_id") if k in data
        }
        org = self._org(data["organization"]) if data.get("organization") else None
        if person is None:
            person = person_create(
                actor=self.actor,
                data=fields,
                organization=org,
                position=data.get("position", ""),
                staff_category=data.get("staff_category", "civil_servant"),
                start_date=data.get("start_date"),
            )
            self.counts["people"].created += 1
        else:
            changed: dict[str, Any] = {k: v for k, v in fields.items() if getattr(person, k) != v}
            if changed:
                person = person_update(actor=self.actor, person=person, data=changed)
            moved = org is not None and self._employ(person, org, data)
            bucket = self.counts["people"]
            if changed or moved:
                bucket.updated += 1
            else:
                bucket.unchanged += 1
        if data["code"] not in by_code:
            PersonCode.objects.update_or_create(person=person, defaults={"code": data["code"]})
        self.people[data["code"]] = person

    def _employ(self, person: Person, org: Organization, data: dict[str, Any]) -> bool:
        """Record the post unless the person already has it (same unit, same start or open)."""
        start: dt.date = data["start_date"]
        jobs = Employment.objects.filter(person=person, organization=org)
        if jobs.filter(Q(start_date=start) | Q(end_date__isnull=True)).exists():
            return False
        employment_start(
            actor=self.actor,
            person=person,
            organization=org,
            start_date=start,
            position=data.get("position", ""),
            staff_category=data.get("staff_category", "civil_servant"),
        )
        return True

    def _referenced_people(self) -> list[str]:
        codes = set()
        for key in ("ratings", "awards", "disciplines"):
            codes |= {r.data["person"] for r in self.checked.of(key) if r.data.get("person")}
        for row in self.checked.of("initiatives"):
            codes |= {code for code, _ in row.data.get("authors", [])}
        return sorted(codes - set(self.people))

    def _subject(self, data: dict[str, Any]) -> Person | Organization:
        return (
            self.people[data["person"]] if data.get("person") else self._org(data["organization"])
        )

    # --- the yearly history (bulk) -----------------------------------------------------

    def _upsert(
        self,
        key: str,
        rows: list[Row],
        existing: dict[Any, Any],
        natural: Any,
        build: Any,
        fields: tuple[str, ...],
    ) -> None:
        """Create missing rows, update rows whose given fields differ, count the rest."""
        creates, updates = [], []
        for row in rows:
            obj = existing.get(natural(row.data))
            values = {f: row.data[f] for f in fields if f in row.data}
            if obj is None:
                obj = build(row.data)
                for name, value in values.items():
                    setattr(obj, name, value)
                creates.append(obj)
                self._event(self._subject(row.data), key, "created", values)
            elif any(getattr(obj, n) != v for n, v in values.items()):
                for name, value in values.items():
                    setattr(obj, name, value)
                updates.append(obj)
                self._event(self._subject(row.data), key, "updated", values)
            else:
                self.counts[key].unchanged += 1
        model = type(creates[0] if creates else updates[0]) if creates or updates else None
        if model is not None:
            model.objects.bulk_create(creates, batch_size=BATCH)
            if updates:
                model.objects.bulk_update(updates, list(fields), batch_size=BATCH)
        self.counts[key].created += len(creates)
        self.counts[key].updated += len(updates)

    def _owners(self, rows: list[Row]) -> tuple[list[int], list[int]]:
        people = [self.people[r.data["person"]].pk for r in rows if r.data.get("person")]
        orgs = [self._org(r.data["organization"]).pk for r in rows if r.data.get("organization")]
        return people, orgs

    def _owner_key(self, data: dict[str, Any]) -> tuple[str, int]:
        subject = self._subject(data)
        return ("p" if isinstance(subject, Person) else "o", subject.pk)

    def _ratings(self) -> None:
        rows = self.checked.of("ratings")
        people, orgs = self._owners(rows)
        existing = {
            (("p", r.person_id) if r.person_id else ("o", r.organization_id), r.year): r
            for r in YearRating.objects.filter(
                Q(person_id__in=people) | Q(organization_id__in=orgs)
            )
        }
        self._upsert(
            "ratings",
            rows,
            existing,
            lambda d: (self._owner_key(d), d["year"]),
            lambda d: YearRating(**self._fk(d), year=d["year"]),
            ("rating", "months_worked", "note"),
        )

    def _fk(self, data: dict[str, Any]) -> dict[str, Any]:
        subject = self._subject(data)
        return {"person": subject} if isinstance(subject, Person) else {"organization": subject}

    def _awards(self) -> None:
        rows = self.checked.of("awards")
        people, orgs = self._owners(rows)
        types = dict(AwardType.objects.values_list("code", "id"))
        existing = {
            (
                ("p", a.person_id) if a.person_id else ("o", a.organization_id),
                a.award_type_id,
                a.year,
                a.decision_number,
            ): a
            for a in AwardRecord.objects.filter(
                Q(person_id__in=people) | Q(organization_id__in=orgs)
            )
        }
        self._upsert(
            "awards",
            rows,
            existing,
            lambda d: (
                self._owner_key(d),
                types[d["title"]],
                d["year"],
                d.get("decision_number", ""),
            ),
            lambda d: AwardRecord(
                **self._fk(d),
                award_type_id=types[d["title"]],
                year=d["year"],
                decision_number=d.get("decision_number", ""),
            ),
            ("decision_date", "issuer", "revoked", "note"),
        )

    def _disciplines(self) -> None:
        rows = self.checked.of("disciplines")
        people, _ = self._owners(rows)
        existing = {
            (d.person_id, d.form, d.start_date): d
            for d in Discipline.objects.filter(person_id__in=people)
        }
        self._upsert(
            "disciplines",
            rows,
            existing,
            lambda d: (self.people[d["person"]].pk, d["form"], d["start_date"]),
            lambda d: Discipline(
                person=self.people[d["person"]], form=d["form"], start_date=d["start_date"]
            ),
            ("end_date", "decision_number", "decision_date", "note"),
        )

    def _initiatives(self) -> None:
        fields = (
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
        rows = self.checked.of("initiatives")
        existing = {
            i.code: i for i in Initiative.objects.filter(code__in=[r.data["code"] for r in rows])
        }
        authors: dict[int, dict[int, Decimal | None]] = defaultdict(dict)
        for a in InitiativeAuthor.objects.filter(initiative__in=list(existing.values())):
            authors[a.initiative_id][a.person_id] = a.share
        for row in rows:
            data = row.data
            wanted = {self.people[c].pk: s for c, s in data["authors"]}
            obj = existing.get(data["code"]) or Initiative(code=data["code"])
            values = {f: data[f] for f in fields if f in data}
            same = obj.pk is not None and all(getattr(obj, n) == v for n, v in values.items())
            if same and authors.get(obj.pk, {}) == wanted:
                self.counts["initiatives"].unchanged += 1
                continue
            action = "updated" if obj.pk else "created"
            for name, value in values.items():
                setattr(obj, name, value)
            try:
                obj.full_clean()
            except ValidationError as error:
                self._fail(row, error)
            obj.save()
            InitiativeAuthor.objects.filter(initiative=obj).delete()
            InitiativeAuthor.objects.bulk_create(
                InitiativeAuthor(initiative=obj, person_id=pid, share=share)
                for pid, share in wanted.items()
            )
            bucket = self.counts["initiatives"]
            setattr(bucket, action, getattr(bucket, action) + 1)
            for code, _ in data["authors"]:
                self._event(self.people[code], "initiative", action, {"code": obj.code, **values})

    # --- settings ----------------------------------------------------------------------

    def _quotas(self) -> None:
        rows = self.checked.of("quotas")
        groups: dict[tuple[Organization, int], list[Row]] = defaultdict(list)
        for row in rows:
            groups[(self._province(row), self._year(row))].append(row)
        for (province, year), members in groups.items():
            setting = ProvinceSetting.objects.filter(province=province, year=year).first()
            quotas = list(setting.quotas if setting else [])
            for row in members:
                quota = {
                    "title": row.data["title"],
                    "of": row.data["of"],
                    "max_share": float(row.data["max_share"]),
                }
                if row.data.get("subject"):
                    quota["subject"] = row.data["subject"]
                quotas = [
                    q
                    for q in quotas
                    if (q.get("title"), q.get("of")) != (quota["title"], quota["of"])
                ]
                quotas.append(quota)
            if setting is not None and setting.quotas == quotas:
                self.counts["settings"].unchanged += 1
                continue
            data = {"province": province, "year": year, "quotas": quotas}
            if setting is None:
                data["rounding"] = "ceil"
            province_setting_save(actor=self.actor, data=data, setting=setting)
            bucket = self.counts["settings"]
            bucket.created += setting is None
            bucket.updated += setting is not None

    def _province(self, row: Row) -> Organization:
        code = row.data.get("province") or self.checked.settings.get("province")
        if code:
            return Organization.objects.get(code=code)
        roots: set[int | None] = {province_id_of(o.path) for o in self.orgs.values()}
        roots |= {
            province_id_of(p.current_organization.path)
            for p in self.people.values()
            if p.current_organization
        }
        found = [r for r in roots if r is not None]
        if len(found) == 1:
            return Organization.objects.get(pk=found[0])
        raise MappingError(
            [
                f"{row.label}.province: cần mã tỉnh (settings.province) vì không suy ra được từ tệp{row.where}."
            ]
        )

    def _year(self, row: Row) -> int:
        year = row.data.get("year") or self.checked.settings.get("year")
        if year:
            return int(year)
        years = [
            r.data["year"]
            for key in ("ratings", "awards", "initiatives")
            for r in self.checked.of(key)
            if "year" in r.data
        ]
        return min(years) if years else timezone.localdate().year


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        out[key] = value
    return out
