"""The state store: SQLite by default, PostgreSQL by URL, one small API for both.

Each stage owns its tables and declares them with `migrate()`. SQL is written
once with `?` placeholders and the portable subset both engines share
(`ON CONFLICT ... DO NOTHING/UPDATE`, TEXT/BIGINT/DOUBLE PRECISION, JSON as TEXT).
One `Database` belongs to one thread; open another for another thread.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

Params = Sequence[Any]
Row = tuple[Any, ...]

_PLACEHOLDER = re.compile(r"\?")


class StoreConfigError(ValueError):
    pass


class Database:
    """A connection with portable execute/fetch helpers and nestable transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._depth = 0
        self._lock = threading.RLock()
        self.dialect: Literal["sqlite", "postgresql"]
        if url.startswith(("postgresql://", "postgres://")):
            import psycopg

            self.dialect = "postgresql"
            self._pg = psycopg.connect(url, autocommit=True)
            self._sqlite: sqlite3.Connection | None = None
        elif url.startswith("sqlite:"):
            # sqlite:///relative.db -> relative.db ; sqlite:////abs/path.db -> /abs/path.db
            path = url.removeprefix("sqlite:").removeprefix("//").removeprefix("/") or ":memory:"
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.dialect = "sqlite"
            self._sqlite = sqlite3.connect(
                path, timeout=30, isolation_level=None, check_same_thread=False
            )
            self._sqlite.execute("PRAGMA journal_mode=WAL")
            self._sqlite.execute("PRAGMA synchronous=NORMAL")
            self._sqlite.execute("PRAGMA busy_timeout=30000")
            self._sqlite.execute("PRAGMA foreign_keys=ON")
        else:
            raise StoreConfigError(
                f"unknown store URL {url!r}: use sqlite:///path.db or postgresql://host/db"
            )

    # ------------------------------------------------------------------ SQL

    def _sql(self, sql: str) -> str:
        return _PLACEHOLDER.sub("%s", sql) if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        with self._lock:
            if self._sqlite is not None:
                return self._sqlite.execute(sql, tuple(params)).rowcount
            with self._pg.cursor() as cur:
                cur.execute(self._sql(sql), tuple(params))
                return cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        with self._lock:
            if self._sqlite is not None:
                self._sqlite.executemany(sql, [tuple(r) for r in rows])
                return
            with self._pg.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            if self._sqlite is not None:
                return list(self._sqlite.execute(sql, tuple(params)).fetchall())
            with self._pg.cursor() as cur:
                cur.execute(self._sql(sql), tuple(params))
                return list(cur.fetchall())

    def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.fetchone(sql, params)
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements inside commit together; nested blocks join the outer one."""
        with self._lock:
            self._depth += 1
            outer = self._depth == 1
            try:
                if outer:
                    self._begin()
                yield self
                if outer:
                    self._end("COMMIT")
            except BaseException:
                if outer:
                    self._end("ROLLBACK")
                raise
            finally:
                self._depth -= 1

    def _begin(self) -> None:
        if self._sqlite is not None:
            self._sqlite.execute("BEGIN IMMEDIATE")
        else:
            self._pg.execute("BEGIN")

    def _end(self, verb: str) -> None:
        if self._sqlite is not None:
            self._sqlite.execute(verb)
        else:
            self._pg.execute(verb)

    # ------------------------------------------------------------------ schema

    def migrate(self, component: str, statements: Sequence[str]) -> None:
        """Create a component's tables (idempotent: use IF NOT EXISTS)."""
        with self.transaction():
            for statement in statements:
                self.execute(statement)
            self.execute("CREATE TABLE IF NOT EXISTS schema_components (name TEXT PRIMARY KEY)")
            self.execute(
                "INSERT INTO schema_components (name) VALUES (?) ON CONFLICT DO NOTHING",
                (component,),
            )

    def close(self) -> None:
        with self._lock:
            if self._sqlite is not None:
                self._sqlite.close()
            else:
                self._pg.close()


def open_store(url: str) -> Database:
    return Database(url)


@contextmanager
def private_schema(url: str, prefix: str = "t") -> Iterator[str]:
    """A fresh PostgreSQL schema on `url`, dropped afterwards; yields a store URL using it.

    For tests and benchmarks: each run gets empty tables without touching the database's
    other schemas.
    """
    import psycopg

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
