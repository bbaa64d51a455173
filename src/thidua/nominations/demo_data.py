"""Texts and dates of the demo review rounds (nominations/demo.py). Everything is invented.

Dates are the days the steps happen on (the scenario clock of demo.py); the rounds follow
PROCESS.md steps 4–6 for Sở Nội vụ tỉnh Lào Cai.
"""

import datetime as dt
from dataclasses import dataclass

from thidua.core.demo import catalogue as cat

DEPARTMENT = cat.home_code("LCI")  # Sở Nội vụ tỉnh Lào Cai, the organiser


def unit(suffix: str) -> str:
    """A division or centre that came from the labour department (under Sở Nội vụ since 2025)."""
    return cat.labour_code("LCI", suffix)


NCC, BTXH, KHTC, PCTNXH, TTRA = (unit(s) for s in ("NCC", "BTXH", "KHTC", "PCTNXH", "TTRA"))

ROUND_2025 = "Xét khen thưởng tổng kết năm 2025"
ROUND_2026 = "Xét khen thưởng tổng kết năm 2026"
ROUND_NOTE = (
    "Các phòng, đơn vị thuộc Sở rà soát kết quả đánh giá, xếp loại và đăng ký thi đua của cá "
    "nhân, tập thể; lập hồ sơ đề nghị (tờ trình, báo cáo thành tích, biên bản họp bình xét) gửi "
    "về Sở (qua Văn phòng Sở – bộ phận Thi đua - Khen thưởng) đúng hạn."
)

# --- registrations (movements) ---------------------------------------------------------------

MOVEMENT_2025 = "Phong trào thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2025"
MOVEMENT_2025_LAUNCHED = dt.date(2025, 3, 10)  # after the two departments merged (01/03/2025)
REGISTRATION_2025 = (dt.date(2025, 3, 10), dt.date(2025, 3, 31))
REGISTERED_ON = {2025: dt.date(2025, 3, 24), 2026: dt.date(2026, 3, 20)}
ACCEPTED_ON = {2025: dt.date(2025, 3, 28), 2026: dt.date(2026, 3, 25)}
MOVEMENT_2025_CLOSED = dt.date(2026, 1, 15)
COMMITMENTS = (
    "Phấn đấu hoàn thành xuất sắc nhiệm vụ được giao; 100% cán bộ, công chức, viên chức, người "
    "lao động đăng ký thi đua, thực hiện tốt văn hóa công sở và cải cách hành chính."
)

# --- the council --------------------------------------------------------------------------------

COUNCIL_NAME = "Hội đồng Thi đua – Khen thưởng Sở Nội vụ tỉnh Lào Cai"
COUNCIL_BASIS = "Quyết định của Giám đốc Sở Nội vụ ngày 10/03/2025 (dữ liệu mẫu, giả định)"
TERM_START = dt.date(2025, 3, 10)


@dataclass(frozen=True)
class Seat:
    """A council seat: a demo account, or the first person (by CCCD) holding `position`
    in the unit `org`, who gets an account of their own (not printed by `make run`)."""

    role: str  # CouncilRole value
    account: str = ""
    org: str = ""
    position: str = ""
    title: str = ""  # the position printed on the council's list, when not the person's own
    order: int = 0


SEATS = (
    Seat("chair", account="lanhdao", title="Giám đốc Sở"),
    Seat("vice_chair", account="hoidong", title="Phó Giám đốc Sở"),
    Seat("member", org=DEPARTMENT, position="Phó Giám đốc", title="Phó Giám đốc Sở"),
    Seat("secretary", account="thuky", title="Chánh Văn phòng Sở"),
    Seat("member", org=cat.board_code("LCI"), position="Trưởng ban"),
    Seat("member", org=cat.home_code("LCI", "TCBC"), position="Trưởng phòng"),
    Seat("member", org=cat.home_code("LCI", "CCVC"), position="Trưởng phòng"),
    Seat("member", org=KHTC, position="Trưởng phòng"),
    Seat("member", org=TTRA, position="Chánh Thanh tra"),
    Seat(
        "member",
        org=cat.home_code("LCI", "VP"),
        position="Phó Chánh Văn phòng",
        title="Phó Chánh Văn phòng, Chủ tịch Công đoàn cơ quan Sở",
    ),
)
ABSENT_2025 = 9  # index in SEATS: the union chair was away on 18/12/2025
ABSENT_2026 = 8  # the chief inspector is on leave today
ABSENCE_NOTES = {ABSENT_2025: "Đi công tác (có báo cáo)", ABSENT_2026: "Nghỉ phép"}
MEETING_PLACE = "Phòng họp tầng 3, trụ sở Sở Nội vụ tỉnh Lào Cai"

# --- the closed round of 2025 -------------------------------------------------------------------

OPENED_2025 = dt.date(2025, 11, 3)
DEADLINES_2025 = {
    "submission_deadline": dt.date(2025, 12, 5),
    "appraisal_deadline": dt.date(2025, 12, 12),
    "council_deadline": dt.date(2025, 12, 19),
    "decision_deadline": dt.date(2026, 1, 15),
}
# unit → (day created, day submitted, day received, day appraised); all decided in the end
DOSSIERS_2025 = {
    NCC: (dt.date(2025, 11, 24), dt.date(2025, 12, 2), dt.date(2025, 12, 3), dt.date(2025, 12, 9)),
    BTXH: (
        dt.date(2025, 11, 25),
        dt.date(2025, 12, 3),
        dt.date(2025, 12, 4),
        dt.date(2025, 12, 10),
    ),
    KHTC: (
        dt.date(2025, 11, 26),
        dt.date(2025, 12, 4),
        dt.date(2025, 12, 5),
        dt.date(2025, 12, 10),
    ),
    PCTNXH: (
        dt.date(2025, 11, 27),
        dt.date(2025, 12, 5),
        dt.date(2025, 12, 5),
        dt.date(2025, 12, 11),
    ),
}
PROVINCIAL_DAYS = (
    dt.date(2025, 11, 28),
    dt.date(2025, 12, 2),
    dt.date(2025, 12, 3),
    dt.date(2025, 12, 9),
)
AGENDA_2025 = dt.date(2025, 12, 15)
MEETING_2025 = dt.datetime(2025, 12, 18, 8, 0)
MEETING_2025_TITLE = "Phiên họp xét khen thưởng tổng kết năm 2025"
CONCLUSIONS_2025 = (
    "Hội đồng thống nhất đề nghị Giám đốc Sở công nhận danh hiệu thi đua và tặng Giấy khen cho "
    "các cá nhân, tập thể đạt số phiếu theo quy định; đề nghị Chủ tịch UBND tỉnh xét tặng danh "
    "hiệu Chiến sĩ thi đua cấp tỉnh sau khi công khai lấy ý kiến. Không đề nghị các trường hợp "
    "không đạt tỷ lệ phiếu."
)
CONCLUDED_2025 = dt.date(2025, 12, 19)
NOTICE_2025 = dt.date(2025, 12, 19)
COMMENT_AT = dt.datetime(2025, 12, 23, 10, 15)
RESOLVED_AT = dt.datetime(2025, 12, 24, 15, 30)
DRAFTED_ON = dt.date(2025, 12, 22)
SIGNED_ON = dt.date(2025, 12, 26)
CERTIFICATES_ON = dt.date(2025, 12, 29)

COMMENT = {
    "name": "Nguyễn Văn Thành",
    "contact": "nvthanh@demo.thidua.invalid",
    "content": (
        "Đề nghị Sở làm rõ sáng kiến cấp tỉnh của đồng chí được đề nghị: sáng kiến đã được áp "
        "dụng ở những địa phương nào và hiệu quả ra sao?"
    ),
    "address": "203.0.113.25",  # documentation range (RFC 5737)
}
RESOLUTION = (
    "Đã xác minh với Phòng Người có công: sáng kiến được Chủ tịch UBND tỉnh công nhận tại Quyết "
    "định số 3318/QĐ-UBND ngày 20/12/2024, áp dụng tại 9 xã, phường năm 2025 (chi trả cho trên "
    "4.000 lượt người có công qua tài khoản). Đã trả lời người góp ý qua thư điện tử."
)
LETTER_SIGNER_AUTHORITY = ["GIÁM ĐỐC"]
ROUND_2025_CLOSED = "Đã ban hành quyết định khen thưởng và trình cấp trên; kết thúc đợt xét."

# --- the open round of 2026 ---------------------------------------------------------------------

OPENED_2026 = dt.date(2026, 11, 2)
SUBMISSION_2026 = dt.date(2026, 12, 15)
LATER_STEPS_2026 = {  # days after the submission deadline
    "appraisal_deadline": 7,
    "council_deadline": 14,
    "decision_deadline": 21,
}
DRAFT_CREATED_2026 = dt.date(2026, 11, 16)  # Phòng Người có công: vanthu's draft
# unit → the days of its moves so far (created, submitted, received, appraised, agenda)
DOSSIERS_2026 = {
    PCTNXH: (dt.date(2026, 11, 12), dt.date(2026, 11, 17)),
    TTRA: (dt.date(2026, 11, 9), dt.date(2026, 11, 13), dt.date(2026, 11, 16)),
    KHTC: (
        dt.date(2026, 11, 6),
        dt.date(2026, 11, 12),
        dt.date(2026, 11, 13),
        dt.date(2026, 11, 18),
    ),
    BTXH: (
        dt.date(2026, 11, 5),
        dt.date(2026, 11, 10),
        dt.date(2026, 11, 11),
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 19),
    ),
}
MEETING_2026_TITLE = "Phiên họp xét khen thưởng năm 2026 (đợt 1)"
MEETING_2026_CREATED = dt.date(2026, 11, 19)
DRAFT_LDTT_2026 = 6  # candidates vanthu already took from «Gợi ý từ điều kiện»
VOTED_2026 = (0, 2, 4, 5, 6)  # seats that have already voted (not hoidong, seat 1)

# --- dossier texts ------------------------------------------------------------------------------

DOSSIER_TITLE = "Đề nghị công nhận danh hiệu thi đua và khen thưởng năm {year} – {unit}"
PROVINCIAL_TITLE = "Đề nghị xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm {year} – {unit}"
SUMMARIES = {
    "LDTT": (
        "Hoàn thành tốt nhiệm vụ được giao năm {year}; chấp hành tốt chủ trương của Đảng, chính "
        "sách, pháp luật của Nhà nước; tích cực học tập nâng cao trình độ chuyên môn."
    ),
    "CSTDCS": (
        "Hoàn thành xuất sắc nhiệm vụ năm {year}; có sáng kiến được công nhận, áp dụng hiệu quả "
        "tại đơn vị; là tấm gương tiêu biểu trong phong trào thi đua của Sở."
    ),
    "TTLDTT": (
        "Tập thể hoàn thành tốt nhiệm vụ năm {year}; trên 50% cá nhân đạt danh hiệu Lao động "
        "tiên tiến; nội bộ đoàn kết, không có cá nhân bị kỷ luật."
    ),
    "CSTD_TINH": (
        "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2023–2025); chủ trì sáng kiến "
        "cấp tỉnh về chi trả chế độ người có công không dùng tiền mặt, áp dụng rộng rãi trên "
        "địa bàn tỉnh."
    ),
    "GIAY_KHEN": (
        "Có thành tích xuất sắc trong đợt cao điểm chi trả trợ cấp, thăm hỏi người có công dịp "
        "kỷ niệm Ngày Thương binh - Liệt sĩ 27/7/{year}."
    ),
}
JUSTIFICATION = (
    "Năm {year} được xếp loại hoàn thành nhiệm vụ do nghỉ điều trị dài ngày; trước và sau thời "
    "gian điều trị đã hoàn thành khối lượng lớn hồ sơ tồn đọng. Đơn vị đề nghị Hội đồng xem xét."
)
APPRAISAL_DISAGREE = (
    "Chưa đạt tiêu chuẩn: xếp loại năm {year} là hoàn thành nhiệm vụ (cần từ hoàn thành tốt "
    "nhiệm vụ trở lên); đề nghị Hội đồng cân nhắc."
)
