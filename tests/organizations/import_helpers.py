"""Builders of small .xlsx files for the import tests, in the template's layout."""

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.factories import national_id_for
from thidua.organizations.imports.schema import (
    STAFF_COLUMNS,
    STAFF_TITLE,
    UNIT_COLUMNS,
    UNITS_TITLE,
)

UNIT_HEADERS = [c.header for c in UNIT_COLUMNS]
STAFF_HEADERS = [c.header for c in STAFF_COLUMNS]


def unit(
    code: str,
    name: str,
    *,
    kind: Any = "Phòng chuyên môn",
    parent: str = "",
    short: str = "",
    place: str = "",
    founded: Any = None,
) -> list[Any]:
    return [code, name, short, kind, parent, place, founded]


def staff(
    name: str,
    org: str,
    *,
    birth: Any = dt.date(1985, 3, 2),
    gender: Any = "Nam",
    nid: Any = "auto",
    cs: Any = "",
    email: str = "",
    phone: Any = "",
    position: str = "Chuyên viên",
    category: Any = "Công chức",
    start: Any = dt.date(2020, 1, 1),
) -> list[Any]:
    if nid == "auto":
        code = {"Nam": "male", "Nữ": "female"}.get(gender, "male")
        nid = national_id_for(birth, code) if isinstance(birth, dt.date) else ""
    return [name, birth, gender, nid, cs, email, phone, org, position, category, start]


def write_xlsx(
    path: Path,
    *,
    units: list[list[Any]] | None = None,
    people: list[list[Any]] | None = None,
    unit_headers: list[str] = UNIT_HEADERS,
    staff_headers: list[str] = STAFF_HEADERS,
) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, headers, rows in (
        (UNITS_TITLE, unit_headers, units),
        (STAFF_TITLE, staff_headers, people),
    ):
        if rows is None:
            continue
        sheet = workbook.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path
