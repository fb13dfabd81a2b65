"""deploy/postgres/10-grafana-reader.sh gives Grafana a role that can read, and only read.

Runs the init script as the postgres image would (psql as $POSTGRES_USER), against
the local PostgreSQL with throwaway role names, then checks what the reader can do
with a table the owner creates afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import POSTGRES_URL

SCRIPT = Path(__file__).resolve().parent.parent / "deploy" / "postgres" / "10-grafana-reader.sh"


@pytest.fixture
def roles(postgres_available: bool) -> Iterator[tuple[str, str]]:
    if not postgres_available:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    if shutil.which("psql") is None:
        pytest.skip("psql not installed")
    import psycopg

    suffix = uuid.uuid4().hex[:10]
    owner, reader = f"salvo_{suffix}", f"grafana_{suffix}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        # The image's POSTGRES_USER is the cluster's superuser; so is this stand-in.
        conn.execute(f'CREATE ROLE "{owner}" LOGIN SUPERUSER')
    try:
        yield owner, reader
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            for role in (reader, owner):
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                    conn.execute(f'DROP OWNED BY "{role}" CASCADE')
                    conn.execute(f'DROP ROLE "{role}"')


def test_the_grafana_role_reads_and_only_reads(roles: tuple[str, str]) -> None:
    import psycopg

    owner, reader = roles
    url = urlsplit(POSTGRES_URL)
    database = url.path.lstrip("/")
    env = {
        **os.environ,
        "POSTGRES_USER": owner,
        "POSTGRES_DB": database,
        "GRAFANA_DB_USER": reader,
        "GRAFANA_DB_PASSWORD": "not-a-real-secret",
        "PGHOST": url.hostname or "127.0.0.1",
        "PGPORT": str(url.port or 5432),
    }
    result = subprocess.run(
        ["sh", str(SCRIPT)], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr

    table = f"records_{uuid.uuid4().hex[:10]}"
    # A table the owner (Salvo) creates after the script ran, like a stage's migration.
    with psycopg.connect(POSTGRES_URL, user=owner, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE public.{table} (event_id TEXT PRIMARY KEY, value BIGINT)")
        conn.execute(f"INSERT INTO public.{table} VALUES ('evt_1', 741)")
    with psycopg.connect(POSTGRES_URL, user=reader, autocommit=True) as conn:
        assert conn.execute(f"SELECT value FROM public.{table}").fetchall() == [(741,)]
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute(f"INSERT INTO public.{table} VALUES ('evt_2', 1)")
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute(f"CREATE TABLE public.{table}_x (a int)")
        # Even with read-only switched off, the role has no write privilege.
        conn.execute("SET default_transaction_read_only = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"DELETE FROM public.{table}")
        timeout = conn.execute("SHOW statement_timeout").fetchone()
        assert timeout == ("10s",)
