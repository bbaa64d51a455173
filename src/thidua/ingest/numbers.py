"""Vietnamese number formats: "298.000" is 298000, "15,66" is 15.66.

Vietnamese writes a dot between thousands and a comma before decimals. Documents
converted from other software sometimes use the English convention instead; a dot
followed by exactly three digits is read as thousands, any other dot as a decimal point.
"""

import re

# One number as written: thousands groups with dots, an optional decimal part.
NUMBER_PATTERN = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d+)?"

_VN_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DECIMAL_DOT = re.compile(r"\d+\.\d+")
_INTEGER = re.compile(r"\d+")


def parse_number(token: str) -> int | float | None:
    """Parse a number written the Vietnamese way; None when `token` is not a number."""
    token = token.strip().replace(" ", "")
    if _VN_THOUSANDS.fullmatch(token):
        return _to_number(token.replace(".", "").replace(",", "."))
    if _EN_THOUSANDS.fullmatch(token):
        return _to_number(token.replace(",", ""))
    if _DECIMAL_COMMA.fullmatch(token):
        return _to_number(token.replace(",", "."))
    if _DECIMAL_DOT.fullmatch(token) or _INTEGER.fullmatch(token):
        return _to_number(token)
    return None


def _to_number(text: str) -> int | float:
    if "." in text:
        value = float(text)
        return int(value) if value.is_integer() else value
    return int(text)


def format_number(value: int | float) -> str:
    """Write a number back the Vietnamese way (298000 → "298.000", 15.66 → "15,66")."""
    if isinstance(value, float) and not value.is_integer():
        whole, _, decimals = f"{value:.6f}".rstrip("0").partition(".")
        return f"{int(whole):,}".replace(",", ".") + "," + decimals
    return f"{int(value):,}".replace(",", ".")
