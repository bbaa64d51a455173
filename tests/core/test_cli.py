import subprocess
import sys

import pytest

THIDUA = [sys.executable, "-m", "thidua.manage"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["ingest"], "thiếu tham số bắt buộc: file"),
        (["ingest", "x.txt", "--format", "xml"], "giá trị 'xml' không hợp lệ"),
        (["ingest", "x.txt", "--khong-co"], "tham số không được hỗ trợ: --khong-co"),
    ],
)
def test_it_explains_usage_errors_in_vietnamese_with_status_2(args, expected):
    result = subprocess.run(
        [*THIDUA, *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert expected in result.stderr
    assert "cách dùng: thidua" in result.stderr or "cách dùng:" in result.stderr
