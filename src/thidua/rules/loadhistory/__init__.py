"""`thidua loadhistory FILE`: parse → IR → pure checks → map in one transaction (STYLE §11).

The entry point is `history_load`; the same pipeline could serve an upload page.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.organizations.models import Organization, OrgKind, Person
from thidua.rules.loadhistory.checks import Known, check_history
from thidua.rules.loadhistory.mapping import Mapper, MappingError
from thidua.rules.loadhistory.parse import FileError, HistoryIR, parse_file
from thidua.rules.models import AwardType, PersonCode

LOOKUP_BATCH = 900


@dataclass
class LoadResult:
    ok: bool
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    dry_run: bool = False

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] for c in self.counts.values())

    @property
    def message(self) -> str:
        if not self.ok:
            return f"Tệp có {len(self.errors)} lỗi; chưa ghi dữ liệu nào."
        if self.dry_run:
            return "Chạy thử: tệp hợp lệ; chưa ghi dữ liệu nào."
        return (
            "Đã nạp lịch sử." if self.changed else "Dữ liệu trong tệp đã có đủ; không có thay đổi."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "dry_run": self.dry_run,
            "message": self.message,
            "errors": self.errors,
            "warnings": self.warnings,
            "counts": self.counts,
        }


def _chunked(values: list[str]) -> list[list[str]]:
    return [values[i : i + LOOKUP_BATCH] for i in range(0, len(values), LOOKUP_BATCH)]


def known_for(ir: HistoryIR) -> Known:
    """What the checks need from the database about the codes the file mentions."""
    codes = set()
    for key in ("people", "ratings", "awards", "disciplines"):
        for entry in ir.of(key):
            code = entry.raw.get("code" if key == "people" else "person")
            if code not in (None, ""):
                codes.add(str(code).strip())
    for entry in ir.of("initiatives"):
        authors = entry.raw.get("authors")
        if isinstance(authors, list):
            codes |= {str(a.get("person") if isinstance(a, dict) else a).strip() for a in authors}
        elif authors:
            codes |= {
                part.split("(")[0].strip() for part in str(authors).replace("\n", ";").split(";")
            }
    national = sorted(
        {str(e.raw["national_id"]).strip() for e in ir.of("people") if e.raw.get("national_id")}
    )
    person_codes: dict[str, int] = {}
    for chunk in _chunked(sorted(codes)):
        person_codes |= dict(
            PersonCode.objects.filter(code__in=chunk).values_list("code", "person_id")
        )
    national_ids: dict[str, int] = {}
    for chunk in _chunked(national):
        for national_id, pk in Person.objects.filter(national_id__in=chunk).values_list(
            "national_id", "id"
        ):
            national_ids[national_id or ""] = pk
    owners: dict[int, str | None] = {}
    for chunk in _chunked([str(p) for p in person_codes.values()]):
        owners |= dict(Person.objects.filter(pk__in=chunk).values_list("id", "national_id"))
    return Known(
        org_codes=frozenset(Organization.objects.values_list("code", flat=True)),
        provinces=dict(
            Organization.objects.filter(kind=OrgKind.PROVINCIAL_COMMITTEE).values_list("code", "id")
        ),
        person_codes=person_codes,
        national_ids=national_ids,
        person_national_ids=owners,
        awards={t.code: (t.kind, tuple(t.subjects)) for t in AwardType.objects.all()},
    )


def history_load(*, actor: Any, path: Path, dry_run: bool = False) -> LoadResult:
    """Load a history file all or nothing; report every error by key and index."""
    try:
        ir = parse_file(path)
    except FileError as error:
        return LoadResult(ok=False, errors=error.messages)
    checked = check_history(ir, known_for(ir))
    if checked.errors:
        return LoadResult(ok=False, errors=checked.errors, warnings=checked.warnings)
    source = {
        "source": "loadhistory",
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
    try:
        with transaction.atomic():
            mapper = Mapper(actor=actor, checked=checked, source=source)
            mapper.run()
            result = LoadResult(
                ok=True,
                warnings=checked.warnings + mapper.warnings,
                counts={k: c.as_dict() for k, c in mapper.counts.items()},
                dry_run=dry_run,
            )
            if dry_run:
                transaction.set_rollback(True)
            elif result.changed:
                event_record(
                    actor=actor,
                    event_type=EventType.HISTORY_LOADED,
                    data={**source, "counts": result.counts},
                )
    except MappingError as error:
        return LoadResult(ok=False, errors=error.messages)
    return result
