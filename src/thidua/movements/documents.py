"""Gather the context of a movement's official documents (docs/documents.md schema).

Selectors only: each function reads the movement and returns the plain JSON the documents
app stores and renders (`thidua.documents.services.document_request`):

* `plan_context`: the plan (Kế hoạch, `ke_hoach`) as seed 002 lays it out;
* `letter_context`: the launch letter (Công văn, `cong_van`) as seed 000;
* `registration_list_context`: the registration list (`danh_sach`);
* `report_summary_context`: the office's summary of the units' reports (`bao_cao`).
"""

import datetime as dt
import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.utils import timezone

from thidua.core.formats import format_date, format_number
from thidua.documents.context import org_header
from thidua.movements.models import Movement, RegistrationPeriod, SubjectKind
from thidua.movements.rules import achievement
from thidua.movements.selectors.registrations import ListRow
from thidua.movements.selectors.reports import Summary, due_label
from thidua.organizations.models import Organization, OrgKind
from thidua.organizations.selectors import org_version_on

# "Trưởng phòng" signs for a division, "Giám đốc" for a department or a centre.
_AUTHORITY: dict[str, str] = {
    OrgKind.PROVINCIAL_COMMITTEE: "Chủ tịch",
    OrgKind.DEPARTMENT: "Giám đốc",
    OrgKind.PUBLIC_SERVICE_UNIT: "Giám đốc",
    OrgKind.DIVISION: "Trưởng phòng",
    OrgKind.DISTRICT_OFFICE: "Trưởng phòng",
}


def abbreviation(org: Organization) -> str:
    """The body's part of a document symbol: "Sở LĐTBXH" → "SLĐTBXH", "Sở Nội vụ" → "SNV"."""
    name = org.short_name or re.split(r"\s+tỉnh\s+", org.name)[0]
    words = name.split()
    if len(words) > 1 and words[0] in ("Sở", "Phòng", "Trung", "Ban", "UBND"):
        rest = "".join(w if w.isupper() else w[0].upper() for w in words[1:])
        return {"Sở": "S", "Phòng": "P", "Trung": "T", "Ban": "B", "UBND": "UBND"}[words[0]] + rest
    return "".join(w[0].upper() for w in words if w[0].isalnum())


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _without_province(name: str) -> str:
    return re.split(r"\s+tỉnh\s+", name)[0]


def issuer_header(org: Organization, day: dt.date) -> dict[str, str]:
    """Issuing body and its parent as they were named on `day` (a 2023 letter of a labour
    department merged in 2025 still reads "UBND TỈNH SƠN LA / SỞ LAO ĐỘNG - …")."""
    header = org_header(org)
    version = org_version_on(org, day)
    if version is None:
        return header
    parent = version.parent
    header["issuer"] = version.name
    header["issuer_parent"] = ""
    if parent is not None:
        above = org_version_on(parent, day)
        name, short = (above.name, above.short_name) if above else (parent.name, parent.short_name)
        if parent.kind == OrgKind.PROVINCIAL_COMMITTEE:
            header["issuer_parent"] = short or name
        else:
            header["issuer_parent"] = _without_province(name)
        header["issuer"] = _without_province(version.name)
        header["place"] = org.place or parent.place
    return header


def _header(movement: Movement, kind: str) -> dict[str, Any]:
    organizer = movement.organizer
    day = movement.launched_on or movement.reference_day(timezone.localdate())
    header: dict[str, Any] = {**issuer_header(organizer, day), "number": ""}
    header["symbol"] = f"{kind}-{abbreviation(organizer)}"
    if movement.launched_on:
        header["issued_on"] = movement.launched_on.isoformat()
    else:
        header.update(day="", month="", year=str(movement.start_year))
    return header


def _signer(org: Organization) -> dict[str, Any]:
    return {"authority": [_AUTHORITY.get(org.kind, "Thủ trưởng đơn vị")], "name": ""}


def _lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]


def _implements(movement: Movement) -> list[str]:
    """ "Thực hiện Chỉ thị số 10/CT-UBND ngày 27/8/2021 của UBND tỉnh Ninh Bình về …"."""
    parent = movement.parent
    if parent is None:
        return []
    document = parent.documents.exclude(number="").order_by("issued_on", "id").first()
    if document is None:
        return [f"Thực hiện phong trào thi đua «{parent.title}» của {parent.organizer.name}."]
    dated = f" ngày {format_date(document.issued_on)}" if document.issued_on else ""
    issuer = document.issuer or parent.organizer.name
    about = _lower_first(document.summary or parent.title)
    about = about if about.startswith("về ") else f"về {about}"
    kind = document.get_kind_display()
    return [f"Thực hiện {kind} số {document.number}{dated} của {issuer} {about}."]


def _value(value: Decimal | None, unit: str) -> str:
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    decimals = max(-exponent, 0) if isinstance(exponent, int) else 0
    return f"{format_number(value, decimals)} {unit}".strip()


_DIRECTION_WORD = {"at_least": "", "at_most": "tối đa ", "exactly": ""}


def _targets_table(movement: Movement) -> dict[str, Any] | None:
    targets = list(movement.targets.filter(organization__isnull=True).order_by("order", "id"))
    if not targets:
        return None
    return {
        "title": "Chỉ tiêu của phong trào",
        "columns": ["STT", "Chỉ tiêu", "Mức phấn đấu"],
        "rows": [
            [i, t.name, _DIRECTION_WORD[t.direction] + _value(t.target_value, t.unit)]
            for i, t in enumerate(targets, start=1)
        ],
    }


def _criteria_table(movement: Movement) -> dict[str, Any] | None:
    grouped: dict[str, list[str]] = defaultdict(list)
    for criterion in movement.criteria.order_by("order", "id"):
        grouped[criterion.subject_kind].append(criterion.text)
    if not grouped:
        return None
    labels = dict(SubjectKind.choices)
    return {
        "title": "Tiêu chuẩn theo đối tượng thi đua",
        "columns": ["STT", "Đối tượng", "Tiêu chuẩn"],
        "rows": [
            [i, str(labels.get(kind, kind)), "\n".join(texts)]
            for i, (kind, texts) in enumerate(grouped.items(), start=1)
        ],
    }


def _organisation_items(movement: Movement) -> list[str]:
    items = []
    for period in movement.registration_periods.order_by("year", "id"):
        items.append(
            f"Đăng ký thi đua{' năm ' + str(period.year) if period.year else ''} trước ngày "
            f"{format_date(period.deadline)} về {movement.organizer.name}."
        )
    for request in movement.report_requests.order_by("id"):
        items.append(
            f"Báo cáo {request.title[0].lower()}{request.title[1:]} {due_label(request)} về {movement.organizer.name}."
        )
    return items


def _distribution(movement: Movement) -> list[str]:
    names = list(
        movement.participants.order_by("organization__name").values_list(
            "organization__name", flat=True
        )
    )
    lines = names if len(names) <= 6 else ["Các phòng, đơn vị tham gia phong trào"]
    if movement.parent is not None:
        lines.insert(0, f"{movement.parent.organizer.name} (b/c)")
    return [*lines, "Lưu: VT, VP"]


def plan_context(movement: Movement) -> dict[str, Any]:
    """The plan (Kế hoạch): purpose and requirements, theme and content, targets, criteria
    and award forms, organisation of the work (registration, reports), as seed 002."""
    sections: list[dict[str, Any]] = [{"heading": "Mục đích, yêu cầu", "level": 1}]
    if movement.purpose:
        sections.append({"heading": "Mục đích", "level": 2, "paragraphs": _lines(movement.purpose)})
    if movement.requirements:
        sections.append({"heading": "Yêu cầu", "level": 2, "items": _lines(movement.requirements)})
    sections.append({"heading": "Chủ đề, nội dung phong trào thi đua", "level": 1})
    if movement.theme:
        sections.append({"heading": "Chủ đề", "level": 2, "paragraphs": [f"“{movement.theme}”."]})
    items = [
        f"{c.heading}: {c.body}" if c.heading else c.body
        for c in movement.content_items.order_by("order", "id")
    ]
    named = [f"“{n.name}”" for n in movement.named_movements.order_by("name_folded")]
    if named:
        items.append(
            "Tiếp tục thực hiện có hiệu quả các phong trào thi đua: " + "; ".join(named) + "."
        )
    if items:
        sections.append(
            {
                "heading": "Nội dung phong trào thi đua",
                "level": 2,
                "items": items,
                "item_style": "letter",
            }
        )
    table = _targets_table(movement)
    if table:
        sections.append({"heading": "Chỉ tiêu phấn đấu", "level": 2, "table": table})
    sections.append(
        {"heading": "Tiêu chuẩn danh hiệu thi đua và hình thức khen thưởng", "level": 1}
    )
    criteria = _criteria_table(movement)
    if criteria:
        sections.append({"heading": "Tiêu chuẩn thi đua", "level": 2, "table": criteria})
    awards = [a.name for a in movement.award_forms.order_by("order", "code")]
    if awards:
        sections.append({"heading": "Hình thức khen thưởng", "level": 2, "items": awards})
    organisation = _organisation_items(movement)
    sections.append(
        {
            "heading": "Tổ chức thực hiện",
            "level": 1,
            "items": organisation
            or [
                f"Các đơn vị tổ chức triển khai thực hiện và báo cáo kết quả về {movement.organizer.name}."
            ],
        }
    )
    return {
        **_header(movement, "KH"),
        "doc_type": "Kế hoạch",
        "title": movement.title,
        "preamble": [
            *_implements(movement),
            f"{movement.organizer.name} xây dựng Kế hoạch tổ chức phong trào thi đua như sau:",
        ],
        "auto_number": True,
        "sections": sections,
        "closing": [
            f"Trên đây là Kế hoạch {movement.title[0].lower()}{movement.title[1:]}, yêu cầu các "
            "đơn vị tổ chức triển khai thực hiện nghiêm túc, hiệu quả./."
        ],
        "distribution": _distribution(movement),
        "signer": _signer(movement.organizer),
    }


def _opening(movement: Movement) -> list[str]:
    """ "Thực hiện …" (unless the purpose already says it), then the purpose."""
    purpose = _lines(movement.purpose)
    cited = bool(purpose) and purpose[0].startswith("Thực hiện")
    return [*([] if cited else _implements(movement)), *purpose]


def letter_context(movement: Movement) -> dict[str, Any]:
    """The launch letter (Công văn): "V/v phát động …", the tasks, the targets, as seed 000."""
    items = [
        f"{c.heading}: {c.body}" if c.heading else c.body
        for c in movement.content_items.order_by("order", "id")
    ]
    sections: list[dict[str, Any]] = [{"items": items, "item_style": "number"}] if items else []
    groups: dict[str, list[str]] = defaultdict(list)
    for t in movement.targets.filter(organization__isnull=True).order_by("order", "id"):
        groups[t.group or "các chỉ tiêu"].append(
            f"{t.name}: {_DIRECTION_WORD[t.direction]}{_value(t.target_value, t.unit)}"
        )
    for group, lines in groups.items():
        heading = f"Phấn đấu hoàn thành {group[0].lower()}{group[1:]}"
        sections.append({"heading": heading, "level": 3, "items": lines})
    names = list(
        movement.participants.order_by("organization__name").values_list(
            "organization__name", flat=True
        )
    )
    closing = _lines(movement.requirements) or [
        f"Đề nghị các đơn vị triển khai thực hiện và báo cáo kết quả về {movement.organizer.name}"
    ]
    closing[-1] = closing[-1].rstrip("./") + "./."
    return {
        **_header(movement, ""),
        "symbol": f"{abbreviation(movement.organizer)}-VP",
        "subject_line": _lower_first(movement.title),  # the template writes "V/v"
        "recipients": names if len(names) <= 4 else ["Các phòng chuyên môn, các đơn vị trực thuộc"],
        "preamble": _opening(movement),
        "sections": sections,
        "closing": closing,
        "distribution": ["Như trên", *_distribution(movement)],
        "signer": _signer(movement.organizer),
    }


def registration_list_context(period: RegistrationPeriod, rows: list[ListRow]) -> dict[str, Any]:
    """The registration list (Danh sách): one row per collective title or person."""
    movement = period.movement
    year = period.year or movement.start_year
    return {
        **_header(movement, "DS"),
        "issued_on": None,
        "day": "",
        "month": "",
        "year": str(year),
        "doc_type": "Danh sách",
        "title": f"Đăng ký danh hiệu thi đua năm {year}",
        "subtitle": f"(Thực hiện {movement.title[0].lower()}{movement.title[1:]})",
        "table": {
            "columns": ["STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu đăng ký", "Ghi chú"],
            "rows": [
                [i, r.person or r.unit, r.unit, r.title, "Tự đăng ký" if r.own else ""]
                for i, r in enumerate(rows, start=1)
            ],
        },
        "closing": [f"Danh sách gồm {len(rows):02d} lượt đăng ký./."],
        "distribution": ["Hội đồng Thi đua - Khen thưởng", "Lưu: VT, VP"],
        "signer": _signer(movement.organizer),
    }


def report_summary_context(movement: Movement, summary: Summary) -> dict[str, Any]:
    """The summary report (Báo cáo): who reported and when, the figures added up, the units'
    reports in brief."""
    occ = summary.occurrence
    sent = {r.organization_id: r for r in summary.reports}
    status_rows = []
    for i, row in enumerate(occ.rows, start=1):
        report = sent.get(row.organization_id)
        if report is None:
            status_rows.append([i, row.name, "", "Chưa gửi"])
            continue
        day = report.submitted_at.date() if report.submitted_at else None
        late = day is not None and day > occ.due
        status_rows.append([i, row.name, format_date(day), "Quá hạn" if late else "Đúng hạn"])
    sections: list[dict[str, Any]] = [
        {
            "heading": "Tình hình gửi báo cáo",
            "level": 1,
            "table": {"columns": ["STT", "Đơn vị", "Ngày gửi", "Tình trạng"], "rows": status_rows},
        }
    ]
    if summary.totals:
        rows = []
        for t in summary.totals:
            result = achievement(direction="at_least", target=t.planned, value=t.reported)
            share = f"{format_number(result.percent, 1)} %" if result.percent is not None else ""
            rows.append(
                [
                    f"{t.name} ({t.unit})" if t.unit else t.name,
                    _value(t.planned, ""),
                    _value(t.reported, ""),
                    share,
                ]
            )
        sections.append(
            {
                "heading": "Kết quả thực hiện chỉ tiêu",
                "level": 1,
                "table": {"columns": ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ"], "rows": rows},
            }
        )
    sections.append({"heading": "Báo cáo của các đơn vị", "level": 1})
    for report in summary.reports:
        sections.append(
            {
                "heading": report.organization.name,
                "level": 2,
                "paragraphs": _lines(report.text) or ["(Không có nội dung)"],
            }
        )
    return {
        **_header(movement, "BC"),
        "issued_on": None,
        "day": "",
        "month": "",
        "year": str(max(occ.year, occ.due.year)),
        "doc_type": "Báo cáo",
        "title": f"Tổng hợp {occ.request.title[0].lower()}{occ.request.title[1:]} năm {occ.year}",
        "preamble": [
            f"{movement.organizer.name} tổng hợp báo cáo của các đơn vị tham gia {movement.title[0].lower()}{movement.title[1:]} như sau:"
        ],
        "auto_number": True,
        "sections": sections,
        "closing": [f"Trên đây là báo cáo tổng hợp của {movement.organizer.name}./."],
        "distribution": [
            *([f"{movement.parent.organizer.name} (b/c)"] if movement.parent else []),
            "Lưu: VT, VP",
        ],
        "signer": _signer(movement.organizer),
    }


def document_title(kind: str, movement: Movement, year: int | None = None) -> str:
    label = {
        "ke_hoach": "Kế hoạch",
        "cong_van": "Công văn",
        "danh_sach": "Danh sách đăng ký thi đua",
        "bao_cao": "Báo cáo tổng hợp",
    }[kind]
    suffix = f" năm {year}" if year else ""
    return f"{label}{suffix} – {movement.title}"[:500]


__all__ = [
    "abbreviation",
    "document_title",
    "letter_context",
    "plan_context",
    "registration_list_context",
    "report_summary_context",
]
