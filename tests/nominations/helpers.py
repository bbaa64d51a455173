"""Builders of rounds, dossiers and nominees through the services (events and rows are real)."""

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import make_person
from tests.movements.helpers import make_movement, open_period
from tests.rules.factories import rate
from thidua.movements import services as movement_services
from thidua.nominations.models import Dossier, Nomination, ReviewRound
from thidua.nominations.services.dossiers import dossier_create
from thidua.nominations.services.nominees import Entry, nominee_add
from thidua.nominations.services.rounds import round_open
from thidua.organizations.models import Organization, Person
from thidua.rules.models import AwardType

YEAR = 2025
FAR = dt.date(2099, 12, 31)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def award(code: str) -> AwardType:
    return AwardType.objects.get(code=code)


def pdf(name: str = "to-trinh.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def make_round(tree: Any, *, organizer: Any = None, year: int = YEAR, **data: Any) -> ReviewRound:
    return round_open(
        actor=None,
        organizer=organizer or tree.dept,
        data={
            "kind": "year_end",
            "year": year,
            "title": f"Xét khen thưởng tổng kết năm {year}",
            "submission_deadline": FAR,
            **data,
        },
    )


def make_dossier(the_round: ReviewRound, org: Organization, title: str = "") -> Dossier:
    return dossier_create(
        actor=None,
        the_round=the_round,
        organization=org,
        data={"title": title or f"Đề nghị khen thưởng năm {the_round.year} – {org.name}"},
    )


def good_person(name: str, org: Organization, year: int = YEAR, rating: str = "good") -> Person:
    """A person employed since 2015 and rated `rating` in `year` (eligible for LĐTT if good)."""
    person = make_person(name, org=org)
    rate(person, year, rating)
    return person


def add(
    dossier: Dossier,
    *,
    person: Person | None = None,
    organization: Organization | None = None,
    code: str = "GIAY_KHEN",
    justification: str = "",
    summary: str = "",
) -> Nomination:
    return nominee_add(
        dossier=dossier,
        actor=None,
        entry=Entry(
            award(code),
            person=person,
            organization=organization,
            justification=justification,
            summary=summary,
        ),
    )


def register(tree: Any, org: Organization, people: dict[Person, str], year: int = YEAR) -> None:
    """A submitted registration of `org` for `year` with each person's title."""
    movement = make_movement(tree, title=f"Phong trào thi đua năm {year}", start=year, end=year)
    period = open_period(movement)
    registration = movement_services.registration_save(
        actor=None,
        period=period,
        organization=org,
        collective=[],
        individuals={p.pk: award(code) for p, code in people.items()},
        commitments="",
    )
    movement_services.registration_transition(registration=registration, to="submitted", actor=None)
