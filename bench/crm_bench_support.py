"""A fresh, throw-away database for a benchmark: SQLite in a temp dir, or a new PostgreSQL DB.

Both CRM benchmarks call ``fresh_database(url)`` before anything imports Django models,
so settings pick up the temporary ``LINGHANG_DATA_DIR`` and ``DATABASE_URL``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


@contextmanager
def fresh_database(database_url: str | None, label: str) -> Iterator[str]:
    """Set up Django on an empty, migrated database; drop it afterwards. Yields its name."""
    data_dir = tempfile.mkdtemp(prefix=f"linghang-{label}-")
    os.environ["LINGHANG_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linghang.settings")
    if database_url:
        _create_postgres_database(database_url)
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    try:
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        from django.db import connection

        yield f"{connection.vendor} {connection.settings_dict['NAME']}"
    finally:
        _close_connections()
        if database_url:
            _drop_postgres_database(database_url)
        shutil.rmtree(data_dir, ignore_errors=True)


def percentile(samples: list[float], fraction: float) -> float:
    """The ``fraction`` quantile (0.5 → median) by linear interpolation."""
    if len(samples) == 1:
        return samples[0]
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[round(fraction * 100) - 1]


def _close_connections() -> None:
    # Nothing to close when Django never got as far as configuring itself.
    with contextlib.suppress(Exception):
        from django.db import connections

        connections.close_all()


def _maintenance(database_url: str) -> tuple[str, str]:
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    if not name or not name.replace("_", "").isalnum():
        raise SystemExit(f"give the benchmark database a plain name: {database_url}")
    return urlunsplit(parts._replace(scheme="postgresql", path="/postgres")), name


def _create_postgres_database(database_url: str) -> None:
    import psycopg

    admin_url, name = _maintenance(database_url)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists:
            raise SystemExit(f"database {name} exists; drop it or pick another name")
        conn.execute(f'CREATE DATABASE "{name}"')


def _drop_postgres_database(database_url: str) -> None:
    import psycopg

    admin_url, name = _maintenance(database_url)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
