"""The dossier rules as pure functions over plain facts (STYLE convention 4).

No ORM here: `nominations.selectors.facts.dossier_facts` builds a frozen `DossierFacts`,
and the same checks run on the dossier page (as warnings before the button is pressed)
and in `dossier_transition` (which refuses the move). Each returns Vietnamese messages;
an empty list means the move may go ahead. `GUARDS` maps the guard names of
`nominations.workflow.TRANSITIONS` to their check.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from thidua.core.formats import format_date
from thidua.rules.quotas import quota_cap

# Titles and forms decided by the department head (Law Art 83; RULES.md §7.3): the others
# are proposed upward once the council approved them.
DECIDED_HERE = frozenset({"giam_doc_so"})

# Each title requires the one below it (Law Art 21–28: CSTĐ cơ sở is chosen among the Lao
# động tiên tiến, CSTĐ tỉnh among the three-time CSTĐ cơ sở…), so registering for a title
# is registering for the ones it is built on.
BUILDS_ON: dict[str, str] = {
    "CSTDCS": "LDTT",
    "CSTD_TINH": "CSTDCS",
    "CSTD_TQ": "CSTD_TINH",
    "TTLDXS": "TTLDTT",
    "CO_THI_DUA_TINH": "TTLDXS",
    "CO_THI_DUA_CP": "CO_THI_DUA_TINH",
}


def titles_covered(code: str) -> list[str]:
    """The titles a registration for `code` covers: itself and those it is built on."""
    covered = [code]
    while covered[-1] in BUILDS_ON:
        covered.append(BUILDS_ON[covered[-1]])
    return covered


@dataclass(frozen=True, slots=True)
class NomineeFacts:
    key: int  # the nomination's id
    label: str  # "Nguyễn Văn A – Chiến sĩ thi đua cơ sở"
    person_id: int | None
    organization_id: int | None
    award_code: str
    award_kind: str  # "title" or "form"
    decider: str
    eligible: bool | None  # the rules engine's answer; None: not evaluated (e.g. Giấy khen)
    justification: str
    registered: bool  # a submitted or accepted registration for this title and year
    duplicates: tuple[str, ...] = ()  # where else the same subject, award and year appear
    appraisal: str = ""
    outcome: str = "pending"
    public_comment: bool = False  # the award needs publication before the decision


@dataclass(frozen=True, slots=True)
class QuotaFacts:
    title: str  # e.g. CSTDCS
    of: str  # e.g. LDTT
    max_share: str
    count: int  # nominees for `title` in the dossier
    base: int  # members holding or proposed for `of` in the unit and year


@dataclass(frozen=True, slots=True)
class DossierFacts:
    status: str
    today: dt.date
    round_open: bool
    submission_deadline: dt.date
    nominees: tuple[NomineeFacts, ...]
    quotas: tuple[QuotaFacts, ...] = ()
    attachment_kinds: frozenset[str] = field(default_factory=frozenset)
    publication_closes_on: dt.date | None = None
    open_comments: int = 0


def check_round_open(facts: DossierFacts) -> list[str]:
    if not facts.round_open:
        return ["Đợt xét đã kết thúc, không nhận thêm hồ sơ."]
    if facts.today > facts.submission_deadline:
        return [f"Đã hết hạn gửi hồ sơ (hạn chót {format_date(facts.submission_deadline)})."]
    return []


def check_has_nominees(facts: DossierFacts) -> list[str]:
    return [] if facts.nominees else ["Hồ sơ chưa có cá nhân, tập thể nào được đề nghị."]


def check_justified(facts: DossierFacts) -> list[str]:
    """An ineligible nominee may be proposed, but only with a reason the reviewer sees."""
    return [
        f"{n.label}: chưa đủ điều kiện theo quy định; cần ghi lý do đề nghị."
        for n in facts.nominees
        if n.eligible is False and not n.justification.strip()
    ]


def check_registered(facts: DossierFacts) -> list[str]:
    """No title without registration (PROCESS.md step 2); forms need none."""
    return [
        f"{n.label}: chưa đăng ký thi đua danh hiệu này trong năm."
        for n in facts.nominees
        if n.award_kind == "title" and not n.registered
    ]


def check_duplicates(facts: DossierFacts) -> list[str]:
    return [f"{n.label}: {where}." for n in facts.nominees for where in n.duplicates]


def check_one_form_per_achievement(facts: DossierFacts) -> list[str]:
    """Law Art 6: one achievement is rewarded once: at most one form (Giấy khen, Bằng khen…)
    for the same subject in a dossier; titles are recognised separately."""
    seen: dict[tuple[int | None, int | None], str] = {}
    errors = []
    for n in facts.nominees:
        if n.award_kind != "form":
            continue
        subject = (n.person_id, n.organization_id)
        if subject in seen:
            errors.append(
                f"{n.label}: một thành tích chỉ được khen một hình thức "
                f"(đã đề nghị {seen[subject]})."
            )
        else:
            seen[subject] = n.award_code
    return errors


def check_quotas(facts: DossierFacts) -> list[str]:
    errors = []
    for q in facts.quotas:
        cap = quota_cap(q.base, q.max_share)
        if q.count > cap:
            errors.append(
                f"Vượt tỷ lệ khống chế: đề nghị {q.count} {q.title} trong khi tối đa {cap} "
                f"({q.max_share.replace('.', ',')} × {q.base} {q.of})."
            )
    return errors


def check_submission(facts: DossierFacts) -> list[str]:
    """Everything checked when a unit sends its dossier."""
    return [
        *check_round_open(facts),
        *check_has_nominees(facts),
        *check_justified(facts),
        *check_registered(facts),
        *check_duplicates(facts),
        *check_one_form_per_achievement(facts),
        *check_quotas(facts),
    ]


def check_appraisal(facts: DossierFacts) -> list[str]:
    """Every nominee has the officer's opinion before the dossier goes to the council."""
    return [f"{n.label}: chưa có ý kiến thẩm định." for n in facts.nominees if not n.appraisal]


def _undecided(facts: DossierFacts) -> list[str]:
    return [
        f"{n.label}: Hội đồng chưa có kết quả." for n in facts.nominees if n.outcome == "pending"
    ]


def _needs_publication(facts: DossierFacts) -> bool:
    return any(n.public_comment and n.outcome == "approved" for n in facts.nominees)


def check_publication_start(facts: DossierFacts) -> list[str]:
    errors = _undecided(facts)
    if not errors and not _needs_publication(facts):
        errors.append("Không có người, tập thể nào cần lấy ý kiến công khai.")
    return errors


def check_conclusion(facts: DossierFacts) -> list[str]:
    """Straight from the council to its results, when nobody approved needs publication."""
    errors = _undecided(facts)
    if not errors and _needs_publication(facts):
        errors.append("Có người, tập thể phải được công khai lấy ý kiến trước khi kết thúc xét.")
    return errors


def check_publication_end(facts: DossierFacts) -> list[str]:
    errors = []
    if facts.publication_closes_on is None or facts.today <= facts.publication_closes_on:
        last = format_date(facts.publication_closes_on) if facts.publication_closes_on else "—"
        errors.append(f"Chưa hết thời gian lấy ý kiến công khai (đến hết ngày {last}).")
    if facts.open_comments:
        errors.append(f"Còn {facts.open_comments} ý kiến góp ý chưa được xử lý.")
    return errors


def check_agenda_removal(facts: DossierFacts) -> list[str]:
    """A dossier leaves the council's agenda only before any vote was counted on it."""
    return [
        f"{n.label}: Hội đồng đã có kết quả bỏ phiếu, không thể rút hồ sơ khỏi chương trình họp."
        for n in facts.nominees
        if n.outcome != "pending"
    ]


def check_forward(facts: DossierFacts) -> list[str]:
    if not any(n.outcome == "approved" and n.decider not in DECIDED_HERE for n in facts.nominees):
        return ["Hồ sơ không có danh hiệu, hình thức nào thuộc thẩm quyền cấp trên."]
    return []


GUARDS: dict[str, Callable[[DossierFacts], list[str]]] = {
    "submission": check_submission,
    "appraisal": check_appraisal,
    "agenda_removal": check_agenda_removal,
    "publication_start": check_publication_start,
    "conclusion": check_conclusion,
    "publication_end": check_publication_end,
    "forward": check_forward,
}
