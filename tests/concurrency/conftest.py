"""Concurrency tests: several threads, each with its own database connection.

They need PostgreSQL's row locks (`select_for_update`); SQLite serialises every writer and
ignores the locks, so `make test` runs this directory in the PostgreSQL pass only. Run on
anything else, the tests fail on purpose rather than pass without proving anything.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier
from typing import Any

import pytest
from django.db import connection, connections


@pytest.fixture(autouse=True)
def _require_postgres(db: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.fail("Các phép thử đồng thời cần PostgreSQL (DATABASE_URL=postgres://…).")


@pytest.fixture
def run_together() -> Callable[..., list[Any]]:
    """Run `fn(i)` for i in range(n) in n threads released at the same instant; return each
    call's result or the exception it raised."""

    def run(fn: Callable[[int], Any], n: int) -> list[Any]:
        barrier = Barrier(n)

        def one(i: int) -> Any:
            barrier.wait()
            try:
                return fn(i)
            except Exception as error:  # the test inspects what each thread met
                return error
            finally:
                connections.close_all()

        with ThreadPoolExecutor(max_workers=n) as pool:
            return list(pool.map(one, range(n)))

    return run
