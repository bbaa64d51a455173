"""Gather an achievement report (báo cáo thành tích) from the registry and the history.

RULES.md §8 "Typical sections": I. Sơ lược lý lịch (or, for a collective, Đặc điểm, tình
hình), II. Thành tích đạt được, III. Các hình thức đã được khen thưởng with decision numbers
and dates; then the signatures. The result is the plain JSON of docs/documents.md, rendered
as an editable .docx the unit completes in Word (the lines only a person can write are left
as dotted lines).
"""

import datetime as dt
from typing import Any

from django.db.models import Count, Q

from thidua.core.formats import format_date
from thidua.documents.context import org_header
from thidua.nominations.models import Nomination
from thidua.organizations.models import Organization, Person
from thidua.organizations.selectors import org_headcount
from thidua.rules.models import AwardKind, AwardRecord, Initiative, YearRating

DOTS = "…" * 20
PERSON_TEMPLATE = "bao_cao_thanh_tich_ca_nhan"
COLLECTIVE_TEMPLATE = "bao_cao_thanh_tich_tap_the"
HISTORY_YEARS = 5  # ratings shown: the year of the round and the four before it


def decision_text(record: AwardRecord) -> str:
    parts = []
    if record.decision_number:
        parts.append(f"Quyết định số {record.decision_number}")
    if record.decision_date:
        parts.append(f"ngày {format_date(record.decision_date)}")
    text = " ".join(parts) or "Quyết định (chưa ghi số)"
    return f"{text} của {record.issuer}" if record.issuer else text


def _award_tables(records: list[AwardRecord]) -> list[dict[str, Any]]:
    sections = []
    for number, kind, heading, column in (
        ("1.", AwardKind.TITLE, "Danh hiệu thi đua", "Danh hiệu thi đua"),
        ("2.", AwardKind.FORM, "Hình thức khen thưởng", "Hình thức khen thưởng"),
    ):
        rows = [
            [str(r.year), r.award_type.name, decision_text(r)]
            for r in records
            if r.award_type.kind == kind
        ]
        section: dict[str, Any] = {"heading": heading, "level": 2, "number": number}
        if rows:
            section["table"] = {
                "columns": ["Năm", column, "Số, ngày quyết định; cơ quan ban hành"],
                "rows": rows,
            }
        else:
            section["paragraphs"] = ["Chưa có."]
        sections.append(section)
    return sections


def _awards(**subject: Any) -> list[AwardRecord]:
    return list(
        AwardRecord.objects.filter(revoked=False, **subject)
        .select_related("award_type")
        .order_by("year", "award_type__order", "id")
    )


def _ratings_table(ratings: list[YearRating]) -> dict[str, Any] | None:
    if not ratings:
        return None
    return {
        "columns": ["Năm", "Kết quả xếp loại"],
        "rows": [[str(r.year), r.get_rating_display()] for r in ratings],
    }


def _common(nomination: Nomination, signer_unit: Organization) -> dict[str, Any]:
    dossier = nomination.dossier
    award = nomination.award_type
    return {
        **org_header(signer_unit),
        "number": "",
        "symbol": "",
        "doc_type": "Báo cáo thành tích",
        "title": f"ĐỀ NGHỊ TẶNG {award.name.upper()}",
        "subtitle": f"(Thành tích năm {dossier.round.year})",
        "auto_number": False,
        "award": award.name,
        "year_evaluated": str(dossier.round.year),
    }


def _person_sections(nomination: Nomination, person: Person, year: int) -> list[dict[str, Any]]:
    jobs = list(person.employments.select_related("organization").order_by("start_date"))
    current = jobs[-1] if jobs else None
    unit = current.organization.name if current else ""
    position = nomination.position or (current.position if current else "")
    ratings = list(
        YearRating.objects.filter(
            person=person, year__gt=year - HISTORY_YEARS, year__lte=year
        ).order_by("year")
    )
    initiatives = list(
        Initiative.objects.filter(authorships__person=person, year__lte=year).order_by(
            "year", "code"
        )
    )
    gender = person.get_gender_display() if person.gender else DOTS
    bio_items = [
        f"Họ và tên: {person.full_name}",
        f"Sinh ngày: {format_date(person.birth_date) or DOTS}; Giới tính: {gender}",
        f"Đơn vị công tác: {unit or DOTS}",
        f"Chức vụ: {position or DOTS}",
        f"Trình độ chuyên môn, nghiệp vụ: {DOTS}",
    ]
    career = {
        "title": "Quá trình công tác",
        "columns": ["Từ ngày", "Đến ngày", "Đơn vị", "Chức vụ"],
        "rows": [
            [
                format_date(j.start_date),
                format_date(j.end_date) if j.end_date else "nay",
                j.organization.name,
                j.position,
            ]
            for j in jobs
        ],
    }
    achievements: dict[str, Any] = {
        "heading": "Thành tích đạt được",
        "level": 2,
        "number": "2.",
        "paragraphs": [nomination.summary or DOTS],
    }
    sections: list[dict[str, Any]] = [
        {"heading": "Sơ lược lý lịch", "level": 1, "number": "I.", "items": bio_items},
        {"table": career} if jobs else {},
        {"heading": "Thành tích đạt được", "level": 1, "number": "II."},
        {
            "heading": "Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
            "level": 2,
            "number": "1.",
            "paragraphs": [f"{position} tại {unit}." if position and unit else DOTS],
        },
        achievements,
    ]
    table = _ratings_table(ratings)
    if table:
        sections.append({"heading": "Kết quả xếp loại hằng năm", "level": 3, "table": table})
    if initiatives:
        sections.append(
            {
                "heading": "Sáng kiến, đề tài được công nhận",
                "level": 3,
                "table": {
                    "columns": ["Năm", "Tên sáng kiến, đề tài", "Cấp công nhận", "Quyết định"],
                    "rows": [
                        [
                            str(i.year),
                            i.title,
                            i.get_level_display(),
                            " ".join(
                                p for p in (i.decision_number, format_date(i.decision_date)) if p
                            ),
                        ]
                        for i in initiatives
                    ],
                },
            }
        )
    return sections


def person_report_context(nomination: Nomination) -> dict[str, Any]:
    """The individual's report: biography, duties and results, awards received."""
    person = nomination.person
    assert person is not None
    year = nomination.dossier.round.year
    sections = _person_sections(nomination, person, year)
    sections.append({"heading": "Các hình thức đã được khen thưởng", "level": 1, "number": "III."})
    sections += _award_tables(_awards(person=person))
    return {
        **_common(nomination, nomination.dossier.organization),
        "sections": [s for s in sections if s],
        "reporter": person.full_name,
        "sign_left": {
            "title": "Thủ trưởng đơn vị xác nhận, đề nghị",
            "note": "(Ký, đóng dấu)",
            "name": "",
        },
        "sign_right": {
            "title": "Người báo cáo thành tích",
            "note": "(Ký, ghi rõ họ và tên)",
            "name": person.full_name,
        },
        "sign_bottom": {"title": "Xác nhận của cấp trình khen thưởng", "note": "(Ký, đóng dấu)"},
    }


def _member_titles(org: Organization, year: int) -> list[str]:
    """«Số cá nhân đạt Lao động tiên tiến: 12» for the collective's members' titles of the year."""
    # one filter() call: every condition on the same employment row
    at_year_end = Q(person__employments__end_date__isnull=True) | Q(
        person__employments__end_date__gte=dt.date(year, 12, 31)
    )
    rows = (
        AwardRecord.objects.filter(
            at_year_end,
            revoked=False,
            year=year,
            person__employments__organization__path__startswith=org.path,
            person__employments__start_date__lte=dt.date(year, 12, 31),
        )
        .values("award_type__name", "award_type__order")
        .annotate(n=Count("person", distinct=True))
        .order_by("award_type__order")
    )
    return [f"Số cá nhân đạt {r['award_type__name']}: {r['n']}" for r in rows]


def collective_report_context(nomination: Nomination) -> dict[str, Any]:
    """The collective's report: the unit and its staff, results, awards received."""
    org = nomination.organization
    assert org is not None
    year = nomination.dossier.round.year
    headcount = org_headcount(org, dt.date(year, 12, 31), subtree=True)
    subunits = list(Organization.objects.filter(parent=org, valid_to__isnull=True).order_by("name"))
    ratings = list(
        YearRating.objects.filter(
            organization=org, year__gt=year - HISTORY_YEARS, year__lte=year
        ).order_by("year")
    )
    items = [
        f"Tên tập thể: {org.name}",
        f"Cơ quan cấp trên trực tiếp: {org.parent.name if org.parent else DOTS}",
        f"Số cán bộ, công chức, viên chức, người lao động (31/12/{year}): {headcount}",
    ]
    if subunits:
        items.append("Các đơn vị trực thuộc: " + "; ".join(o.name for o in subunits))
    items.append(f"Chức năng, nhiệm vụ được giao: {DOTS}")
    sections: list[dict[str, Any]] = [
        {"heading": "Đặc điểm, tình hình", "level": 1, "number": "I.", "items": items},
        {"heading": "Thành tích đạt được", "level": 1, "number": "II."},
        {
            "heading": "Kết quả thực hiện nhiệm vụ được giao",
            "level": 2,
            "number": "1.",
            "paragraphs": [nomination.summary or DOTS],
        },
        {
            "heading": "Kết quả thi đua của cá nhân trong tập thể",
            "level": 2,
            "number": "2.",
            "items": _member_titles(org, year) or ["Chưa có danh hiệu được công nhận trong năm."],
        },
    ]
    table = _ratings_table(ratings)
    if table:
        sections.append({"heading": "Kết quả xếp loại hằng năm", "level": 3, "table": table})
    sections.append(
        {"heading": "Các hình thức khen thưởng đã đạt được", "level": 1, "number": "III."}
    )
    sections += _award_tables(_awards(organization=org))
    return {
        **_common(nomination, org),
        "sections": sections,
        "reporter": org.name,
        "sign_left": {
            "title": "Xác nhận của cấp trình khen thưởng",
            "note": "(Ký, đóng dấu)",
            "name": "",
        },
        "sign_right": {"title": "Thủ trưởng đơn vị", "note": "(Ký, đóng dấu)", "name": ""},
        "sign_bottom": {"title": "", "note": ""},
    }


def achievement_report(nomination: Nomination) -> tuple[str, str, dict[str, Any]]:
    """(template code, document title, context) of the nominee's report."""
    if nomination.person_id:
        code, context = PERSON_TEMPLATE, person_report_context(nomination)
    else:
        code, context = COLLECTIVE_TEMPLATE, collective_report_context(nomination)
    title = f"Báo cáo thành tích – {nomination.subject_name} – {nomination.award_type.name}"
    return code, title, context
