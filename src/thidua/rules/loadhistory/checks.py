"""Pure checks of a parsed history file against what the database already knows.

Every error is addressed "key[index].field: message" (plus the sheet and row for a
workbook) and all of them are collected before anything is written (STYLE.md §11).
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from thidua.core.validators import check_national_id
from thidua.rules.loadhistory.fields import SPECS, FieldError, as_year
from thidua.rules.loadhistory.parse import Entry, HistoryIR


@dataclass(frozen=True)
class Known:
    """What the database holds that the file may refer to (read by the selector first)."""

    org_codes: frozenset[str] = frozenset()
    provinces: Mapping[str, int] = field(default_factory=dict)  # province code → id
    person_codes: Mapping[str, int] = field(default_factory=dict)  # history code → person id
    national_ids: Mapping[str, int] = field(default_factory=dict)  # CCCD → person id
    person_national_ids: Mapping[int, str | None] = field(default_factory=dict)
    awards: Mapping[str, tuple[str, tuple[str, ...]]] = field(
        default_factory=dict
    )  # code → kind, subjects


@dataclass
class Row:
    label: str
    where: str
    data: dict[str, Any]


@dataclass
class Checked:
    rows: dict[str, list[Row]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def of(self, key: str) -> list[Row]:
        return self.rows.get(key, [])


class _Errors:
    def __init__(self, checked: Checked) -> None:
        self.checked = checked

    def add(self, row: Row | Entry, field_name: str | None, message: str) -> None:
        where = f".{field_name}" if field_name else ""
        self.checked.errors.append(f"{row.label}{where}: {message}{row.where}")


def coerce(ir: HistoryIR, checked: Checked, errors: _Errors) -> None:
    """Read every value with its field's reader; report unknown and missing fields."""
    for key, (_sheet, fields) in SPECS.items():
        names = {fl.name for fl in fields}
        rows = []
        for entry in ir.of(key):
            data: dict[str, Any] = {}
            for extra in sorted(set(entry.raw) - names):
                errors.add(entry, extra, "trường không có trong mẫu.")
            for fl in fields:
                value = entry.raw.get(fl.name)
                if value is None or (isinstance(value, str) and not value.strip()):
                    if fl.required:
                        errors.add(entry, fl.name, "thiếu giá trị bắt buộc.")
                    continue
                try:
                    data[fl.name] = fl.read(value)
                except FieldError as error:
                    errors.add(entry, fl.name, f"{error}.")
            rows.append(Row(entry.label, entry.where, data))
        checked.rows[key] = rows


def _duplicates(rows: list[Row], key_of: Any, errors: _Errors, message: str) -> None:
    seen: dict[Any, str] = {}
    for row in rows:
        key = key_of(row.data)
        if key is None:
            continue
        if key in seen:
            errors.add(row, None, f"{message} (trùng với {seen[key]}).")
        else:
            seen[key] = row.label


def check_organizations(checked: Checked, known: Known, errors: _Errors) -> None:
    rows = checked.of("organizations")
    _duplicates(rows, lambda d: d.get("code"), errors, "mã đơn vị bị khai báo hai lần")
    in_file = {r.data["code"]: r.data.get("parent") for r in rows if "code" in r.data}
    for row in rows:
        parent = row.data.get("parent")
        if parent and parent not in in_file and parent not in known.org_codes:
            errors.add(
                row,
                "parent",
                f"không có đơn vị cấp trên mã «{parent}» trong tệp hay trong hệ thống.",
            )
    for row in rows:
        code, seen = row.data.get("code"), set()
        while code in in_file and code not in seen:
            seen.add(code)
            code = in_file[code]
        if code in seen:
            errors.add(row, "parent", "quan hệ cấp trên tạo thành vòng lặp.")


def check_people(checked: Checked, known: Known, errors: _Errors) -> None:
    rows = checked.of("people")
    orgs = known.org_codes | {
        r.data["code"] for r in checked.of("organizations") if "code" in r.data
    }
    _duplicates(rows, lambda d: d.get("code"), errors, "mã cá nhân bị khai báo hai lần")
    _duplicates(rows, lambda d: d.get("national_id") or None, errors, "số CCCD bị khai báo hai lần")
    for row in rows:
        data = row.data
        national_id = data.get("national_id")
        if national_id:
            for message in check_national_id(
                national_id, data.get("birth_date"), data.get("gender")
            ):
                errors.add(row, "national_id", message)
            _check_identity(row, known, errors)
        org = data.get("organization")
        if org and org not in orgs:
            errors.add(
                row, "organization", f"không có đơn vị mã «{org}» trong tệp hay trong hệ thống."
            )
        if org and "start_date" not in data:
            errors.add(row, "start_date", "cần ngày bắt đầu công tác tại đơn vị.")


def _check_identity(row: Row, known: Known, errors: _Errors) -> None:
    """A code and a CCCD already in the system must point to the same person."""
    by_code = known.person_codes.get(row.data.get("code", ""))
    by_id = known.national_ids.get(row.data["national_id"])
    if by_code is not None and by_id is not None and by_code != by_id:
        errors.add(row, "national_id", "số CCCD này thuộc về một người khác mã trong hệ thống.")
    elif by_code is not None and known.person_national_ids.get(by_code) not in (
        None,
        row.data["national_id"],
    ):
        errors.add(row, "national_id", "mã cá nhân này đã gắn với một người có số CCCD khác.")


def _subject(row: Row, people: set[str], orgs: set[str], errors: _Errors) -> None:
    person, org = row.data.get("person"), row.data.get("organization")
    if bool(person) == bool(org):
        errors.add(
            row, None, "cần đúng một trong hai trường person (cá nhân) hoặc organization (tập thể)."
        )
    elif person and person not in people:
        errors.add(row, "person", f"không có cá nhân mã «{person}» trong tệp hay trong hệ thống.")
    elif org and org not in orgs:
        errors.add(row, "organization", f"không có đơn vị mã «{org}» trong tệp hay trong hệ thống.")


def _people(checked: Checked, known: Known) -> set[str]:
    return set(known.person_codes) | {
        r.data["code"] for r in checked.of("people") if "code" in r.data
    }


def _orgs(checked: Checked, known: Known) -> set[str]:
    return set(known.org_codes) | {
        r.data["code"] for r in checked.of("organizations") if "code" in r.data
    }


def _subject_key(d: dict[str, Any]) -> tuple[str, str]:
    return ("p", d["person"]) if d.get("person") else ("o", d.get("organization", ""))


def check_ratings(checked: Checked, known: Known, errors: _Errors) -> None:
    people, orgs = _people(checked, known), _orgs(checked, known)
    rows = checked.of("ratings")
    for row in rows:
        _subject(row, people, orgs, errors)
    _duplicates(
        rows,
        lambda d: (_subject_key(d), d["year"]) if "year" in d else None,
        errors,
        "xếp loại của cùng đối tượng trong cùng năm bị khai báo hai lần",
    )


def check_awards(checked: Checked, known: Known, errors: _Errors) -> None:
    people, orgs = _people(checked, known), _orgs(checked, known)
    rows = checked.of("awards")
    for row in rows:
        _subject(row, people, orgs, errors)
        code = row.data.get("title")
        if code is None:
            continue
        if code not in known.awards:
            errors.add(row, "title", f"không có danh hiệu, hình thức mã «{code}» (xem GLOSSARY).")
            continue
        kind, subjects = known.awards[code]
        if kind == "initiative":
            errors.add(
                row,
                "title",
                "sáng kiến được khai báo trong danh sách initiatives, không phải awards.",
            )
        wanted = "ca_nhan" if row.data.get("person") else "tap_the"
        if kind != "initiative" and wanted not in subjects:
            who = "cá nhân" if wanted == "ca_nhan" else "tập thể"
            errors.add(row, "title", f"«{code}» không dành cho {who}.")
    _duplicates(
        rows,
        lambda d: (_subject_key(d), d.get("title"), d.get("year"), d.get("decision_number", "")),
        errors,
        "khen thưởng này bị khai báo hai lần",
    )


def check_initiatives(checked: Checked, known: Known, errors: _Errors) -> None:
    people = _people(checked, known)
    rows = checked.of("initiatives")
    _duplicates(rows, lambda d: d.get("code"), errors, "mã sáng kiến bị khai báo hai lần")
    for row in rows:
        authors = row.data.get("authors", [])
        codes = [code for code, _ in authors]
        for code in codes:
            if code not in people:
                errors.add(
                    row, "authors", f"không có cá nhân mã «{code}» trong tệp hay trong hệ thống."
                )
        for code, count in Counter(codes).items():
            if count > 1:
                errors.add(row, "authors", f"tác giả «{code}» được ghi {count} lần.")
        total = sum((s for _, s in authors if s is not None), Decimal(0))
        if total > 100:
            errors.add(row, "authors", f"tổng tỷ lệ đóng góp {total}% vượt quá 100%.")


def check_disciplines(checked: Checked, known: Known, errors: _Errors) -> None:
    people = _people(checked, known)
    rows = checked.of("disciplines")
    for row in rows:
        data = row.data
        if data.get("person") and data["person"] not in people:
            errors.add(
                row,
                "person",
                f"không có cá nhân mã «{data['person']}» trong tệp hay trong hệ thống.",
            )
        if (
            data.get("end_date")
            and data.get("start_date")
            and data["end_date"] < data["start_date"]
        ):
            errors.add(row, "end_date", "ngày kết thúc trước ngày bắt đầu.")
    _duplicates(
        rows,
        lambda d: (d.get("person"), d.get("form"), d.get("start_date")),
        errors,
        "kỷ luật này bị khai báo hai lần",
    )


def check_quotas(checked: Checked, known: Known, errors: _Errors) -> None:
    for row in checked.of("quotas"):
        for name in ("title", "of"):
            code = row.data.get(name)
            if code and code not in known.awards:
                errors.add(row, name, f"không có danh hiệu mã «{code}».")
        province = row.data.get("province") or checked.settings.get("province")
        if province and province not in known.provinces:
            errors.add(row, "province", f"không có tỉnh (UBND tỉnh) mã «{province}».")


CHECKS = [
    check_organizations,
    check_people,
    check_ratings,
    check_awards,
    check_initiatives,
    check_disciplines,
    check_quotas,
]


def check_history(ir: HistoryIR, known: Known) -> Checked:
    """Typed rows and every error of the file, in file order within each check."""
    checked = Checked(settings=dict(ir.settings))
    errors = _Errors(checked)
    unknown = sorted(set(ir.settings) - {"province", "year"})
    for key in unknown:
        checked.errors.append(
            f"settings.{key}: khóa không được hỗ trợ (dùng quotas, province, year)."
        )
    if "year" in ir.settings:
        try:
            checked.settings["year"] = as_year(ir.settings["year"])
        except FieldError as error:
            checked.errors.append(f"settings.year: {error}.")
    if "province" in ir.settings:
        checked.settings["province"] = str(ir.settings["province"]).strip()
    coerce(ir, checked, errors)
    for check in CHECKS:
        check(checked, known, errors)
    return checked
