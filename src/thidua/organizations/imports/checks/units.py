"""Checks of the «Đơn vị» sheet: one pure function per rule, over typed rows and facts."""

import datetime as dt

from thidua.organizations.imports.checks.base import (
    DEFAULT_VALID_FROM,
    cell_error,
    date_vn,
    sheet_of,
    too_long,
)
from thidua.organizations.imports.ir import WARNING, Batch, ImportFacts, RowError, UnitRow
from thidua.organizations.imports.schema import UNITS


def file_units(batch: Batch) -> dict[str, UnitRow]:
    """Unit rows by code; the first row wins when a code repeats (the repeat is an error)."""
    found: dict[str, UnitRow] = {}
    for unit in batch.units:
        if unit.code:
            found.setdefault(unit.code, unit)
    return found


def unit_scopes(batch: Batch, facts: ImportFacts) -> dict[str, bool]:
    """Whether the importer may act on each unit the file defines.

    An existing unit is in scope when the permission module says so; a new unit when its
    parent is (following parents inside the file), or, with no parent, only for an
    importer whose scope is everything.
    """
    units = file_units(batch)
    memo: dict[str, bool] = {}

    def resolve(code: str, seen: frozenset[str]) -> bool:
        if code in memo:
            return memo[code]
        if code in facts.orgs:
            result = facts.orgs[code].in_scope
        elif code in seen:
            result = True  # a cycle: check_unit_cycles reports it, once
        elif code in units:
            parent = units[code].parent_code
            result = resolve(parent, seen | {code}) if parent else facts.scope_all
        else:
            result = True  # an unknown parent: check_unit_parent reports it
        memo[code] = result
        return result

    return {code: resolve(code, frozenset()) for code in units}


def unit_period(
    code: str, units: dict[str, UnitRow], facts: ImportFacts
) -> tuple[dt.date, dt.date | None] | None:
    """The period a unit is active in, from the database or from its row in the file."""
    if code in facts.orgs:
        return facts.orgs[code].valid_from, facts.orgs[code].valid_to
    unit = units.get(code)
    if unit is None:
        return None
    return unit.valid_from or DEFAULT_VALID_FROM, None


def check_unit_required(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, UNITS)
    errors = []
    for unit in batch.units:
        for key, label in (("code", "mã đơn vị"), ("name", "tên đơn vị"), ("kind", "loại hình")):
            if not getattr(unit, key) and key not in unit.invalid:
                errors.append(cell_error(sheet, unit.row, key, f"Chưa nhập {label}."))
    return errors


def check_unit_codes_unique(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, UNITS)
    first: dict[str, int] = {}
    errors = []
    for unit in batch.units:
        if unit.code in first:
            errors.append(
                cell_error(
                    sheet,
                    unit.row,
                    "code",
                    f"Mã đơn vị «{unit.code}» trùng với dòng {first[unit.code]}.",
                )
            )
        elif unit.code:
            first[unit.code] = unit.row
    return errors


def _parent_error(unit: UnitRow, units: dict[str, UnitRow], facts: ImportFacts) -> str | None:
    parent = unit.parent_code
    if parent == unit.code:
        return "Đơn vị không thể là cấp trên của chính nó."
    if parent in facts.skipped_units:
        return f"Đơn vị cấp trên «{parent}» bị bỏ qua vì dòng của nó có lỗi."
    if parent in facts.orgs:
        if facts.orgs[parent].valid_to is not None:
            return f"Đơn vị cấp trên «{parent}» đã ngừng hoạt động."
        return None
    if parent not in units:
        return f"Mã đơn vị cấp trên «{parent}» không có trong tệp và trong hệ thống."
    return None


def check_unit_parent(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, UNITS)
    units = file_units(batch)
    errors = []
    for unit in batch.units:
        if unit.parent_code and unit.code not in facts.orgs:
            message = _parent_error(unit, units, facts)
            if message:
                errors.append(cell_error(sheet, unit.row, "parent_code", message))
    return errors


def check_unit_cycles(batch: Batch, facts: ImportFacts) -> list[RowError]:
    """New units whose parents, followed inside the file, come back to themselves."""
    sheet = sheet_of(batch, UNITS)
    units = file_units(batch)
    errors = []
    for unit in batch.units:
        seen, code = {unit.code}, unit.parent_code
        while code in units and code not in facts.orgs and code not in seen:
            seen.add(code)
            code = units[code].parent_code
        if code == unit.code and unit.code not in facts.orgs and unit.parent_code != unit.code:
            errors.append(
                cell_error(
                    sheet, unit.row, "parent_code", "Các đơn vị cấp trên tạo thành vòng lặp."
                )
            )
    return errors


def check_unit_scope(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, UNITS)
    scopes = unit_scopes(batch, facts)
    errors = []
    for unit in batch.units:
        if not unit.code or scopes.get(unit.code, True):
            continue
        if unit.code in facts.orgs:
            errors.append(
                cell_error(
                    sheet,
                    unit.row,
                    "code",
                    f"Đơn vị «{unit.code}» nằm ngoài phạm vi quản lý của bạn.",
                )
            )
        else:
            key = "parent_code" if unit.parent_code else "code"
            errors.append(
                cell_error(
                    sheet,
                    unit.row,
                    key,
                    "Bạn chỉ được tạo đơn vị trực thuộc các đơn vị trong phạm vi quản lý của mình.",
                )
            )
    return errors


def check_unit_lengths(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, UNITS)
    errors = []
    for unit in batch.units:
        errors += too_long(
            sheet,
            unit.row,
            {
                "code": unit.code,
                "name": unit.name,
                "short_name": unit.short_name,
                "parent_code": unit.parent_code,
                "place": unit.place,
            },
        )
    return errors


def check_unit_dates(batch: Batch, facts: ImportFacts) -> list[RowError]:
    sheet = sheet_of(batch, UNITS)
    return [
        cell_error(
            sheet,
            unit.row,
            "valid_from",
            f"Ngày thành lập {date_vn(unit.valid_from)} sau ngày hôm nay.",
        )
        for unit in batch.units
        if unit.valid_from and unit.valid_from > facts.today and unit.code not in facts.orgs
    ]


def check_unit_existing(batch: Batch, facts: ImportFacts) -> list[RowError]:
    """Warnings for units already in the system: history-bearing fields are not changed here.

    Renaming or moving a unit needs a date and a decision (ADR 0001), so the import only
    corrects the short name and place and points to the dedicated functions for the rest.
    """
    sheet = sheet_of(batch, UNITS)
    warnings = []
    for unit in batch.units:
        fact = facts.orgs.get(unit.code)
        if fact is None or not fact.in_scope:
            continue
        if fact.valid_to is not None:
            warnings.append(
                cell_error(
                    sheet,
                    unit.row,
                    "code",
                    "Đơn vị đã ngừng hoạt động; dòng này không được cập nhật.",
                    WARNING,
                )
            )
            continue
        differs = [
            label
            for key, label, old in (
                ("name", "tên", fact.name),
                ("kind", "loại hình", fact.kind),
                ("parent_code", "cấp trên", fact.parent_code),
            )
            if getattr(unit, key) and getattr(unit, key) != old and key not in unit.invalid
        ]
        if differs:
            warnings.append(
                cell_error(
                    sheet,
                    unit.row,
                    "code",
                    f"Đơn vị đã có trong hệ thống với {', '.join(differs)} khác; khi nhập không thay đổi "
                    "các thông tin này, hãy dùng chức năng Đổi tên / Chuyển đơn vị.",
                    WARNING,
                )
            )
    return warnings


UNIT_CHECKS = [
    check_unit_required,
    check_unit_lengths,
    check_unit_codes_unique,
    check_unit_parent,
    check_unit_cycles,
    check_unit_scope,
    check_unit_dates,
    check_unit_existing,
]
