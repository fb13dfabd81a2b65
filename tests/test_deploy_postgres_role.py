"""deploy/postgres/*.sh: Salvo gets a non-superuser owner role, Grafana a read-only one.

Runs the init scripts in order, as the postgres image does on a fresh volume
(psql as the superuser), on a throwaway database and throwaway role names in the
local PostgreSQL, then checks what each role can and cannot do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.conftest import POSTGRES_URL
from tests.deploy_support import DEPLOY

INIT_DIR = DEPLOY / "postgres"


@dataclass
class Initialised:
    database_url: str  # the throwaway database, as the superuser
    owner: str
    reader: str


def database_url(name: str) -> str:
    parts = urlsplit(POSTGRES_URL)
    return urlunsplit(parts._replace(path=f"/{name}", query=""))


@pytest.fixture
def initialised(postgres_available: bool) -> Iterator[Initialised]:
    if not postgres_available:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    if shutil.which("psql") is None:
        pytest.skip("psql not installed")
    import psycopg

    suffix = uuid.uuid4().hex[:10]
    db, owner, reader = f"salvo_db_{suffix}", f"salvo_{suffix}", f"grafana_{suffix}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db}"')
    url = urlsplit(POSTGRES_URL)
    env = {
        **os.environ,
        "POSTGRES_USER": os.environ.get("PGUSER") or url.username or _current_user(),
        "POSTGRES_DB": db,
        "SALVO_DB_USER": owner,
        "PGPASSWORD": "not-a-real-secret",
        "GRAFANA_DB_USER": reader,
        "GRAFANA_DB_PASSWORD": "not-a-real-secret-either",
        "PGHOST": url.hostname or "127.0.0.1",
        "PGPORT": str(url.port or 5432),
    }
    try:
        for script in sorted(INIT_DIR.glob("*.sh")):  # the image runs them in name order
            result = subprocess.run(
                ["sh", str(script)], env=env, capture_output=True, text=True, check=False
            )
            assert result.returncode == 0, f"{script.name}: {result.stderr}"
        yield Initialised(database_url(db), owner, reader)
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            for role in (reader, owner):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def _current_user() -> str:
    import psycopg

    with psycopg.connect(POSTGRES_URL) as conn:
        row = conn.execute("SELECT current_user").fetchone()
        assert row is not None
        return str(row[0])


def test_salvo_owns_its_database_but_is_no_superuser(initialised: Initialised) -> None:
    import psycopg

    with psycopg.connect(initialised.database_url, user=initialised.owner, autocommit=True) as c:
        # What a stage's migration does: create its tables in `public`, then use them.
        c.execute("CREATE TABLE records_events (event_id TEXT PRIMARY KEY, value BIGINT)")
        c.execute("INSERT INTO records_events VALUES ('evt_1', 741)")
        row = c.execute("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
        assert row.fetchone() == (False, False)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("COPY records_events TO PROGRAM 'true'")  # superuser-only: a shell
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("CREATE ROLE intruder")


def test_grafana_reads_salvos_tables_and_only_reads(initialised: Initialised) -> None:
    import psycopg

    # A table Salvo creates after the scripts ran, like a stage's migration on first start.
    with psycopg.connect(initialised.database_url, user=initialised.owner, autocommit=True) as c:
        c.execute("CREATE TABLE records_values (event_id TEXT, metric TEXT, value BIGINT)")
        c.execute("INSERT INTO records_values VALUES ('evt_1', 'total', 741)")
    with psycopg.connect(initialised.database_url, user=initialised.reader, autocommit=True) as c:
        assert c.execute("SELECT value FROM records_values").fetchall() == [(741,)]
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            c.execute("INSERT INTO records_values VALUES ('evt_2', 'total', 1)")
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            c.execute("CREATE TABLE scratch (a int)")
        # Even with read-only switched off, the role has no write privilege.
        c.execute("SET default_transaction_read_only = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("DELETE FROM records_values")
        assert c.execute("SHOW statement_timeout").fetchone() == ("10s",)


def test_other_roles_cannot_connect(initialised: Initialised) -> None:
    import psycopg

    with psycopg.connect(POSTGRES_URL, autocommit=True) as c:
        c.execute(f'CREATE ROLE "{initialised.owner}_x" LOGIN')
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(initialised.database_url, user=f"{initialised.owner}_x").close()
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as c:
            c.execute(f'DROP ROLE "{initialised.owner}_x"')
