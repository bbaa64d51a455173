"""thidua importstaff / exportstaff: thin commands, Vietnamese errors, exit codes 1 and 2."""

import io
import json

import pytest
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from tests.organizations.import_helpers import staff, write_xlsx
from thidua.organizations.models import Person

UNIT_A = "SLA-LDTBXH-LDVL"


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_imports_and_prints_a_summary(tree, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A)])
    out, err = _run("importstaff", str(path))
    assert not err
    assert "Đã nhập xong" in out and "Cán bộ thêm mới" in out
    assert Person.objects.count() == 1


def test_a_dry_run_prints_the_check_and_writes_nothing(tree, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", UNIT_A)])
    out, _ = _run("importstaff", str(path), "--dry-run")
    assert "chạy thử" in out and not Person.objects.exists()


def test_it_writes_errors_to_stderr_and_exits_1(tree, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", "KHONG-CO")])
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("importstaff", str(path), stdout=io.StringIO(), stderr=err)
    assert raised.value.returncode == 1
    assert "Cán bộ, dòng 2, cột H (Mã đơn vị): Mã đơn vị «KHONG-CO» không có" in err.getvalue()
    assert "chưa nhập dữ liệu nào" in str(raised.value)


def test_it_prints_json_for_programs(tree, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", people=[staff("Nguyễn Văn An", "KHONG-CO")])
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("importstaff", str(path), "--format", "json", stdout=out, stderr=io.StringIO())
    data = json.loads(out.getvalue())
    assert data["status"] == "rejected" and data["errors"][0]["column"] == "H"


@pytest.mark.parametrize("args", [["missing.xlsx"], ["--skip-bad-rows", "khong-co.xlsx"]])
def test_a_missing_file_exits_1(db, args):
    with pytest.raises(CommandError) as raised:
        _run("importstaff", *args)
    assert raised.value.returncode == 1 and "Không tìm thấy tệp" in str(raised.value)


@pytest.mark.parametrize(
    "argv", [["importstaff"], ["importstaff", "x.xlsx", "--format", "csv"], ["exportstaff"]]
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as raised:
        ManagementUtility(["thidua", *argv]).execute()
    assert raised.value.code == 2


def test_it_exports_everything_or_one_subtree(personas, tree, tmp_path):
    everything, subtree = tmp_path / "all.xlsx", tmp_path / "a.xlsx"
    _run("exportstaff", str(everything))
    _run("exportstaff", str(subtree), "--org", UNIT_A)
    all_codes = [
        r[0] for r in load_workbook(everything)["Đơn vị"].iter_rows(min_row=2, values_only=True)
    ]
    sub_rows = list(load_workbook(subtree)["Cán bộ"].iter_rows(min_row=2, values_only=True))
    assert len(all_codes) == 5 and [r[0] for r in sub_rows] == ["Trần Thị Bình"]


@pytest.mark.parametrize(
    ("args", "message"), [(["x.csv"], "đuôi .xlsx"), (["x.xlsx", "--org", "ZZ"], "«ZZ»")]
)
def test_export_errors_exit_1(db, tmp_path, args, message):
    args[0] = str(tmp_path / args[0])
    with pytest.raises(CommandError) as raised:
        _run("exportstaff", *args)
    assert raised.value.returncode == 1 and message in str(raised.value)
