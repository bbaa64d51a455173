"""Checks of the «Cán bộ» sheet, and the two pure decisions mapping shares with them:
which existing person a row is (`person_match`) and what happens to their post (`job_plan`).
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from thidua.core.validators import check_national_id
from thidua.organizations.imports.checks.base import cell_error, date_vn, sheet_of, too_long
from thidua.organizations.imports.checks.units import file_units, unit_period, unit_scopes
from thidua.organizations.imports.ir import (
    WARNING,
    Batch,
    ImportFacts,
    PersonFact,
    RowError,
    StaffRow,
    UnitRow,
)
from thidua.organizations.imports.schema import STAFF

PHONE = re.compile(r"^\+?[0-9][0-9 .()-]{6,18}[0-9]$")
KEEP, START, NEW = "keep", "start", "new"
OTHER_PERSON = "đã thuộc về một cá nhân khác trong hệ thống (khác họ tên hoặc ngày sinh)"


@dataclass(frozen=True)
class Match:
    person: PersonFact | None = None
    key: str = ""
    problem: str = ""


def _same_person(fact: PersonFact, row: StaffRow) -> bool:
    births_differ = fact.birth_date and row.birth_date and fact.birth_date != row.birth_date
    return fact.name_folded == row.name_key and not births_differ


def _match_by_national_id(row: StaffRow, facts: ImportFacts) -> Match | None:
    found = facts.people_by_national_id.get(row.national_id) if row.national_id else None
    if found is None:
        return None
    if not _same_person(found, row):
        return Match(key="national_id", problem=f"Số CCCD này {OTHER_PERSON}.")
    others = [
        p for p in facts.people_by_cs_code.get(row.civil_servant_code, []) if p.id != found.id
    ]
    if row.civil_servant_code and others:
        return Match(key="civil_servant_code", problem=f"Mã số CC/VC này {OTHER_PERSON}.")
    return Match(found)


def _match_by_cs_code(row: StaffRow, facts: ImportFacts) -> Match | None:
    candidates = (
        facts.people_by_cs_code.get(row.civil_servant_code, []) if row.civil_servant_code else []
    )
    if not candidates:
        return None
    same = [p for p in candidates if _same_person(p, row)]
    if not same:
        return Match(key="civil_servant_code", problem=f"Mã số CC/VC này {OTHER_PERSON}.")
    if len(same) > 1:
        return Match(
            key="civil_servant_code",
            problem="Có nhiều cá nhân cùng mã số CC/VC và họ tên; hãy ghi số CCCD để phân biệt.",
        )
    if row.national_id and same[0].national_id and same[0].national_id != row.national_id:
        return Match(
            key="civil_servant_code", problem="Mã số CC/VC này thuộc về cá nhân có số CCCD khác."
        )
    return Match(same[0])


def _match_in_unit(row: StaffRow, facts: ImportFacts) -> Match | None:
    """Without any identifier: the one person of the same name and birth date in that unit."""
    org = facts.orgs.get(row.org_code)
    if row.national_id or row.civil_servant_code or not row.birth_date or org is None:
        return None
    same = [
        p
        for p in facts.people_by_name_birth.get((row.name_key, row.birth_date), [])
        if (job := p.open_job()) is not None and job.organization_id == org.id
    ]
    return Match(same[0]) if len(same) == 1 else None


def person_match(row: StaffRow, facts: ImportFacts) -> Match:
    """The existing person a row stands for: by CCCD, then civil-servant code, then name,
    birth date and unit together; so re-importing a file updates rather than duplicates."""
    return (
        _match_by_national_id(row, facts)
        or _match_by_cs_code(row, facts)
        or _match_in_unit(row, facts)
        or Match()
    )


def job_plan(row: StaffRow, person: PersonFact | None, facts: ImportFacts) -> tuple[str, str]:
    """(action, problem): NEW person, KEEP the post they hold, or START a post (a move)."""
    if person is None:
        return NEW, ""
    start = row.start_date or facts.today
    org = facts.orgs.get(row.org_code)
    current = person.open_job()
    if org is not None:
        if any(j.organization_id == org.id and j.start_date == start for j in person.jobs):
            return KEEP, ""
        if current is not None and current.organization_id == org.id:
            return KEEP, ""
    if current is not None and current.start_date >= start:
        return "", (
            f"Ngày bắt đầu phải sau ngày bắt đầu công tác hiện tại của cá nhân này "
            f"({date_vn(current.start_date)})."
        )
    if any(j.end_date is not None and j.end_date >= start for j in person.jobs):
        return "", "Ngày bắt đầu trùng thời gian với một quá trình công tác đã có của cá nhân này."
    return START, ""


def check_staff_required(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, STAFF)
    errors = []
    for row in batch.staff:
        for key, label in (("full_name", "họ và tên"), ("org_code", "mã đơn vị")):
            if not getattr(row, key) and key not in row.invalid:
                errors.append(cell_error(sheet, row.row, key, f"Chưa nhập {label}."))
    return errors


def check_staff_lengths(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, STAFF)
    errors = []
    for row in batch.staff:
        errors += too_long(
            sheet,
            row.row,
            {
                "full_name": row.full_name,
                "civil_servant_code": row.civil_servant_code,
                "email": row.email,
                "phone": row.phone,
                "org_code": row.org_code,
                "position": row.position,
            },
        )
    return errors


def check_staff_national_id(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, STAFF)
    errors = []
    for row in batch.staff:
        if row.national_id:
            found = check_national_id(row.national_id, row.birth_date, row.gender or None)
            errors += [cell_error(sheet, row.row, "national_id", message) for message in found]
    return errors


def check_staff_contact(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, STAFF)
    errors = []
    for row in batch.staff:
        if row.email:
            try:
                validate_email(row.email)
            except ValidationError:
                errors.append(
                    cell_error(
                        sheet, row.row, "email", f"Địa chỉ email «{row.email}» không hợp lệ."
                    )
                )
        if row.phone and not PHONE.match(row.phone):
            errors.append(
                cell_error(sheet, row.row, "phone", f"Số điện thoại «{row.phone}» không hợp lệ.")
            )
    return errors


def check_staff_dates(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, STAFF)
    errors = []
    for row in batch.staff:
        if row.birth_date and row.birth_date > facts.today:
            errors.append(cell_error(sheet, row.row, "birth_date", "Ngày sinh sau ngày hôm nay."))
        elif row.birth_date and row.start_date and row.start_date < row.birth_date:
            errors.append(
                cell_error(sheet, row.row, "start_date", "Ngày bắt đầu công tác trước ngày sinh.")
            )
    return errors


def _unit_problem(
    row: StaffRow, units: dict[str, UnitRow], facts: ImportFacts, scopes: dict[str, bool]
) -> tuple[str, str]:
    code = row.org_code
    if code in facts.skipped_units:
        return "org_code", f"Đơn vị «{code}» bị bỏ qua vì dòng của nó ở trang Đơn vị có lỗi."
    period = unit_period(code, units, facts)
    if period is None:
        return "org_code", f"Mã đơn vị «{code}» không có trong tệp và trong hệ thống."
    in_scope = facts.orgs[code].in_scope if code in facts.orgs else scopes.get(code, False)
    if not in_scope:
        return "org_code", f"Đơn vị «{code}» nằm ngoài phạm vi quản lý của bạn."
    start, (valid_from, valid_to) = row.start_date or facts.today, period
    if start < valid_from or (valid_to is not None and start >= valid_to):
        closed = f", ngừng hoạt động {date_vn(valid_to)}" if valid_to else ""
        key = "start_date" if row.start_date else "org_code"
        return key, (
            f"Đơn vị «{code}» không hoạt động vào ngày {date_vn(start)} "
            f"(thành lập {date_vn(valid_from)}{closed})."
        )
    return "", ""


def check_staff_unit(batch: Batch, facts: ImportFacts) -> list[RowError]:
    """The unit exists (in the file or the system), is in scope, and is active on the start date."""
    sheet = sheet_of(batch, STAFF)
    scopes, units = unit_scopes(batch, facts), file_units(batch)
    errors = []
    for row in batch.staff:
        if row.org_code and "start_date" not in row.invalid:
            key, message = _unit_problem(row, units, facts, scopes)
            if message:
                errors.append(cell_error(sheet, row.row, key, message))
    return errors


def check_staff_duplicates(batch: Batch, facts: ImportFacts) -> list[RowError]:
    """In the file: the same CCCD or code twice is an error; the same name and birth date a warning."""
    sheet = sheet_of(batch, STAFF)
    seen: dict[tuple[str, object], int] = {}
    found = []
    for row in batch.staff:
        keys = [
            ("national_id", row.national_id, "Số CCCD"),
            ("civil_servant_code", row.civil_servant_code, "Mã số CC/VC"),
        ]
        for key, value, label in keys:
            if value and (key, value) in seen:
                found.append(
                    cell_error(sheet, row.row, key, f"{label} trùng với dòng {seen[(key, value)]}.")
                )
            elif value:
                seen[(key, value)] = row.row
        if row.birth_date and row.name_key:
            pair = (row.name_key, row.birth_date)
            if ("name_birth", pair) in seen:
                found.append(
                    cell_error(
                        sheet,
                        row.row,
                        "full_name",
                        f"Trùng họ tên và ngày sinh với dòng "
                        f"{seen[('name_birth', pair)]}; kiểm tra có phải một người.",
                        WARNING,
                    )
                )
            else:
                seen[("name_birth", pair)] = row.row
    return found


def check_staff_matches(batch: Batch, facts: ImportFacts) -> list[RowError]:
    """Rows that are existing people: identifiers agree, the person is in scope, the post fits."""
    sheet = sheet_of(batch, STAFF)
    errors = []
    rows_of: dict[int, int] = {}
    for row in batch.staff:
        match = person_match(row, facts)
        if match.problem:
            errors.append(cell_error(sheet, row.row, match.key, match.problem))
            continue
        if match.person is not None and not match.person.in_scope:
            errors.append(
                cell_error(
                    sheet,
                    row.row,
                    "full_name",
                    "Cá nhân này đã có trong hệ thống và đang thuộc đơn vị ngoài phạm vi quản lý của bạn.",
                )
            )
            continue
        if match.person is not None and match.person.id in rows_of:
            errors.append(
                cell_error(
                    sheet,
                    row.row,
                    "full_name",
                    f"Cá nhân này đã có ở dòng {rows_of[match.person.id]} (cùng một người trong hệ thống).",
                )
            )
            continue
        if match.person is not None:
            rows_of[match.person.id] = row.row
        if row.org_code and "start_date" not in row.invalid:
            _, problem = job_plan(row, match.person, facts)
            if problem:
                errors.append(cell_error(sheet, row.row, "start_date", problem))
    return errors


def check_staff_similar(batch: Batch, facts: ImportFacts) -> list[RowError]:
    """Warnings, not blockers: likely duplicates of people already in the system."""
    sheet = sheet_of(batch, STAFF)
    warnings = []
    for row in batch.staff:
        match = person_match(row, facts)
        matched = match.person.id if match.person else None
        similar = []
        if row.birth_date:
            people = facts.people_by_name_birth.get((row.name_key, row.birth_date), [])
            similar = [p for p in people if p.id != matched]
        if similar and not match.problem:
            warnings.append(
                cell_error(
                    sheet,
                    row.row,
                    "full_name",
                    "Đã có cá nhân cùng họ tên và ngày sinh trong hệ thống; kiểm tra có phải một người.",
                    WARNING,
                )
            )
        elif not (row.national_id or row.civil_servant_code or row.birth_date):
            warnings.append(
                cell_error(
                    sheet,
                    row.row,
                    "national_id",
                    "Thiếu số CCCD, mã số CC/VC và ngày sinh: khi nhập lại, hệ thống không "
                    "nhận ra được người này.",
                    WARNING,
                )
            )
    return warnings


STAFF_CHECKS = [
    check_staff_required,
    check_staff_lengths,
    check_staff_national_id,
    check_staff_contact,
    check_staff_dates,
    check_staff_unit,
    check_staff_duplicates,
    check_staff_matches,
    check_staff_similar,
]

__all__ = [
    "KEEP",
    "NEW",
    "STAFF_CHECKS",
    "START",
    "Match",
    "file_units",
    "job_plan",
    "person_match",
]
