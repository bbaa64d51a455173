"""Output of `thidua ingest`: one JSON object for programs, a two-column table for people."""

import json
import textwrap

from thidua.ingest.contract import AwardCount, Deadline, IngestResult, IssueDate, Reference, Target
from thidua.ingest.numbers import format_number

DOC_TYPE_LABELS = {
    "chi_thi": "Chỉ thị",
    "ke_hoach": "Kế hoạch",
    "cong_van": "Công văn",
    "quyet_dinh": "Quyết định",
    "bao_cao": "Báo cáo",
    "thong_bao": "Thông báo",
    "huong_dan": "Hướng dẫn",
    "to_trinh": "Tờ trình",
    "bien_ban": "Biên bản",
    "danh_sach": "Danh sách",
    "bai_viet": "Bài viết, tin tức",
    "other": "Loại khác",
}
AWARD_LABELS = {
    "LDTT": "Lao động tiên tiến",
    "CSTT": "Chiến sĩ tiên tiến",
    "CSTDCS": "Chiến sĩ thi đua cơ sở",
    "CSTD_TINH": "Chiến sĩ thi đua cấp tỉnh",
    "CSTD_TQ": "Chiến sĩ thi đua toàn quốc",
    "TTLDTT": "Tập thể lao động tiên tiến",
    "TTLDXS": "Tập thể lao động xuất sắc",
    "CO_THI_DUA_TINH": "Cờ thi đua cấp tỉnh",
    "CO_THI_DUA_CP": "Cờ thi đua của Chính phủ",
    "GIA_DINH_VAN_HOA": "Gia đình văn hóa",
    "THON_VAN_HOA": "Thôn, tổ dân phố văn hóa",
    "GIAY_KHEN": "Giấy khen",
    "BANG_KHEN_TINH": "Bằng khen của Chủ tịch UBND tỉnh",
    "BANG_KHEN_BO": "Bằng khen của Bộ trưởng",
    "BANG_KHEN_TTG": "Bằng khen của Thủ tướng Chính phủ",
    "HUAN_CHUONG_LD_BA": "Huân chương Lao động hạng Ba",
    "HUAN_CHUONG_LD_NHI": "Huân chương Lao động hạng Nhì",
    "HUAN_CHUONG_LD_NHAT": "Huân chương Lao động hạng Nhất",
    "HUAN_CHUONG_DL_BA": "Huân chương Độc lập hạng Ba",
    "HUAN_CHUONG_DL_NHI": "Huân chương Độc lập hạng Nhì",
    "HUAN_CHUONG_DL_NHAT": "Huân chương Độc lập hạng Nhất",
    "ANH_HUNG_LD": "Anh hùng Lao động",
    "KY_NIEM_CHUONG": "Kỷ niệm chương",
    "HUY_HIEU": "Huy hiệu",
    "SANG_KIEN_CO_SO": "Sáng kiến cấp cơ sở",
    "SANG_KIEN_TINH": "Sáng kiến cấp tỉnh",
    "SANG_KIEN_TQ": "Sáng kiến toàn quốc",
}
_SUBJECTS = {"ca_nhan": "cá nhân", "tap_the": "tập thể", "ho_gia_dinh": "hộ gia đình"}
_DIRECTIONS = {"at_least": "tối thiểu", "at_most": "tối đa"}
_RECURRING = {"yearly": "hằng năm", "quarterly": "hằng quý", "monthly": "hằng tháng"}
LABEL_WIDTH = 24
VALUE_WIDTH = 76
EMPTY = "—"


def render_json(result: IngestResult) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2)


def render_table(result: IngestResult) -> str:
    signer = result["signer"] or {"title": None, "name": None}
    rows = [
        ("Loại văn bản", [DOC_TYPE_LABELS.get(result["doc_type"], result["doc_type"])]),
        ("Cơ quan ban hành", [result["issuer"] or EMPTY]),
        ("Số, ký hiệu", [_number(result["number"], result["symbol"])]),
        ("Địa danh", [result["place"] or EMPTY]),
        ("Ngày ban hành", [_issue_date(result["issue_date"])]),
        ("Trích yếu", [result["title"] or EMPTY]),
        ("Kính gửi", result["recipients"]),
        ("Văn bản dẫn chiếu", [_reference(item) for item in result["referenced_documents"]]),
        ("Phong trào thi đua", [item["name"] for item in result["movements"]]),
        ("Chỉ tiêu", [_target(item) for item in result["targets"]]),
        ("Thời hạn", [_deadline(item) for item in result["deadlines"]]),
        ("Hình thức khen thưởng", [AWARD_LABELS.get(code, code) for code in result["award_forms"]]),
        ("Số lượng khen thưởng", [_award_count(item) for item in result["award_counts"]]),
        ("Người ký", [" – ".join(filter(None, [signer["title"], signer["name"]])) or EMPTY]),
        ("Nơi nhận", result["distribution"]),
    ]
    return _table(rows)


def _table(rows: list[tuple[str, list[str]]]) -> str:
    rule = f"+{'-' * (LABEL_WIDTH + 2)}+{'-' * (VALUE_WIDTH + 2)}+"
    lines = [rule, f"| {'Trường':<{LABEL_WIDTH}} | {'Giá trị':<{VALUE_WIDTH}} |", rule]
    for label, values in rows:
        wrapped = _wrap(values or [EMPTY])
        for index, value in enumerate(wrapped):
            shown = label if index == 0 else ""
            lines.append(f"| {shown:<{LABEL_WIDTH}} | {value:<{VALUE_WIDTH}} |")
        lines.append(rule)
    return "\n".join(lines)


def _wrap(values: list[str]) -> list[str]:
    bullet = len(values) > 1
    lines: list[str] = []
    for value in values:
        prefix = "• " if bullet else ""
        indent = "  " if bullet else ""
        lines += textwrap.wrap(
            f"{prefix}{value}", VALUE_WIDTH, subsequent_indent=indent, break_long_words=True
        ) or [EMPTY]
    return lines


def _number(number: str | None, symbol: str | None) -> str:
    if not number and not symbol:
        return EMPTY
    return f"{number or '…'}/{symbol or '…'}"


def _issue_date(date: IssueDate | None) -> str:
    if date is None:
        return EMPTY
    parts = [date["day"], date["month"], date["year"]]
    return "/".join(
        f"{part:02d}" if part is not None and part < 100 else str(part or "…") for part in parts
    )


def _reference(item: Reference) -> str:
    text = f"{item['kind']} {item['number']}"
    if item["date"]:
        year, month, day = item["date"].split("-")
        text += f" ngày {day}/{month}/{year}"
    return f"{text} của {item['issuer']}" if item["issuer"] else text


def _target(item: Target) -> str:
    unit = item["unit"] or ""
    value = format_number(item["value"]) + (unit if unit == "%" else f" {unit}".rstrip())
    direction = _DIRECTIONS.get(item["direction"], "")
    return f"{item['text'] or EMPTY}: {value} ({direction})"


def _deadline(item: Deadline) -> str:
    when = "/".join(str(part) for part in (item["day"], item["month"], item["year"]) if part)
    recurring = _RECURRING.get(item["recurring"] or "", "")
    return f"{when} {recurring}".strip() + f" — {item['text']}"


def _award_count(item: AwardCount) -> str:
    count = f"{item['count']}/{item['total']}" if item["total"] else str(item["count"])
    label = AWARD_LABELS.get(item["code"], item["code"])
    return f"{label}: {count} {_SUBJECTS.get(item['subject'], item['subject'])}"
