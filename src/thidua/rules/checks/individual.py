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
    title_label,
)


def months_to_year_end(start: dt.date) -> int:
    """Whole months from `start` to 31/12 of its year: 01/03 → 10, 15/03 → 9."""
    return 12 - start.month + (1 if start.day == 1 else 0)


def check_new_recruit(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """LĐTT disqualifier [OLD]: not newly recruited for less than `min_months` in the year."""
    min_months = params["min_months"]
    start = facts.recruited_on
    year = ctx.year
    if start is None:
        return (True, "Không có ngày tuyển dụng trong hệ thống; không áp dụng loại trừ.")
    if start.year < year:
        return (True, lambda: f"Công tác từ {start:%d/%m/%Y}, không phải người mới tuyển dụng.")
    if start.year > year:
        return (False, lambda: f"Bắt đầu công tác từ {start:%d/%m/%Y}, sau năm {year}.")
    months = months_to_year_end(start)
    passed = months >= min_months
    return (
        passed,
        lambda: (
            f"Tuyển dụng từ {start:%d/%m/%Y}: đến hết năm {year} công tác {months} tháng, "
            f"{'đủ' if passed else 'chưa đủ'} {min_months} tháng."
        ),
    )


def disciplined_in(d: DisciplineFact, year: int, basis: str) -> bool:
    """`decided`: the measure took effect in the year; `in_force`: it ran at any time in it."""
    if basis == "in_force":
        return d.start <= dt.date(year, 12, 31) and (d.end is None or d.end >= dt.date(year, 1, 1))
    return d.start.year == year


def worst_discipline(
    facts: SubjectFacts, year: int, min_form: str, basis: str
) -> DisciplineFact | None:
    if not facts.disciplines:
        return None
    floor = DISCIPLINE_RANK[min_form]
    hits = [
        d
        for d in facts.disciplines
        if DISCIPLINE_RANK.get(d.form, 0) >= floor and disciplined_in(d, year, basis)
    ]
    return max(hits, key=lambda d: DISCIPLINE_RANK[d.form]) if hits else None


def check_no_discipline(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """LĐTT disqualifier [OLD]: not disciplined at `min_form` or above in the year."""
    min_form = params["min_form"]
    found = worst_discipline(facts, ctx.year, min_form, params["basis"])
    floor = DISCIPLINE_LABELS[min_form]
    year = ctx.year
    if found is None:
        return (True, lambda: f"Không bị kỷ luật từ hình thức {floor} trở lên trong năm {year}.")
    return (
        False,
        lambda: (
            f"Bị kỷ luật hình thức {DISCIPLINE_LABELS[found.form]} từ {found.start:%d/%m/%Y}; "
            f"không xét khi bị kỷ luật từ {floor} trở lên trong năm."
        ),
    )


def check_meets_title(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """Meets the standard of a lower title in the same year (CSTĐCS needs LĐTT)."""
    code = params["title"]
    year = ctx.year
    if code in ctx.eligible:
        return (True, lambda: f"Đạt tiêu chuẩn «{title_label(code)}» năm {year}.")
    if year in facts.awards.get(code, ()):
        return (True, lambda: f"Đã được công nhận «{title_label(code)}» năm {year}.")
    return (
        False,
        lambda: f"Chưa đạt tiêu chuẩn «{title_label(code)}» năm {year} (xem lý do ở danh hiệu đó).",
    )


NEEDS = {
    "both": "cần cả hoàn thành xuất sắc nhiệm vụ và sáng kiến, đề tài",
    "initiative": "cần có sáng kiến, đề tài được công nhận",
    "any": "cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài được công nhận",
}


def check_achievement(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """CSTĐCS criterion 2: HTXSNV and/or an initiative or accepted topic of the year.

    `require`: `any` (Law 2022: either), `initiative` (before 2024: the initiative is
    mandatory) or `both` (the 2026 amendment as drafted).
    """
    require = params["require"]
    min_level = params["min_level"]
    year = ctx.year
    excellent = facts.ratings.get(year) == "excellent"
    found = initiatives_in(facts, (year,), min_level)
    if require == "both":
        passed = excellent and bool(found)
    elif require == "initiative":
        passed = bool(found)
    else:
        passed = excellent or bool(found)
    return (
        passed,
        lambda: (
            f"Năm {year}: {'hoàn thành' if excellent else 'không hoàn thành'} xuất sắc nhiệm vụ; "
            f"{initiatives_text(found, min_level)} ({NEEDS[require]})."
        ),
    )


def check_title_chain(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`years` consecutive years of `title` ending at the year evaluated (CSTĐ tỉnh: 3 CSTĐCS)."""
    code, needed, award, year = params["title"], params["years"], params["award"], ctx.year
    if not ctx.holds(facts, code, year):
        return (
            False,
            lambda: (
                f"Năm {year} chưa đạt «{title_label(code)}» nên chưa có chuỗi liên tục "
                f"(cần {needed} lần)."
            ),
        )
    stop = last_award_before(facts, award, ctx.year)
    run = title_run(facts, ctx, code, ctx.year, stop)

    def explain() -> str:
        label = title_label(code)
        if run:
            text = f"«{label}» liên tục các năm {years_text(run)} ({len(run)} lần; cần {needed})."
        else:
            text = f"Năm {year} chưa đạt «{label}» nên chưa có chuỗi liên tục (cần {needed} lần)."
        return text + already_text(award, stop)

    return (len(run) >= needed, explain)


def check_initiative_window(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`count` initiatives at `min_level` or higher recognised in the last `window` years."""
    min_level, window, count = params["min_level"], params["window"], params["count"]
    years = range(ctx.year - window + 1, ctx.year + 1)
    found = initiatives_in(facts, years, min_level)
    return (
        len(found) >= count,
        lambda: (
            f"Trong các năm {years_text(years)}: {initiatives_text(found, min_level)} (cần {count})."
        ),
    )


def check_cycle_chain(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`count` consecutive awards of a title given once per `cycle` years (CSTĐ toàn quốc).

    Two consecutive CSTĐ tỉnh are two successive 3-year cycles: the year evaluated
    (awarded or eligible) and `cycle` years before it.
    """
    code, count, cycle, award = params["title"], params["count"], params["cycle"], params["award"]
    if not ctx.holds(facts, code, ctx.year):
        year = ctx.year
        return (
            False,
            lambda: f"Năm {year} chưa đạt «{title_label(code)}» nên chưa đủ {count} lần liên tục.",
        )
    stop = last_award_before(facts, award, ctx.year)
    years = [ctx.year - k * cycle for k in range(count)]
    held = [y for y in years if ctx.holds(facts, code, y) and (stop is None or y > stop)]
    missing = sorted(set(years) - set(held))

    def explain() -> str:
        label = title_label(code)
        if not missing:
            text = f"Đạt «{label}» các năm {years_text(held)} ({count} lần liên tục)."
        else:
            text = (
                f"Cần «{label}» {count} lần liên tục (các năm {years_text(years)}); "
                f"chưa đạt năm {years_text(missing)}."
            )
        return text + already_text(award, stop)

    return (not missing, explain)
