"""Shared shapes and helpers of the checks: the outcome, chains of years, initiatives.

A check decides at once and explains on demand: an outcome's message is a string or a
function returning it, called only when the explanation is shown (evaluating 500.000
people must not format millions of sentences nobody reads). Every value the explanation
uses is computed before the function is made, so it never sees later state.
"""

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from thidua.rules.facts import (
    LEVEL_LABELS,
    LEVEL_RANK,
    RATING_RANK,
    Context,
    InitiativeFact,
    SubjectFacts,
    rating_label,
    title_label,
)

Params = Mapping[str, Any]
Message = str | Callable[[], str]


# (passed, message): a plain tuple, the cheapest object Python builds (ADR 0005).
Outcome = tuple[bool, Message]


def outcome_text(outcome: Outcome) -> str:
    message = outcome[1]
    return message if isinstance(message, str) else message()


def years_text(years: Iterable[int]) -> str:
    """2022, 2023, 2024 → "2022–2024"; gaps are listed: "2019, 2021"."""
    ordered = sorted(years)
    if not ordered:
        return "không có năm nào"
    if len(ordered) > 2 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(y) for y in ordered)


def last_award_before(facts: SubjectFacts, code: str, year: int) -> int | None:
    """The latest year before `year` in which the subject received `code`."""
    years = facts.awards.get(code)
    if not years:
        return None
    return max((y for y in years if y < year), default=None)


def title_run(
    facts: SubjectFacts, ctx: Context, code: str, year: int, stop: int | None = None
) -> list[int]:
    """Consecutive years ending at `year` in which the subject holds title `code`.

    The run does not reach `stop` or earlier (an achievement already rewarded).
    """
    held = facts.awards.get(code, ())
    now = code in ctx.eligible
    run: list[int] = []
    y = year
    while (stop is None or y > stop) and (y in held or (now and y == ctx.year)):
        run.append(y)
        y -= 1
    run.reverse()
    return run


def rating_run(facts: SubjectFacts, year: int, minimum: str, stop: int | None = None) -> list[int]:
    """Consecutive years ending at `year` rated `minimum` or better (after `stop`)."""
    floor = RATING_RANK[minimum]
    ratings = facts.ratings
    run: list[int] = []
    y = year
    while (stop is None or y > stop) and RATING_RANK.get(ratings.get(y, ""), -1) >= floor:
        run.append(y)
        y -= 1
    run.reverse()
    return run


def initiatives_in(
    facts: SubjectFacts, years: Iterable[int], min_level: str
) -> list[InitiativeFact]:
    if not facts.initiatives:
        return []
    wanted = set(years)
    floor = LEVEL_RANK[min_level]
    return [
        i for i in facts.initiatives if i.year in wanted and LEVEL_RANK.get(i.level, 0) >= floor
    ]


def initiatives_text(found: list[InitiativeFact], min_level: str) -> str:
    if not found:
        return f"không có sáng kiến, đề tài nào được công nhận từ {LEVEL_LABELS[min_level]} trở lên"
    codes = ", ".join(f"{i.code} ({LEVEL_LABELS.get(i.level, i.level)}, {i.year})" for i in found)
    return f"{len(found)} sáng kiến, đề tài: {codes}"


def need_rating_text(minimum: str) -> str:
    if minimum == "excellent":
        return f"«{rating_label(minimum)}»"
    return f"từ «{rating_label(minimum)}» trở lên"


def already_text(code: str, stop: int | None) -> str:
    if stop is None:
        return ""
    return f" Đã được tặng «{title_label(code)}» năm {stop} nên chỉ tính các năm sau đó."


def check_min_rating(facts: SubjectFacts, ctx: Context, params: Params) -> Outcome:
    """The year's rating reaches `min_rating` (persons and collectives alike)."""
    minimum = params["min_rating"]
    got = facts.ratings.get(ctx.year)
    year = ctx.year
    if got is None:
        return (False, lambda: f"Chưa có kết quả xếp loại năm {year}.")
    passed = RATING_RANK[got] >= RATING_RANK[minimum]
    return (
        passed,
        lambda: (
            f"Năm {year} xếp loại «{rating_label(got)}», "
            f"{'đạt yêu cầu' if passed else 'chưa đạt yêu cầu'} {need_rating_text(minimum)}."
        ),
    )
