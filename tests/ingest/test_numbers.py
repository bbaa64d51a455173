import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua.ingest.numbers import format_number, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("298.000", 298000),
        ("46.660", 46660),
        ("752.842", 752842),
        ("1.490.000", 1490000),
        ("15,66", 15.66),
        ("3,71", 3.71),
        ("0,5", 0.5),
        ("1.234,5", 1234.5),
        ("05", 5),
        ("100", 100),
        ("3.71", 3.71),  # an English decimal point: not three digits after the dot
        ("1,234,567", 1234567),  # English thousands
        (" 64 ", 64),
    ],
)
def test_it_parses_vietnamese_number_formats(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "abc", "12a", "1.2.3,", "--5"])
def test_it_returns_none_for_what_is_not_a_number(written: str) -> None:
    assert parse_number(written) is None


@pytest.mark.parametrize(
    ("value", "written"), [(298000, "298.000"), (15.66, "15,66"), (7, "7"), (0.5, "0,5")]
)
def test_it_writes_numbers_back_the_vietnamese_way(value: float, written: str) -> None:
    assert format_number(value) == written


@given(st.integers(min_value=0, max_value=10**12))
def test_it_round_trips_integers_through_the_vietnamese_format(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_it_round_trips_decimals_through_the_vietnamese_format(whole: int, cents: int) -> None:
    value = float(f"{whole}.{cents:02d}")
    assert parse_number(format_number(value)) == pytest.approx(value)
