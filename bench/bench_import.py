"""Benchmark of the Excel import: ~300 units and 50.000 staff through `import_run`.

    .venv/bin/python bench/bench_import.py [--staff 50000] [--units 300]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench .venv/bin/python bench/bench_import.py

Without DATABASE_URL a temporary SQLite database under /tmp is used and removed. With it,
the database is migrated and must hold no organisations yet (use a throwaway database).
The workbook is generated in a child process, so the peak memory printed (ru_maxrss) is
the import's, plus Django's baseline. Targets (issue 2): ≤ 30 s and ≤ 1 GB.
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
from pathlib import Path

from _django import setup

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
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Hoài"]
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
    "Thảo",
    "Trang",
    "Tuấn",
    "Vy",
]


def _units(count: int) -> list[list[object]]:
    rows: list[list[object]] = [
        ["BENCH", "UBND tỉnh Thử Nghiệm", "UBND", "UBND tỉnh", "", "Thử Nghiệm", None]
    ]
    departments = max(count // 15, 1)
    for d in range(departments):
        rows.append(
            [f"B-S{d:02d}", f"Sở thứ {d + 1}", f"S{d + 1}", "department", "BENCH", "", None]
        )
    d = 0
    while len(rows) < count:
        n = len(rows)
        rows.append(
            [
                f"B-P{n:04d}",
                f"Phòng số {n}",
                "",
                "Phòng chuyên môn",
                f"B-S{d % departments:02d}",
                "",
                dt.date(2001, 1, 1),
            ]
        )
        d += 1
    return rows


def _person(i: int, unit_codes: list[str], rng: random.Random) -> list[object]:
    from thidua.core.validators import PROVINCE_CODES

    provinces = sorted(PROVINCE_CODES)
    birth = dt.date(rng.randint(1962, 2000), rng.randint(1, 12), rng.randint(1, 28))
    female = rng.random() < 0.5
    digit = (0 if birth.year < 2000 else 2) + (1 if female else 0)
    national_id = f"{provinces[i % len(provinces)]}{digit}{birth.year % 100:02d}{i:06d}"
    name = f"{rng.choice(FAMILY)} {'Thị' if female else rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    start = dt.date(rng.randint(max(birth.year + 20, 2002), 2024), rng.randint(1, 12), 1)
    return [
        name,
        birth,
        "Nữ" if female else "Nam",
        national_id,
        f"CC{i:07d}",
        f"cb{i}@example.gov.vn" if i % 3 == 0 else "",
        f"09{i:08d}" if i % 2 == 0 else "",
        unit_codes[i % len(unit_codes)],
        "Chuyên viên",
        "Công chức",
        start,
    ]


def generate(path: Path, staff: int, units: int, streamed: bool) -> None:
    """Write the workbook as Excel does (shared strings, a dimension), or `streamed`:
    openpyxl's write-only mode, as the export writes it (inline strings, no dimension,
    which openpyxl reads about half as fast)."""
    from openpyxl import Workbook

    from thidua.organizations.imports.schema import (
        STAFF_COLUMNS,
        STAFF_TITLE,
        UNIT_COLUMNS,
        UNITS_TITLE,
    )

    rng = random.Random(20261122)
    workbook = Workbook(write_only=streamed)
    if not streamed:
        workbook.remove(workbook.active)
    unit_sheet = workbook.create_sheet(UNITS_TITLE)
    unit_sheet.append([c.header for c in UNIT_COLUMNS])
    unit_rows = _units(units)
    for row in unit_rows:
        unit_sheet.append(row)
    staff_sheet = workbook.create_sheet(STAFF_TITLE)
    staff_sheet.append([c.header for c in STAFF_COLUMNS])
    codes = [str(r[0]) for r in unit_rows]
    for i in range(staff):
        staff_sheet.append(_person(i + 1, codes, rng))
    workbook.save(path)


def _run(path: Path) -> tuple[float, float, object]:
    from thidua.organizations.imports.services import import_run

    started, cpu = time.perf_counter(), time.process_time()
    result = import_run(actor=None, file=path)
    return time.perf_counter() - started, time.process_time() - cpu, result


def _report(label: str, path: Path) -> None:
    elapsed, cpu, result = _run(path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = result.counts  # type: ignore[attr-defined]
    print(
        f"{label}: {elapsed:.1f} s elapsed ({cpu:.1f} s CPU), status {result.status}, "  # type: ignore[attr-defined]
        f"units +{counts.get('units_created')}, people +{counts.get('people_created')} "
        f"={counts.get('people_unchanged')}; peak memory (ru_maxrss) {peak:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=50_000)
    parser.add_argument("--units", type=int, default=300)
    parser.add_argument("--streamed", action="store_true", help="generate as the export does")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="thidua-bench-", dir="/tmp"))
    try:
        setup(data_dir)
        from django.db import connection

        from thidua.organizations.models import Organization

        if Organization.objects.exists():
            sys.exit("Cơ sở dữ liệu đã có đơn vị; hãy dùng một cơ sở dữ liệu trống để đo.")
        path = data_dir / "bench.xlsx"
        child = multiprocessing.get_context("fork").Process(
            target=generate, args=(path, args.staff, args.units, args.streamed)
        )
        child.start()
        child.join()
        print(
            f"database: {connection.vendor}; file: {path.stat().st_size / 1e6:.1f} MB "
            f"({'streamed' if args.streamed else 'Excel-like'}), {args.units} units, "
            f"{args.staff} staff; nproc {os.cpu_count()}"
        )
        _report("first import", path)
        _report("re-import of the same file", path)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
