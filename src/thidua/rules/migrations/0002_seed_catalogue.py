"""Seed the catalogue from ../shared/domain/RULES.md (tags [V]/[S]/[U]/[OLD] kept per row).

Data only, through apps.get_model; the reverse removes exactly the seeded rows.
"""

import datetime as dt
from decimal import Decimal

from django.db import migrations

D = dt.date
LAW_2022 = D(2024, 1, 1)  # Luật 06/2022/QH15 in force
ND91 = (D(2017, 7, 31), D(2023, 12, 31))
ND98 = (D(2024, 1, 1), D(2025, 6, 30))
ND152 = (D(2025, 7, 1), None)
LAW = "Luật 06/2022/QH15"
OLD_LAW = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); Nghị định 91/2017/NĐ-CP"
OLD_DISQ = (
    "Nghị định 91/2017/NĐ-CP và hướng dẫn (quy định cũ); "
    "TT 01/2024/TT-BNV, TT 15/2025/TT-BNV chưa xác minh"
)

TITLE_DOSSIER = ["Tờ trình", "Báo cáo thành tích", "Biên bản bình xét thi đua"]
INITIATIVE_PROOF = "Giấy chứng nhận hoặc xác nhận sáng kiến, đề tài khoa học"
FORM_DOSSIER = [
    "Tờ trình",
    "Báo cáo thành tích",
    "Biên bản xét khen thưởng",
    "Xác nhận thành tích đặc biệt, sáng kiến (nếu có)",
]
CA, TT, HGD = "ca_nhan", "tap_the", "ho_gia_dinh"

# code, name, kind, level, subjects, decider, legal basis, tag, criteria, dossier
AWARD_TYPES = [
    ("LDTT", "Lao động tiên tiến", "title", "co_so", [CA], "giam_doc_so", f"{LAW}, Điều 24", "V",
     "Hoàn thành tốt nhiệm vụ trở lên; tự lực, đoàn kết, tích cực tham gia phong trào thi đua. "
     "Không xét người mới tuyển dụng dưới 10 tháng, người bị kỷ luật từ khiển trách trở lên "
     "(quy định cũ, theo quy chế địa phương).", TITLE_DOSSIER),
    ("CSTT", "Chiến sĩ tiên tiến", "title", "co_so", [CA], "khac", f"{LAW}, Điều 24", "V",
     "Danh hiệu tương đương Lao động tiên tiến trong lực lượng vũ trang.", TITLE_DOSSIER),
    ("CSTDCS", "Chiến sĩ thi đua cơ sở", "title", "co_so", [CA], "giam_doc_so", f"{LAW}, Điều 23", "V",
     "Đạt tiêu chuẩn Lao động tiên tiến và có một trong: hoàn thành xuất sắc nhiệm vụ; sáng kiến "
     "được công nhận cấp cơ sở; đề tài khoa học đã nghiệm thu. Từ 2024 sáng kiến không bắt buộc.",
     [*TITLE_DOSSIER, INITIATIVE_PROOF]),
    ("CSTD_TINH", "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "title", "tinh", [CA],
     "chu_tich_ubnd_tinh", f"{LAW}, Điều 22", "V",
     "Tiêu biểu, chọn trong số những người có 03 lần liên tục đạt Chiến sĩ thi đua cơ sở; có sáng "
     "kiến, đề tài được công nhận hiệu quả áp dụng và khả năng nhân rộng trong phạm vi tỉnh.",
     [*TITLE_DOSSIER, INITIATIVE_PROOF, "Xác nhận hiệu quả, phạm vi ảnh hưởng cấp tỉnh"]),
    ("CSTD_TQ", "Chiến sĩ thi đua toàn quốc", "title", "trung_uong", [CA], "thu_tuong",
     f"{LAW}, Điều 21", "V",
     "Tiêu biểu, chọn trong số những người có 02 lần liên tục đạt Chiến sĩ thi đua cấp tỉnh; sáng "
     "kiến, đề tài có phạm vi ảnh hưởng toàn quốc.",
     [*TITLE_DOSSIER, INITIATIVE_PROOF, "Kết quả lấy ý kiến công khai"]),
    ("TTLDTT", "Tập thể lao động tiên tiến", "title", "co_so", [TT], "giam_doc_so",
     f"{LAW}, Điều 28", "U",
     "Hoàn thành tốt nhiệm vụ; phong trào thi đua thường xuyên, hiệu quả; trên 50% cá nhân đạt Lao "
     "động tiên tiến; không có cá nhân bị kỷ luật từ cảnh cáo trở lên; nội bộ đoàn kết.",
     TITLE_DOSSIER),
    ("TTLDXS", "Tập thể lao động xuất sắc", "title", "tinh", [TT], "chu_tich_ubnd_tinh",
     f"{LAW}, Điều 27", "V",
     "Hoàn thành xuất sắc nhiệm vụ; 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên "
     "tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở; nội bộ đoàn kết, gương mẫu chấp hành pháp luật.",
     TITLE_DOSSIER),
    ("CO_THI_DUA_TINH", "Cờ thi đua cấp bộ, ban, ngành, tỉnh", "title", "tinh", [TT],
     "chu_tich_ubnd_tinh", f"{LAW}, Điều 26", "V",
     "Tập thể tiêu biểu dẫn đầu phong trào thi đua của khối, cụm thi đua; hoàn thành vượt chỉ tiêu.",
     TITLE_DOSSIER),
    ("CO_THI_DUA_CP", "Cờ thi đua của Chính phủ", "title", "trung_uong", [TT], "thu_tuong",
     f"{LAW}, Điều 25", "U",
     "Tập thể tiêu biểu xuất sắc nhất trong phong trào thi đua của bộ, ngành, tỉnh.", TITLE_DOSSIER),
    ("GIA_DINH_VAN_HOA", "Gia đình văn hóa", "title", "co_so", [HGD], "chu_tich_ubnd_xa",
     "Nghị định 86/2023/NĐ-CP; Luật 06/2022/QH15, Điều 80 khoản 3", "V",
     "Theo khung tiêu chuẩn của Nghị định 86/2023/NĐ-CP.", []),
    ("THON_VAN_HOA", "Thôn, tổ dân phố văn hóa", "title", "co_so", [TT], "khac",
     "Nghị định 86/2023/NĐ-CP", "U",
     "Theo khung tiêu chuẩn của Nghị định 86/2023/NĐ-CP; thẩm quyền sau 01/07/2025 chưa xác minh.", []),
    ("GIAY_KHEN", "Giấy khen", "form", "co_so", [CA, TT, HGD], "giam_doc_so", f"{LAW}, Điều 75",
     "V", "Tiêu chuẩn chi tiết do bộ, ngành, tỉnh quy định (Điều 75 khoản 2): xem thiết lập của tỉnh.",
     FORM_DOSSIER),
    ("BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "form", "tinh", [CA, TT, HGD],
     "chu_tich_ubnd_tinh", f"{LAW}, Điều 74", "V",
     "Cá nhân (điểm d): 02 lần liên tục Chiến sĩ thi đua cơ sở hoặc 02 năm liên tục trở lên hoàn "
     "thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu "
     "quả cấp cơ sở.", FORM_DOSSIER),
    ("BANG_KHEN_BO", "Bằng khen của Bộ trưởng", "form", "tinh", [CA, TT, HGD], "bo_truong",
     f"{LAW}, Điều 74", "V", "Như Bằng khen cấp tỉnh, do bộ, ngành trung ương tặng.", FORM_DOSSIER),
    ("BANG_KHEN_TTG", "Bằng khen của Thủ tướng Chính phủ", "form", "trung_uong", [CA, TT],
     "thu_tuong", f"{LAW}, Điều 73", "V",
     "Cá nhân (điểm b): đã được tặng Bằng khen cấp bộ, tỉnh, 05 năm tiếp theo trở lên liên tục hoàn "
     "thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần Chiến sĩ thi đua cơ sở.", FORM_DOSSIER),
    ("HUAN_CHUONG_LD_BA", "Huân chương Lao động hạng Ba", "form", "trung_uong", [CA, TT],
     "chu_tich_nuoc", f"{LAW}, Điều 44", "V",
     "Cá nhân (điểm e): đã được tặng Bằng khen của Thủ tướng, 05 năm tiếp theo trở lên liên tục hoàn "
     "thành tốt nhiệm vụ trở lên, trong đó có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ và 03 lần "
     "Chiến sĩ thi đua cơ sở.", [*FORM_DOSSIER, "Kết quả lấy ý kiến công khai"]),
    ("HUAN_CHUONG_LD_NHI", "Huân chương Lao động hạng Nhì", "form", "trung_uong", [CA, TT],
     "chu_tich_nuoc", f"{LAW}, Điều 43", "U",
     "Đã có Huân chương Lao động hạng Ba và thêm thời gian thành tích từ 05 năm (chưa xác minh).",
     FORM_DOSSIER),
    ("HUAN_CHUONG_LD_NHAT", "Huân chương Lao động hạng Nhất", "form", "trung_uong", [CA, TT],
     "chu_tich_nuoc", f"{LAW}, Điều 42", "U",
     "Đã có Huân chương Lao động hạng Nhì và thêm thời gian thành tích từ 05 năm (chưa xác minh).",
     FORM_DOSSIER),
    ("HUAN_CHUONG_DL_BA", "Huân chương Độc lập hạng Ba", "form", "trung_uong", [CA, TT],
     "chu_tich_nuoc", LAW, "U", "", FORM_DOSSIER),
    ("HUAN_CHUONG_DL_NHI", "Huân chương Độc lập hạng Nhì", "form", "trung_uong", [CA, TT],
     "chu_tich_nuoc", LAW, "U", "", FORM_DOSSIER),
    ("HUAN_CHUONG_DL_NHAT", "Huân chương Độc lập hạng Nhất", "form", "trung_uong", [CA, TT],
     "chu_tich_nuoc", LAW, "U", "", FORM_DOSSIER),
    ("ANH_HUNG_LD", "Anh hùng Lao động", "form", "trung_uong", [CA, TT], "chu_tich_nuoc", LAW, "U",
     "Lấy ý kiến nhân dân 10 ngày làm việc trước khi trình.", FORM_DOSSIER),
    ("KY_NIEM_CHUONG", "Kỷ niệm chương", "form", "tinh", [CA], "khac", LAW, "U",
     "Tiêu chuẩn và niên hạn do cơ quan ban hành quy định.", []),
    ("HUY_HIEU", "Huy hiệu", "form", "tinh", [CA], "khac", "Nghị định 98/2023/NĐ-CP, Điều 54", "U",
     "Kèm theo danh hiệu Chiến sĩ thi đua toàn quốc, cấp tỉnh; không xét riêng.", []),
    ("SANG_KIEN_CO_SO", "Sáng kiến được công nhận cấp cơ sở", "initiative", "co_so", [CA], "khac",
     f"{LAW}, Điều 3 khoản 4", "V", "Thống kê; nhập vào danh sách sáng kiến.", []),
    ("SANG_KIEN_TINH", "Sáng kiến được công nhận cấp tỉnh", "initiative", "tinh", [CA], "khac",
     f"{LAW}, Điều 22", "V", "Thống kê; nhập vào danh sách sáng kiến.", []),
    ("SANG_KIEN_TQ", "Sáng kiến được công nhận toàn quốc", "initiative", "trung_uong", [CA], "khac",
     f"{LAW}, Điều 21", "V", "Thống kê; nhập vào danh sách sáng kiến.", []),
]

# rule, award, subject, name, legal basis, (from, to), params, tag, note
RULE_VERSIONS = [
    ("LDTT.rating", "LDTT", CA, "Xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên",
     f"{LAW}, Điều 24 khoản 1 điểm a", (LAW_2022, None), {"min_rating": "good"}, "V", ""),
    ("LDTT.rating", "LDTT", CA, "Xếp loại từ «Hoàn thành tốt nhiệm vụ» trở lên", OLD_LAW, ND91,
     {"min_rating": "good"}, "OLD", ""),
    ("LDTT.new_recruit", "LDTT", CA, "Không phải người mới tuyển dụng dưới 10 tháng", OLD_DISQ,
     (ND91[0], None), {"min_months": 10}, "OLD",
     "RULES.md §2.1: loại trừ người mới tuyển dụng dưới 10 tháng (quy định cũ, nhiều tỉnh vẫn áp dụng)."),
    ("LDTT.discipline", "LDTT", CA, "Không bị kỷ luật từ hình thức khiển trách trở lên trong năm",
     OLD_DISQ, (ND91[0], None), {"min_form": "reprimand", "basis": "decided"}, "OLD",
     "basis = decided: kỷ luật có hiệu lực từ trong năm; in_force: còn hiệu lực vào bất kỳ lúc nào trong năm."),
    ("CSTDCS.ldtt", "CSTDCS", CA, "Đạt tiêu chuẩn danh hiệu «Lao động tiên tiến»",
     f"{LAW}, Điều 23 khoản 1", (LAW_2022, None), {"title": "LDTT"}, "V", ""),
    ("CSTDCS.ldtt", "CSTDCS", CA, "Đạt tiêu chuẩn danh hiệu «Lao động tiên tiến»", OLD_LAW, ND91,
     {"title": "LDTT"}, "OLD", ""),
    ("CSTDCS.achievement", "CSTDCS", CA,
     "Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài được công nhận cấp cơ sở",
     f"{LAW}, Điều 23 khoản 2", (LAW_2022, None), {"require": "any", "min_level": "co_so"}, "V",
     "Từ 01/01/2024 sáng kiến không bắt buộc."),
    ("CSTDCS.achievement", "CSTDCS", CA, "Có sáng kiến, đề tài được công nhận cấp cơ sở (bắt buộc)",
     OLD_LAW, ND91, {"require": "initiative", "min_level": "co_so"}, "OLD", ""),
    ("CSTDCS.amendment_2026", "CSTDCS", CA,
     "Hoàn thành xuất sắc nhiệm vụ và có sáng kiến, đề tài (Luật sửa đổi 2026)",
     "Luật 06/2026/QH16 (sửa đổi, bổ sung Luật TĐKT) — theo dự thảo, văn bản chính thức chưa đối chiếu",
     (D(2026, 10, 1), None), {"require": "both", "min_level": "co_so"}, "U",
     "Hồ sơ nhận trước 01/10/2026 áp dụng luật 2022 trừ khi quy định mới có lợi hơn (RULES.md §1)."),
    ("CSTD_TINH.chain", "CSTD_TINH", CA, "03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở",
     f"{LAW}, Điều 22 khoản 1", (LAW_2022, None), {"years": 3}, "V", ""),
    ("CSTD_TINH.initiative", "CSTD_TINH", CA,
     "Sáng kiến, đề tài được công nhận hiệu quả và khả năng nhân rộng trong phạm vi tỉnh",
     f"{LAW}, Điều 22 khoản 2", (LAW_2022, None), {"min_level": "tinh", "window": 3}, "V",
     "Dùng sáng kiến của năm trước trong chuỗi 3 năm: chưa xác minh (RULES.md §2.3)."),
    ("CSTD_TQ.chain", "CSTD_TQ", CA, "02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh",
     f"{LAW}, Điều 21 khoản 1", (LAW_2022, None), {"count": 2, "cycle": 3}, "V",
     "Hai lần liên tục = hai chu kỳ 3 năm kế tiếp nhau (cycle)."),
    ("CSTD_TQ.initiative", "CSTD_TQ", CA, "Sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc",
     f"{LAW}, Điều 21 khoản 2", (LAW_2022, None), {"min_level": "toan_quoc", "window": 6}, "V", ""),
    ("TTLDTT.rating", "TTLDTT", TT, "Hoàn thành tốt nhiệm vụ và kế hoạch được giao",
     f"{LAW}, Điều 28 (nội dung theo quy định cũ)", (ND91[0], None), {"min_rating": "good"}, "U", ""),
    ("TTLDTT.members_ldtt", "TTLDTT", TT, "Có trên 50% cá nhân đạt danh hiệu Lao động tiên tiến",
     f"{LAW}, Điều 28 (nội dung theo quy định cũ)", (ND91[0], None),
     {"min_share": 0.5, "strict": True}, "U", ""),
    ("TTLDTT.discipline", "TTLDTT", TT, "Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
     f"{LAW}, Điều 28 (nội dung theo quy định cũ)", (ND91[0], None),
     {"min_form": "warning", "basis": "decided"}, "U",
     "Điều 27 (TTLĐXS) năm 2022 đã bỏ điều kiện này; Điều 28 chưa đối chiếu (RULES.md §10.13)."),
    ("TTLDXS.rating", "TTLDXS", TT, "Hoàn thành xuất sắc nhiệm vụ", f"{LAW}, Điều 27 điểm a",
     (LAW_2022, None), {"min_rating": "excellent"}, "V", ""),
    ("TTLDXS.members_complete", "TTLDXS", TT, "100% cá nhân hoàn thành nhiệm vụ",
     f"{LAW}, Điều 27 điểm c", (LAW_2022, None), {"min_share": 1.0}, "V", ""),
    ("TTLDXS.members_ldtt", "TTLDXS", TT, "Có ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến",
     f"{LAW}, Điều 27 điểm c", (LAW_2022, None), {"min_share": 0.7, "strict": False}, "V", ""),
    ("TTLDXS.cstdcs", "TTLDXS", TT, "Có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở",
     f"{LAW}, Điều 27 điểm d", (LAW_2022, None), {"min_count": 1}, "V", ""),
    ("CO_THI_DUA_TINH.rating", "CO_THI_DUA_TINH", TT, "Hoàn thành xuất sắc, vượt chỉ tiêu của năm",
     f"{LAW}, Điều 26 khoản 1 (nội dung chưa đối chiếu)", (LAW_2022, None),
     {"min_rating": "excellent"}, "U", ""),
    ("CO_THI_DUA_TINH.bloc", "CO_THI_DUA_TINH", TT, "Dẫn đầu phong trào thi đua của khối, cụm thi đua",
     f"{LAW}, Điều 26; Thông tư 29/2023/TT-BGDĐT, Điều 4 khoản 2", (LAW_2022, None), {}, "V",
     "Cần kết quả bình xét, suy tôn của khối, cụm thi đua."),
    ("BANG_KHEN_TINH.chain", "BANG_KHEN_TINH", CA,
     "02 lần liên tục Chiến sĩ thi đua cơ sở, hoặc 02 năm liên tục trở lên hoàn thành xuất sắc nhiệm vụ",
     f"{LAW}, Điều 74 khoản 1 điểm d", (LAW_2022, None), {"years": 2}, "V", ""),
    ("BANG_KHEN_TINH.initiatives", "BANG_KHEN_TINH", CA,
     "Trong thời gian đó có 02 sáng kiến, đề tài được công nhận và áp dụng hiệu quả cấp cơ sở",
     f"{LAW}, Điều 74 khoản 1 điểm d", (LAW_2022, None), {"years": 2, "count": 2, "min_level": "co_so"},
     "V", ""),
    ("BANG_KHEN_TINH.collective", "BANG_KHEN_TINH", TT, "02 năm liên tục hoàn thành xuất sắc nhiệm vụ",
     f"{LAW}, Điều 74 khoản 2 (nội dung chưa đối chiếu)", (LAW_2022, None),
     {"years": 2, "min_rating": "excellent"}, "U", ""),
    ("BANG_KHEN_TTG.prior", "BANG_KHEN_TTG", CA, "Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh",
     f"{LAW}, Điều 73 khoản 1 điểm b", (LAW_2022, None),
     {"titles": ["BANG_KHEN_TINH", "BANG_KHEN_BO"]}, "V", ""),
    ("BANG_KHEN_TTG.years", "BANG_KHEN_TTG", CA,
     "05 năm tiếp theo trở lên liên tục hoàn thành tốt nhiệm vụ trở lên",
     f"{LAW}, Điều 73 khoản 1 điểm b", (LAW_2022, None),
     {"titles": ["BANG_KHEN_TINH", "BANG_KHEN_BO"], "years": 5, "min_rating": "good", "min_excellent": 0},
     "V", ""),
    ("BANG_KHEN_TTG.cstdcs", "BANG_KHEN_TTG", CA, "Trong thời gian đó có 03 lần Chiến sĩ thi đua cơ sở",
     f"{LAW}, Điều 73 khoản 1 điểm b", (LAW_2022, None),
     {"titles": ["BANG_KHEN_TINH", "BANG_KHEN_BO"], "years": 5, "min_rating": "good", "count": 3},
     "V", ""),
    ("HUAN_CHUONG_LD_BA.prior", "HUAN_CHUONG_LD_BA", CA, "Đã được tặng Bằng khen của Thủ tướng Chính phủ",
     f"{LAW}, Điều 44 khoản 1 điểm e", (LAW_2022, None), {"titles": ["BANG_KHEN_TTG"]}, "V", ""),
    ("HUAN_CHUONG_LD_BA.years", "HUAN_CHUONG_LD_BA", CA,
     "05 năm tiếp theo trở lên liên tục hoàn thành tốt nhiệm vụ trở lên, có ít nhất 01 năm hoàn "
     "thành xuất sắc nhiệm vụ", f"{LAW}, Điều 44 khoản 1 điểm e", (LAW_2022, None),
     {"titles": ["BANG_KHEN_TTG"], "years": 5, "min_rating": "good", "min_excellent": 1}, "V", ""),
    ("HUAN_CHUONG_LD_BA.cstdcs", "HUAN_CHUONG_LD_BA", CA,
     "Trong thời gian đó có 03 lần Chiến sĩ thi đua cơ sở", f"{LAW}, Điều 44 khoản 1 điểm e",
     (LAW_2022, None), {"titles": ["BANG_KHEN_TTG"], "years": 5, "min_rating": "good", "count": 3},
     "V", ""),
]

ND91_BASIS = "Nghị định 91/2017/NĐ-CP (quy định cũ)"
ND98_TITLES = "Nghị định 98/2023/NĐ-CP, Điều 54"
ND98_ORDERS = "Nghị định 98/2023/NĐ-CP, Điều 55"
ND152_BASIS = "Nghị định 152/2025/NĐ-CP"
ND98_UNSEEN = "Mức của NĐ 98/2023 chưa xác minh; tạm dùng mức của NĐ 152/2025."

# code, subject, coefficient, multiplier, {period: (tag, legal basis, note)}
COEFFICIENTS = [
    ("LDTT", CA, "0.3", "1", "V", "V", "OLD"),
    ("CSTT", CA, "0.3", "1", "V", "V", "OLD"),
    ("CSTDCS", CA, "1.0", "1", "V", "V", "OLD"),
    ("CSTD_TINH", CA, "3.0", "1", "V", "V", "OLD"),
    ("CSTD_TQ", CA, "4.5", "1", "V", "V", "OLD"),
    ("TTLDTT", TT, "0.8", "1", "V", "V", "OLD"),
    ("TTLDXS", TT, "1.5", "1", "V", "V", "OLD"),
    ("THON_VAN_HOA", TT, "1.5", "1", "V", "V", None),
    ("CO_THI_DUA_TINH", TT, "8.0", "1", "V", "V", "OLD"),
    ("CO_THI_DUA_CP", TT, "12.0", "1", "V", "V", "OLD"),
    ("HUAN_CHUONG_LD_NHAT", CA, "9.0", "1", "V", "U", "OLD"),
    ("HUAN_CHUONG_LD_NHAT", TT, "9.0", "2", "V", "U", "OLD"),
    ("HUAN_CHUONG_LD_NHI", CA, "7.5", "1", "V", "U", "OLD"),
    ("HUAN_CHUONG_LD_NHI", TT, "7.5", "2", "V", "U", "OLD"),
    ("HUAN_CHUONG_LD_BA", CA, "4.5", "1", "V", "U", "OLD"),
    ("HUAN_CHUONG_LD_BA", TT, "4.5", "2", "V", "U", "OLD"),
    ("BANG_KHEN_TTG", CA, "3.5", "1", "U", "V", None),
    ("BANG_KHEN_TTG", TT, "3.5", "2", "U", "U", None),
    ("BANG_KHEN_TINH", CA, "1.5", "1", "U", "V", None),
    ("BANG_KHEN_TINH", TT, "1.5", "2", "U", "U", None),
    ("BANG_KHEN_BO", CA, "1.5", "1", "U", "V", None),
    ("BANG_KHEN_BO", TT, "1.5", "2", "U", "U", None),
    ("GIAY_KHEN", CA, "0.3", "1", "U", "U", "OLD"),
    ("GIAY_KHEN", TT, "0.3", "2", "U", "U", "OLD"),
    ("KY_NIEM_CHUONG", CA, "0.6", "1", "U", "V", None),
]
# Under ND 91 the Bằng khen of a province or ministry was 1.0 × MLCS (RULES.md §4.2).
ND91_OVERRIDES = {("BANG_KHEN_TINH", CA): "1.0", ("BANG_KHEN_TINH", TT): "1.0",
                  ("BANG_KHEN_BO", CA): "1.0", ("BANG_KHEN_BO", TT): "1.0"}
ND91_EXTRA = [("BANG_KHEN_TINH", CA), ("BANG_KHEN_TINH", TT), ("BANG_KHEN_BO", CA), ("BANG_KHEN_BO", TT)]

BASE_SALARIES = [
    (D(2019, 7, 1), 1_490_000, "Nghị định 38/2019/NĐ-CP", "OLD", ""),
    (D(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP", "V", ""),
    (D(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2", "V", ""),
    (D(2026, 7, 1), 2_530_000, "Nghị định 161/2026/NĐ-CP", "S",
     "Chỉ thấy trong một số dự án tính lương (RULES.md §5.2); chưa đối chiếu văn bản chính thức."),
]

DEFAULT_SETTING = {
    "year": 2017,
    "quotas": [],
    "council": {
        "CSTD_TINH": {"approval": 0.9, "secret_ballot": True, "of": "all_members"},
        "CSTD_TQ": {"approval": 0.9, "secret_ballot": True, "of": "all_members"},
        "ANH_HUNG_LD": {"approval": 0.9, "secret_ballot": True, "of": "all_members"},
    },
    "giay_khen_criteria": (
        "Theo quy chế thi đua, khen thưởng của tỉnh (Luật 06/2022/QH15, Điều 75 khoản 2). Thường gặp "
        "(chưa xác minh): cá nhân hoàn thành tốt nhiệm vụ trở lên và có thành tích được bình xét trong "
        "phong trào thi đua hoặc thành tích đột xuất; tập thể hoàn thành tốt nhiệm vụ trở lên, nội bộ "
        "đoàn kết."
    ),
    "rounding": "ceil",
    "note": (
        "Mặc định toàn quốc: không có tỷ lệ khống chế quốc gia (RULES.md §10.10). Ngưỡng Hội đồng theo "
        "NĐ 91/2017 Điều 45 khoản 8 (quy định cũ; ND 98/152 chưa xác minh). Làm tròn: «làm tròn số lên "
        "hàng chục nghìn đồng» (NĐ 98/2023)."
    ),
}


def seed(apps, schema_editor):
    AwardType = apps.get_model("rules", "AwardType")
    RuleVersion = apps.get_model("rules", "RuleVersion")
    RewardCoefficient = apps.get_model("rules", "RewardCoefficient")
    BaseSalary = apps.get_model("rules", "BaseSalary")
    ProvinceSetting = apps.get_model("rules", "ProvinceSetting")
    types = {}
    for order, row in enumerate(AWARD_TYPES, start=1):
        code, name, kind, level, subjects, decider, basis, tag, criteria, dossier = row
        types[code] = AwardType.objects.create(
            code=code, name=name, kind=kind, level=level, subjects=subjects, decider=decider,
            legal_basis=basis, tag=tag, criteria=criteria, dossier=dossier, order=order * 10,
        )
    for rule, award, subject, name, basis, (start, end), params, tag, note in RULE_VERSIONS:
        RuleVersion.objects.create(
            award_type=types[award], rule=rule, subject=subject, name=name, legal_basis=basis,
            effective_from=start, effective_to=end, params=params, tag=tag, note=note,
        )
    for code, subject, coef, mult, tag98, tag152, tag91 in COEFFICIENTS:
        periods = [
            (ND98, tag98, ND98_ORDERS if code.startswith("HUAN") else ND98_TITLES,
             ND98_UNSEEN if tag98 == "U" else ""),
            (ND152, tag152, ND152_BASIS, "Mức của NĐ 152/2025 được giả định không đổi." if tag152 == "U" else ""),
        ]
        if tag91 or (code, subject) in ND91_EXTRA:
            periods.append((ND91, "OLD", ND91_BASIS, "Quy định cũ, chưa đối chiếu văn bản."))
        for (start, end), tag, basis, note in periods:
            value = ND91_OVERRIDES.get((code, subject), coef) if (start, end) == ND91 else coef
            RewardCoefficient.objects.create(
                award_type=types[code], subject=subject, coefficient=Decimal(value),
                multiplier=Decimal(mult), effective_from=start, effective_to=end,
                legal_basis=basis, tag=tag, note=note,
            )
    for start, amount, basis, tag, note in BASE_SALARIES:
        BaseSalary.objects.create(
            effective_from=start, amount=amount, legal_basis=basis, tag=tag, note=note
        )
    ProvinceSetting.objects.create(province=None, **DEFAULT_SETTING)


def unseed(apps, schema_editor):
    AwardType = apps.get_model("rules", "AwardType")
    codes = [row[0] for row in AWARD_TYPES]
    apps.get_model("rules", "ProvinceSetting").objects.filter(
        province__isnull=True, year=DEFAULT_SETTING["year"]
    ).delete()
    apps.get_model("rules", "BaseSalary").objects.filter(
        effective_from__in=[row[0] for row in BASE_SALARIES]
    ).delete()
    apps.get_model("rules", "RewardCoefficient").objects.filter(award_type__code__in=codes).delete()
    apps.get_model("rules", "RuleVersion").objects.filter(award_type__code__in=codes).delete()
    AwardType.objects.filter(code__in=codes, records__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("rules", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
