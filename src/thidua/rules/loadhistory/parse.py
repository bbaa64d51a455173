"""A history file (.json, or .xlsx with one sheet per key) → the plain IR the checks read."""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from thidua.core.text import fold
from thidua.organizations.imports.parse import FileRejected, check_file
from thidua.rules.loadhistory.fields import LIST_KEYS, SPECS

MAX_ROWS = 500_000


class FileError(Exception):
    """The whole file is refused; `messages` are shown as they are."""

    def __init__(self, *messages: str) -> None:
        super().__init__("; ".join(messages))
        self.messages = list(messages)


@dataclass
class Entry:
    key: str  # organizations, people, …, quotas
    label: str  # "people[3]" or "settings.quotas[0]"
    raw: dict[str, Any]
    where: str = ""  # " (trang «Cá nhân», dòng 5)" for a workbook


@dataclass
class HistoryIR:
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    def of(self, key: str) -> list[Entry]:
        return self.entries.get(key, [])


def parse_file(path: Path) -> HistoryIR:
    name = path.name.lower()
    if name.endswith(".json"):
        return parse_json(path.read_bytes())
    if name.endswith(".xlsx"):
        try:
            check_file(path, path.name)
        except FileRejected as error:
            raise FileError(error.message) from None
        return parse_xlsx(path)
    raise FileError("Chỉ nhận tệp .json hoặc .xlsx.")


def parse_json(data: bytes) -> HistoryIR:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FileError("Tệp JSON phải mã hóa UTF-8.") from None
    except json.JSONDecodeError as error:
        raise FileError(
            f"Tệp JSON không hợp lệ: dòng {error.lineno}, cột {error.colno}: {error.msg}."
        ) from None
    if not isinstance(document, dict):
        raise FileError("Tệp JSON phải là một đối tượng {…} với các khóa organizations, people, …")
    unknown = sorted(set(document) - {*LIST_KEYS, "settings"})
    if unknown:
        raise FileError(*(f"{key}: khóa không được hỗ trợ." for key in unknown))
    ir = HistoryIR()
    errors: list[str] = []
    for key in LIST_KEYS:
        ir.entries[key] = _json_list(document.get(key, []), key, errors)
    settings = document.get("settings", {})
    if not isinstance(settings, dict):
        errors.append("settings: phải là một đối tượng {…}.")
    else:
        ir.entries["quotas"] = _json_list(
            settings.get("quotas", []), "settings.quotas", errors, "quotas"
        )
        ir.settings = {k: v for k, v in settings.items() if k != "quotas"}
    if errors:
        raise FileError(*errors)
    return ir


def _json_list(value: Any, label: str, errors: list[str], key: str | None = None) -> list[Entry]:
    if not isinstance(value, list):
        errors.append(f"{label}: phải là một danh sách […].")
        return []
    entries = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            errors.append(f"{label}[{index}]: phải là một đối tượng {{…}}.")
            continue
        entries.append(Entry(key or label, f"{label}[{index}]", item))
    return entries


def _sheet_key(title: str) -> str | None:
    folded = fold(title)
    for key, (sheet, _fields) in SPECS.items():
        if folded in (fold(key), fold(sheet)):
            return key
    return None


def parse_xlsx(path: Path) -> HistoryIR:
    """One sheet per key, named by the key or its Vietnamese name; headers on the first row."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    ir = HistoryIR()
    errors: list[str] = []
    try:
        for sheet in workbook.worksheets:
            key = _sheet_key(sheet.title)
            if key is None:
                errors.append(
                    f"Trang «{sheet.title}»: không phải trang dữ liệu lịch sử (tên trang không đúng mẫu)."
                )
                continue
            ir.entries[key] = _sheet_entries(sheet, key, errors)
    finally:
        workbook.close()
    if errors:
        raise FileError(*errors)
    return ir


def _sheet_entries(sheet: Any, key: str, errors: list[str]) -> list[Entry]:
    title, fields = SPECS[key]
    lookup = {fold(fl.header): fl.name for fl in fields} | {fold(fl.name): fl.name for fl in fields}
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    columns: list[str | None] = []
    for cell in header:
        name = lookup.get(fold(str(cell))) if cell is not None else None
        if cell is not None and name is None:
            errors.append(f"Trang «{sheet.title}»: cột «{cell}» không có trong mẫu.")
        columns.append(name)
    label = "settings.quotas" if key == "quotas" else key
    entries: list[Entry] = []
    for row_number, row in enumerate(rows, start=2):
        if row_number > MAX_ROWS:
            errors.append(f"Trang «{sheet.title}»: quá {MAX_ROWS} dòng.")
            break
        raw = {
            c: v
            for c, v in zip(columns, row, strict=False)
            if c is not None and v not in (None, "")
        }
        if raw:
            where = f" (trang «{title}», dòng {row_number})"
            entries.append(Entry(key, f"{label}[{len(entries)}]", raw, where))
    return entries
