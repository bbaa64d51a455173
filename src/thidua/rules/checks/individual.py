"""Individual emulation titles: LĐTT (Art 24), CSTĐCS (Art 23), CSTĐ tỉnh (22), toàn quốc (21)."""

import datetime as dt

from thidua.rules.checks.common import (
    Outcome,
    Params,
    already_text,
    initiatives_in,
    initiatives_text,
    last_award_before,
    title_run,
    years_text,
)
from thidua.rules.facts import (
    DISCIPLINE_LABELS,
    DISCIPLINE_RANK,
    Context,
    DisciplineFact,
    SubjectFacts,
    param,
    title_label,
)


def months_to_year_end(start: dt.date) -> int:
    """Whole months from `start` to 31/12 of its year: 01/03 → 10, 15/03 → 9."""
    return 12 - start.month + (1 if start.day == 1 else 0)


def check_new_recruit(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """LĐTT disqualifier [OLD]: not newly recruited for less than `min_months` in the year."""
    min_months = int(param(params, "min_months", 10))
    start = facts.recruited_on
    if start is None:
        return Outcome(True, "Không có ngày tuyển dụng trong hệ thống; không áp dụng loại trừ.")
    if start.year < ctx.year:
        return Outcome(True, f"Công tác từ {start:%d/%m/%Y}, không phải người mới tuyển dụng.")
    if start.year > ctx.year:
        return Outcome(False, f"Bắt đầu công tác từ {start:%d/%m/%Y}, sau năm {ctx.year}.")
    months = months_to_year_end(start)
    passed = months >= min_months
    verdict = "đủ" if passed else "chưa đủ"
    return Outcome(
        passed,
        f"Tuyển dụng từ {start:%d/%m/%Y}: đến hết năm {ctx.year} công tác {months} tháng, "
        f"{verdict} {min_months} tháng.",
    )


def disciplined_in(d: DisciplineFact, year: int, basis: str) -> bool:
    """`decided`: the measure took effect in the year; `in_force`: it ran at any time in it."""
    if basis == "in_force":
        return d.start <= dt.date(year, 12, 31) and (d.end is None or d.end >= dt.date(year, 1, 1))
    return d.start.year == year


def worst_discipline(
    facts: SubjectFacts, year: int, min_form: str, basis: str
) -> DisciplineFact | None:
    floor = DISCIPLINE_RANK[min_form]
    hits = [
        d
        for d in facts.disciplines
        if DISCIPLINE_RANK.get(d.form, 0) >= floor and disciplined_in(d, year, basis)
    ]
    return max(hits, key=lambda d: DISCIPLINE_RANK[d.form]) if hits else None


def check_no_discipline(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """LĐTT disqualifier [OLD]: not disciplined at `min_form` or above in the year."""
    min_form = param(params, "min_form", "reprimand")
    found = worst_discipline(facts, ctx.year, min_form, param(params, "basis", "decided"))
    floor = DISCIPLINE_LABELS[min_form]
    if found is None:
        return Outcome(True, f"Không bị kỷ luật từ hình thức {floor} trở lên trong năm {ctx.year}.")
    return Outcome(
        False,
        f"Bị kỷ luật hình thức {DISCIPLINE_LABELS[found.form]} từ {found.start:%d/%m/%Y}; "
        f"không xét khi bị kỷ luật từ {floor} trở lên trong năm.",
    )


def check_meets_title(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """Meets the standard of a lower title in the same year (CSTĐCS needs LĐTT)."""
    code = param(params, "title", "LDTT")
    label = title_label(code)
    if code in ctx.eligible:
        return Outcome(True, f"Đạt tiêu chuẩn «{label}» năm {ctx.year}.")
    if ctx.year in facts.awards.get(code, ()):
        return Outcome(True, f"Đã được công nhận «{label}» năm {ctx.year}.")
    return Outcome(
        False, f"Chưa đạt tiêu chuẩn «{label}» năm {ctx.year} (xem lý do ở danh hiệu đó)."
    )


def check_achievement(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """CSTĐCS criterion 2: HTXSNV and/or an initiative or accepted topic of the year.

    `require`: `any` (Law 2022: either), `initiative` (before 2024: the initiative is
    mandatory) or `both` (the 2026 amendment as drafted).
    """
    require = param(params, "require", "any")
    min_level = param(params, "min_level", "co_so")
    excellent = facts.ratings.get(ctx.year) == "excellent"
    found = initiatives_in(facts, [ctx.year], min_level)
    if require == "both":
        passed = excellent and bool(found)
        need = "cần cả hoàn thành xuất sắc nhiệm vụ và sáng kiến, đề tài"
    elif require == "initiative":
        passed = bool(found)
        need = "cần có sáng kiến, đề tài được công nhận"
    else:
        passed = excellent or bool(found)
        need = "cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận"
    done = "hoàn thành xuất sắc nhiệm vụ" if excellent else "không hoàn thành xuất sắc nhiệm vụ"
    return Outcome(
        passed, f"Năm {ctx.year}: {done}; {initiatives_text(found, min_level)} ({need})."
    )


def check_title_chain(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`years` consecutive years of `title` ending at the year evaluated (CSTĐ tỉnh: 3 CSTĐCS)."""
    code = param(params, "title", "CSTDCS")
    needed = int(param(params, "years", 3))
    stop = last_award_before(facts, [params.get("award", "")], ctx.year)
    run = title_run(facts, ctx, code, ctx.year, stop)
    passed = len(run) >= needed
    label = title_label(code)
    if run:
        text = f"«{label}» liên tục các năm {years_text(run)} ({len(run)} lần; cần {needed})."
    else:
        text = f"Năm {ctx.year} chưa đạt «{label}» nên chưa có chuỗi liên tục (cần {needed} lần)."
    return Outcome(passed, text + already_text(params.get("award", ""), stop))


def check_initiative_window(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`count` initiatives at `min_level` or higher recognised in the last `window` years."""
    min_level = param(params, "min_level", "tinh")
    window = int(param(params, "window", 3))
    count = int(param(params, "count", 1))
    years = range(ctx.year - window + 1, ctx.year + 1)
    found = initiatives_in(facts, years, min_level)
    return Outcome(
        len(found) >= count,
        f"Trong các năm {years_text(years)}: {initiatives_text(found, min_level)} (cần {count}).",
    )


def check_cycle_chain(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`count` consecutive awards of a title given once per `cycle` years (CSTĐ toàn quốc).

    Two consecutive CSTĐ tỉnh are two successive 3-year cycles: the year evaluated
    (awarded or eligible) and `cycle` years before it.
    """
    code = param(params, "title", "CSTD_TINH")
    count = int(param(params, "count", 2))
    cycle = int(param(params, "cycle", 3))
    stop = last_award_before(facts, [params.get("award", "")], ctx.year)
    years = [ctx.year - k * cycle for k in range(count)]
    held = [y for y in years if ctx.holds(facts, code, y) and (stop is None or y > stop)]
    missing = sorted(set(years) - set(held))
    label = title_label(code)
    if not missing:
        text = f"Đạt «{label}» các năm {years_text(held)} ({count} lần liên tục)."
    else:
        text = (
            f"Cần «{label}» {count} lần liên tục (các năm {years_text(years)}); "
            f"chưa đạt năm {years_text(missing)}."
        )
    return Outcome(not missing, text + already_text(params.get("award", ""), stop))
