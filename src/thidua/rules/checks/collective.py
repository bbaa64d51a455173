"""Collective titles: TTLĐTT (Art 28), TTLĐXS (Art 27), Cờ thi đua tỉnh (Art 26), and the
collective Bằng khen tỉnh. Member conditions read `MemberStats` (members employed in the
unit at the year's end, with their awards or eligibility for the same year).
"""

from decimal import Decimal

from thidua.rules.checks.common import (
    Outcome,
    Params,
    already_text,
    last_award_before,
    rating_run,
    years_text,
)
from thidua.rules.facts import DISCIPLINE_LABELS, Context, MemberStats, SubjectFacts

NO_MEMBERS = "Chưa có cá nhân nào công tác tại đơn vị vào ngày 31/12/{year}."


def _members(facts: SubjectFacts) -> MemberStats:
    return facts.members or MemberStats()


def _percent(part: int, whole: int) -> str:
    value = Decimal(part * 100) / Decimal(whole)
    text = f"{value.quantize(Decimal('0.1'))}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def _share_outcome(part: int, whole: int, params: Params, what: str, year: int) -> Outcome:
    if whole == 0:
        return (False, NO_MEMBERS.format(year=year))
    share = Decimal(str(params["min_share"]))
    strict = bool(params.get("strict", False))
    ratio = Decimal(part) / Decimal(whole)
    passed = ratio > share if strict else ratio >= share
    need = f"{'trên' if strict else 'ít nhất'} {_percent(int(share * 100), 100)}"
    return (passed, lambda: f"{part}/{whole} cá nhân ({_percent(part, whole)}) {what}; cần {need}.")


def check_members_ldtt(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    m = _members(facts)
    return _share_outcome(m.ldtt, m.count, params, "đạt Lao động tiên tiến", ctx.year)


def check_members_complete(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    m = _members(facts)
    return _share_outcome(
        m.complete, m.count, params, "được xếp loại từ Hoàn thành nhiệm vụ trở lên", ctx.year
    )


def check_members_cstdcs(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    m = _members(facts)
    needed, year = params["min_count"], ctx.year
    if m.count == 0:
        return (False, NO_MEMBERS.format(year=year))
    return (
        m.cstdcs >= needed,
        lambda: f"{m.cstdcs} cá nhân đạt Chiến sĩ thi đua cơ sở năm {year}; cần ít nhất {needed}.",
    )


def check_members_discipline(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    min_form, year = params["min_form"], ctx.year
    m = _members(facts)
    counts = m.disciplined if params["basis"] == "decided" else m.disciplined_in_force
    hits = counts.get(min_form, 0)
    label = DISCIPLINE_LABELS[min_form]
    if hits:
        return (
            False,
            lambda: f"Có {hits} cá nhân bị kỷ luật từ hình thức {label} trở lên năm {year}.",
        )
    return (True, lambda: f"Không có cá nhân bị kỷ luật từ hình thức {label} trở lên năm {year}.")


def check_bloc_result(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """Cờ thi đua tỉnh goes to the unit leading its emulation bloc: blocs are not kept yet."""
    year = ctx.year
    if year in facts.awards.get(params["award"], ()):
        return (True, lambda: f"Đã được tặng Cờ thi đua năm {year}.")
    return (
        False,
        "Cần kết quả bình xét, suy tôn của khối, cụm thi đua (đơn vị dẫn đầu khối); hệ thống "
        "chưa quản lý khối thi đua nên chưa xác định được.",
    )


def check_excellent_run(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`years` consecutive years rated `min_rating` up to the year (collective Bằng khen)."""
    needed, award = params["years"], params["award"]
    stop = last_award_before(facts, award, ctx.year)
    run = rating_run(facts, ctx.year, params["min_rating"], stop)
    return (
        len(run) >= needed,
        lambda: (
            f"Hoàn thành xuất sắc nhiệm vụ liên tục: {years_text(run)} "
            f"({len(run)} năm; cần {needed})." + already_text(award, stop)
        ),
    )
