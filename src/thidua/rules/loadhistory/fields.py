"""What each key of a history file holds: fields, their Vietnamese headers and how to read them.

Coercion is pure: a raw value (from JSON or a cell) becomes a typed value or a Vietnamese
error message. Choices accept the code (`excellent`) or the Vietnamese label ("Hoàn
thành xuất sắc nhiệm vụ", also "HTXSNV"), ignoring case and diacritics.
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from thidua.core.text import fold
from thidua.organizations.models import Gender, OrgKind, StaffCategory
from thidua.rules.models import (
    DisciplineForm,
    InitiativeKind,
    InitiativeLevel,
    RatingLevel,
    Subject,
)


class FieldError(ValueError):
    """A value that cannot be read; the message is shown after "key[i].field: "."""


def _choices(enum: Any, *extra: tuple[str, str]) -> dict[str, str]:
    table = {fold(code): code for code in enum.values}
    table |= {fold(str(label)): code for code, label in enum.choices}
    table |= {fold(alias): code for alias, code in extra}
    return table


CHOICES: dict[str, dict[str, str]] = {
    "rating": _choices(
        RatingLevel,
        ("HTXSNV", "excellent"),
        ("HTTNV", "good"),
        ("HTNV", "complete"),
        ("KHTNV", "incomplete"),
    ),
    "gender": _choices(Gender, ("nu", "female")),
    "kind": _choices(OrgKind),
    "level": _choices(InitiativeLevel, ("cơ sở", "co_so"), ("tỉnh", "tinh"), ("cấp tỉnh", "tinh")),
    "initiative_kind": _choices(InitiativeKind, ("đề tài", "de_tai")),
    "form": _choices(DisciplineForm),
    "staff_category": _choices(StaffCategory),
    "subject": _choices(Subject),
}


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = text(value)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise FieldError(f"ngày «{raw}» không hợp lệ (dạng 2024-12-20 hoặc 20/12/2024)")


def as_int(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool):
        raise FieldError(f"{what} phải là số")
    try:
        number = Decimal(text(value))
    except InvalidOperation:
        raise FieldError(f"{what} «{text(value)}» không phải là số") from None
    if number != number.to_integral_value() or not low <= number <= high:
        raise FieldError(f"{what} phải là số nguyên từ {low} đến {high}")
    return int(number)


def as_year(value: Any) -> int:
    return as_int(value, 1945, 2100, "năm")


def as_months(value: Any) -> int:
    return as_int(value, 0, 12, "số tháng")


def as_share(value: Any) -> Decimal:
    """0.15, "0,15" or "15%" → Decimal("0.15")."""
    raw = text(value).replace(",", ".")
    percent = raw.endswith("%")
    try:
        number = Decimal(raw.rstrip("%").strip())
    except InvalidOperation:
        raise FieldError(f"tỷ lệ «{text(value)}» không phải là số") from None
    number = number / 100 if percent else number
    if not 0 <= number <= 1:
        raise FieldError("tỷ lệ phải từ 0 đến 1 (ví dụ 0,15) hoặc viết dạng 15%")
    return number


def as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    folded = fold(text(value))
    if folded in ("", "0", "false", "khong", "no"):
        return False
    if folded in ("1", "true", "co", "x", "yes", "da thu hoi"):
        return True
    raise FieldError(f"giá trị «{text(value)}» không hiểu được (dùng true/false, có/không)")


def choice(name: str) -> Callable[[Any], str]:
    table = CHOICES[name]

    def read(value: Any) -> str:
        found = table.get(fold(text(value)))
        if found is None:
            allowed = ", ".join(sorted(set(table.values())))
            raise FieldError(f"giá trị «{text(value)}» không hợp lệ (dùng một trong: {allowed})")
        return found

    return read


def as_code(value: Any) -> str:
    raw = text(value)
    if len(raw) > 32:
        raise FieldError("mã dài quá 32 ký tự")
    return raw


AUTHOR = re.compile(r"^\s*([^()]+?)\s*(?:\(\s*([\d.,]+)\s*%?\s*\))?\s*$")


def as_authors(value: Any) -> list[tuple[str, Decimal | None]]:
    """["P001", {"person": "P002", "share": 40}] or a cell "P001 (60%); P002 (40%)"."""
    items: list[Any] = value if isinstance(value, list) else re.split(r"[;\n]", text(value))
    authors: list[tuple[str, Decimal | None]] = []
    for item in items:
        if isinstance(item, dict):
            code, share = text(item.get("person")), item.get("share")
        else:
            match = AUTHOR.match(text(item))
            if not text(item):
                continue
            if match is None:
                raise FieldError(f"không đọc được tác giả «{text(item)}» (dạng: P001 (60%); P002)")
            code, share = match.group(1), match.group(2)
        if not code:
            raise FieldError("thiếu mã tác giả")
        authors.append((code, _percent(share)))
    if not authors:
        raise FieldError("cần ít nhất một tác giả")
    return authors


def _percent(value: Any) -> Decimal | None:
    if value is None or text(value) == "":
        return None
    try:
        share = Decimal(text(value).replace(",", "."))
    except InvalidOperation:
        raise FieldError(f"tỷ lệ đóng góp «{text(value)}» không phải là số") from None
    if not 0 < share <= 100:
        raise FieldError("tỷ lệ đóng góp phải lớn hơn 0 và không quá 100 (%)")
    return share


@dataclass(frozen=True)
class Field:
    name: str
    header: str
    read: Callable[[Any], Any]
    required: bool = False


def f(name: str, header: str, read: Callable[[Any], Any] = text, required: bool = False) -> Field:
    return Field(name, header, read, required)


SPECS: dict[str, tuple[str, list[Field]]] = {
    "organizations": (
        "Đơn vị",
        [
            f("code", "Mã đơn vị", as_code, True),
            f("name", "Tên đơn vị", required=True),
            f("parent", "Mã đơn vị cấp trên", as_code),
            f("kind", "Loại hình", choice("kind"), True),
            f("short_name", "Tên viết tắt"),
            f("valid_from", "Ngày thành lập", as_date),
        ],
    ),
    "people": (
        "Cá nhân",
        [
            f("code", "Mã cá nhân", as_code, True),
            f("full_name", "Họ và tên", required=True),
            f("birth_date", "Ngày sinh", as_date),
            f("gender", "Giới tính", choice("gender")),
            f("national_id", "Số CCCD"),
            f("organization", "Mã đơn vị", as_code),
            f("start_date", "Ngày bắt đầu công tác", as_date),
            f("position", "Chức vụ"),
            f("staff_category", "Loại cán bộ", choice("staff_category")),
        ],
    ),
    "ratings": (
        "Xếp loại",
        [
            f("person", "Mã cá nhân", as_code),
            f("organization", "Mã đơn vị", as_code),
            f("year", "Năm", as_year, True),
            f("rating", "Xếp loại", choice("rating"), True),
            f("months_worked", "Số tháng công tác", as_months),
            f("note", "Ghi chú"),
        ],
    ),
    "awards": (
        "Khen thưởng",
        [
            f("person", "Mã cá nhân", as_code),
            f("organization", "Mã đơn vị", as_code),
            f("year", "Năm", as_year, True),
            f("title", "Mã danh hiệu, hình thức", as_code, True),
            f("decision_number", "Số quyết định"),
            f("decision_date", "Ngày quyết định", as_date),
            f("issuer", "Cơ quan ban hành"),
            f("revoked", "Đã hủy bỏ, thu hồi", as_bool),
            f("note", "Ghi chú"),
        ],
    ),
    "initiatives": (
        "Sáng kiến",
        [
            f("code", "Mã sáng kiến", as_code, True),
            f("title", "Tên sáng kiến, đề tài", required=True),
            f("authors", "Tác giả", as_authors, True),
            f("year", "Năm công nhận", as_year, True),
            f("level", "Cấp công nhận", choice("level"), True),
            f("kind", "Loại", choice("initiative_kind")),
            f("decision_number", "Số quyết định"),
            f("decision_date", "Ngày quyết định", as_date),
            f("recognized_by", "Cơ quan công nhận"),
            f("scope", "Phạm vi ảnh hưởng"),
            f("note", "Ghi chú"),
        ],
    ),
    "disciplines": (
        "Kỷ luật",
        [
            f("person", "Mã cá nhân", as_code, True),
            f("form", "Hình thức", choice("form"), True),
            f("start_date", "Từ ngày", as_date, True),
            f("end_date", "Đến ngày", as_date),
            f("decision_number", "Số quyết định"),
            f("decision_date", "Ngày quyết định", as_date),
            f("note", "Ghi chú"),
        ],
    ),
    "quotas": (
        "Tỷ lệ khống chế",
        [
            f("title", "Danh hiệu", as_code, True),
            f("of", "Tính trên danh hiệu", as_code, True),
            f("max_share", "Tỷ lệ tối đa", as_share, True),
            f("subject", "Đối tượng", choice("subject")),
            f("province", "Mã tỉnh", as_code),
            f("year", "Áp dụng từ năm", as_year),
        ],
    ),
}
LIST_KEYS = ("organizations", "people", "ratings", "awards", "initiatives", "disciplines")
