"""Exit 0 when the PostgreSQL server of the given URL accepts a connection."""

import sys

import dj_database_url
import psycopg

url = sys.argv[1]
cfg = dj_database_url.parse(url)
try:
    psycopg.connect(
        host=cfg["HOST"] or "127.0.0.1",
        port=cfg["PORT"] or 5432,
        user=cfg["USER"] or "postgres",
        password=cfg["PASSWORD"] or None,
        dbname=cfg["NAME"] or "postgres",
        connect_timeout=5,
    ).close()
except psycopg.Error as error:
    print(f"PostgreSQL: {error}", file=sys.stderr)
    sys.exit(1)
