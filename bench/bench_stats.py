"""Benchmark of the year statistics (issue 5 item 8): a province of 50.000 people, 5 years of awards.

    .venv/bin/python bench/bench_stats.py [--people 50000] [--years 5] [--runs 10]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench_stats .venv/bin/python bench/bench_stats.py [--fresh]

With DATABASE_URL (PostgreSQL) the database is created if missing and migrated; a database
holding this benchmark's data from an earlier run is reused (`--fresh` drops and recreates
it), one holding other organisations is refused. Without DATABASE_URL a temporary SQLite
database under /tmp is used and removed.

Data (bulk INSERTs; paths and versions as the services write them): one province, 20
departments, 10 units each, 5 teams under every other unit (721 organisations, four levels);
`--people` people with a post from 2015, one in ten moved to another unit in 2021, one in
fifty left in 2022; for each of `--years` years up to 2023: Lao động tiên tiến for about 90 %,
Chiến sĩ thi đua cơ sở for about 10 %, cấp tỉnh for about 1 % (a few revoked), Tập thể lao
động tiên tiến for about 90 % of the units and Tập thể lao động xuất sắc for about 15 %, and
initiatives for the CSTĐCS. Then it measures `year_stats_for` (the command's work) and
`stats_page` (the page's: the year and the previous one) for the province and for one
department — target ≤ 1 s.
"""

import argparse
import datetime as dt
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _django import prepare_data, setup

BENCH_ROOT = "ST1"  # code of the benchmark's province; its presence marks a database as ours
LAST_YEAR = 2023
TARGET_MS = 1000
DEPARTMENTS = 20
UNITS_PER_DEPARTMENT = 10
TEAMS_PER_UNIT = 5
BATCH = 5000


# --- data -------------------------------------------------------------------------------


def _org_rows() -> list[tuple[str, str, str, str | None]]:
    """(code, name, kind, parent code), parents first."""
    rows: list[tuple[str, str, str, str | None]] = [
        (BENCH_ROOT, "UBND tỉnh Đo Hiệu Năng", "provincial_committee", None)
    ]
    for d in range(DEPARTMENTS):
        dept = f"{BENCH_ROOT}-S{d:02d}"
        rows.append((dept, f"Sở đo hiệu năng số {d + 1}", "department", BENCH_ROOT))
        for u in range(UNITS_PER_DEPARTMENT):
            unit = f"{dept}-U{u:02d}"
            kind = "division" if u % 2 else "public_service_unit"
            rows.append((unit, f"Đơn vị {u + 1} của sở {d + 1}", kind, dept))
            if u % 2 == 0:
                for t in range(TEAMS_PER_UNIT):
                    rows.append((f"{unit}-T{t}", f"Tổ {t + 1}", "other", unit))
    return rows


def _organisations() -> list[Any]:
    from thidua.organizations.models import Organization, OrganizationVersion

    start = dt.date(2000, 1, 1)
    rows = _org_rows()
    orgs: dict[str, Any] = {}
    for code, name, kind, parent in rows:  # one INSERT each: the path needs the parent's pk
        org = Organization.objects.create(
            code=code,
            name=name,
            name_folded=name.lower(),
            kind=kind,
            parent=orgs.get(parent) if parent else None,
            valid_from=start,
        )
        parent_path = orgs[parent].path if parent else ""
        org.path = f"{parent_path}{org.pk:08d}."
        orgs[code] = org
    Organization.objects.bulk_update(list(orgs.values()), ["path"], batch_size=BATCH)
    OrganizationVersion.objects.bulk_create(
        OrganizationVersion(
            organization=o, name=o.name, kind=o.kind, parent=o.parent, valid_from=start
        )
        for o in orgs.values()
    )
    return list(orgs.values())


def _people(count: int, units: list[Any], rng: random.Random) -> list[Any]:
    from thidua.organizations.models import Employment, Person

    people = Person.objects.bulk_create(
        (Person(full_name=f"Người đo {i}", name_folded=f"nguoi do {i}") for i in range(count)),
        batch_size=BATCH,
    )
    jobs = []
    for person in people:
        unit = rng.choice(units)
        roll = rng.random()
        if roll < 0.1:  # moved in 2021
            jobs.append(
                Employment(
                    person=person,
                    organization=unit,
                    start_date=dt.date(2015, 1, 1),
                    end_date=dt.date(2021, 6, 30),
                )
            )
            jobs.append(
                Employment(
                    person=person, organization=rng.choice(units), start_date=dt.date(2021, 7, 1)
                )
            )
        elif roll < 0.12:  # left in 2022
            jobs.append(
                Employment(
                    person=person,
                    organization=unit,
                    start_date=dt.date(2015, 1, 1),
                    end_date=dt.date(2022, 3, 31),
                )
            )
        else:
            jobs.append(
                Employment(person=person, organization=unit, start_date=dt.date(2015, 1, 1))
            )
    Employment.objects.bulk_create(jobs, batch_size=BATCH)
    return people


def _awards(people: list[Any], units: list[Any], years: int, rng: random.Random) -> int:
    from thidua.rules.models import AwardRecord, AwardType, Initiative, InitiativeAuthor

    types = {t.code: t for t in AwardType.objects.all()}
    records: list[Any] = []
    initiatives = 0
    for year in range(LAST_YEAR - years + 1, LAST_YEAR + 1):
        number = f"{year}/QĐ-BENCH"
        for person in people:
            roll = rng.random()
            if roll < 0.9:
                records.append(
                    AwardRecord(
                        person=person, award_type=types["LDTT"], year=year, decision_number=number
                    )
                )
            if roll < 0.1:
                records.append(
                    AwardRecord(
                        person=person, award_type=types["CSTDCS"], year=year, decision_number=number
                    )
                )
            if roll < 0.01:
                records.append(
                    AwardRecord(
                        person=person,
                        award_type=types["CSTD_TINH"],
                        year=year,
                        decision_number=number,
                        revoked=roll < 0.001,
                    )
                )
        for unit in units:
            roll = rng.random()
            if roll < 0.9:
                records.append(
                    AwardRecord(
                        organization=unit,
                        award_type=types["TTLDTT"],
                        year=year,
                        decision_number=number,
                    )
                )
            if roll < 0.15:
                records.append(
                    AwardRecord(
                        organization=unit,
                        award_type=types["TTLDXS"],
                        year=year,
                        decision_number=number,
                    )
                )
        authors = [p for p in people if rng.random() < 0.02]
        items = Initiative.objects.bulk_create(
            (
                Initiative(
                    code=f"BENCH-{year}-{i}",
                    title="Sáng kiến đo hiệu năng",
                    year=year,
                    level="co_so" if i % 20 else "tinh",
                )
                for i in range(len(authors))
            ),
            batch_size=BATCH,
        )
        InitiativeAuthor.objects.bulk_create(
            (InitiativeAuthor(initiative=i, person=p) for i, p in zip(items, authors, strict=True)),
            batch_size=BATCH,
        )
        initiatives += len(items)
    AwardRecord.objects.bulk_create(records, batch_size=BATCH)
    return len(records) + initiatives


def _generate(people: int, years: int) -> float:
    from django.db import transaction

    started = time.perf_counter()
    rng = random.Random(20231231)
    with transaction.atomic():
        orgs = _organisations()
        units = [o for o in orgs if o.kind != "provincial_committee"]
        persons = _people(people, units, rng)
        rows = _awards(persons, units, years, rng)
    _analyze()
    print(f"generated {len(orgs)} organisations, {people} people, {rows} award and initiative rows")
    return time.perf_counter() - started


def _analyze() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


# --- measuring ------------------------------------------------------------------------------


def _timings(action: Callable[[], object], runs: int) -> list[float]:
    action()  # warm the caches once, as a server that has been up would have them
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _line(label: str, samples: list[float]) -> float:
    ordered = sorted(samples)
    print(
        f"{label:<44} p50 {statistics.median(ordered):7.1f} ms  max {ordered[-1]:7.1f} ms  (n={len(ordered)})"
    )
    return ordered[-1]


def _measure(runs: int) -> float:
    from thidua.organizations.models import Organization
    from thidua.reports.selectors import stats_page, year_stats_for

    province = Organization.objects.get(code=BENCH_ROOT)
    dept = Organization.objects.get(code=f"{BENCH_ROOT}-S00")
    stats = year_stats_for(organization=province, year=LAST_YEAR)
    print(
        f"province {LAST_YEAR}: {stats.totals.ca_nhan} people, {stats.totals.tap_the} collectives; "
        + "; ".join(f"{t.code} {t.count} ({t.percent} %)" for t in stats.titles)
    )
    worst = 0.0
    for label, org in (("province", province), ("one department", dept)):
        worst = max(
            worst,
            _line(
                f"year_stats_for ({label})",
                _timings(lambda org=org: year_stats_for(organization=org, year=LAST_YEAR), runs),
            ),
            _line(
                f"stats_page: year + previous ({label})",
                _timings(lambda org=org: stats_page(organization=org, year=LAST_YEAR), runs),
            ),
        )
    return worst


def _prepare(args: argparse.Namespace) -> None:
    prepare_data(BENCH_ROOT, analyze=_analyze, generate=lambda: _generate(args.people, args.years))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each measure")
    parser.add_argument(
        "--fresh", action="store_true", help="drop and recreate the PostgreSQL database"
    )
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="thidua-bench-", dir="/tmp"))
    try:
        setup(data_dir, fresh=args.fresh)
        _prepare(args)
        worst = _measure(args.runs)
        verdict = "met" if worst <= TARGET_MS else "MISSED"
        print(f"\nslowest run: {worst:.1f} ms — target ≤ {TARGET_MS} ms {verdict}")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
