"""Validation of Vietnamese identifiers as pure functions (table-tested)."""

import datetime as dt

from django.core.exceptions import ValidationError

# Province codes of the 12-digit CCCD (Thông tư 07/2016/TT-BCA, then 59/2021/TT-BCA):
# the place of birth registration, so they stay valid after the 2025 provincial mergers.
PROVINCE_CODES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)
# 4th digit: century of birth and gender (even = male, odd = female).
_CENTURY = {
    0: 1900,
    1: 1900,
    2: 2000,
    3: 2000,
    4: 2100,
    5: 2100,
    6: 2200,
    7: 2200,
    8: 1800,
    9: 1800,
}


def check_national_id(
    value: str, birth_date: dt.date | None = None, gender: str | None = None
) -> list[str]:
    """Errors in a CCCD number, in Vietnamese; empty when valid.

    Checks the shape, the province code, and, when known, that the gender/century digit and
    the two year digits agree with the person's gender and birth date.
    """
    if not value.isdigit() or len(value) != 12 or not value.isascii():
        return ["Số CCCD phải gồm đúng 12 chữ số."]
    errors = []
    if value[:3] not in PROVINCE_CODES:
        errors.append(f"Mã tỉnh «{value[:3]}» trong số CCCD không tồn tại.")
    digit = int(value[3])
    year_suffix = int(value[4:6])
    if birth_date is not None and _CENTURY[digit] + year_suffix != birth_date.year:
        errors.append(
            f"Số CCCD ghi năm sinh {_CENTURY[digit] + year_suffix}, "
            f"không khớp ngày sinh {birth_date:%d/%m/%Y}."
        )
    if gender in ("male", "female") and (digit % 2 == 1) != (gender == "female"):
        errors.append("Chữ số giới tính trong số CCCD không khớp giới tính đã khai.")
    return errors


def validate_national_id(value: str) -> None:
    """Form/model field validator: the shape and province code only."""
    errors = check_national_id(value)
    if errors:
        raise ValidationError(errors)
