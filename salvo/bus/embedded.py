"""Embedded bus: a durable, in-process log in one SQLite file.

One table holds every topic's messages (the rowid is the offset); another holds
each consumer group's committed position. A crash or Ctrl-C between stages
loses nothing: uncommitted records are read again on restart, and a message
re-sent with the same `message_id` is dropped by a unique index, so replaying a
stage does not duplicate its outputs downstream.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from salvo.bus import Record

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    offset_ INTEGER PRIMARY KEY AUTOINCREMENT,
    topic TEXT NOT NULL,
    key TEXT,
    value BLOB NOT NULL,
    headers TEXT NOT NULL DEFAULT '{}',
    message_id TEXT,
    ts_ms INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS messages_dedupe ON messages(topic, message_id)
    WHERE message_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS messages_topic ON messages(topic, offset_);
CREATE TABLE IF NOT EXISTS consumer_offsets (
    group_name TEXT NOT NULL,
    topic TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_name, topic)
);
"""


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


class EmbeddedBus:
    """The default bus. Producers and consumers in one process wake each other at once."""

    def __init__(self, path: str, *, topic_prefix: str = "salvo.") -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.topic_prefix = topic_prefix  # kept for symmetry; one file is one namespace
        self._new_data = threading.Condition()
        conn = _connect(path)
        conn.executescript(_SCHEMA)
        conn.close()

    def producer(self) -> EmbeddedProducer:
        return EmbeddedProducer(self)

    def consumer(self, group: str, topics: Sequence[str]) -> EmbeddedConsumer:
        return EmbeddedConsumer(self, group, topics)

    def ensure_topics(self, topics: Sequence[str] = ()) -> None:
        """Topics need no creation in the embedded log."""

    def close(self) -> None:
        self.notify()

    def notify(self) -> None:
        with self._new_data:
            self._new_data.notify_all()

    def wait_for_data(self, timeout: float) -> None:
        with self._new_data:
            self._new_data.wait(timeout)


class EmbeddedProducer:
    def __init__(self, bus: EmbeddedBus) -> None:
        self._bus = bus
        self._conn = _connect(bus.path)
        self._pending: list[tuple[str, str | None, bytes, str, str | None, int]] = []
        self._lock = threading.Lock()

    def send(
        self,
        topic: str,
        value: bytes,
        *,
        key: str | None = None,
        message_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        row = (topic, key, value, json.dumps(headers or {}), message_id, int(time.time() * 1000))
        with self._lock:
            self._pending.append(row)
            full = len(self._pending) >= 500
        if full:
            self.flush()

    def flush(self, timeout: float | None = None) -> None:
        with self._lock:
            rows, self._pending = self._pending, []
            if not rows:
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT OR IGNORE INTO messages (topic, key, value, headers, message_id, ts_ms)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    rows,
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._pending = rows + self._pending
                raise
        self._bus.notify()

    def close(self) -> None:
        self.flush()
        self._conn.close()


class EmbeddedConsumer:
    def __init__(self, bus: EmbeddedBus, group: str, topics: Sequence[str]) -> None:
        self._bus = bus
        self._group = group
        self._topics = list(topics)
        self._conn = _connect(bus.path)
        committed = dict(
            self._conn.execute(
                "SELECT topic, position FROM consumer_offsets WHERE group_name = ?", (group,)
            ).fetchall()
        )
        self._committed: dict[str, int] = {t: committed.get(t, 0) for t in self._topics}
        self._position = dict(self._committed)

    def poll(self, timeout: float = 1.0, max_records: int = 500) -> list[Record]:
        deadline = time.monotonic() + timeout
        while True:
            records = self._read(max_records)
            remaining = deadline - time.monotonic()
            if records or remaining <= 0:
                return records
            # Woken at once by producers in this process; re-check now and then
            # for producers in other processes.
            self._bus.wait_for_data(min(remaining, 0.05))

    def _read(self, max_records: int) -> list[Record]:
        records: list[Record] = []
        for topic in self._topics:
            rows = self._conn.execute(
                "SELECT offset_, key, value, headers, ts_ms FROM messages"
                " WHERE topic = ? AND offset_ > ? ORDER BY offset_ LIMIT ?",
                (topic, self._position[topic], max_records - len(records)),
            ).fetchall()
            for offset, key, value, headers, ts_ms in rows:
                records.append(
                    Record(topic, 0, offset, key, bytes(value), json.loads(headers), ts_ms)
                )
                self._position[topic] = offset
            if len(records) >= max_records:
                break
        return records

    def commit(self) -> None:
        changed = [(t, p) for t, p in self._position.items() if p != self._committed.get(t)]
        if not changed:
            return
        self._conn.executemany(
            "INSERT INTO consumer_offsets (group_name, topic, position) VALUES (?, ?, ?)"
            " ON CONFLICT (group_name, topic) DO UPDATE SET position = excluded.position",
            [(self._group, t, p) for t, p in changed],
        )
        self._committed.update(changed)

    def rewind(self) -> None:
        """Forget uncommitted progress: the next poll re-reads from the committed position."""
        self._position = dict(self._committed)

    def lag(self) -> dict[tuple[str, int], int]:
        out: dict[tuple[str, int], int] = {}
        for topic in self._topics:
            (count,) = self._conn.execute(
                "SELECT COUNT(*) FROM messages WHERE topic = ? AND offset_ > ?",
                (topic, self._committed[topic]),
            ).fetchone()
            out[(topic, 0)] = int(count)
        return out

    def close(self) -> None:
        self._conn.close()
