"""Benchmark of eligibility: N people in M units with 10 years of history, evaluate-all.

    .venv/bin/python bench/bench_eligibility.py [--people 50000] [--units 300] [--year 2024]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench .venv/bin/python bench/bench_eligibility.py

Without DATABASE_URL a temporary SQLite database under /tmp is used and removed. With it,
the database is migrated and must hold no organisations yet (use a throwaway database).
The history is generated in a child process (bulk SQL, bypassing the services), so the
peak memory printed (ru_maxrss of this process) is the evaluation's plus Django's baseline.

In the same run, the floor: the same rows read with one plain SQL query per table (rows
fetched in batches and dropped). Targets (issue 4): 50.000 people ≤ 5 s and ≤ 3× the
floor; 500.000 people ≤ 1 GB peak memory.
"""

import argparse
import datetime as dt
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from _django import setup

FIRST_YEAR = 2015
BATCH = 20_000
GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
]
FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]


def _insert(table: str, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> int:
    """Bulk insert: COPY on PostgreSQL, executemany in batches on SQLite."""
    from django.db import connection

    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor
            with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        batch: list[tuple[Any, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _organizations(units: int) -> list[int]:
    """One province, departments of about 30 units each, `units` divisions; returns unit ids."""
    from thidua.organizations.models import Organization

    start = dt.date(2000, 1, 1)
    orgs = [
        Organization(
            pk=1,
            code="BENCH",
            name="UBND tỉnh Thử Nghiệm",
            kind="provincial_committee",
            path="00000001.",
            valid_from=start,
            name_folded="ubnd tinh thu nghiem",
        )
    ]
    departments = max(units // 30, 1)
    for d in range(departments):
        pk = 2 + d
        orgs.append(
            Organization(
                pk=pk,
                code=f"B-S{d:02d}",
                name=f"Sở thứ {d + 1}",
                kind="department",
                parent_id=1,
                path=f"00000001.{pk:08d}.",
                valid_from=start,
            )
        )
    unit_ids = []
    for u in range(units):
        pk = 2 + departments + u
        parent = 2 + u % departments
        orgs.append(
            Organization(
                pk=pk,
                code=f"B-P{u:04d}",
                name=f"Phòng số {u + 1}",
                kind="division",
                parent_id=parent,
                path=f"00000001.{parent:08d}.{pk:08d}.",
                valid_from=start,
            )
        )
        unit_ids.append(pk)
    Organization.objects.bulk_create(orgs)
    return unit_ids


class History:
    """Deterministic random history of one person, shared by the generators of each table."""

    def __init__(self, people: int, units: list[int], year: int) -> None:
        self.people, self.units, self.year = people, units, year
        self.types: dict[str, int] = {}

    def person(self, pid: int) -> dict[str, Any]:
        rng = random.Random(pid)
        start = dt.date(rng.randint(2000, self.year), rng.choice([1, 1, 1, 3, 7, 9]), 1)
        ratings = {}
        for y in range(max(FIRST_YEAR, start.year), self.year + 1):
            r = rng.random()
            ratings[y] = (
                "excellent"
                if r < 0.2
                else "good"
                if r < 0.8
                else "complete"
                if r < 0.97
                else "incomplete"
            )
        initiatives = [
            (y, "toan_quoc" if rng.random() < 0.005 else "tinh" if rng.random() < 0.1 else "co_so")
            for y in ratings
            if rng.random() < 0.09
        ]
        return {
            "rng": rng,
            "start": start,
            "ratings": ratings,
            "initiatives": initiatives,
            "unit": self.units[pid % len(self.units)],
            "moved": self.units[(pid * 7) % len(self.units)] if rng.random() < 0.05 else None,
        }

    def awards(self, pid: int, h: dict[str, Any]) -> Iterator[tuple[str, int]]:
        rng = random.Random(pid * 31)
        cstdcs_run = 0
        for y, rating in sorted(h["ratings"].items()):
            if y >= self.year:
                break  # the year evaluated has no decisions yet
            if rating in ("excellent", "good"):
                yield "LDTT", y
                initiative = any(iy == y for iy, _ in h["initiatives"])
                if (rating == "excellent" or initiative) and rng.random() < 0.7:
                    yield "CSTDCS", y
                    cstdcs_run += 1
                    if (
                        cstdcs_run >= 3
                        and any(lv != "co_so" for _, lv in h["initiatives"])
                        and rng.random() < 0.5
                    ):
                        yield "CSTD_TINH", y
                        cstdcs_run = 0
                else:
                    cstdcs_run = 0
            if rng.random() < 0.015:
                yield "BANG_KHEN_TINH", y
            if rng.random() < 0.002:
                yield "BANG_KHEN_TTG", y


def generate(people: int, units: int, year: int) -> None:
    """Child process: write the organisations, people and ten years of history."""
    from django.db import connection, transaction

    from thidua.rules.models import AwardType

    started = time.perf_counter()
    with transaction.atomic():
        unit_ids = _organizations(units)
        h = History(people, unit_ids, year)
        types = dict(AwardType.objects.values_list("code", "id"))
        now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
        counts = Counter()
        counts["people"] = _insert(
            "organizations_person",
            (
                "id",
                "full_name",
                "name_folded",
                "birth_date",
                "gender",
                "civil_servant_code",
                "email",
                "phone",
                "current_organization_id",
                "current_position",
                "created_at",
                "updated_at",
            ),
            (
                (
                    pid,
                    f"{FAMILY[pid % 16]} Văn {GIVEN[pid % 20]}",
                    f"ten {pid}",
                    dt.date(1970 + pid % 30, 1 + pid % 12, 1),
                    "male",
                    "",
                    "",
                    "",
                    unit_ids[pid % len(unit_ids)],
                    "Chuyên viên",
                    now,
                    now,
                )
                for pid in range(1, people + 1)
            ),
        )

        def employments() -> Iterator[tuple[Any, ...]]:
            for pid in range(1, people + 1):
                p = h.person(pid)
                if p["moved"] and p["start"].year < 2020:
                    yield (pid, p["moved"], "", "civil_servant", p["start"], dt.date(2019, 12, 31))
                    yield (pid, p["unit"], "", "civil_servant", dt.date(2020, 1, 1), None)
                else:
                    yield (pid, p["unit"], "", "civil_servant", p["start"], None)

        counts["employments"] = _insert(
            "organizations_employment",
            (
                "person_id",
                "organization_id",
                "position",
                "staff_category",
                "start_date",
                "end_date",
            ),
            employments(),
        )

        def ratings() -> Iterator[tuple[Any, ...]]:
            for pid in range(1, people + 1):
                for y, r in h.person(pid)["ratings"].items():
                    yield (pid, None, y, r, 12, "")
            for oid in unit_ids:
                for y in range(FIRST_YEAR, year + 1):
                    yield (None, oid, y, "excellent" if (oid + y) % 3 == 0 else "good", None, "")

        counts["ratings"] = _insert(
            "rules_yearrating",
            ("person_id", "organization_id", "year", "rating", "months_worked", "note"),
            ratings(),
        )

        def awards() -> Iterator[tuple[Any, ...]]:
            for pid in range(1, people + 1):
                for code, y in h.awards(pid, h.person(pid)):
                    yield (pid, None, types[code], y, f"{y}/QĐ", None, "", False, "")

        counts["awards"] = _insert(
            "rules_awardrecord",
            (
                "person_id",
                "organization_id",
                "award_type_id",
                "year",
                "decision_number",
                "decision_date",
                "issuer",
                "revoked",
                "note",
            ),
            awards(),
        )
        initiatives: list[tuple[Any, ...]] = []
        authors: list[tuple[Any, ...]] = []
        for pid in range(1, people + 1):
            for y, level in h.person(pid)["initiatives"]:
                iid = len(initiatives) + 1
                initiatives.append(
                    (
                        iid,
                        f"SK{iid}",
                        f"Sáng kiến {iid}",
                        "sang_kien",
                        y,
                        level,
                        "",
                        None,
                        "",
                        "",
                        "",
                    )
                )
                authors.append((iid, pid, None))
                if iid % 10 == 0 and pid < people:
                    authors.append((iid, pid + 1, None))
        counts["initiatives"] = _insert(
            "rules_initiative",
            (
                "id",
                "code",
                "title",
                "kind",
                "year",
                "level",
                "decision_number",
                "decision_date",
                "recognized_by",
                "scope",
                "note",
            ),
            initiatives,
        )
        counts["initiative_authors"] = _insert(
            "rules_initiativeauthor", ("initiative_id", "person_id", "share"), authors
        )
        counts["disciplines"] = _insert(
            "rules_discipline",
            (
                "person_id",
                "form",
                "decision_number",
                "decision_date",
                "start_date",
                "end_date",
                "note",
            ),
            (
                (
                    pid,
                    "reprimand" if pid % 2 else "warning",
                    "",
                    None,
                    dt.date(year - pid % 3, 3, 1),
                    None,
                    "",
                )
                for pid in range(7, people + 1, 97)
            ),
        )
        from thidua.rules.models import ProvinceSetting

        ProvinceSetting.objects.create(
            province_id=1, year=2020, quotas=[{"title": "CSTDCS", "of": "LDTT", "max_share": 0.15}]
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"generated in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{k} {v:,}" for k, v in counts.items()),
        flush=True,
    )


FLOOR_QUERIES = {
    "people": "SELECT id, full_name, national_id FROM organizations_person",
    "employments": "SELECT person_id, organization_id, start_date, end_date FROM organizations_employment",
    "organizations": "SELECT id, code, name, path, kind, parent_id, successor_id, valid_from, valid_to FROM organizations_organization",
    "ratings": "SELECT person_id, organization_id, year, rating FROM rules_yearrating",
    "awards": "SELECT person_id, organization_id, award_type_id, year FROM rules_awardrecord WHERE revoked = %s",
    "initiatives": "SELECT a.person_id, i.code, i.year, i.level, i.kind FROM rules_initiativeauthor a JOIN rules_initiative i ON i.id = a.initiative_id",
    "disciplines": "SELECT person_id, form, start_date, end_date FROM rules_discipline",
}


def floor() -> tuple[float, float, dict[str, int]]:
    """One plain query per table, every row fetched (in batches, then dropped).
    Returns wall seconds, CPU seconds of this process, rows per table."""
    from django.db import connection

    rows: dict[str, int] = {}
    started, cpu = time.perf_counter(), time.process_time()
    with connection.cursor() as cursor:
        for name, sql in FLOOR_QUERIES.items():
            cursor.execute(sql, [False] if "%s" in sql else [])
            n = 0
            while batch := cursor.fetchmany(BATCH):
                n += len(batch)
            rows[name] = n
    return time.perf_counter() - started, time.process_time() - cpu, rows


def evaluate(year: int) -> tuple[float, float, Counter[str], int]:
    """Every person and collective against every award in force, then the quotas."""
    from thidua.rules.selectors.eligibility import EligibilityRun

    started, cpu = time.perf_counter(), time.process_time()
    run = EligibilityRun(year=year)
    eligible: Counter[str] = Counter()
    for result in run.results():
        eligible.update(result.eligible)
    return time.perf_counter() - started, time.process_time() - cpu, eligible, len(run.quotas)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--units", type=int, default=300)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument(
        "--repeat", type=int, default=3, help="floor and evaluation runs (the best is kept)"
    )
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="thidua-bench-", dir="/tmp"))
    try:
        setup(data_dir)
        from django.db import connection

        from thidua.organizations.models import Organization

        if Organization.objects.exists():
            sys.exit("Cơ sở dữ liệu đã có đơn vị; hãy dùng một cơ sở dữ liệu trống để đo.")
        connection.close()
        child = multiprocessing.get_context("fork").Process(
            target=generate, args=(args.people, args.units, args.year)
        )
        child.start()
        child.join()
        if child.exitcode != 0:
            sys.exit("Sinh dữ liệu thất bại.")
        print(
            f"database: {connection.vendor}; {args.people:,} people in {args.units} units, "
            f"history {FIRST_YEAR}–{args.year}; nproc {os.cpu_count()}"
        )
        floors, runs = [], []
        for _ in range(max(args.repeat, 1)):
            wall, cpu, rows = floor()
            floors.append((wall, cpu))
            wall, cpu, eligible, quotas = evaluate(args.year)
            runs.append((wall, cpu))
        print(
            f"floor (one plain query per table, {sum(rows.values()):,} rows: "
            + ", ".join(f"{k} {v:,}" for k, v in rows.items())
            + ")"
        )
        f_wall, f_cpu = min(w for w, _ in floors), min(c for _, c in floors)
        e_wall, e_cpu = min(w for w, _ in runs), min(c for _, c in runs)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"floor:        wall {f_wall:.2f} s, cpu {f_cpu:.2f} s (best of {len(floors)})")
        print(
            f"evaluate-all: wall {e_wall:.2f} s, cpu {e_cpu:.2f} s (best of {len(runs)}; runs "
            + ", ".join(f"{w:.2f}/{c:.2f}" for w, c in runs)
            + ")"
        )
        print(
            f"ratio to the floor: wall {e_wall / f_wall:.1f}×, cpu {e_cpu / f_cpu:.1f}×; "
            f"peak memory {peak:.0f} MB; {quotas} quota rows; load average {os.getloadavg()[0]:.1f}"
        )
        print("eligible: " + ", ".join(f"{k} {v:,}" for k, v in sorted(eligible.items())))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
