"""Django start-up shared by the benchmark scripts (run as `python bench/bench_x.py`)."""

import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent


def create_postgres_database(url: str, fresh: bool) -> None:
    """Create the database named in `url` (dropping it first if `fresh`)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup(data_dir: Path, *, fresh: bool = False, pages: bool = False) -> None:
    """Point Django at `data_dir` (SQLite there unless DATABASE_URL is set) and migrate.

    `pages`: the benchmark renders pages, so read static files from the source tree (no
    collected manifest), keep mail in memory and leave the login lockout off.
    """
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thidua.config.settings")
    os.environ["THIDUA_DATA_DIR"] = str(data_dir)
    url = os.environ.setdefault("DATABASE_URL", f"sqlite:///{data_dir / 'bench.sqlite3'}")
    if url.startswith(("postgres://", "postgresql://")):
        create_postgres_database(url, fresh)
    if pages:
        (data_dir / "static").mkdir(exist_ok=True)  # STATIC_ROOT: keeps WhiteNoise from warning
        os.environ["AXES_ENABLED"] = "false"
    import django
    from django.core.management import call_command

    django.setup()
    if pages:
        from django.test.utils import override_settings

        override_settings(
            STORAGES={
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
            },
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        ).enable()
    call_command("migrate", verbosity=0)


def prepare_data(root_code: str, *, analyze: Any, generate: Any) -> bool:
    """Reuse the benchmark's data when the database already holds it (its root unit is
    `root_code`; `analyze()` refreshes the planner's statistics), generate it in an empty
    database (`generate()` returns the seconds it took), refuse any other database; then
    print the database, the core count and the date. True when the data was generated."""
    import datetime as dt

    from django.db import connection

    from thidua.organizations.models import Organization

    generated = False
    if Organization.objects.filter(code=root_code).exists():
        analyze()
        print("reusing the benchmark data already in the database")
    elif Organization.objects.exists():
        sys.exit(
            "Cơ sở dữ liệu đã có đơn vị khác; hãy dùng một cơ sở dữ liệu riêng để đo (hoặc --fresh)."
        )
    else:
        print(f"generated the data in {generate():.1f} s")
        generated = True
    print(
        f"database: {connection.vendor} {connection.settings_dict['NAME']}; "
        f"nproc {os.cpu_count()}; {dt.date.today():%d/%m/%Y}"
    )
    return generated
