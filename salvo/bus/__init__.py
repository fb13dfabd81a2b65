"""The bus: one small interface, two backends (embedded SQLite log, Kafka).

Stages never see which backend they run on. Topics are named logically
("articles"); the backend adds the configured prefix ("salvo.articles").
Delivery is at-least-once: a consumer commits only after it has fully handled
a record, and producers make outputs idempotent by deterministic message ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

TOPICS = ("articles", "claims", "alerts", "deadletter")


@dataclass(frozen=True)
class Record:
    """One message as read from the bus."""

    topic: str  # logical topic name, without prefix
    partition: int
    offset: int
    key: str | None
    value: bytes
    headers: dict[str, str] = field(default_factory=dict)
    timestamp_ms: int = 0


class Producer(Protocol):
    def send(
        self,
        topic: str,
        value: bytes,
        *,
        key: str | None = None,
        message_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Queue a message. `message_id` lets a backend drop exact re-sends."""

    def flush(self, timeout: float | None = None) -> None:
        """Block until every queued message is durably written."""

    def close(self) -> None: ...


class Consumer(Protocol):
    def poll(self, timeout: float = 1.0, max_records: int = 500) -> Sequence[Record]:
        """Records after the last committed (or last polled) position."""

    def commit(self) -> None:
        """Commit the position after the last record returned by poll()."""

    def rewind(self) -> None:
        """Forget uncommitted progress: the next poll re-reads from the last commit."""

    def close(self) -> None: ...

    def lag(self) -> dict[tuple[str, int], int]:
        """Messages not yet consumed, per (topic, partition)."""


class Bus(Protocol):
    def producer(self) -> Producer: ...

    def consumer(self, group: str, topics: Sequence[str]) -> Consumer:
        """A consumer in a logical group (the stage name); Kafka adds the topic prefix."""

    def ensure_topics(self, topics: Sequence[str] = TOPICS) -> None: ...

    def close(self) -> None: ...


class BusConfigError(ValueError):
    pass


class MessageRejected(ValueError):
    """The bus refuses this one message for good (e.g. too large): retrying cannot help."""


def open_bus(url: str, *, topic_prefix: str = "salvo.", **options: object) -> Bus:
    """Open a bus from a URL: `embedded:///path/bus.db` or `kafka://host:port[,host:port]`."""
    if url.startswith("embedded:") or url.startswith("sqlite:"):
        from salvo.bus.embedded import EmbeddedBus

        # Like SQLite URLs: embedded:///relative/bus.db, embedded:////absolute/bus.db
        path = url.split("://", 1)[1] if "://" in url else url.split(":", 1)[1]
        path = path.removeprefix("/")
        # Partitions, replication and consumer timeouts mean nothing to one local file.
        return EmbeddedBus(path or "salvo-bus.db", topic_prefix=topic_prefix)
    if url.startswith("kafka://"):
        from salvo.bus.kafka import KafkaBus

        servers = url.removeprefix("kafka://").rstrip("/")
        return KafkaBus(servers, topic_prefix=topic_prefix, **options)  # type: ignore[arg-type]
    raise BusConfigError(f"unknown bus URL {url!r}: use embedded:///path.db or kafka://host:port")
