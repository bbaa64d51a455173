"""Sample contexts of the two minutes templates (uploads of replacements are test-rendered
with them; docs/documents.md). Every key the templates read is present."""

from typing import Any

from thidua.councils.selectors.minutes import COUNT_COLUMNS

_HEADER = {
    "issuer_parent": "Sở Lao động - Thương binh và Xã hội",
    "issuer": "Hội đồng Thi đua - Khen thưởng Sở",
    "place": "Sơn La",
    "number": "",
    "symbol": "BB-HĐTĐKT",
    "issued_on": "2025-12-15",
    "doc_type": "Biên bản",
    "auto_number": True,
    "signer_left": {"title": "THƯ KÝ", "name": "Lò Thị Hoa"},
    "signer_right": {"title": "CHỦ TỊCH HỘI ĐỒNG", "name": "Cầm Văn Đức"},
}
_NOMINEES = [
    ["1", "Trần Thị Bình", "Chiến sĩ thi đua cấp tỉnh", "28/30", "93,3", "Đạt"],
    ["2", "Phòng Lao động - Việc làm", "Tập thể lao động xuất sắc", "10/16", "62,5", "Đạt"],
]


def bien_ban_hop_hoi_dong() -> dict[str, Any]:
    return {
        **_HEADER,
        "title": "Họp Hội đồng Thi đua - Khen thưởng Sở",
        "subtitle": "Xét khen thưởng tổng kết năm 2025",
        "preamble": [
            "Vào hồi 08 giờ 00 ngày 15 tháng 12 năm 2025, tại Phòng họp số 1, Hội đồng Thi "
            "đua - Khen thưởng Sở họp xét khen thưởng tổng kết năm 2025."
        ],
        "sections": [
            {
                "heading": "Thành phần tham dự",
                "level": 1,
                "paragraphs": ["Số thành viên Hội đồng: 30; có mặt: 28; vắng mặt: 2."],
            },
            {
                "heading": "Thành viên có mặt",
                "level": 2,
                "table": {
                    "columns": ["STT", "Họ và tên", "Chức vụ, đơn vị", "Chức danh trong Hội đồng"],
                    "rows": [["1", "Cầm Văn Đức", "Giám đốc Sở", "Chủ tịch"]],
                },
            },
            {"heading": "Thành viên vắng mặt", "level": 2, "items": ["Lường Văn Ơn (công tác)"]},
            {
                "heading": "Nội dung, chương trình",
                "level": 1,
                "items": [
                    "Xét hồ sơ «Đề nghị khen thưởng năm 2025» của Phòng Lao động - Việc làm."
                ],
            },
            {"heading": "Kết quả biểu quyết", "level": 1},
            {
                "heading": "Nội dung 1",
                "level": 2,
                "paragraphs": ["Hồ sơ của Phòng Lao động - Việc làm."],
                "table": {
                    "columns": [
                        "STT",
                        "Người, tập thể được đề nghị",
                        "Danh hiệu, hình thức",
                        "Số phiếu đồng ý",
                        "Tỷ lệ (%)",
                        "Kết quả",
                    ],
                    "rows": _NOMINEES,
                },
            },
            {"heading": "Kết luận", "level": 1, "paragraphs": ["Hội đồng thống nhất kết quả."]},
        ],
        "closing": ["Phiên họp kết thúc cùng ngày."],
    }


def bien_ban_kiem_phieu() -> dict[str, Any]:
    return {
        **_HEADER,
        "title": "Kiểm phiếu bầu kín",
        "subtitle": "(Phiên họp Hội đồng Thi đua - Khen thưởng Sở ngày 15/12/2025)",
        "preamble": ["Hội đồng tiến hành kiểm phiếu bầu kín (bỏ phiếu điện tử)."],
        "sections": [
            {
                "heading": "Đề nghị khen thưởng năm 2025",
                "level": 2,
                "paragraphs": [
                    "Số phiếu phát ra: 28; số phiếu thu về: 28; số phiếu hợp lệ: 28.",
                    "Thành viên không bỏ phiếu do xung đột lợi ích: không có.",
                    "Ngưỡng thông qua:",
                ],
                "items": ["Chiến sĩ thi đua cấp tỉnh: từ 90 % tổng số thành viên Hội đồng đồng ý."],
                "table": {
                    "columns": COUNT_COLUMNS,
                    "rows": [
                        [
                            "1",
                            "Trần Thị Bình",
                            "CSTĐ cấp tỉnh",
                            "28",
                            "28",
                            "28",
                            "28",
                            "0",
                            "93,3",
                            "Đạt",
                        ],
                    ],
                },
            },
        ],
        "closing": ["Biên bản kiểm phiếu được lập ngay sau khi kết thúc bỏ phiếu."],
    }
