"""Sample contexts of the achievement-report templates (every key they read): an uploaded
replacement is test-rendered with them, and the tests render the shipped files with them."""

from typing import Any

_HEADER = {
    "issuer_parent": "Sở Lao động - Thương binh và Xã hội",
    "issuer": "Phòng Lao động - Việc làm",
    "place": "Sơn La",
    "number": "",
    "symbol": "",
    "doc_type": "Báo cáo thành tích",
    "subtitle": "(Thành tích năm 2025)",
}
_AWARDS = [
    {
        "heading": "Danh hiệu thi đua",
        "level": 2,
        "number": "1.",
        "table": {
            "columns": ["Năm", "Danh hiệu thi đua", "Số, ngày quyết định; cơ quan ban hành"],
            "rows": [["2024", "Lao động tiên tiến", "Quyết định số 12/QĐ-SLĐTBXH ngày 15/01/2025"]],
        },
    },
    {"heading": "Hình thức khen thưởng", "level": 2, "number": "2.", "paragraphs": ["Chưa có."]},
]


def person_report() -> dict[str, Any]:
    return {
        **_HEADER,
        "title": "ĐỀ NGHỊ TẶNG CHIẾN SĨ THI ĐUA CƠ SỞ",
        "sections": [
            {
                "heading": "Sơ lược lý lịch",
                "level": 1,
                "number": "I.",
                "items": ["Họ và tên: Trần Thị Bình", "Sinh ngày: 17/05/1990; Giới tính: Nữ"],
            },
            {
                "table": {
                    "title": "Quá trình công tác",
                    "columns": ["Từ ngày", "Đến ngày", "Đơn vị", "Chức vụ"],
                    "rows": [["01/01/2015", "nay", "Phòng Lao động - Việc làm", "Chuyên viên"]],
                }
            },
            {"heading": "Thành tích đạt được", "level": 1, "number": "II."},
            {
                "heading": "Thành tích đạt được",
                "level": 2,
                "number": "2.",
                "paragraphs": ["Hoàn thành xuất sắc nhiệm vụ được giao."],
            },
            {"heading": "Các hình thức đã được khen thưởng", "level": 1, "number": "III."},
            *_AWARDS,
        ],
        "sign_left": {
            "title": "Thủ trưởng đơn vị xác nhận, đề nghị",
            "note": "(Ký, đóng dấu)",
            "name": "",
        },
        "sign_right": {
            "title": "Người báo cáo thành tích",
            "note": "(Ký, ghi rõ họ và tên)",
            "name": "Trần Thị Bình",
        },
        "sign_bottom": {"title": "Xác nhận của cấp trình khen thưởng", "note": "(Ký, đóng dấu)"},
    }


def collective_report() -> dict[str, Any]:
    return {
        **_HEADER,
        "title": "ĐỀ NGHỊ TẶNG TẬP THỂ LAO ĐỘNG TIÊN TIẾN",
        "sections": [
            {
                "heading": "Đặc điểm, tình hình",
                "level": 1,
                "number": "I.",
                "items": ["Tên tập thể: Phòng Lao động - Việc làm", "Số cán bộ (31/12/2025): 12"],
            },
            {"heading": "Thành tích đạt được", "level": 1, "number": "II."},
            {
                "heading": "Kết quả thực hiện nhiệm vụ được giao",
                "level": 2,
                "number": "1.",
                "paragraphs": ["Hoàn thành tốt các chỉ tiêu được giao."],
            },
            {"heading": "Các hình thức khen thưởng đã đạt được", "level": 1, "number": "III."},
            *_AWARDS,
        ],
        "sign_left": {
            "title": "Xác nhận của cấp trình khen thưởng",
            "note": "(Ký, đóng dấu)",
            "name": "",
        },
        "sign_right": {"title": "Thủ trưởng đơn vị", "note": "(Ký, đóng dấu)", "name": ""},
        "sign_bottom": {"title": "", "note": ""},
    }
