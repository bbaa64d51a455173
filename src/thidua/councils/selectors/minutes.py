"""Gather the two minutes of a closed meeting as plain JSON contexts (STYLE convention 12).

`bien_ban_hop_hoi_dong`: time, place, members present and absent, agenda, each item's result
(số phiếu, tỷ lệ %), conclusions, signatures of the secretary and the chair.
`bien_ban_kiem_phieu`: per nominee the ballots issued, returned and valid, yes, no, the share,
the threshold in words and the result; the members who abstained for a conflict of interest.
"""

from decimal import Decimal
from typing import Any

from django.utils import timezone

from thidua.councils.models import AgendaItem, Meeting
from thidua.councils.selectors.meetings import attendance_of, item_nominations, secretary_of
from thidua.documents.context import org_header
from thidua.nominations.models import Nomination
from thidua.rules.council import percent_text

SYMBOL = "BB-HĐTĐKT"

# The columns of the vote-count table (biên bản kiểm phiếu), also used by the sample context.
COUNT_COLUMNS = [
    "STT",
    "Người, tập thể được đề nghị",
    "Danh hiệu, hình thức",
    "Phát ra",
    "Thu về",
    "Hợp lệ",
    "Đồng ý",
    "Không đồng ý",
    "Tỷ lệ đồng ý (%)",
    "Kết quả",
]


def _header(meeting: Meeting) -> dict[str, Any]:
    council = meeting.council
    header = org_header(council.organization)
    return {
        "issuer_parent": council.organization.name,
        "issuer": council.name,
        "place": header["place"],
        "number": "",
        "symbol": SYMBOL,
        "issued_on": timezone.localtime(meeting.held_at).date().isoformat(),
        "doc_type": "Biên bản",
    }


def _when(meeting: Meeting) -> str:
    at = timezone.localtime(meeting.held_at)
    return (
        f"Vào hồi {at:%H} giờ {at:%M} ngày {at.day:02d} tháng {at.month:02d} năm {at.year}, "
        f"tại {meeting.place}"
    )


def _signers(meeting: Meeting) -> dict[str, Any]:
    secretary = secretary_of(meeting)
    chair = meeting.chair
    return {
        "signer_left": {"title": "THƯ KÝ", "name": secretary.name if secretary else ""},
        "signer_right": {
            "title": "CHỦ TỊCH HỘI ĐỒNG" if chair and chair.role == "chair" else "CHỦ TRÌ",
            "name": chair.name if chair else "",
        },
    }


def _percent(result: dict[str, Any]) -> str:
    return percent_text(Decimal(str(result.get("percent", 0))))


def _verdict(result: dict[str, Any]) -> str:
    if result.get("approved"):
        return "Đạt"
    if not result.get("quorum_met", True):
        return "Không đạt (không đủ số thành viên dự họp)"
    return "Không đạt"


def _items(meeting: Meeting) -> list[tuple[AgendaItem, list[Nomination]]]:
    items = meeting.items.select_related("dossier__organization", "dossier__round").order_by(
        "order", "id"
    )
    return [(item, item_nominations(item.dossier)) for item in items]


def _conflict_lines(item: AgendaItem) -> list[str]:
    return [f"{c['name']} ({c['reason']})" for c in item.conflicts]


def _attendance_section(meeting: Meeting) -> list[dict[str, Any]]:
    recorded = attendance_of(meeting)
    rows = sorted(recorded.values(), key=lambda a: (a.member.order, a.member_id))
    present = [a for a in rows if a.present]
    absent = [a for a in rows if not a.present]
    secretary = secretary_of(meeting)
    lines = [
        f"Chủ trì: {meeting.chair.name}, {meeting.chair.position}." if meeting.chair else "",
        f"Thư ký: {secretary.name}, {secretary.position}." if secretary else "",
        f"Số thành viên Hội đồng: {len(rows)}; có mặt: {len(present)}; vắng mặt: {len(absent)}.",
    ]
    table = {
        "columns": ["STT", "Họ và tên", "Chức vụ, đơn vị", "Chức danh trong Hội đồng"],
        "rows": [
            [str(i), a.member.name, a.member.position, a.member.get_role_display()]
            for i, a in enumerate(present, start=1)
        ],
    }
    absent_items = [
        f"{a.member.name}, {a.member.position}" + (f" (lý do: {a.note})" if a.note else "")
        for a in absent
    ]
    return [
        {"heading": "Thành phần tham dự", "level": 1, "paragraphs": [x for x in lines if x]},
        {"heading": "Thành viên có mặt", "level": 2, "table": table},
        {
            "heading": "Thành viên vắng mặt",
            "level": 2,
            "items": absent_items or ["Không có."],
        },
    ]


def meeting_minutes_context(meeting: Meeting) -> dict[str, Any]:
    items = _items(meeting)
    agenda = [
        f"Xét hồ sơ «{item.dossier.title}» của {item.dossier.organization.name} "
        f"({len(nominations)} người, tập thể được đề nghị)."
        for item, nominations in items
    ]
    results: list[dict[str, Any]] = [{"heading": "Kết quả biểu quyết", "level": 1}]
    for n, (item, nominations) in enumerate(items, start=1):
        results.append(_result_section(n, item, nominations))
    conclusions = meeting.conclusions.splitlines() or ["Hội đồng thống nhất kết quả như trên."]
    return {
        **_header(meeting),
        "title": f"Họp {meeting.council.name}",
        "subtitle": meeting.title,
        "auto_number": True,
        "preamble": [f"{_when(meeting)}, {meeting.council.name} họp {meeting.title}."],
        "sections": [
            *_attendance_section(meeting),
            {"heading": "Nội dung, chương trình", "level": 1, "items": agenda},
            *results,
            {"heading": "Kết luận", "level": 1, "paragraphs": conclusions},
        ],
        "closing": [
            "Phiên họp kết thúc cùng ngày. Biên bản đã được thông qua trước các thành viên "
            "Hội đồng dự họp."
        ],
        **_signers(meeting),
    }


def _result_section(n: int, item: AgendaItem, nominations: list[Nomination]) -> dict[str, Any]:
    paragraphs = [f"Hồ sơ của {item.dossier.organization.name}: {item.dossier.title}."]
    conflicts = _conflict_lines(item)
    if conflicts:
        paragraphs.append("Không bỏ phiếu do xung đột lợi ích: " + "; ".join(conflicts) + ".")
    rows = []
    for i, nomination in enumerate(nominations, start=1):
        result = nomination.vote_result or {}
        rows.append(
            [
                str(i),
                nomination.subject_name,
                nomination.award_type.name,
                f"{result.get('yes', 0)}/{result.get('base', 0)}",
                _percent(result),
                _verdict(result),
            ]
        )
    return {
        "heading": f"Nội dung {n}",
        "level": 2,
        "paragraphs": paragraphs,
        "table": {
            "columns": [
                "STT",
                "Người, tập thể được đề nghị",
                "Danh hiệu, hình thức",
                "Số phiếu đồng ý",
                "Tỷ lệ (%)",
                "Kết quả",
            ],
            "rows": rows,
        },
    }


def count_minutes_context(meeting: Meeting) -> dict[str, Any]:
    items = _items(meeting)
    sections = [_count_section(item, nominations) for item, nominations in items]
    at = timezone.localtime(meeting.held_at)
    return {
        **_header(meeting),
        "title": "Kiểm phiếu bầu kín",
        "subtitle": f"(Phiên họp {meeting.council.name} ngày {at:%d/%m/%Y})",
        "auto_number": True,
        "preamble": [
            f"{_when(meeting)}, {meeting.council.name} tiến hành kiểm phiếu bầu kín (bỏ phiếu "
            "điện tử) đối với các nội dung dưới đây. Phiếu bầu không gắn với người bỏ phiếu; "
            "mỗi thành viên tự kiểm tra phiếu của mình bằng mã xác nhận được cấp khi bỏ phiếu."
        ],
        "sections": sections,
        "closing": ["Biên bản kiểm phiếu được lập ngay sau khi kết thúc bỏ phiếu."],
        **_signers(meeting),
    }


def _count_section(item: AgendaItem, nominations: list[Nomination]) -> dict[str, Any]:
    first = nominations[0].vote_result if nominations else {}
    paragraphs = [
        f"Hồ sơ của {item.dossier.organization.name}: {item.dossier.title}.",
        f"Tổng số thành viên Hội đồng: {item.members or 0}; số thành viên có mặt: "
        f"{item.present or 0}; số phiếu phát ra: {first.get('ballots_issued', 0)}; số phiếu "
        f"thu về: {first.get('ballots_returned', 0)}; số phiếu hợp lệ: "
        f"{first.get('ballots_valid', 0)}.",
    ]
    conflicts = _conflict_lines(item)
    paragraphs.append(
        "Thành viên không bỏ phiếu do xung đột lợi ích: "
        + ("; ".join(conflicts) if conflicts else "không có")
        + "."
    )
    thresholds: dict[str, str] = {}
    rows = []
    for i, nomination in enumerate(nominations, start=1):
        r = nomination.vote_result or {}
        thresholds.setdefault(nomination.award_type.name, r.get("rule", ""))
        rows.append(
            [
                str(i),
                nomination.subject_name,
                nomination.award_type.name,
                str(r.get("ballots_issued", 0)),
                str(r.get("ballots_returned", 0)),
                str(r.get("ballots_valid", 0)),
                str(r.get("yes", 0)),
                str(r.get("no", 0)),
                _percent(r),
                _verdict(r),
            ]
        )
    paragraphs.append("Ngưỡng thông qua:")
    return {
        "heading": item.dossier.title,
        "level": 2,
        "paragraphs": paragraphs,
        "items": [f"{name}: {rule}." for name, rule in thresholds.items()],
        "table": {
            "columns": COUNT_COLUMNS,
            "rows": rows,
        },
    }
