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
from thidua.rules.facts import Context, SubjectFacts, param, title_label


def _bk_runs(
    facts: SubjectFacts, ctx: Context, params: Params
) -> tuple[list[int], list[int], int | None]:
    stop = last_award_before(facts, [params.get("award", "")], ctx.year)
    return (
        title_run(facts, ctx, "CSTDCS", ctx.year, stop),
        rating_run(facts, ctx.year, "excellent", stop),
        stop,
    )


def check_bk_chain(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """2 consecutive CSTĐCS, or 2 or more consecutive years of HTXSNV, up to the year."""
    needed = int(param(params, "years", 2))
    cstdcs, excellent, stop = _bk_runs(facts, ctx, params)
    passed = len(cstdcs) >= needed or len(excellent) >= needed
    text = (
        f"CSTĐCS liên tục: {years_text(cstdcs)} ({len(cstdcs)} lần); hoàn thành xuất sắc nhiệm vụ "
        f"liên tục: {years_text(excellent)} ({len(excellent)} năm); cần {needed}."
    )
    return Outcome(passed, text + already_text(params.get("award", ""), stop))


def bk_period(facts: SubjectFacts, ctx: Context, params: Params) -> list[int]:
    """The years whose initiatives count: the qualifying run (the longer one if both)."""
    needed = int(param(params, "years", 2))
    cstdcs, excellent, _ = _bk_runs(facts, ctx, params)
    qualifying = [run for run in (cstdcs, excellent) if len(run) >= needed]
    candidates = qualifying or [cstdcs, excellent]
    return max(candidates, key=len)


def check_bk_initiatives(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """In that period, `count` initiatives or topics recognised at unit level or higher."""
    count = int(param(params, "count", 2))
    min_level = param(params, "min_level", "co_so")
    period = bk_period(facts, ctx, params)
    if not period:
        return Outcome(
            False, f"Chưa có thời gian thành tích liên tục để tính sáng kiến (cần {count})."
        )
    found = initiatives_in(facts, period, min_level)
    return Outcome(
        len(found) >= count,
        f"Trong các năm {years_text(period)}: {initiatives_text(found, min_level)} (cần {count}).",
    )


def prior_award(facts: SubjectFacts, ctx: Context, params: Params) -> int | None:
    """The earliest prerequisite form received after the subject's last award of this form."""
    titles = list(param(params, "titles", []))
    stop = last_award_before(facts, [params.get("award", "")], ctx.year)
    years = [
        y
        for code in titles
        for y in facts.awards.get(code, ())
        if y < ctx.year and (stop is None or y > stop)
    ]
    return min(years) if years else None


def service_run(facts: SubjectFacts, ctx: Context, params: Params) -> list[int]:
    """Consecutive years rated `min_rating` or better, after the prerequisite, up to the year."""
    base = prior_award(facts, ctx, params)
    if base is None:
        return []
    return rating_run(facts, ctx.year, param(params, "min_rating", "good"), base)


def check_prior_award(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    titles = list(param(params, "titles", []))
    labels = " hoặc ".join(f"«{title_label(c)}»" for c in titles)
    base = prior_award(facts, ctx, params)
    stop = last_award_before(facts, [params.get("award", "")], ctx.year)
    if base is None:
        return Outcome(
            False,
            f"Chưa được tặng {labels} trước năm {ctx.year}."
            + already_text(params.get("award", ""), stop),
        )
    code = next(c for c in titles if base in facts.awards.get(c, ()))
    return Outcome(True, f"Đã được tặng «{title_label(code)}» năm {base}.")


def check_service_years(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`years` or more consecutive years after the prerequisite, with `min_excellent` HTXSNV."""
    needed = int(param(params, "years", 5))
    min_excellent = int(param(params, "min_excellent", 0))
    if prior_award(facts, ctx, params) is None:
        return Outcome(False, "Chưa có khen thưởng làm căn cứ để tính thời gian tiếp theo.")
    run = service_run(facts, ctx, params)
    excellent = [y for y in run if facts.ratings.get(y) == "excellent"]
    passed = len(run) >= needed and len(excellent) >= min_excellent
    text = f"Hoàn thành tốt nhiệm vụ trở lên liên tục: {years_text(run)} ({len(run)} năm; cần {needed})"
    if min_excellent:
        text += f"; hoàn thành xuất sắc: {len(excellent)} năm (cần {min_excellent})"
    return Outcome(passed, text + ".")


def check_service_cstdcs(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """`count` CSTĐCS within that period (the year evaluated counts when eligible)."""
    count = int(param(params, "count", 3))
    run = service_run(facts, ctx, params)
    held = [y for y in run if ctx.holds(facts, "CSTDCS", y)]
    if not run:
        return Outcome(
            False, f"Chưa có thời gian thành tích liên tục để tính CSTĐCS (cần {count})."
        )
    return Outcome(
        len(held) >= count,
        f"Trong các năm {years_text(run)}: CSTĐCS {len(held)} lần ({years_text(held)}); cần {count}.",
    )
