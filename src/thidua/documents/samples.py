"""Sample contexts in the generic schema, one per shipped template.

They exercise every key a template reads: an uploaded replacement is test-rendered with the
sample of its code before it is activated, and the tests, the benchmark and the screenshot
in the README use them. The wording follows the seeds (the Ninh Bình plan of 2021, seed 002;
the Sơn La launch letter of 2023, seed 000).
"""

from typing import Any

_HEADER = {
    "issuer_parent": "UBND tỉnh Ninh Bình",
    "issuer": "Sở Lao động - Thương binh và Xã hội",
    "place": "Ninh Bình",
    "number": "",
    "day": "",
    "month": "9",
    "year": "2021",
}
_SIGNER = {"authority": ["KT. Giám đốc", "Phó Giám đốc"], "name": "Lâm Xuân Phương"}
_DISTRIBUTION = [
    "Sở Nội vụ",
    "Các đồng chí Lãnh đạo Sở",
    "Các phòng nghiệp vụ Sở",
    "Các đơn vị trực thuộc",
    "Lưu: VT, VP",
]
_THEME = (
    "“Cán bộ, công chức, viên chức, người lao động Ngành Lao động - Thương binh và Xã hội "
    "quyết tâm thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch "
    "5 năm (2021-2025) theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII”"
)


def plan_sections() -> list[dict[str, Any]]:
    """The body of a movement plan: purpose, content, criteria, awards, organisation."""
    return [
        {"heading": "Mục đích, yêu cầu", "level": 1},
        {
            "heading": "Mục đích",
            "level": 2,
            "paragraphs": [
                "Phát động toàn thể cán bộ, công chức, viên chức, người lao động trong toàn "
                "Ngành tích cực hưởng ứng và tham gia các phong trào thi đua nhằm tạo sự chuyển "
                "biến trong nhận thức, hành động của mỗi cán bộ, công chức, viên chức, người lao "
                "động, nhất là người đứng đầu trong quá trình thực thi công vụ."
            ],
        },
        {
            "heading": "Yêu cầu",
            "level": 2,
            "items": [
                "Phong trào thi đua được triển khai sâu rộng trong toàn ngành, dưới nhiều hình "
                "thức, nội dung phong phú, thiết thực.",
                "Kịp thời phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến, những sáng "
                "kiến, kinh nghiệm hay, mô hình, cách làm sáng tạo.",
                "Việc tổ chức triển khai thực hiện nghiêm túc, hiệu quả, không phô trương, hình "
                "thức.",
            ],
        },
        {"heading": "Chủ đề, nội dung phong trào thi đua", "level": 1},
        {"heading": "Chủ đề", "level": 2, "paragraphs": [_THEME + "."]},
        {
            "heading": "Nội dung phong trào thi đua",
            "level": 2,
            "items": [
                "Nâng cao chất lượng, hiệu quả công tác giáo dục nghề nghiệp; phấn đấu đến cuối "
                "nhiệm kỳ tỷ lệ lao động qua đào tạo đạt 70% - 72%.",
                "Mỗi năm giải quyết việc làm cho 19.400 người lao động, trong đó đưa 1.400 lao "
                "động đi làm việc ở nước ngoài; tỷ lệ thất nghiệp dưới 2%/năm.",
                "Thực hiện đầy đủ, kịp thời chính sách ưu đãi người có công; 100% Mẹ Việt Nam "
                "anh hùng còn sống được phụng dưỡng đến hết đời.",
                "Thực hiện đồng bộ các giải pháp giảm nghèo bền vững, giảm 2/3 số hộ nghèo so "
                "với đầu nhiệm kỳ.",
            ],
            "item_style": "letter",
        },
        {"heading": "Tiêu chuẩn danh hiệu thi đua và hình thức khen thưởng", "level": 1},
        {
            "heading": "Tiêu chuẩn thi đua",
            "level": 2,
            "table": {
                "title": "Tiêu chuẩn theo đối tượng thi đua",
                "columns": ["STT", "Đối tượng", "Tiêu chuẩn"],
                "rows": [
                    [
                        1,
                        "Các phòng nghiệp vụ Sở",
                        "Hoàn thành có chất lượng, đúng thời hạn các văn bản chỉ đạo, hướng dẫn; "
                        "hoàn thành các chỉ tiêu hằng năm và 5 năm của Ngành.",
                    ],
                    [
                        2,
                        "Các đơn vị trực thuộc",
                        "Thực hiện tốt công tác quản lý, chăm sóc, nuôi dưỡng đối tượng; có "
                        "sáng kiến, giải pháp trong thực hiện nhiệm vụ.",
                    ],
                    [
                        3,
                        "Phòng Lao động - Thương binh và Xã hội các huyện, thành phố",
                        "Tham mưu và triển khai hiệu quả chương trình, kế hoạch lao động, người "
                        "có công và xã hội trên địa bàn.",
                    ],
                    [
                        4,
                        "Cán bộ, công chức, viên chức, người lao động",
                        "Tích cực hưởng ứng các phong trào thi đua; có sáng kiến trong tham mưu "
                        "và thực thi công vụ.",
                    ],
                ],
            },
        },
        {
            "heading": "Hình thức khen thưởng",
            "level": 2,
            "items": [
                "Bằng khen của Chủ tịch UBND tỉnh cho các tập thể và cá nhân có thành tích xuất "
                "sắc trong phong trào thi đua.",
                "Cờ thi đua cấp tỉnh cho đơn vị xuất sắc nhất vào dịp tổng kết phong trào.",
                "Giấy khen của Giám đốc Sở cho tập thể, cá nhân có thành tích tiêu biểu hằng năm.",
            ],
        },
        {"heading": "Tổ chức thực hiện", "level": 1},
        {
            "heading": "Các phòng nghiệp vụ, đơn vị trực thuộc Sở",
            "level": 2,
            "items": [
                "Tổ chức quán triệt Kế hoạch này đến từng cán bộ, công chức, viên chức, người lao "
                "động trong đơn vị.",
                "Xây dựng kế hoạch và báo cáo kết quả thực hiện Phong trào thi đua trước ngày "
                "15/12 hằng năm về Sở Lao động - Thương binh và Xã hội (qua Văn phòng Sở).",
            ],
        },
        {
            "heading": "Văn phòng Sở",
            "level": 2,
            "paragraphs": [
                "Chủ trì, phối hợp theo dõi, hướng dẫn, đôn đốc các đơn vị triển khai phong trào "
                "thi đua và thực hiện công tác khen thưởng."
            ],
        },
    ]


def ke_hoach() -> dict[str, Any]:
    return {
        **_HEADER,
        "symbol": "KH-LĐTBXH",
        "doc_type": "Kế hoạch",
        "title": f"Phát động phong trào thi đua {_THEME}",
        "preamble": [
            "Thực hiện Chỉ thị số 10/CT-UBND ngày 27/8/2021 của UBND tỉnh về việc phát động "
            "thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế "
            "hoạch 5 năm (2021-2025), Sở Lao động - Thương binh và Xã hội xây dựng Kế hoạch tổ "
            "chức phong trào thi đua như sau:"
        ],
        "auto_number": True,
        "sections": plan_sections(),
        "closing": [
            "Trên đây là Kế hoạch thực hiện Phong trào thi đua của Sở Lao động - Thương binh và "
            "Xã hội, yêu cầu các đơn vị tổ chức triển khai thực hiện nghiêm túc, hiệu quả./."
        ],
        "distribution": _DISTRIBUTION,
        "signer": _SIGNER,
    }


def cong_van() -> dict[str, Any]:
    return {
        "issuer_parent": "UBND tỉnh Sơn La",
        "issuer": "Sở Lao động - Thương binh và Xã hội",
        "place": "Sơn La",
        "number": "",
        "symbol": "SLĐTBXH-VP",
        "month": "01",
        "year": "2023",
        "subject_line": "Về việc phát động phong trào thi đua năm 2023",
        "recipients": ["Các phòng chuyên môn, các đơn vị trực thuộc Sở"],
        "preamble": [
            "Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh Sơn La về phát "
            "động phong trào thi đua năm 2023, Sở Lao động - Thương binh và Xã hội phát động "
            "phong trào thi đua năm 2023, tập trung vào những nhiệm vụ trọng tâm sau:"
        ],
        "sections": [
            {
                "items": [
                    "Tiếp tục tuyên truyền, quán triệt sâu sắc tư tưởng Thi đua ái quốc của Chủ "
                    "tịch Hồ Chí Minh.",
                    "Tổ chức triển khai và thực hiện có hiệu quả các phong trào thi đua yêu nước "
                    "gắn với các mục tiêu trọng tâm của Ngành năm 2023.",
                    "Phấn đấu hoàn thành các chỉ tiêu về an sinh xã hội và cải cách hành chính "
                    "(có biểu chi tiết kèm theo).",
                ],
                "item_style": "number",
            }
        ],
        "closing": [
            "Đề nghị các đơn vị triển khai thực hiện, báo cáo về Sở kết quả thực hiện phong "
            "trào thi đua năm 2023 để Sở tổng hợp báo cáo UBND tỉnh theo quy định./."
        ],
        "distribution": ["Như trên", "Sở Nội vụ", "Lãnh đạo Sở", "Lưu: VT, VP (TĐKT)"],
        "signer": {"authority": ["Giám đốc"], "name": "Nguyễn Tuấn Anh"},
    }


def danh_sach() -> dict[str, Any]:
    return {
        **_HEADER,
        "symbol": "DS-LĐTBXH",
        "doc_type": "Danh sách",
        "title": "Đăng ký danh hiệu thi đua năm 2026",
        "subtitle": "(Kèm theo Kế hoạch số 52/KH-LĐTBXH ngày 15/9/2021 của Sở)",
        "table": {
            "columns": ["STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu đăng ký", "Ghi chú"],
            "rows": [
                [1, "Phòng Lao động - Việc làm", "Sở", "Tập thể lao động xuất sắc", ""],
                [2, "Nguyễn Văn An", "Phòng Lao động - Việc làm", "Chiến sĩ thi đua cơ sở", ""],
                [3, "Trần Thị Bình", "Phòng Người có công", "Lao động tiên tiến", ""],
            ],
        },
        "closing": ["Danh sách gồm 03 lượt đăng ký./."],
        "distribution": ["Hội đồng TĐKT Sở", "Lưu: VT, VP"],
        "signer": _SIGNER,
    }


def bao_cao() -> dict[str, Any]:
    return {
        **_HEADER,
        "symbol": "BC-LĐTBXH",
        "doc_type": "Báo cáo",
        "title": "Tổng hợp kết quả thực hiện phong trào thi đua năm 2026",
        "preamble": ["Sở Lao động - Thương binh và Xã hội tổng hợp báo cáo của các đơn vị:"],
        "auto_number": True,
        "sections": [
            {
                "heading": "Tình hình gửi báo cáo",
                "level": 1,
                "table": {
                    "columns": ["STT", "Đơn vị", "Ngày gửi", "Tình trạng"],
                    "rows": [
                        [1, "Phòng Lao động - Việc làm", "10/12/2026", "Đúng hạn"],
                        [2, "Phòng Người có công", "", "Chưa gửi"],
                    ],
                },
            },
            {
                "heading": "Kết quả thực hiện chỉ tiêu",
                "level": 1,
                "table": {
                    "columns": ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ"],
                    "rows": [["Giải quyết việc làm (người)", 19400, 25870, "133,3 %"]],
                },
            },
        ],
        "closing": ["Trên đây là báo cáo tổng hợp của Sở./."],
        "distribution": ["Ban TĐKT tỉnh", "Lưu: VT, VP"],
        "signer": _SIGNER,
    }
