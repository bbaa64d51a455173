"""`thidua ingest FILE --format json|table`, in process and as a real command line."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from thidua.ingest.contract import RESULT_KEYS

DOCUMENTS = Path(__file__).parent / "documents"
DECISION = DOCUMENTS / "quyet_dinh_khen_thuong.txt"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "thidua.manage", "ingest", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_it_prints_one_json_object_with_every_key() -> None:
    out = io.StringIO()
    call_command("ingest", str(DECISION), format="json", stdout=out)
    result = json.loads(out.getvalue())
    assert tuple(result) == RESULT_KEYS
    assert (result["doc_type"], result["number"], result["symbol"]) == (
        "quyet_dinh",
        "125",
        "QĐ-UBND",
    )


def test_it_prints_vietnamese_as_is_in_json() -> None:
    out = io.StringIO()
    call_command("ingest", str(DECISION), format="json", stdout=out)
    assert "Hà Giang" in out.getvalue()


def test_it_prints_a_two_column_table_for_people() -> None:
    out = io.StringIO()
    call_command("ingest", str(DECISION), format="table", stdout=out)
    table = out.getvalue()
    assert "| Loại văn bản" in table
    assert "| Quyết định" in table.split("Loại văn bản", 1)[1].split("\n", 1)[0]
    assert "PHÓ CHỦ TỊCH – Nguyễn Văn Sơn" in table


def test_it_raises_a_command_error_with_status_1_on_bad_input(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Không tìm thấy tệp") as raised:
        call_command("ingest", str(tmp_path / "khong-co.pdf"), format="json")
    assert raised.value.returncode == 1


def test_it_exits_0_and_prints_json_on_the_command_line() -> None:
    done = _run(str(DECISION), "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["place"] == "Hà Giang"


def test_it_exits_1_with_a_message_and_no_traceback_on_the_command_line(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\nnot really a pdf")
    done = _run(str(scan), "--format", "json")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("Lỗi: Tệp PDF bị hỏng")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args", [(), (str(DECISION), "--format", "xml")], ids=["no-file", "bad-format"]
)
def test_it_exits_2_on_usage_errors(args: tuple[str, ...]) -> None:
    done = _run(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
