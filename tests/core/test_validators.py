import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from thidua.core.validators import check_national_id, validate_national_id

CASES = [
    # (value, birth_date, gender, expected substrings of errors; [] = valid)
    ("014185012345", dt.date(1985, 3, 2), "female", []),
    ("014085012345", dt.date(1985, 3, 2), "male", []),
    ("001300012345", dt.date(2000, 1, 1), "female", []),
    ("079203012345", dt.date(2003, 7, 9), "male", []),
    ("014185012345", None, None, []),
    ("01418501234", None, None, ["12 chữ số"]),
    ("0141850123456", None, None, ["12 chữ số"]),
    ("01418501234a", None, None, ["12 chữ số"]),
    ("０１４１８５０１２３４５", None, None, ["12 chữ số"]),  # full-width digits
    ("", None, None, ["12 chữ số"]),
    ("003185012345", None, None, ["Mã tỉnh «003»"]),
    ("099185012345", None, None, ["Mã tỉnh «099»"]),
    ("014185012345", dt.date(1986, 3, 2), "female", ["năm sinh 1985"]),
    ("014285012345", dt.date(1985, 3, 2), None, ["năm sinh 2085"]),
    ("014185012345", dt.date(1985, 3, 2), "male", ["giới tính"]),
    ("014085012345", dt.date(1985, 3, 2), "female", ["giới tính"]),
]


@pytest.mark.parametrize(("value", "birth", "gender", "expected"), CASES)
def test_it_checks_national_ids(value, birth, gender, expected):
    errors = check_national_id(value, birth, gender)
    assert len(errors) == len(expected)
    for error, fragment in zip(errors, expected, strict=True):
        assert fragment in error


def test_it_raises_a_validation_error_for_forms():
    with pytest.raises(ValidationError):
        validate_national_id("12345")
    validate_national_id("014185012345")
