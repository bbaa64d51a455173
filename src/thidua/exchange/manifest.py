"""The package format: what `manifest.json` holds and the pure checks run on import.

    {"format": "thidua.goi-trinh-cap-tren", "version": 1, "created_at": "…",
     "sender": {"code", "name"}, "round": {"title", "year", "kind"},
     "dossier": {"title", "number", "unit": {"code", "name"}},
     "nominees": [{"key", "subject": "ca_nhan"|"tap_the",
                   "person": {"full_name", "birth_date", "gender", "national_id",
                              "unit": {"code", "name"}, "position"} | null,
                   "organization": {"code", "name"} | null,
                   "award": {"code", "name"}, "summary", "vote_result": {…}}],
     "files": [{"path", "kind", "nominee": key | null, "name", "size", "sha256"}]}

No ORM here: the import service maps codes to rows after these checks pass.
"""

import datetime as dt
import re
from typing import Any

FORMAT = "thidua.goi-trinh-cap-tren"
VERSION = 1
MANIFEST = "manifest.json"
# AttachmentKind values, plus the council's minutes (filed as review minutes on import).
KINDS = frozenset(
    {
        "submission_letter",
        "achievement_report",
        "review_minutes",
        "initiative_confirmation",
        "other",
        "council_minutes",
    }
)
_SHA = re.compile(r"^[0-9a-f]{64}$")
_PATH = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")


def safe_path(name: str) -> bool:
    """A relative path of plain segments: no absolute path, drive, backslash or «..»."""
    if not name or len(name) > 200 or not _PATH.match(name):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _text(value: Any, where: str, errors: list[str], *, blank: bool = False) -> None:
    if not isinstance(value, str) or (not blank and not value.strip()):
        errors.append(f"Bản kê thiếu hoặc sai {where}.")


def _org(value: Any, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"Bản kê thiếu {where}.")
        return
    _text(value.get("code"), f"mã {where}", errors)
    _text(value.get("name"), f"tên {where}", errors)


def _date(value: Any) -> bool:
    if value is None:
        return True
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _person(value: Any, where: str, errors: list[str]) -> None:
    if not isinstance(value, dict):
        errors.append(f"{where}: thiếu thông tin cá nhân.")
        return
    _text(value.get("full_name"), f"họ tên ({where})", errors)
    national_id = value.get("national_id")
    if not isinstance(national_id, str) or not re.fullmatch(r"\d{9}|\d{12}", national_id):
        errors.append(f"{where}: số CCCD không hợp lệ.")
    if not _date(value.get("birth_date")):
        errors.append(f"{where}: ngày sinh không hợp lệ.")
    _text(value.get("gender"), f"giới tính ({where})", errors, blank=True)
    _text(value.get("position"), f"chức vụ ({where})", errors, blank=True)
    _org(value.get("unit"), f"đơn vị ({where})", errors)


def _nominee(n: Any, i: int, errors: list[str]) -> Any:
    where = f"Người, tập thể thứ {i}"
    if not isinstance(n, dict):
        errors.append(f"{where}: không đúng định dạng.")
        return None
    if not isinstance(n.get("key"), int):
        errors.append(f"{where}: thiếu mã.")
    if n.get("subject") == "ca_nhan":
        _person(n.get("person"), where, errors)
    elif n.get("subject") == "tap_the":
        _org(n.get("organization"), f"tập thể ({where})", errors)
    else:
        errors.append(f"{where}: đối tượng phải là cá nhân hoặc tập thể.")
    _org(n.get("award"), f"danh hiệu, hình thức ({where})", errors)
    _text(n.get("summary"), f"tóm tắt thành tích ({where})", errors, blank=True)
    if not isinstance(n.get("vote_result", {}), dict):
        errors.append(f"{where}: kết quả biểu quyết không hợp lệ.")
    return n.get("key")


def _file(f: Any, i: int, keys: set[Any], errors: list[str]) -> None:
    where = f"Tệp thứ {i}"
    if not isinstance(f, dict):
        errors.append(f"{where}: không đúng định dạng.")
        return
    if not isinstance(f.get("path"), str) or not safe_path(f["path"]):
        errors.append(f"{where}: đường dẫn «{f.get('path')}» không hợp lệ.")
    if f.get("kind") not in KINDS:
        errors.append(f"{where}: loại tài liệu «{f.get('kind')}» không hợp lệ.")
    if f.get("nominee") is not None and f.get("nominee") not in keys:
        errors.append(f"{where}: gắn với người, tập thể không có trong bản kê.")
    _text(f.get("name"), f"tên tệp ({where})", errors)
    if not isinstance(f.get("size"), int) or f["size"] < 0:
        errors.append(f"{where}: dung lượng không hợp lệ.")
    if not isinstance(f.get("sha256"), str) or not _SHA.match(f["sha256"]):
        errors.append(f"{where}: mã SHA-256 không hợp lệ.")


def check_manifest(data: Any) -> list[str]:
    """Every way the manifest departs from the format, in Vietnamese; empty when valid."""
    if not isinstance(data, dict):
        return ["Bản kê (manifest.json) không đúng định dạng."]
    if data.get("format") != FORMAT:
        return [f"Tệp không phải gói hồ sơ trình cấp trên (định dạng «{data.get('format')}»)."]
    if data.get("version") != VERSION:
        return [f"Phiên bản gói hồ sơ {data.get('version')} chưa được hỗ trợ."]
    errors: list[str] = []
    _org(data.get("sender"), "đơn vị gửi", errors)
    the_round = data.get("round")
    if not isinstance(the_round, dict) or not isinstance(the_round.get("year"), int):
        errors.append("Bản kê thiếu năm của đợt xét.")
    dossier = data.get("dossier")
    if not isinstance(dossier, dict):
        errors.append("Bản kê thiếu thông tin hồ sơ.")
    else:
        _text(dossier.get("title"), "trích yếu hồ sơ", errors)
    nominees, files = data.get("nominees"), data.get("files")
    if not isinstance(nominees, list) or not nominees:
        errors.append("Bản kê không có người, tập thể nào được đề nghị.")
        nominees = []
    keys = [_nominee(n, i, errors) for i, n in enumerate(nominees, start=1)]
    if len(set(keys)) != len(keys):
        errors.append("Bản kê có mã người, tập thể bị trùng.")
    if not isinstance(files, list):
        errors.append("Bản kê thiếu danh sách tệp.")
        files = []
    for i, f in enumerate(files, start=1):
        _file(f, i, set(keys), errors)
    paths = [f.get("path") for f in files if isinstance(f, dict)]
    if len(set(paths)) != len(paths):
        errors.append("Bản kê có đường dẫn tệp bị trùng.")
    return errors
