"""The manifest's schema and the path rule (pure functions)."""

import copy
from collections.abc import Callable
from typing import Any

import pytest

from thidua.exchange.manifest import FORMAT, check_manifest, safe_path

SHA = "a" * 64
VALID: dict[str, Any] = {
    "format": FORMAT,
    "version": 1,
    "sender": {"code": "SLA-LDTBXH", "name": "Sở LĐTBXH"},
    "round": {"title": "Năm 2025", "year": 2025, "kind": "year_end"},
    "dossier": {"title": "Hồ sơ", "number": "", "unit": {"code": "U", "name": "Phòng"}},
    "nominees": [
        {
            "key": 7,
            "subject": "ca_nhan",
            "person": {
                "full_name": "Trần Văn Hùng",
                "birth_date": "1985-03-02",
                "gender": "male",
                "national_id": "014085000123",
                "unit": {"code": "U", "name": "Phòng"},
                "position": "Chuyên viên",
            },
            "organization": None,
            "award": {"code": "CSTD_TINH", "name": "CSTĐ tỉnh"},
            "summary": "",
            "vote_result": {},
        }
    ],
    "files": [
        {
            "path": "tai-lieu/1-bc.pdf",
            "kind": "achievement_report",
            "nominee": 7,
            "name": "bc.pdf",
            "size": 3,
            "sha256": SHA,
        }
    ],
}


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(m: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = m
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        target[int(last) if last.isdigit() else last] = value

    return change


def test_it_accepts_a_valid_manifest() -> None:
    assert check_manifest(VALID) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("version", 2), "Phiên bản gói hồ sơ 2"),
        (_set("sender", None), "Bản kê thiếu đơn vị gửi"),
        (_set("round.year", "2025"), "năm của đợt xét"),
        (_set("nominees", []), "không có người, tập thể"),
        (_set("nominees.0.subject", "ho_gia_dinh"), "cá nhân hoặc tập thể"),
        (_set("nominees.0.person.national_id", "12ab"), "số CCCD không hợp lệ"),
        (_set("nominees.0.person.birth_date", "02/03/1985"), "ngày sinh không hợp lệ"),
        (_set("nominees.0.award", {"code": ""}), "mã danh hiệu"),
        (_set("files.0.path", "../x.pdf"), "đường dẫn «../x.pdf» không hợp lệ"),
        (_set("files.0.kind", "exe"), "loại tài liệu «exe»"),
        (_set("files.0.nominee", 99), "không có trong bản kê"),
        (_set("files.0.sha256", "xyz"), "SHA-256 không hợp lệ"),
        (_set("files.0.size", -1), "dung lượng không hợp lệ"),
    ],
)
def test_it_names_what_is_wrong(change: Callable[[dict[str, Any]], None], message: str) -> None:
    manifest = copy.deepcopy(VALID)
    change(manifest)
    assert message in "\n".join(check_manifest(manifest))


@pytest.mark.parametrize(
    ("path", "safe"),
    [
        ("tai-lieu/1-bc.pdf", True),
        ("manifest.json", True),
        ("../etc/passwd", False),
        ("/etc/passwd", False),
        ("a/../../b", False),
        ("C:/windows/x", False),
        ("a\\b", False),
        ("a//b", False),
        ("./a", False),
        ("", False),
    ],
)
def test_it_accepts_only_plain_relative_paths(path: str, safe: bool) -> None:
    assert safe_path(path) is safe
