"""History rows for DB tests, written through the services (so audit rows are real)."""

import datetime as dt
from decimal import Decimal

from thidua.rules import services
from thidua.rules.models import AwardType


def rate(subject, year, rating="good", months=None):
    kind = "person" if subject.__class__.__name__ == "Person" else "organization"
    return services.rating_save(
        actor=None,
        data={"year": year, "rating": rating, "months_worked": months},
        **{kind: subject},
    )


def give(subject, code, year, number=""):
    kind = "person" if subject.__class__.__name__ == "Person" else "organization"
    return services.award_record_save(
        actor=None,
        data={
            "award_type": AwardType.objects.get(code=code),
            "year": year,
            "decision_number": number or f"{year}/{code}",
        },
        **{kind: subject},
    )


def initiative(code, year, level, *authors, shares=None):
    return services.initiative_save(
        actor=None,
        data={"code": code, "title": f"Sáng kiến {code}", "year": year, "level": level},
        authors=[
            (p, Decimal(s) if s else None)
            for p, s in zip(authors, shares or [None] * len(authors), strict=True)
        ],
    )


def discipline(person, form, start, end=None):
    return services.discipline_save(
        actor=None, person=person, data={"form": form, "start_date": start, "end_date": end}
    )


D = dt.date
