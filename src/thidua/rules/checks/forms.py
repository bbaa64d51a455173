"""Forms of commendation for individuals: Bằng khen tỉnh (Art 74(1)(d)), Bằng khen Thủ
tướng (Art 73(1)(b)), Huân chương Lao động hạng Ba (Art 44(1)(e)).

One achievement is never rewarded twice (Law Art 5(2)): every period counted here starts
after the last time the subject received the same form.
"""

from thidua.rules.checks.common import (
    Outcome,
    Params,
    already_text,
    initiatives_in,
    initiatives_text,
    last_award_before,
    rating_run,
    title_run,
    years_text,
)
from thidua.rules.facts import Context, SubjectFacts, title_label


def _bk_runs(
    facts: SubjectFacts, ctx: Context, params: Params
) -> tuple[list[int], list[int], int | None]:
    stop = last_award_before(facts, params["award"], ctx.year)
    return (
        title_run(facts, ctx, "CSTDCS", ctx.year, stop),
        rating_run(facts, ctx.year, "excellent", stop),
        stop,
    )


def check_bk_chain(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """2 consecutive CSTĐCS, or 2 or more consecutive years of HTXSNV, up to the year."""
    needed, award, year = params["years"], params["award"], ctx.year
    if not ctx.holds(facts, "CSTDCS", year) and facts.ratings.get(year) != "excellent":
        return (
            False,
            lambda: (
                f"Năm {year} không đạt CSTĐCS và không hoàn thành xuất sắc nhiệm vụ nên chưa có "
                f"chuỗi liên tục (cần {needed})."
            ),
        )
    cstdcs, excellent, stop = _bk_runs(facts, ctx, params)
    return (
        len(cstdcs) >= needed or len(excellent) >= needed,
        lambda: (
            f"CSTĐCS liên tục: {years_text(cstdcs)} ({len(cstdcs)} lần); hoàn thành xuất sắc "
            f"nhiệm vụ liên tục: {years_text(excellent)} ({len(excellent)} năm); cần {needed}."
            + already_text(award, stop)
        ),
    )


def bk_period(facts: SubjectFacts, ctx: Context, params: Params) -> list[int]:
    """The years whose initiatives count: the qualifying run (the longer one if both)."""
    cstdcs, excellent, _ = _bk_runs(facts, ctx, params)
    qualifying = [run for run in (cstdcs, excellent) if len(run) >= params["years"]]
    return max(qualifying or [cstdcs, excellent], key=len)


def check_bk_initiatives(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """In that period, `count` initiatives or topics recognised at unit level or higher."""
    count, min_level = params["count"], params["min_level"]
    period = bk_period(facts, ctx, params)
    if not period:
        return (
            False,
            lambda: f"Chưa có thời gian thành tích liên tục để tính sáng kiến (cần {count}).",
        )
    found = initiatives_in(facts, period, min_level)
    return (
        len(found) >= count,
        lambda: (
            f"Trong các năm {years_text(period)}: {initiatives_text(found, min_level)} "
            f"(cần {count})."
        ),
    )


def prior_award(facts: SubjectFacts, ctx: Context, params: Params) -> tuple[int | None, int | None]:
    """The earliest prerequisite form received after the subject's last award of this form,
    and that last award (None when never)."""
    awards = facts.awards
    stop = last_award_before(facts, params["award"], ctx.year)
    if not any(code in awards for code in params["titles"]):
        return None, stop
    years = [
        y
        for code in params["titles"]
        for y in awards.get(code, ())
        if y < ctx.year and (stop is None or y > stop)
    ]
    return (min(years) if years else None), stop


def service_run(facts: SubjectFacts, ctx: Context, params: Params) -> list[int]:
    """Consecutive years rated `min_rating` or better, after the prerequisite, up to the year."""
    base, _ = prior_award(facts, ctx, params)
    if base is None:
        return []
    return rating_run(facts, ctx.year, params["min_rating"], base)


def check_prior_award(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    titles, award, year = params["titles"], params["award"], ctx.year
    awards = facts.awards
    base = None
    for code in titles:
        if code in awards:
            base, _ = prior_award(facts, ctx, params)
            break
    if base is None:
        return (
            False,
            lambda: (
                f"Chưa được tặng {' hoặc '.join(f'«{title_label(c)}»' for c in titles)} "
                f"trước năm {year}." + already_text(award, last_award_before(facts, award, year))
            ),
        )
    code = next(c for c in titles if base in awards.get(c, ()))
    return (True, lambda: f"Đã được tặng «{title_label(code)}» năm {base}.")


def check_service_years(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`years` or more consecutive years after the prerequisite, with `min_excellent` HTXSNV."""
    needed, min_excellent = params["years"], params["min_excellent"]
    if prior_award(facts, ctx, params)[0] is None:
        return (False, "Chưa có khen thưởng làm căn cứ để tính thời gian tiếp theo.")
    run = service_run(facts, ctx, params)
    excellent = [y for y in run if facts.ratings.get(y) == "excellent"]

    def explain() -> str:
        text = (
            f"Hoàn thành tốt nhiệm vụ trở lên liên tục: {years_text(run)} "
            f"({len(run)} năm; cần {needed})"
        )
        if min_excellent:
            text += f"; hoàn thành xuất sắc: {len(excellent)} năm (cần {min_excellent})"
        return text + "."

    return (len(run) >= needed and len(excellent) >= min_excellent, explain)


def check_service_cstdcs(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`count` CSTĐCS within that period (the year evaluated counts when eligible)."""
    count = params["count"]
    run = service_run(facts, ctx, params)
    if not run:
        return (
            False,
            lambda: f"Chưa có thời gian thành tích liên tục để tính CSTĐCS (cần {count}).",
        )
    held = [y for y in run if ctx.holds(facts, "CSTDCS", y)]
    return (
        len(held) >= count,
        lambda: (
            f"Trong các năm {years_text(run)}: CSTĐCS {len(held)} lần ({years_text(held)}); "
            f"cần {count}."
        ),
    )
