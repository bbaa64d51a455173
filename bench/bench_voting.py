"""Benchmark of the secret ballot (issue 5): 30 council members vote at the same instant.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench_voting .venv/bin/python bench/bench_voting.py
    .venv/bin/python bench/bench_voting.py --voters 30 --items 5 --nominees 3 [--fresh]

Each of `--items` agenda items (one dossier with `--nominees` nominees) is opened for
voting; then `--voters` threads, released together by a barrier, each cast one ballot through
`ballot_cast` (row lock, checks, one Vote row per nominee, audit event, commit) on their
own open database connection. One more item is voted one ballot at a time, for the cost
of a vote without contention. The load average is printed: on a shared 2-core machine the
simultaneous figure is mostly queueing for the CPU (p95 ≈ voters × cost of one vote / cores). The time of each call is one sample; the script prints
p50, p95 and the maximum per vote over every item (target: p95 ≤ 200 ms), and the time to
close and count an item (shuffle + tally + outcomes). PostgreSQL is what the target is for
(`select_for_update` really waits there); without DATABASE_URL a temporary SQLite database
is used and the figures only show that the script runs.
Each run adds its own organisations (codes "BV<timestamp>…") to the database.
"""

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from threading import Barrier
from typing import Any

from _django import setup

TARGET_P95_MS = 200


def build(voters: int, items: int, nominees: int) -> tuple[Any, list[Any], list[Any]]:
    """A department, its council of `voters`, a meeting with `items` appraised dossiers."""
    from django.utils import timezone

    from thidua.accounts.models import Role
    from thidua.accounts.services import role_grant, user_create
    from thidua.councils.services.council import council_create, member_add
    from thidua.councils.services.meeting import agenda_item_add, attendance_record, meeting_create
    from thidua.nominations.models import Dossier, DossierStatus, Nomination, ReviewRound
    from thidua.organizations.people import person_create
    from thidua.organizations.services import org_create
    from thidua.rules.models import AwardType

    tag = f"BV{int(time.time())}"
    province = org_create(
        actor=None,
        code=tag,
        name=f"Tỉnh {tag}",
        kind="provincial_committee",
        parent=None,
        valid_from=dt.date(2015, 1, 1),
    )
    dept = org_create(
        actor=None,
        code=f"{tag}-S",
        name="Sở đo hiệu năng",
        kind="department",
        parent=province,
        valid_from=dt.date(2015, 1, 1),
    )
    unit = org_create(
        actor=None,
        code=f"{tag}-P",
        name="Phòng đề nghị",
        kind="division",
        parent=dept,
        valid_from=dt.date(2015, 1, 1),
    )
    secretary = user_create(actor=None, username=f"{tag}-tk", password=None, full_name="Thư Ký")
    role_grant(actor=None, user=secretary, role=Role.COUNCIL_SECRETARY, organization=dept)
    council = council_create(actor=secretary, organization=dept, name="Hội đồng TĐKT")
    members = [
        member_add(
            actor=secretary,
            council=council,
            position="Ủy viên",
            role="member",
            votes=True,
            term_start=dt.date(2025, 1, 1),
            user=user_create(
                actor=None, username=f"{tag}-{i}", password=None, full_name=f"Thành Viên {i}"
            ),
        )
        for i in range(voters)
    ]
    the_round = ReviewRound.objects.create(
        organizer=dept, year=2025, title="Đợt xét", submission_deadline=dt.date(2025, 11, 30)
    )
    meeting = meeting_create(
        actor=secretary,
        council=council,
        title="Phiên họp",
        held_at=timezone.now(),
        place="Phòng họp",
        chair=members[0],
    )
    awards = list(AwardType.objects.filter(code__in=["CSTD_TINH", "CSTDCS", "LDTT"]))
    agenda = []
    for i in range(items):
        dossier = Dossier.objects.create(
            round=the_round,
            organization=unit,
            title=f"Hồ sơ {i + 1}",
            status=DossierStatus.APPRAISED,
        )
        for j in range(nominees):
            person = person_create(
                actor=None,
                data={"full_name": f"Người {i}-{j}"},
                organization=unit,
                position="Chuyên viên",
                start_date=dt.date(2015, 1, 1),
            )
            Nomination.objects.create(
                dossier=dossier, person=person, award_type=awards[j % len(awards)], order=j
            )
        agenda.append(agenda_item_add(actor=secretary, meeting=meeting, dossier=dossier))
    attendance_record(actor=secretary, meeting=meeting, entries={m.pk: (True, "") for m in members})
    return secretary, members, agenda


def vote_all(item: Any, members: list[Any]) -> list[float]:
    """Every member casts one ballot at the same instant, each from its own thread and open
    connection (a server keeps its connections: CONN_MAX_AGE); the duration of each call."""
    from django.db import connection, connections

    from thidua.councils.services.voting import ballot_cast

    nominations = list(item.dossier.nominations.values_list("id", flat=True))
    barrier = Barrier(len(members))

    def one(i: int) -> float:
        choice = "yes" if i % 4 else "no"
        connection.ensure_connection()
        barrier.wait()
        try:
            start = time.perf_counter()
            ballot_cast(actor=members[i].user, item=item, choices={n: choice for n in nominations})
            return (time.perf_counter() - start) * 1000
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(members)) as pool:
        return list(pool.map(one, range(len(members))))


def _worker_start() -> None:
    """A forked worker opens its own connection (the parent's must not be shared)."""
    from django.db import connections

    for conn in connections.all():
        conn.inc_thread_sharing()  # forget the parent's socket without closing it
        conn.connection = None


def _worker_cast(task: tuple[int, int, list[int], str]) -> float:
    """One request served by a worker process: the time it finished (wall clock)."""
    from thidua.accounts.models import User
    from thidua.councils.models import AgendaItem
    from thidua.councils.services.voting import ballot_cast

    user_id, item_id, nominations, choice = task
    if user_id == 0:  # warm-up: open the connection before the clock starts
        User.objects.exists()
        return time.time()
    ballot_cast(
        actor=User.objects.get(pk=user_id),
        item=AgendaItem.objects.get(pk=item_id),
        choices={n: choice for n in nominations},
    )
    return time.time()


def vote_all_workers(item: Any, members: list[Any], workers: int) -> list[float]:
    """The ballots arrive together at a pool of `workers` processes, as at a server with
    that many workers (WEB_CONCURRENCY): each vote's time is its wait in the queue plus its
    service, from the common instant the 30 ballots were sent."""
    import multiprocessing

    from django.db import connections

    nominations = list(item.dossier.nominations.values_list("id", flat=True))
    tasks = [
        (m.user_id, item.pk, nominations, "yes" if i % 4 else "no") for i, m in enumerate(members)
    ]
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_worker_start) as pool:
        pool.map(_worker_cast, [(0, 0, [], "")] * workers, chunksize=1)
        sent = time.time()
        done = pool.map(_worker_cast, tasks, chunksize=1)
    return [(finished - sent) * 1000 for finished in done]


def vote_one_by_one(item: Any, members: list[Any]) -> list[float]:
    """The same ballots one after the other: the cost of one vote without waiting."""
    from thidua.councils.services.voting import ballot_cast

    nominations = list(item.dossier.nominations.values_list("id", flat=True))
    samples = []
    for member in members:
        start = time.perf_counter()
        ballot_cast(actor=member.user, item=item, choices={n: "yes" for n in nominations})
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voters", type=int, default=30)
    parser.add_argument("--items", type=int, default=5)
    parser.add_argument("--nominees", type=int, default=3)
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "3")),
        help="server worker processes (default: WEB_CONCURRENCY or 3, as `make run`)",
    )
    parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="thidua-bench-voting-"))
    setup(data_dir, fresh=args.fresh)
    from django.db import connection

    from thidua.councils.models import Vote
    from thidua.councils.services.voting import voting_close, voting_open

    secretary, members, agenda = build(args.voters, 2 * args.items + 1, args.nominees)
    alone = vote_one_by_one(voting_open(actor=secretary, item=agenda.pop()), members)
    samples, threaded, closes = [], [], []
    for n, item in enumerate(agenda):
        item = voting_open(actor=secretary, item=item)
        if n % 2:
            threaded += vote_all(item, members)
        else:
            samples += vote_all_workers(item, members, args.workers)
        start = time.perf_counter()
        voting_close(actor=secretary, item=item)
        closes.append((time.perf_counter() - start) * 1000)
        assert Vote.objects.filter(item=item).count() == args.voters * args.nominees
    p95 = percentile(samples, 0.95)
    print(
        f"database: {connection.vendor}; {args.voters} voters × {args.items} items, "
        f"{args.nominees} nominees per ballot ({len(samples)} votes)"
    )
    print(
        f"per vote, {args.workers} worker processes (queue + service): "
        f"p50 {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, "
        f"max {max(samples):.1f} ms (target p95 ≤ {TARGET_P95_MS} ms: "
        f"{'met' if p95 <= TARGET_P95_MS else 'NOT met'})"
    )
    print(
        f"per vote, {args.voters} threads of one process (GIL-bound, not a server): "
        f"p50 {statistics.median(threaded):.1f} ms, p95 {percentile(threaded, 0.95):.1f} ms"
    )
    print(
        f"one vote at a time: p50 {statistics.median(alone):.1f} ms, "
        f"p95 {percentile(alone, 0.95):.1f} ms; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )
    print(
        f"close and count an item: median {statistics.median(closes):.1f} ms, "
        f"max {max(closes):.1f} ms"
    )
    if connection.vendor != "postgresql":
        print("(SQLite: figures only show that the script runs; set DATABASE_URL for PostgreSQL)")
    os.environ.pop("THIDUA_DATA_DIR", None)


if __name__ == "__main__":
    sys.exit(main())
