"""Each import check, table-driven over typed rows and hand-made facts (no database)."""

import datetime as dt
from typing import Any

import pytest
from openpyxl.utils import get_column_letter

from thidua.organizations.imports.checks import build_batch, run_checks
from thidua.organizations.imports.checks.cells import to_date, to_national_id, to_phone
from thidua.organizations.imports.ir import (
    ImportFacts,
    JobFact,
    OrgFact,
    ParsedWorkbook,
    PersonFact,
    RowError,
    SheetIR,
)
from thidua.organizations.imports.schema import COLUMNS, STAFF, TITLES, UNITS

TODAY = dt.date(2026, 6, 1)
NID_MALE_1985 = "001085000123"  # Hà Nội, male, born 1985
NID_FEMALE_1990 = "001190000456"  # Hà Nội, female, born 1990


def _sheet(kind: str, rows: list[dict[str, Any]]) -> SheetIR:
    columns = {c.key: get_column_letter(i + 1) for i, c in enumerate(COLUMNS[kind])}
    headers = {columns[c.key]: c.header for c in COLUMNS[kind]}
    raw = [{"_row": n + 2, **row} for n, row in enumerate(rows)]
    return SheetIR(kind=kind, title=TITLES[kind], columns=columns, headers=headers, rows=raw)


def _org(code: str, *, pk: int = 1, in_scope: bool = True, **kw: Any) -> OrgFact:
    values = {
        "name": f"Đơn vị {code}",
        "kind": "division",
        "parent_code": "",
        "short_name": "",
        "place": "",
        "valid_from": dt.date(2000, 1, 1),
        "valid_to": None,
    }
    return OrgFact(id=pk, code=code, in_scope=in_scope, **{**values, **kw})


def _person(pk: int, name: str = "nguyen van an", **kw: Any) -> PersonFact:
    values = {
        "full_name": name,
        "birth_date": dt.date(1985, 1, 1),
        "gender": "male",
        "national_id": "",
        "civil_servant_code": "",
        "email": "",
        "phone": "",
        "in_scope": True,
        "jobs": (),
    }
    return PersonFact(id=pk, name_folded=name, **{**values, **kw})


def _facts(**kw: Any) -> ImportFacts:
    facts = ImportFacts(today=TODAY, scope_all=kw.pop("scope_all", True))
    facts.orgs = {"DB": _org("DB", pk=1), **kw.pop("orgs", {})}
    for person in kw.pop("people", []):
        if person.national_id:
            facts.people_by_national_id[person.national_id] = person
        if person.civil_servant_code:
            facts.people_by_cs_code.setdefault(person.civil_servant_code, []).append(person)
        if person.birth_date:
            facts.people_by_name_birth.setdefault(
                (person.name_folded, person.birth_date), []
            ).append(person)
    facts.skipped_units = kw.pop("skipped", set())
    return facts


def _check(
    units: list[dict[str, Any]] | None = None,
    staff: list[dict[str, Any]] | None = None,
    facts: ImportFacts | None = None,
) -> list[RowError]:
    parsed = ParsedWorkbook()
    if units is not None:
        parsed.sheets[UNITS] = _sheet(UNITS, units)
    if staff is not None:
        parsed.sheets[STAFF] = _sheet(STAFF, staff)
    batch, errors = build_batch(parsed)
    return errors + run_checks(batch, facts or _facts())


def U(**kw: Any) -> dict[str, Any]:
    return {"code": "N1", "name": "Phòng mới", "kind": "division", "parent_code": "DB", **kw}


def S(**kw: Any) -> dict[str, Any]:
    return {
        "full_name": "Nguyễn Văn An",
        "birth_date": dt.date(1985, 3, 2),
        "gender": "Nam",
        "national_id": NID_MALE_1985,
        "org_code": "DB",
        "start_date": dt.date(2020, 1, 1),
        **kw,
    }


def _only(errors: list[RowError], level: str = "error") -> list[RowError]:
    return [e for e in errors if e.level == level]


# (case, units, staff, facts, expected errors as (sheet, row, column letter, fragment))
ERROR_CASES: list[tuple[str, Any, Any, Any, list[tuple[str, int, str, str]]]] = [
    ("valid unit and person", [U()], [S(org_code="N1")], None, []),
    ("unit code missing", [U(code=None)], None, None, [("Đơn vị", 2, "A", "Chưa nhập mã đơn vị")]),
    ("unit name missing", [U(name=None)], None, None, [("Đơn vị", 2, "B", "Chưa nhập tên đơn vị")]),
    ("unit kind missing", [U(kind=None)], None, None, [("Đơn vị", 2, "D", "Chưa nhập loại hình")]),
    (
        "unknown kind",
        [U(kind="Bộ")],
        None,
        None,
        [("Đơn vị", 2, "D", "Loại hình «Bộ» không hợp lệ")],
    ),
    ("kind as label", [U(kind="Sở, ban, ngành")], None, None, []),
    ("kind as label without diacritics", [U(kind="xa, phuong")], None, None, []),
    ("kind as code", [U(kind="public_service_unit")], None, None, []),
    ("code too long", [U(code="X" * 33)], None, None, [("Đơn vị", 2, "A", "Dài quá 32 ký tự")]),
    (
        "duplicate unit codes",
        [U(), U(name="Khác")],
        None,
        None,
        [("Đơn vị", 3, "A", "Mã đơn vị «N1» trùng với dòng 2")],
    ),
    (
        "parent unknown",
        [U(parent_code="ZZ")],
        None,
        None,
        [("Đơn vị", 2, "E", "«ZZ» không có trong tệp và trong hệ thống")],
    ),
    ("parent in the file", [U(code="N2", parent_code="N1"), U()], None, None, []),
    (
        "parent dissolved",
        [U(parent_code="OLD")],
        None,
        _facts(orgs={"OLD": _org("OLD", pk=2, valid_to=dt.date(2020, 1, 1))}),
        [("Đơn vị", 2, "E", "đã ngừng hoạt động")],
    ),
    ("parent is itself", [U(parent_code="N1")], None, None, [("Đơn vị", 2, "E", "chính nó")]),
    (
        "parents in a cycle",
        [U(code="N1", parent_code="N2"), U(code="N2", parent_code="N1")],
        None,
        None,
        [("Đơn vị", 2, "E", "vòng lặp"), ("Đơn vị", 3, "E", "vòng lặp")],
    ),
    (
        "parent skipped",
        [U(parent_code="BAD")],
        None,
        _facts(skipped={"BAD"}),
        [("Đơn vị", 2, "E", "bị bỏ qua")],
    ),
    (
        "existing unit out of scope",
        [U(code="DB", parent_code="")],
        None,
        _facts(scope_all=False, orgs={"DB": _org("DB", in_scope=False)}),
        [("Đơn vị", 2, "A", "ngoài phạm vi quản lý")],
    ),
    (
        "new unit under a unit out of scope",
        [U()],
        None,
        _facts(scope_all=False, orgs={"DB": _org("DB", in_scope=False)}),
        [("Đơn vị", 2, "E", "Bạn chỉ được tạo đơn vị trực thuộc")],
    ),
    (
        "new root unit without global scope",
        [U(parent_code=None)],
        None,
        _facts(scope_all=False),
        [("Đơn vị", 2, "A", "Bạn chỉ được tạo đơn vị trực thuộc")],
    ),
    (
        "founding date not a date",
        [U(valid_from="31/02/2020")],
        None,
        None,
        [("Đơn vị", 2, "G", "Ngày «31/02/2020» không hợp lệ")],
    ),
    (
        "founding date in the future",
        [U(valid_from="01/01/2030")],
        None,
        None,
        [("Đơn vị", 2, "G", "sau ngày hôm nay")],
    ),
    ("formula cell is not checked twice", [U(name="=A1")], None, None, []),
    (
        "person name missing",
        None,
        [S(full_name=None)],
        None,
        [("Cán bộ", 2, "A", "Chưa nhập họ và tên")],
    ),
    (
        "person unit missing",
        None,
        [S(org_code=None)],
        None,
        [("Cán bộ", 2, "H", "Chưa nhập mã đơn vị")],
    ),
    (
        "CCCD too short",
        None,
        [S(national_id="12345")],
        None,
        [("Cán bộ", 2, "D", "đúng 12 chữ số")],
    ),
    (
        "CCCD unknown province",
        None,
        [S(national_id="999085000123")],
        None,
        [("Cán bộ", 2, "D", "Mã tỉnh «999»")],
    ),
    ("CCCD gender digit", None, [S(gender="Nữ")], None, [("Cán bộ", 2, "D", "giới tính")]),
    (
        "CCCD birth year",
        None,
        [S(birth_date=dt.date(1986, 3, 2))],
        None,
        [("Cán bộ", 2, "D", "năm sinh 1985")],
    ),
    (
        "unknown gender",
        None,
        [S(gender="X")],
        None,
        [("Cán bộ", 2, "C", "Giới tính «X» không hợp lệ")],
    ),
    ("gender in English", None, [S(gender="male")], None, []),
    (
        "gender without diacritics",
        None,
        [S(gender="nu", national_id=NID_FEMALE_1990, birth_date=dt.date(1990, 1, 1))],
        None,
        [],
    ),
    ("birth date as text", None, [S(birth_date="02/03/1985")], None, []),
    ("birth date ISO text", None, [S(birth_date="1985-03-02")], None, []),
    (
        "birth date unreadable",
        None,
        [S(birth_date="2 tháng 3")],
        None,
        [("Cán bộ", 2, "B", "Ngày «2 tháng 3» không hợp lệ")],
    ),
    (
        "birth date as a number",
        None,
        [S(birth_date=31108)],
        None,
        [("Cán bộ", 2, "B", "không phải ngày")],
    ),
    (
        "birth date in the future",
        None,
        [S(birth_date=dt.date(2030, 1, 1), national_id=None)],
        None,
        [("Cán bộ", 2, "B", "sau ngày hôm nay")],
    ),
    (
        "start before birth",
        None,
        [S(start_date=dt.date(1980, 1, 1))],
        _facts(orgs={"DB": _org("DB", valid_from=dt.date(1950, 1, 1))}),
        [("Cán bộ", 2, "K", "trước ngày sinh")],
    ),
    (
        "unknown staff category",
        None,
        [S(staff_category="Hợp đồng")],
        None,
        [("Cán bộ", 2, "J", "Loại cán bộ «Hợp đồng» không hợp lệ")],
    ),
    ("staff category label", None, [S(staff_category="Viên chức")], None, []),
    ("bad email", None, [S(email="an@")], None, [("Cán bộ", 2, "F", "email «an@» không hợp lệ")]),
    ("bad phone", None, [S(phone="gọi sau")], None, [("Cán bộ", 2, "G", "Số điện thoại")]),
    (
        "unit unknown",
        None,
        [S(org_code="ZZ")],
        None,
        [("Cán bộ", 2, "H", "«ZZ» không có trong tệp")],
    ),
    (
        "unit out of scope",
        None,
        [S()],
        _facts(scope_all=False, orgs={"DB": _org("DB", in_scope=False)}),
        [("Cán bộ", 2, "H", "ngoài phạm vi quản lý")],
    ),
    (
        "unit not yet founded",
        None,
        [S(start_date=dt.date(2019, 1, 1))],
        _facts(orgs={"DB": _org("DB", valid_from=dt.date(2019, 6, 1))}),
        [("Cán bộ", 2, "K", "không hoạt động vào ngày 01/01/2019")],
    ),
    (
        "unit dissolved",
        None,
        [S()],
        _facts(orgs={"DB": _org("DB", valid_to=dt.date(2019, 1, 1))}),
        [("Cán bộ", 2, "K", "ngừng hoạt động 01/01/2019")],
    ),
    (
        "new unit founded after the start",
        [U(valid_from="01/01/2021")],
        [S(org_code="N1")],
        None,
        [("Cán bộ", 2, "K", "thành lập 01/01/2021")],
    ),
    (
        "unit row skipped",
        None,
        [S(org_code="BAD")],
        _facts(skipped={"BAD"}),
        [("Cán bộ", 2, "H", "bị bỏ qua")],
    ),
    (
        "same CCCD twice in the file",
        None,
        [S(), S(full_name="Nguyễn Văn Ân")],
        None,
        [("Cán bộ", 3, "D", "Số CCCD trùng với dòng 2")],
    ),
    (
        "same code twice in the file",
        None,
        [S(civil_servant_code="CC1"), S(national_id=None, civil_servant_code="CC1")],
        None,
        [("Cán bộ", 3, "E", "Mã số CC/VC trùng với dòng 2")],
    ),
    (
        "CCCD of another person in the system",
        None,
        [S()],
        _facts(people=[_person(7, "tran van binh", national_id=NID_MALE_1985)]),
        [("Cán bộ", 2, "D", "Số CCCD này đã thuộc về một cá nhân khác")],
    ),
    (
        "code of another person in the system",
        None,
        [S(national_id=None, civil_servant_code="CC9")],
        _facts(people=[_person(7, "tran van binh", civil_servant_code="CC9")]),
        [("Cán bộ", 2, "E", "Mã số CC/VC này đã thuộc về một cá nhân khác")],
    ),
    (
        "person out of scope",
        None,
        [S()],
        _facts(
            people=[
                _person(
                    7, national_id=NID_MALE_1985, birth_date=dt.date(1985, 3, 2), in_scope=False
                )
            ]
        ),
        [("Cán bộ", 2, "A", "ngoài phạm vi quản lý")],
    ),
    (
        "start before the current post",
        None,
        [S(org_code="DB")],
        _facts(
            orgs={"DB": _org("DB", pk=1), "B2": _org("B2", pk=2)},
            people=[
                _person(
                    7,
                    national_id=NID_MALE_1985,
                    birth_date=dt.date(1985, 3, 2),
                    jobs=(JobFact(1, 2, dt.date(2021, 1, 1), None, "", "civil_servant"),),
                )
            ],
        ),
        [("Cán bộ", 2, "K", "phải sau ngày bắt đầu công tác hiện tại")],
    ),
    (
        "same person twice via two identifiers",
        None,
        [
            S(civil_servant_code="CC9"),
            S(national_id=None, civil_servant_code=None, full_name="Nguyễn Văn An"),
        ],
        _facts(
            people=[
                _person(
                    7,
                    national_id=NID_MALE_1985,
                    civil_servant_code="CC9",
                    birth_date=dt.date(1985, 3, 2),
                    jobs=(JobFact(1, 1, dt.date(2020, 1, 1), None, "", "civil_servant"),),
                )
            ]
        ),
        [("Cán bộ", 3, "A", "đã có ở dòng 2")],
    ),
]


@pytest.mark.parametrize(
    ("units", "staff", "facts", "expected"),
    [c[1:] for c in ERROR_CASES],
    ids=[c[0] for c in ERROR_CASES],
)
def test_it_reports_each_rule_at_its_cell(units, staff, facts, expected):
    errors = _only(_check(units, staff, facts))
    found = [(e.sheet, e.row, e.column) for e in errors]
    assert found == [(sheet, row, column) for sheet, row, column, _ in expected], errors
    for error, (_, _, _, fragment) in zip(errors, expected, strict=True):
        assert fragment in error.message
        assert error.header  # the Vietnamese header is named with the column letter


WARNING_CASES = [
    (
        "same name and birth date in the file",
        [S(), S(national_id=None)],
        None,
        "Trùng họ tên và ngày sinh với dòng 2",
    ),
    (
        "same name and birth date in the system",
        [S()],
        _facts(people=[_person(7, "nguyen van an", birth_date=dt.date(1985, 3, 2))]),
        "Đã có cá nhân cùng họ tên",
    ),
    ("no identifier at all", [S(national_id=None, birth_date=None)], None, "không nhận ra được"),
]


@pytest.mark.parametrize(
    ("staff", "facts", "fragment"),
    [c[1:] for c in WARNING_CASES],
    ids=[c[0] for c in WARNING_CASES],
)
def test_it_warns_about_likely_duplicates_without_blocking(staff, facts, fragment):
    messages = _check(None, staff, facts)
    assert not _only(messages)
    assert any(fragment in w.message for w in _only(messages, "warning"))


def test_it_warns_when_an_existing_unit_differs_in_history_bearing_fields():
    messages = _check([U(code="DB", name="Tên mới", parent_code="")], None, None)
    warnings = _only(messages, "warning")
    assert not _only(messages)
    assert "tên" in warnings[0].message and "Đổi tên" in warnings[0].message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(1985, 3, 2, 0, 0), (dt.date(1985, 3, 2), None)),
        (dt.date(1985, 3, 2), (dt.date(1985, 3, 2), None)),
        ("02/03/1985", (dt.date(1985, 3, 2), None)),
        ("2/3/1985", (dt.date(1985, 3, 2), None)),
        ("1985-03-02", (dt.date(1985, 3, 2), None)),
        ("02-03-1985", (dt.date(1985, 3, 2), None)),
        ("02.03.1985", (dt.date(1985, 3, 2), None)),
        (None, (None, None)),
    ],
)
def test_it_reads_dates_from_cells_and_text(value, expected):
    assert to_date(value) == expected


@pytest.mark.parametrize("value", ["32/01/2000", "2000/01/02", "hôm qua", 36000, "01/01/1850"])
def test_it_refuses_what_is_not_a_date(value):
    day, error = to_date(value)
    assert day is None and error


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1085000123, "001085000123"),
        (1085000123.0, "001085000123"),
        ("001 085 000 123", "001085000123"),
        ("001085000123", "001085000123"),
        ("", ""),
    ],
)
def test_it_restores_the_leading_zeros_of_a_numeric_cccd(value, expected):
    assert to_national_id(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(912345678, "0912345678"), ("0912 345 678", "0912 345 678")]
)
def test_it_restores_the_leading_zero_of_a_numeric_phone(value, expected):
    assert to_phone(value) == expected
