"""prepare_context: the generic schema turned into what the templates print."""

from typing import Any

import pytest
import time_machine

from thidua.documents.context import BLANK_DATE_PART, BLANK_NUMBER, prepare_context, roman


@pytest.mark.parametrize(
    ("issued_on", "day", "month", "year"),
    [
        ("2026-02-05", "05", "02", "2026"),
        ("2026-01-31", "31", "01", "2026"),
        ("2026-09-09", "09", "9", "2026"),
        ("2026-12-15", "15", "12", "2026"),
    ],
)
def test_it_writes_the_date_of_issue(issued_on: str, day: str, month: str, year: str) -> None:
    context = prepare_context({"issued_on": issued_on})
    assert (context["day"], context["month"], context["year"]) == (day, month, year)


@time_machine.travel("2026-03-01 09:00 +07:00")
def test_unissued_parts_are_blank_and_the_year_is_this_year() -> None:
    context = prepare_context({})
    assert context["number"] == BLANK_NUMBER
    assert (context["day"], context["month"], context["year"]) == (
        BLANK_DATE_PART,
        BLANK_DATE_PART,
        "2026",
    )


def test_it_capitalises_what_nghi_dinh_30_prints_in_capitals() -> None:
    context = prepare_context(
        {
            "issuer_parent": "UBND tỉnh Sơn La",
            "issuer": "Sở Nội vụ",
            "doc_type": "Kế hoạch",
            "signer": {"authority": ["KT. Giám đốc", "Phó Giám đốc"], "name": "Đặng Thị Hà"},
        }
    )
    assert context["issuer_parent"] == "UBND TỈNH SƠN LA"
    assert context["issuer"] == "SỞ NỘI VỤ"
    assert context["doc_type"] == "KẾ HOẠCH"
    assert context["signer"] == {
        "authority": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        "note": "",
        "name": "Đặng Thị Hà",
    }


@pytest.mark.parametrize(
    ("lines", "printed"),
    [
        (["Như trên", "Lưu: VT"], ["Như trên;", "Lưu: VT."]),
        (["Sở Nội vụ;", "Lưu: VT, VP."], ["Sở Nội vụ;", "Lưu: VT, VP."]),
        ("Các đơn vị trực thuộc", ["Các đơn vị trực thuộc."]),
        ([], []),
        (None, []),
    ],
)
def test_it_punctuates_recipient_lists(lines: Any, printed: list[str]) -> None:
    assert prepare_context({"distribution": lines})["distribution"] == printed


def test_it_numbers_sections_by_level_when_asked() -> None:
    sections = prepare_context(
        {
            "auto_number": True,
            "sections": [
                {"heading": "Mục đích, yêu cầu"},
                {"heading": "Mục đích", "level": 2},
                {"heading": "Yêu cầu", "level": 2},
                {"heading": "Chi tiết", "level": 3},
                {"heading": "Nội dung"},
                {"heading": "Chủ đề", "level": 2},
                {"paragraphs": ["Đoạn không có tiêu đề."]},
            ],
        }
    )["sections"]
    assert [s.label for s in sections] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "2.1. Chi tiết",
        "II. NỘI DUNG",
        "1. Chủ đề",
        "",
    ]


def test_headings_keep_their_own_numbers_without_auto_numbering() -> None:
    sections = prepare_context({"sections": [{"heading": "Phần thứ nhất", "number": "A."}]})
    assert sections["sections"][0].label == "A. PHẦN THỨ NHẤT"


@pytest.mark.parametrize(
    ("style", "markers"),
    [
        ("dash", ["-", "-"]),
        ("plus", ["+", "+"]),
        ("number", ["1.", "2."]),
        ("letter", ["a)", "b)"]),
    ],
)
def test_items_get_their_markers(style: str, markers: list[str]) -> None:
    section = prepare_context({"sections": [{"items": ["x", "y"], "item_style": style}]})
    assert [i["marker"] for i in section["sections"][0].items] == markers


def test_table_cells_are_text_with_vietnamese_numbers() -> None:
    table = prepare_context(
        {
            "table": {
                "columns": ["Chỉ tiêu", "Giá trị"],
                "rows": [["Việc làm", 19400], ["Tỷ lệ", 2.5]],
            }
        }
    )["table"]
    assert table["rows"] == [["Việc làm", "19.400"], ["Tỷ lệ", "2,5"]]
    assert prepare_context({"table": {"columns": [], "rows": []}})["table"] is None


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 19)] == ["I", "IV", "IX", "XIV", "XIX"]
