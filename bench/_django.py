"""Django start-up shared by the benchmark scripts (run as `python bench/bench_x.py`)."""

import os
import sys
from pathlib import Path
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
