"""Pure rules: who abstains for a conflict of interest, what a ballot must contain."""

import pytest

from thidua.councils.rules import DossierParties, MemberFacts, ballot_errors, conflict_reason

UNIT = "00000001.00000002.00000003."
SUB = UNIT + "00000009."
OTHER = "00000001.00000002.00000004."
TEAM = "00000001.00000002.00000005."
PARTIES = DossierParties(
    unit_path=UNIT,
    unit_name="Phòng Lao động - Việc làm",
    person_ids=frozenset({7}),
    collectives=((TEAM, "Trung tâm Dịch vụ việc làm"),),
)


@pytest.mark.parametrize(
    ("person_id", "unit_path", "expected"),
    [
        (7, OTHER, "là người được đề nghị khen thưởng"),
        (8, UNIT, "công tác tại đơn vị đề nghị (Phòng Lao động - Việc làm)"),
        (8, SUB, "công tác tại đơn vị đề nghị (Phòng Lao động - Việc làm)"),
        (8, TEAM, "công tác tại tập thể được đề nghị (Trung tâm Dịch vụ việc làm)"),
        (8, TEAM + "00000011.", "công tác tại tập thể được đề nghị (Trung tâm Dịch vụ việc làm)"),
        (8, OTHER, ""),
        (8, "00000001.00000002.", ""),  # the department above the unit: no conflict
        (None, "", ""),  # a member without a registry entry
    ],
)
def test_it_finds_conflicts_of_interest(person_id, unit_path, expected):
    member = MemberFacts(id=1, name="A", person_id=person_id, unit_path=unit_path)
    assert conflict_reason(member, PARTIES) == expected


@pytest.mark.parametrize(
    ("choices", "errors"),
    [
        ({1: "yes", 2: "no"}, []),
        ({1: "yes"}, ["Cần chọn «Đồng ý» hoặc «Không đồng ý» cho từng người, tập thể."]),
        ({1: "yes", 2: "no", 3: "yes"}, ["Phiếu có người, tập thể không thuộc nội dung bỏ phiếu."]),
        ({1: "yes", 2: "blank"}, ["Lựa chọn trên phiếu không hợp lệ."]),
    ],
)
def test_it_checks_a_ballot_names_every_nominee_once(choices, errors):
    assert ballot_errors([1, 2], choices) == errors
