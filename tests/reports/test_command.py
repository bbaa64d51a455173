"""`thidua stats`: the exact JSON and table output, and the Vietnamese errors."""

import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def _run(*args: str) -> str:
    out = StringIO()
    call_command("stats", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_json_of_the_issue(scenario):
    out = _run("--year", "2023", "--org", "SLA-LDTBXH", "--format", "json")
    assert out == (
        '{"year": 2023, "organization": "SLA-LDTBXH", "totals": {"ca_nhan": 7, "tap_the": 4}, '
        '"titles": [{"code": "LDTT", "subject": "ca_nhan", "count": 6, "total": 7, "percent": 85.7}, '
        '{"code": "CSTDCS", "subject": "ca_nhan", "count": 1, "total": 7, "percent": 14.3}, '
        '{"code": "TTLDTT", "subject": "tap_the", "count": 4, "total": 4, "percent": 100.0}]}\n'
    )


def test_it_prints_an_empty_title_list_for_a_year_without_awards(scenario):
    out = _run("--year", "2024", "--org", "SLA-LDTBXH", "--format", "json")
    assert out == (
        '{"year": 2024, "organization": "SLA-LDTBXH", "totals": {"ca_nhan": 7, "tap_the": 4}, '
        '"titles": []}\n'
    )


def test_it_prints_the_table_as_sentences(scenario):
    assert _run("--year", "2023", "--org", "SLA-LDTBXH") == (
        "Năm 2023 — Sở Lao động - Thương binh và Xã hội (SLA-LDTBXH), tính đến ngày 31/12/2023\n"
        "Cá nhân: 7; tập thể trực thuộc: 4\n"
        "- 6/7 cá nhân đạt Lao động tiên tiến, 85,7 %\n"
        "- 1/7 cá nhân đạt Chiến sĩ thi đua cơ sở, 14,3 %\n"
        "- 4/4 tập thể đạt Tập thể lao động tiên tiến, 100 %\n"
        "Sáng kiến được công nhận: cấp cơ sở 1; cấp bộ, ngành, tỉnh 0; toàn quốc 0\n"
    )
    assert "Chưa có danh hiệu" in _run("--year", "2024", "--org", "SLA-LDTBXH")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2023", "--org", "KHONG-CO"], "Không có đơn vị có mã «KHONG-CO»."),
        (["--year", "1900", "--org", "SLA-LDTBXH"], "Năm 1900 không hợp lệ"),
        (["--year", "2999", "--org", "SLA-LDTBXH"], "Năm 2999 không hợp lệ"),
        (["--year", "2023", "--org", "SLA-DN"], "không còn hoạt động vào ngày 31/12/2023"),
    ],
)
def test_it_explains_bad_input_with_status_1(scenario, args, message):
    with pytest.raises(CommandError, match=message) as error:
        _run(*args)
    assert error.value.returncode == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["stats", "--org", "X"], "thiếu tham số bắt buộc: --year"),
        (["stats", "--year", "hai nghìn", "--org", "X"], "giá trị 'hai nghìn' không hợp lệ"),
        (
            ["stats", "--year", "2023", "--org", "X", "--format", "xml"],
            "giá trị 'xml' không hợp lệ",
        ),
    ],
)
def test_it_explains_usage_errors_in_vietnamese_with_status_2(args, expected):
    result = subprocess.run(
        [sys.executable, "-m", "thidua.manage", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert expected in result.stderr
    assert "cách dùng:" in result.stderr
