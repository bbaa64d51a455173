"""The sample context of the Tờ trình template (uploads of replacements are test-rendered
with it; docs/documents.md). Every key the template reads is present."""

from typing import Any

LETTER = "to_trinh_khen_thuong"


def to_trinh_khen_thuong() -> dict[str, Any]:
    return {
        "issuer_parent": "UBND tỉnh Sơn La",
        "issuer": "Sở Lao động - Thương binh và Xã hội",
        "place": "Sơn La",
        "number": "",
        "symbol": "TTr-SLĐTBXH",
        "issued_on": "2025-12-20",
        "doc_type": "TỜ TRÌNH",
        "title": "Về việc đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025",
        "recipients": ["Chủ tịch Ủy ban nhân dân tỉnh Sơn La"],
        "preamble": [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng Sở ngày 15/12/2025 và kết quả "
            "lấy ý kiến công khai,",
            "Sở Lao động - Thương binh và Xã hội kính trình Chủ tịch Ủy ban nhân dân tỉnh xem "
            "xét, khen thưởng 01 cá nhân có thành tích xuất sắc (danh sách kèm theo).",
        ],
        "table": {
            "title": "Danh sách đề nghị khen thưởng",
            "columns": ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đề nghị", "Tỷ lệ phiếu"],
            "rows": [
                [
                    "1",
                    "Trần Thị Bình",
                    "Chuyên viên, Phòng Lao động - Việc làm",
                    "Chiến sĩ thi đua cấp tỉnh",
                    "93,3 %",
                ]
            ],
        },
        "closing": [
            "Hồ sơ kèm theo: báo cáo thành tích, biên bản họp Hội đồng, biên bản kiểm phiếu.",
            "Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        ],
        "signer": {"authority": ["KT. Giám đốc", "Phó Giám đốc"], "name": "Lò Văn Minh"},
        "distribution": ["Như trên", "Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT, VP"],
    }
