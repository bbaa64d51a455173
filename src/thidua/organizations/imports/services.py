"""`import_run`: the one entry point of the Excel import, for the upload page and the command."""

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import DatabaseError, transaction
from django.utils import timezone

from thidua.audit.models import EventType
from thidua.audit.services import event_record
from thidua.core.formats import format_number
from thidua.core.perf import gc_paused
from thidua.organizations.imports.checks import build_batch, run_checks, run_file_checks
from thidua.organizations.imports.ir import ERROR, WARNING, Batch, ImportFacts, RowError
from thidua.organizations.imports.mapping import map_batch
from thidua.organizations.imports.parse import (
    FileRejected,
    check_file,
    parse_workbook,
    too_big_message,
)
from thidua.organizations.imports.schema import STAFF, UNITS
from thidua.organizations.imports.selectors import import_facts
from thidua.organizations.models import ImportLog, ImportStatus

# What an ImportLog row keeps of the messages; the result returned to the caller has all.
LOG_MAX_MESSAGES = 2000


@dataclass
class ImportResult:
    status: str
    message: str = ""
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    skipped_rows: list[tuple[str, int]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    log_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status != ImportStatus.REJECTED

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": str(self.status),
            "message": self.message,
            "dry_run": self.dry_run,
            "log_id": self.log_id,
            "counts": self.counts,
            "skipped_rows": [{"sheet": s, "row": r} for s, r in self.skipped_rows],
            "errors": [e.as_dict() for e in self.errors],
            "warnings": [w.as_dict() for w in self.warnings],
        }


def import_run(
    *, actor: Any, file: Any, skip_bad_rows: bool = False, dry_run: bool = False
) -> ImportResult:
    """Validate every row of an .xlsx of units and staff, then import all or nothing.

    `file` is an uploaded file, an open binary file or a path. Nothing is written unless
    every row passes; with `skip_bad_rows` the good rows are written and the bad ones
    listed. A dry run only validates and writes nothing at all. Otherwise the file is kept
    under MEDIA_ROOT/imports/ with an ImportLog row, even when it is refused.
    """
    name, size = _describe(file)
    log = ImportLog(
        original_name=name[:255],
        size=size,
        at=timezone.now(),
        skip_bad_rows=skip_bad_rows,
        uploaded_by=actor if getattr(actor, "pk", None) else None,
    )
    if size > settings.UPLOAD_MAX_BYTES:
        result = _rejected(too_big_message(), dry_run)
    else:
        with _local_copy(file, log, keep=not dry_run) as path, gc_paused():
            result = _run(
                actor=actor,
                path=path,
                name=name,
                skip_bad_rows=skip_bad_rows,
                dry_run=dry_run,
                log=log,
            )
    if not dry_run and result.log_id is None:
        _finish_log(log, result)
    return result


def _describe(file: Any) -> tuple[str, int]:
    if isinstance(file, str | Path):
        path = Path(file)
        return path.name, path.stat().st_size
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, 2)
        size = file.tell()
        file.seek(0)
    return Path(getattr(file, "name", "") or "tep.xlsx").name, int(size)


@contextmanager
def _local_copy(file: Any, log: ImportLog, keep: bool) -> Iterator[Path]:
    """A path to the file's bytes: the kept copy under MEDIA_ROOT, or a temporary one."""
    source: BinaryIO = open(file, "rb") if isinstance(file, str | Path) else file  # noqa: SIM115
    try:
        source.seek(0)
        log.sha256 = _sha256(source)
        if keep:
            log.file.save(log.original_name or "tep.xlsx", File(source), save=False)
            yield Path(log.file.path)
            return
        with tempfile.NamedTemporaryFile(suffix=".xlsx") as copy:
            shutil.copyfileobj(source, copy)
            copy.flush()
            yield Path(copy.name)
    finally:
        if isinstance(file, str | Path):
            source.close()


def _sha256(source: BinaryIO) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: source.read(1024 * 1024), b""):
        digest.update(block)
    source.seek(0)
    return digest.hexdigest()


def _rejected(
    message: str,
    dry_run: bool,
    errors: list[RowError] | None = None,
    warnings: list[RowError] | None = None,
) -> ImportResult:
    return ImportResult(
        status=ImportStatus.REJECTED,
        message=message,
        errors=errors or [],
        warnings=warnings or [],
        dry_run=dry_run,
    )


def _run(
    *, actor: Any, path: Path, name: str, skip_bad_rows: bool, dry_run: bool, log: ImportLog
) -> ImportResult:
    try:
        check_file(path, name)
        parsed = parse_workbook(path)
    except FileRejected as refused:
        return _rejected(refused.message, dry_run)
    file_errors = run_file_checks(parsed)
    if any(e.level == ERROR for e in file_errors):
        return _rejected("Tệp không đúng mẫu; chưa nhập dữ liệu nào.", dry_run, file_errors)
    batch, cell_errors = build_batch(parsed)
    facts = import_facts(actor=actor, batch=batch)
    messages = parsed.errors + cell_errors + run_checks(batch, facts)
    errors = [m for m in messages if m.level == ERROR]
    warnings = [m for m in messages if m.level == WARNING]
    if errors and not skip_bad_rows:
        return _rejected(_errors_message(errors), dry_run, errors, warnings)
    skipped: list[tuple[str, int]] = []
    if errors:
        errors, warnings, skipped = _drop_bad_rows(batch, facts, errors)
    result = ImportResult(
        status=ImportStatus.VALIDATED if dry_run else ImportStatus.COMPLETED,
        errors=errors,
        warnings=warnings,
        skipped_rows=skipped,
        dry_run=dry_run,
    )
    result.counts = {
        "rows": len(batch.units) + len(batch.staff) + len(skipped),
        "rows_skipped": len(skipped),
    }
    if dry_run:
        result.message = _summary(result, "Kiểm tra xong, tệp hợp lệ (chạy thử, chưa ghi dữ liệu).")
        return result
    return _write(actor=actor, batch=batch, facts=facts, result=result, log=log)


def _errors_message(errors: list[RowError]) -> str:
    rows = {(e.sheet, e.row) for e in errors}
    return (
        f"Tệp có {format_number(len(errors))} lỗi ở {format_number(len(rows))} dòng; "
        "chưa nhập dữ liệu nào. Hãy sửa các lỗi dưới đây rồi nhập lại, hoặc chọn «Bỏ qua các dòng lỗi»."
    )


def _bad_rows(errors: list[RowError]) -> set[tuple[str, int]]:
    return {(e.sheet, e.row) for e in errors if e.level == ERROR and e.row}


def _drop_bad_rows(
    batch: Batch, facts: ImportFacts, errors: list[RowError]
) -> tuple[list[RowError], list[RowError], list[tuple[str, int]]]:
    """Remove the rows with errors, then re-check: a new unit dropped takes its staff with it.

    Repeats until no new row fails, so the rows left are exactly the ones that pass. The
    warnings returned are those of the rows left.
    """
    titles = {kind: sheet.title for kind, sheet in batch.sheets.items()}
    all_errors, warnings = list(errors), []
    while errors:
        bad = _bad_rows(errors)
        dropped = {u.code for u in batch.units if (titles.get(UNITS), u.row) in bad}
        batch.units = [u for u in batch.units if (titles.get(UNITS), u.row) not in bad]
        batch.staff = [s for s in batch.staff if (titles.get(STAFF), s.row) not in bad]
        facts.skipped_units |= dropped - {u.code for u in batch.units} - set(facts.orgs)
        messages = run_checks(batch, facts)
        errors = [m for m in messages if m.level == ERROR]
        warnings = [m for m in messages if m.level == WARNING]
        all_errors += errors
    return all_errors, warnings, sorted(_bad_rows(all_errors))


def _write(
    *, actor: Any, batch: Batch, facts: ImportFacts, result: ImportResult, log: ImportLog
) -> ImportResult:
    """Map inside one transaction; on failure nothing is kept but the log row saying why."""
    log.status = ImportStatus.REJECTED  # until the data is in
    log.save()
    try:
        with transaction.atomic():
            result.counts.update(
                map_batch(actor=actor, batch=batch, facts=facts, note={"import_log": log.pk})
            )
            result.status = ImportStatus.PARTIAL if result.skipped_rows else ImportStatus.COMPLETED
            result.message = _summary(result, "Đã nhập xong.")
            _finish_log(log, result)
    except (ValidationError, DatabaseError) as failure:
        detail = (
            "; ".join(failure.messages) if isinstance(failure, ValidationError) else str(failure)
        )
        failed = _rejected(
            f"Lỗi khi ghi dữ liệu, chưa nhập dữ liệu nào: {detail}",
            False,
            result.errors,
            result.warnings,
        )
        failed.counts = {k: v for k, v in result.counts.items() if k in ("rows", "rows_skipped")}
        return failed
    return result


def _summary(result: ImportResult, lead: str) -> str:
    parts = [lead]
    counts = result.counts
    if "units_created" in counts:
        parts.append(
            f"Đơn vị: thêm {format_number(counts['units_created'])}, cập nhật "
            f"{format_number(counts['units_updated'])}. Cán bộ: thêm {format_number(counts['people_created'])}, "
            f"cập nhật {format_number(counts['people_updated'])}, không đổi "
            f"{format_number(counts['people_unchanged'])}."
        )
    if result.skipped_rows:
        parts.append(f"Bỏ qua {format_number(len(result.skipped_rows))} dòng lỗi.")
    if result.warnings:
        parts.append(f"Có {format_number(len(result.warnings))} cảnh báo cần xem lại.")
    return " ".join(parts)


def _finish_log(log: ImportLog, result: ImportResult) -> None:
    """Record the outcome; the audit event only when data was written (same transaction)."""
    messages = [m.as_dict() for m in (result.errors + result.warnings)[:LOG_MAX_MESSAGES]]
    log.status = result.status
    log.counts = {**result.counts, "errors": len(result.errors), "warnings": len(result.warnings)}
    log.errors = [{"message": result.message, "level": "summary"}, *messages]
    log.save()
    result.log_id = log.pk
    if result.status in (ImportStatus.COMPLETED, ImportStatus.PARTIAL):
        event_record(
            actor=log.uploaded_by,
            event_type=EventType.IMPORT_COMPLETED,
            subject=log,
            data={
                "file": log.original_name,
                "sha256": log.sha256,
                "status": log.status,
                "counts": log.counts,
            },
        )
