"""The store behaves the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from salvo.store import Database, StoreConfigError, open_store


def test_migrate_insert_conflict_and_transactions(store_url: str) -> None:
    db = open_store(store_url)
    try:
        db.migrate("t", ["CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v BIGINT NOT NULL)"])
        db.migrate("t", ["CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v BIGINT NOT NULL)"])
        assert (
            db.execute("INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT DO NOTHING", ("a", 1)) == 1
        )
        assert (
            db.execute("INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT DO NOTHING", ("a", 2)) == 0
        )
        db.execute(
            "INSERT INTO kv (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
            ("a", 3),
        )
        assert db.scalar("SELECT v FROM kv WHERE k = ?", ("a",)) == 3
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO kv (k, v) VALUES (?, ?)", ("b", 1))
            with db.transaction():  # nested blocks join the outer transaction
                db.execute("INSERT INTO kv (k, v) VALUES (?, ?)", ("c", 1))
            raise RuntimeError("roll back both")
        assert db.fetchall("SELECT k FROM kv ORDER BY k") == [("a",)]
    finally:
        db.close()


def test_unknown_store_url_is_a_clear_error() -> None:
    with pytest.raises(StoreConfigError, match="unknown store URL"):
        Database("mysql://localhost/x")
