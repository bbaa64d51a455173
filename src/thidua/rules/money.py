"""Reward money: coefficient × base salary on the decision date, rounded (pure, Decimal).

NĐ 98/2023 says "làm tròn số lên hàng chục nghìn đồng": literally *up* to the next
10.000 đồng (`ceil`, the default); some practitioners round to the nearest (`nearest`,
RULES.md §10.8). Both are kept; the province chooses.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

ROUNDING_UNIT = Decimal(10_000)
ROUNDINGS = {"ceil": ROUND_CEILING, "nearest": ROUND_HALF_UP}


@dataclass(frozen=True, slots=True)
class RewardAmount:
    coefficient: Decimal  # the individual coefficient × the collective multiplier
    base_salary: int
    raw: Decimal
    amount: int
    rounding: str

    def as_dict(self) -> dict[str, int | float]:
        raw = int(self.raw) if self.raw == self.raw.to_integral_value() else float(self.raw)
        return {
            "coefficient": float(self.coefficient),
            "base_salary": self.base_salary,
            "raw": raw,
            "amount": self.amount,
        }


def round_money(raw: Decimal, rounding: str = "ceil") -> int:
    if rounding not in ROUNDINGS:
        raise ValueError(f"Cách làm tròn không hợp lệ: {rounding}")
    units = (raw / ROUNDING_UNIT).to_integral_value(rounding=ROUNDINGS[rounding])
    return int(units * ROUNDING_UNIT)


def reward_amount(
    *, coefficient: Decimal, multiplier: Decimal, base_salary: int, rounding: str = "ceil"
) -> RewardAmount:
    effective = Decimal(coefficient) * Decimal(multiplier)
    raw = effective * Decimal(base_salary)
    return RewardAmount(
        coefficient=effective.normalize(),
        base_salary=base_salary,
        raw=raw,
        amount=round_money(raw, rounding),
        rounding=rounding,
    )


def salary_on(table: list[tuple[dt.date, int]], day: dt.date) -> int | None:
    """The base salary in force on `day` from (effective_from, amount) rows."""
    amount = None
    for start, value in sorted(table):
        if start <= day:
            amount = value
    return amount
