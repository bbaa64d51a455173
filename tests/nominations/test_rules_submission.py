"""The submission guard, one table per check (pure: facts built by hand)."""

import datetime as dt
from dataclasses import replace

import pytest

from thidua.nominations.rules import (
    DossierFacts,
    NomineeFacts,
    QuotaFacts,
    check_duplicates,
    check_has_nominees,
    check_justified,
    check_one_form_per_achievement,
    check_quotas,
    check_registered,
    check_round_open,
    check_submission,
)

TODAY = dt.date(2026, 1, 10)


def nominee(**kw) -> NomineeFacts:
    base = {
        "key": 1,
        "label": "Trần Thị Bình – Lao động tiên tiến",
        "person_id": 1,
        "organization_id": None,
        "award_code": "LDTT",
        "award_kind": "title",
        "decider": "giam_doc_so",
        "eligible": True,
        "justification": "",
        "registered": True,
    }
    return NomineeFacts(**{**base, **kw})


def facts(*nominees: NomineeFacts, **kw) -> DossierFacts:
    base = {
        "status": "draft",
        "today": TODAY,
        "round_open": True,
        "submission_deadline": dt.date(2026, 1, 31),
        "nominees": nominees or (nominee(),),
    }
    return DossierFacts(**{**base, **kw})


@pytest.mark.parametrize(
    ("kind", "registered", "errors"),
    [
        ("title", True, 0),
        ("title", False, 1),  # no title without registration
        ("form", False, 0),  # forms need none
        ("form", True, 0),
    ],
)
def test_it_requires_registration_for_titles_only(kind, registered, errors):
    found = check_registered(facts(nominee(award_kind=kind, registered=registered)))
    assert len(found) == errors
    if errors:
        assert "chưa đăng ký thi đua" in found[0]


@pytest.mark.parametrize(
    ("count", "base", "share", "errors"),
    [
        (1, 10, "0.15", 0),  # cap floor(1,5) = 1
        (2, 10, "0.15", 1),
        (0, 0, "0.15", 0),
        (1, 6, "0.15", 1),  # floor(0,9) = 0: not rounded up
        (3, 20, "0.15", 0),
        (4, 20, "0.15", 1),
    ],
)
def test_it_caps_a_title_at_the_quota_floor(count, base, share, errors):
    quota = QuotaFacts(title="CSTDCS", of="LDTT", max_share=share, count=count, base=base)
    found = check_quotas(facts(quotas=(quota,)))
    assert len(found) == errors
    if errors:
        assert found[0].startswith("Vượt tỷ lệ khống chế")
        assert "0,15" in found[0]


@pytest.mark.parametrize(
    ("duplicates", "errors"),
    [
        ((), 0),
        (("đã được đề nghị trong hồ sơ «Hồ sơ B»",), 1),
        (("đã được đề nghị trong hồ sơ «B»", "đã được khen thưởng danh hiệu, hình thức này"), 2),
    ],
)
def test_it_reports_every_duplicate(duplicates, errors):
    found = check_duplicates(facts(nominee(duplicates=duplicates)))
    assert len(found) == errors
    assert all(text.startswith("Trần Thị Bình") for text in found)


@pytest.mark.parametrize(
    ("eligible", "justification", "errors"),
    [
        (True, "", 0),
        (None, "", 0),  # not evaluated (Giấy khen)
        (False, "", 1),
        (False, "   ", 1),
        (False, "Có thành tích đột xuất trong cứu hộ lũ", 0),
    ],
)
def test_an_ineligible_nominee_needs_a_justification(eligible, justification, errors):
    found = check_justified(facts(nominee(eligible=eligible, justification=justification)))
    assert len(found) == errors


@pytest.mark.parametrize(
    ("codes_kinds", "errors"),
    [
        ([("GIAY_KHEN", "form")], 0),
        ([("GIAY_KHEN", "form"), ("BANG_KHEN_TINH", "form")], 1),  # one achievement, one form
        ([("LDTT", "title"), ("GIAY_KHEN", "form")], 0),  # a title and a form
        ([("LDTT", "title"), ("CSTDCS", "title")], 0),  # titles are recognised separately
    ],
)
def test_one_achievement_is_rewarded_with_one_form(codes_kinds, errors):
    nominees = [
        nominee(key=i, award_code=code, award_kind=kind)
        for i, (code, kind) in enumerate(codes_kinds)
    ]
    found = check_one_form_per_achievement(facts(*nominees))
    assert len(found) == errors
    if errors:
        assert "một thành tích chỉ được khen một hình thức" in found[0]


def test_two_people_may_each_get_a_form():
    one = nominee(key=1, person_id=1, award_code="GIAY_KHEN", award_kind="form")
    two = nominee(key=2, person_id=2, award_code="GIAY_KHEN", award_kind="form")
    assert check_one_form_per_achievement(facts(one, two)) == []


@pytest.mark.parametrize(
    ("round_open", "today", "errors", "text"),
    [
        (True, dt.date(2026, 1, 31), 0, ""),  # the deadline day itself is in time
        (True, dt.date(2026, 2, 1), 1, "Đã hết hạn gửi hồ sơ (hạn chót 31/01/2026)."),
        (False, dt.date(2026, 1, 10), 1, "Đợt xét đã kết thúc, không nhận thêm hồ sơ."),
    ],
)
def test_it_refuses_after_the_deadline_or_a_closed_round(round_open, today, errors, text):
    found = check_round_open(facts(round_open=round_open, today=today))
    assert len(found) == errors
    if errors:
        assert found[0] == text


def test_it_needs_at_least_one_nominee():
    assert check_has_nominees(replace(facts(), nominees=())) != []
    assert check_has_nominees(facts()) == []


def test_the_submission_guard_collects_every_check():
    bad = nominee(eligible=False, registered=False, duplicates=("đã được đề nghị",))
    found = check_submission(facts(bad, today=dt.date(2026, 3, 1)))
    assert len(found) == 4  # deadline, justification, registration, duplicate
    assert check_submission(facts()) == []


@pytest.mark.parametrize(
    ("code", "covered"),
    [
        ("LDTT", ["LDTT"]),
        ("CSTDCS", ["CSTDCS", "LDTT"]),
        ("CSTD_TQ", ["CSTD_TQ", "CSTD_TINH", "CSTDCS", "LDTT"]),
        ("CO_THI_DUA_TINH", ["CO_THI_DUA_TINH", "TTLDXS", "TTLDTT"]),
        ("GIAY_KHEN", ["GIAY_KHEN"]),
    ],
)
def test_it_knows_which_titles_a_registration_covers(code, covered):
    from thidua.nominations.rules import titles_covered

    assert titles_covered(code) == covered
