"""A sample context of the decision template: uploads of a replacement are test-rendered with
it, and the benchmark scales its annex to 1.000 awardees."""

from typing import Any

NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Em"]


def annex_rows(count: int) -> list[list[str]]:
    return [
        [
            str(i),
            f"{NAMES[i % len(NAMES)]}",
            "Chuyên viên",
            "Phòng Lao động - Việc làm",
            "Lao động tiên tiến",
            "710.000",
        ]
        for i in range(1, count + 1)
    ]


def quyet_dinh(count: int = 5) -> dict[str, Any]:
    total = f"{count * 710_000:,}".replace(",", ".")
    return {
        "issuer_parent": "UBND tỉnh Sơn La",
        "issuer": "Sở Lao động - Thương binh và Xã hội",
        "place": "Sơn La",
        "number": "15",
        "symbol": "QĐ-SLĐTBXH",
        "issued_on": "2024-12-20",
        "doc_type": "Quyết định",
        "title": "Về việc tặng danh hiệu Lao động tiên tiến năm 2024",
        "authority": "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "bases": [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;",
            "Theo đề nghị của Hội đồng Thi đua - Khen thưởng.",
        ],
        "articles": [
            {
                "label": "Điều 1.",
                "text": f"Tặng danh hiệu «Lao động tiên tiến» năm 2024 cho {count} cá nhân "
                "đã có thành tích trong phong trào thi đua (có danh sách kèm theo).",
            },
            {
                "label": "Điều 2.",
                "text": f"Tổng số tiền thưởng là {total} đồng, trích từ Quỹ thi đua, khen "
                "thưởng của Sở Lao động - Thương binh và Xã hội.",
            },
            {"label": "Điều 3.", "text": "Quyết định này có hiệu lực kể từ ngày ký./."},
        ],
        "distribution": ["Như Điều 3", "Lưu: VT, TĐKT"],
        "signer": {"authority": ["KT. Giám đốc", "Phó Giám đốc"], "name": "Lâm Xuân Phương"},
        "annex": {
            "heading": "DANH SÁCH",
            "title": "Cá nhân, tập thể được khen thưởng",
            "subtitle": "(Kèm theo Quyết định số 15/QĐ-SLĐTBXH ngày 20/12/2024)",
            "table": {
                "columns": [
                    "STT",
                    "Họ và tên",
                    "Chức vụ",
                    "Đơn vị",
                    "Danh hiệu, hình thức",
                    "Số tiền (đồng)",
                ],
                "rows": [*annex_rows(count), ["", "Tổng cộng", "", "", f"{count} người", total]],
            },
        },
    }
