"""Build the plain facts the dossier rules (nominations/rules.py) judge."""

import datetime as dt
from collections import defaultdict

from django.db.models import Q
from django.utils import timezone

from thidua.movements.models import RegistrationLine, RegistrationStatus
from thidua.nominations.models import Dossier, DossierStatus, Nomination, Outcome, RoundStatus
from thidua.nominations.rules import DossierFacts, NomineeFacts, QuotaFacts, titles_covered
from thidua.organizations.models import Employment
from thidua.publicity.selectors import publication_state
from thidua.rules.engine import setting_for
from thidua.rules.models import AwardRecord
from thidua.rules.selectors.catalogue import (
    council_rule_for,
    province_id_of,
    setting_rows,
)

REGISTERED = (RegistrationStatus.SUBMITTED, RegistrationStatus.ACCEPTED)


def _registered(
    nominations: list[Nomination], year: int
) -> set[tuple[int | None, int | None, str]]:
    """(person, organisation, award code) triples registered for `year`, a registered title
    also covering the titles it is built on (`rules.titles_covered`)."""
    people = [n.person_id for n in nominations if n.person_id]
    orgs = [n.organization_id for n in nominations if n.organization_id]
    lines = RegistrationLine.objects.filter(
        Q(person_id__in=people) | Q(person__isnull=True, registration__organization_id__in=orgs),
        registration__status__in=REGISTERED,
    ).filter(
        Q(registration__period__year=year)
        | Q(
            registration__period__year__isnull=True,
            registration__period__movement__start_year__lte=year,
            registration__period__movement__end_year__gte=year,
        )
    )
    found: set[tuple[int | None, int | None, str]] = set()
    for person_id, org_id, code in lines.values_list(
        "person_id", "registration__organization_id", "award_type__code"
    ):
        for covered in titles_covered(code):
            found.add((person_id, None if person_id else org_id, covered))
    return found


def _duplicates(dossier: Dossier, nominations: list[Nomination]) -> dict[int, list[str]]:
    """Per nomination: the other dossiers of the same year and the awards already received
    for the same subject and award (a revoked award or a rejected nominee does not count)."""
    year = dossier.round.year
    found: dict[int, list[str]] = defaultdict(list)
    keys = {(n.person_id, n.organization_id, n.award_type_id): n.pk for n in nominations}
    people = [n.person_id for n in nominations if n.person_id]
    orgs = [n.organization_id for n in nominations if n.organization_id]
    subject_q = Q(person_id__in=people) | Q(organization_id__in=orgs)
    others = (
        Nomination.objects.filter(subject_q, dossier__round__year=year)
        .exclude(dossier=dossier)
        .exclude(dossier__status=DossierStatus.DRAFT)
        .exclude(outcome=Outcome.REJECTED)
        .values_list("person_id", "organization_id", "award_type_id", "dossier__title")
    )
    for person_id, org_id, award_id, title in others:
        pk = keys.get((person_id, org_id, award_id))
        if pk:
            found[pk].append(f"đã được đề nghị trong hồ sơ «{title}»")
    awards = AwardRecord.objects.filter(subject_q, year=year, revoked=False).values_list(
        "person_id", "organization_id", "award_type_id", "decision_number"
    )
    for person_id, org_id, award_id, number in awards:
        pk = keys.get((person_id, org_id, award_id))
        if pk:
            where = f" (Quyết định số {number})" if number else ""
            found[pk].append(f"đã được khen thưởng danh hiệu, hình thức này năm {year}{where}")
    return found


def _quotas(dossier: Dossier, nominations: list[Nomination]) -> tuple[QuotaFacts, ...]:
    year = dossier.round.year
    setting = setting_for(setting_rows(), province_id_of(dossier.organization.path), year)
    if setting is None or not setting.quotas:
        return ()
    by_code: dict[str, set[int]] = defaultdict(set)
    for n in nominations:
        if n.person_id:
            by_code[n.award_type.code].add(n.person_id)
    year_end = dt.date(year, 12, 31)
    members = Employment.objects.filter(
        organization__path__startswith=dossier.organization.path, start_date__lte=year_end
    ).filter(Q(end_date__isnull=True) | Q(end_date__gte=year_end))
    rows = []
    for q in setting.quotas:
        title, of = q.get("title", ""), q.get("of", "")
        if not by_code.get(title):
            continue
        held = AwardRecord.objects.filter(
            award_type__code=of,
            year=year,
            revoked=False,
            person_id__in=members.values("person_id"),
        ).values_list("person_id", flat=True)
        base = by_code.get(of, set()) | set(held)
        rows.append(
            QuotaFacts(
                title=title,
                of=of,
                max_share=str(q.get("max_share", "0")),
                count=len(by_code[title]),
                base=len(base),
            )
        )
    return tuple(rows)


def dossier_facts(dossier: Dossier, today: dt.date | None = None) -> DossierFacts:
    """Everything the guards of the transition table need, in a handful of queries."""
    today = today or timezone.localdate()
    the_round = dossier.round
    nominations = list(dossier.nominations.select_related("award_type", "person", "organization"))
    registered = _registered(nominations, the_round.year)
    duplicates = _duplicates(dossier, nominations)
    public: dict[str, bool] = {}
    for n in nominations:
        code = n.award_type.code
        if code not in public:
            public[code] = council_rule_for(
                award_type=n.award_type, organization=the_round.organizer, year=the_round.year
            ).public_comment
    nominees = tuple(
        NomineeFacts(
            key=n.pk,
            label=f"{n.subject_name} – {n.award_type.name}",
            person_id=n.person_id,
            organization_id=n.organization_id,
            award_code=n.award_type.code,
            award_kind=n.award_type.kind,
            decider=n.award_type.decider,
            eligible=n.eligible,
            justification=n.justification,
            registered=(
                n.person_id,
                n.organization_id if not n.person_id else None,
                n.award_type.code,
            )
            in registered,
            duplicates=tuple(duplicates.get(n.pk, ())),
            appraisal=n.appraisal,
            outcome=n.outcome,
            public_comment=public[n.award_type.code],
        )
        for n in nominations
    )
    state = publication_state(dossier_id=dossier.pk)
    return DossierFacts(
        status=dossier.status,
        today=today,
        round_open=the_round.status == RoundStatus.OPEN,
        submission_deadline=the_round.submission_deadline,
        nominees=nominees,
        quotas=_quotas(dossier, nominations),
        attachment_kinds=frozenset(dossier.attachments.values_list("kind", flat=True)),
        publication_closes_on=state.closes_on,
        open_comments=state.open_comments,
    )
