"""Eligibility from the database: the command's JSON, chains across moves and mergers,
members at the year's end, recruits, quotas, and a constant number of queries."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.factories import make_org, make_person
from tests.rules.factories import D, discipline, give, initiative, rate

from thidua.organizations.people import employment_end, employment_start
from thidua.organizations.services import org_merge
from thidua.rules.loadhistory import history_load
from thidua.rules.selectors.eligibility import EligibilityRun, person_eligibility


def results_of(run):
    return {(r.facts.code, a.title): a for r in run.results() for a in r.awards}


def test_the_command_prints_the_issues_json(tree, document, write_json, capsys):
    assert history_load(actor=None, path=write_json(document)).ok
    call_command("eligibility", "--year", "2024", "--org", "U01", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2024
    by_key = {(r["code"], r["title"]): r for r in data["results"]}
    an_cstdcs = by_key[("P001", "CSTDCS")]
    assert an_cstdcs["subject"] == "ca_nhan" and an_cstdcs["eligible"] is True
    assert {"rule", "passed", "message", "legal_basis"} <= set(an_cstdcs["checks"][0])
    assert an_cstdcs["checks"][0]["legal_basis"] == "Luật 06/2022/QH15, Điều 23 khoản 1"
    assert by_key[("P001", "BANG_KHEN_TINH")]["eligible"] is True
    assert by_key[("P002", "LDTT")]["eligible"] is False  # reprimanded in March 2024
    assert by_key[("U01", "TTLDTT")]["subject"] == "tap_the"
    assert by_key[("U01", "TTLDTT")]["eligible"] is False  # 1 of 2 members: not more than half
    quota = data["quotas"][0]
    assert {
        k: quota[k]
        for k in (
            "organization",
            "title",
            "base_title",
            "base_count",
            "max_share",
            "cap",
            "eligible_count",
        )
    } == {
        "organization": "U01",
        "title": "CSTDCS",
        "base_title": "LDTT",
        "base_count": 1,
        "max_share": 0.15,
        "cap": 0,
        "eligible_count": 1,
    }
    assert quota["ranking"][0]["code"] == "P001"


def test_the_command_prints_a_table(tree, document, write_json, capsys):
    assert history_load(actor=None, path=write_json(document)).ok
    call_command("eligibility", "--year", "2024", "--org", "U01")
    out = capsys.readouterr().out
    assert "✓ Cá nhân  P001" in out
    assert "Bị kỷ luật hình thức khiển trách" in out
    assert "Tỷ lệ U01: CSTDCS tối đa 15% số LDTT (1) = 0; đủ điều kiện 1 — VƯỢT TỶ LỆ" in out


def test_the_command_refuses_an_unknown_unit(db):
    with pytest.raises(CommandError) as raised:
        call_command("eligibility", "--year", "2024", "--org", "KHONG-CO")
    assert raised.value.returncode == 1


def test_a_chain_follows_a_person_who_moves(tree):
    an = make_person("Nguyễn Thị An", org=tree.unit_a, gender="female")
    give(an, "CSTDCS", 2022)
    give(an, "CSTDCS", 2023)
    employment_start(actor=None, person=an, organization=tree.unit_b, start_date=D(2024, 2, 1))
    rate(an, 2024, "excellent")
    initiative("SK-T", 2024, "tinh", an)
    got = results_of(EligibilityRun(year=2024, org=tree.unit_b))
    assert got[(an.national_id, "CSTD_TINH")].eligible
    assert (an.national_id, "LDTT") not in results_of(EligibilityRun(year=2024, org=tree.unit_a))


def test_a_chain_crosses_a_merger(tree):
    an = make_person("Nguyễn Thị An", org=tree.unit_a, gender="female")
    rate(tree.unit_a, 2023, "excellent")
    give(an, "CSTDCS", 2022)
    give(an, "CSTDCS", 2023)
    merged = make_org(
        "Phòng Lao động - Người có công",
        parent=tree.dept,
        code="SLA-LDNCC",
        valid_from=D(2023, 6, 1),
    )
    org_merge(actor=None, sources=[tree.unit_a], target=merged, day=D(2024, 1, 1))
    rate(an, 2024, "excellent")
    rate(merged, 2024, "excellent")
    initiative("SK-T", 2024, "tinh", an)
    got = results_of(EligibilityRun(year=2024, org=merged))
    assert got[
        (an.national_id, "CSTD_TINH")
    ].eligible  # 2022, 2023 in the old unit, 2024 in the new
    bk = got[("SLA-LDNCC", "BANG_KHEN_TINH")]
    assert bk.eligible, bk.checks  # 2023 inherited from the merged unit, 2024 its own
    assert "2023, 2024" in bk.checks[0].message


def test_a_collective_counts_the_members_employed_at_the_years_end(tree):
    people = [
        make_person(f"Cán bộ {n}", org=tree.unit_a, birth=D(1980 + n, 1, 1)) for n in range(4)
    ]
    for p in people:
        rate(p, 2024, "excellent")
    employment_end(actor=None, employment=people[3].employments.get(), end_date=D(2024, 6, 30))
    rate(tree.unit_a, 2024, "excellent")
    got = results_of(EligibilityRun(year=2024, org=tree.unit_a))
    ttldxs = got[("SLA-LDTBXH-LDVL", "TTLDXS")]
    assert ttldxs.eligible
    assert "3/3 cá nhân" in next(
        c.message for c in ttldxs.checks if c.rule == "TTLDXS.members_ldtt"
    )


def test_a_new_recruit_is_not_ldtt(tree):
    new = make_person("Đỗ Minh Khoa", org=tree.unit_a, start=D(2024, 5, 1))
    rate(new, 2024, "excellent")
    result = person_eligibility(person=new, year=2024)
    ldtt = next(a for a in result.awards if a.title == "LDTT")
    assert not ldtt.eligible
    assert "8 tháng" in next(c.message for c in ldtt.checks if c.rule == "LDTT.new_recruit")


def test_an_earlier_rating_shows_the_person_is_not_new(tree):
    moved = make_person("Đỗ Minh Khoa", org=tree.unit_a, start=D(2024, 5, 1))
    rate(moved, 2023, "good")
    rate(moved, 2024, "good")
    assert "LDTT" in person_eligibility(person=moved, year=2024).eligible


def test_a_disciplined_person_is_not_ldtt_and_blocks_the_collective(tree):
    people = [
        make_person(f"Cán bộ {n}", org=tree.unit_a, birth=D(1980 + n, 1, 1)) for n in range(3)
    ]
    for p in people:
        rate(p, 2024, "good")
    discipline(people[0], "warning", D(2024, 4, 1), D(2025, 3, 31))
    rate(tree.unit_a, 2024, "good")
    got = results_of(EligibilityRun(year=2024, org=tree.unit_a))
    assert not got[(people[0].national_id, "LDTT")].eligible
    ttldtt = got[("SLA-LDTBXH-LDVL", "TTLDTT")]
    assert not ttldtt.eligible
    assert "Có 1 cá nhân bị kỷ luật từ hình thức cảnh cáo" in next(
        c.message for c in ttldtt.checks if not c.passed
    )


def test_the_number_of_queries_does_not_grow_with_people(tree):
    def queries(n):
        for i in range(n):
            p = make_person(f"Người {i}", org=tree.unit_b, birth=D(1970 + i % 30, 1, 1 + i % 28))
            rate(p, 2024, "excellent")
            give(p, "CSTDCS", 2023)
            initiative(f"SK{n}-{i}", 2024, "co_so", p)
        with CaptureQueriesContext(connection) as ctx:
            run = EligibilityRun(year=2024, org=tree.unit_b)
            list(run.results())
        return len(ctx.captured_queries)

    assert queries(3) == queries(6)


def test_a_revoked_award_does_not_count(tree):
    an = make_person("Nguyễn Thị An", org=tree.unit_a, gender="female")
    rate(an, 2024, "excellent")
    initiative("SK-T", 2024, "tinh", an)
    give(an, "CSTDCS", 2022)
    record = give(an, "CSTDCS", 2023)
    assert "CSTD_TINH" in person_eligibility(person=an, year=2024).eligible
    from thidua.rules import services

    services.award_record_save(actor=None, data={"revoked": True}, record=record)
    result = person_eligibility(person=an, year=2024)
    assert "CSTD_TINH" not in result.eligible
    chain = next(a for a in result.awards if a.title == "CSTD_TINH").checks[0]
    assert "2024 (1 lần; cần 3)" in chain.message
