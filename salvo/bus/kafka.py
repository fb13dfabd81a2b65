"""Kafka bus (kafka-python): prefixed topics, keyed messages, manual commits.

Stages speak logical topic names ("claims"); this backend prefixes them
("salvo.claims") on the wire and strips the prefix from records it returns.

Delivery is at-least-once. The producer waits for every replica (acks=all,
idempotent) and `flush()` raises unless every queued message was written, so a
caller never commits input offsets for outputs that were lost. The consumer
never auto-commits: `commit()` stores the position after the last polled
record, and `rewind()` seeks back to the first uncommitted record after a
failed batch. Kafka does not drop re-sends the way the embedded log does; every
message carries its deterministic `message_id` header and consumers deduplicate
by id.

Clients are created lazily, so a service started while the broker is away
fails inside poll()/send(), where the stage runner's backoff retries, instead
of at construction. kafka-python reconnects by itself once the broker returns.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from kafka import (
    ConsumerRebalanceListener,
    KafkaAdminClient,
    KafkaConsumer,
    KafkaProducer,
    OffsetAndMetadata,
    TopicPartition,
)
from kafka.errors import (
    CommitFailedError,
    KafkaConfigurationError,
    KafkaError,
    MessageSizeTooLargeError,
    TopicAlreadyExistsError,
)

from salvo.bus import TOPICS, MessageRejected, Record

log = logging.getLogger(__name__)

# Error code the broker returns for a topic that exists already.
_TOPIC_EXISTS = TopicAlreadyExistsError.errno
# How often lag() asks the broker for end offsets; between asks it uses the
# high-water marks that come with every fetch.
_END_OFFSETS_EVERY = 2.0
# A broker round trip within this many seconds counts as "connected".
_CONNECTED_WITHIN = 15.0
_REACHABLE_CACHE = 5.0


class BusError(RuntimeError):
    """The broker did not accept, deliver or acknowledge something in time."""


def _connect(what: str, factory: Callable[..., Any], **config: Any) -> Any:
    """Create a kafka-python client; a broker that cannot be reached is a BusError."""
    try:
        return factory(**config)
    except KafkaConfigurationError:
        raise
    except KafkaError as exc:
        raise BusError(
            f"kafka {what}: cannot reach {config.get('bootstrap_servers')}: {exc}"
        ) from exc


class KafkaBus:
    """A Kafka cluster as a Salvo bus. One instance per process is enough."""

    def __init__(
        self,
        bootstrap_servers: str,
        *,
        topic_prefix: str = "salvo.",
        partitions: int = 3,
        replication: int = 1,
        max_poll_interval_ms: int = 300_000,
        session_timeout_ms: int = 10_000,
        request_timeout_ms: int = 30_000,
        reconnect_backoff_max_ms: int = 5_000,
        delivery_timeout_ms: int = 120_000,
        startup_timeout: float = 60.0,
    ) -> None:
        if not bootstrap_servers:
            raise ValueError("kafka:// needs at least one host:port")
        self.bootstrap_servers = bootstrap_servers.split(",")
        self.topic_prefix = topic_prefix
        self.partitions = partitions
        self.replication = replication
        self.max_poll_interval_ms = max_poll_interval_ms
        self.session_timeout_ms = session_timeout_ms
        self.request_timeout_ms = request_timeout_ms
        self.reconnect_backoff_max_ms = reconnect_backoff_max_ms
        self.delivery_timeout_ms = delivery_timeout_ms
        self.startup_timeout = startup_timeout
        self._ensured: set[str] = set()
        self._lock = threading.Lock()
        self._admin: KafkaAdminClient | None = None
        self._clients: list[KafkaBusProducer | KafkaBusConsumer] = []
        self._closed = False
        self._reachable = False
        self._reachable_at = -_REACHABLE_CACHE

    # ------------------------------------------------------------------ naming

    def physical(self, topic: str) -> str:
        return f"{self.topic_prefix}{topic}"

    def logical(self, topic: str) -> str:
        return topic.removeprefix(self.topic_prefix)

    def client_config(self) -> dict[str, Any]:
        return {
            "bootstrap_servers": self.bootstrap_servers,
            "request_timeout_ms": self.request_timeout_ms,
            "reconnect_backoff_max_ms": self.reconnect_backoff_max_ms,
        }

    def reachable(self, timeout: float = 1.0) -> bool:
        """Whether some bootstrap server accepts connections (cached a few seconds)."""
        now = time.monotonic()
        if now - self._reachable_at < _REACHABLE_CACHE:
            return self._reachable
        ok = False
        for server in self.bootstrap_servers:
            host, _, port = server.rpartition(":")
            try:
                with socket.create_connection(
                    (host.strip("[]") or "localhost", int(port)), timeout
                ):
                    ok = True
                    break
            except (OSError, ValueError):
                continue
        self._reachable, self._reachable_at = ok, time.monotonic()
        return ok

    # ------------------------------------------------------------------ Bus API

    def producer(self) -> KafkaBusProducer:
        producer = KafkaBusProducer(self)
        with self._lock:
            self._clients.append(producer)
        return producer

    def consumer(self, group: str, topics: Sequence[str]) -> KafkaBusConsumer:
        consumer = KafkaBusConsumer(self, group, topics)
        with self._lock:
            self._clients.append(consumer)
        return consumer

    def ensure_topics(self, topics: Sequence[str] = TOPICS) -> None:
        """Create the prefixed topics with the configured partitions and replication.

        Waits up to `startup_timeout` for the broker, so services may start
        before it; topics that exist already are left as they are.
        """
        wanted = [t for t in topics if t not in self._ensured]
        if not wanted:
            return
        deadline = time.monotonic() + self.startup_timeout
        delay = 0.5
        while True:
            try:
                self._create_topics(wanted)
                break
            except KafkaConfigurationError:
                raise
            except KafkaError as exc:
                if time.monotonic() + delay > deadline:
                    raise BusError(
                        f"could not create topics {wanted} on {self.bootstrap_servers}: {exc}"
                    ) from exc
                log.warning("kafka: creating topics failed (%s); retrying in %.1fs", exc, delay)
                self._drop_admin()
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
        self._ensured.update(wanted)

    def _create_topics(self, topics: Sequence[str]) -> None:
        admin = self._admin_client()
        spec = {
            self.physical(t): {
                "num_partitions": self.partitions,
                "replication_factor": self.replication,
            }
            for t in topics
        }
        result = admin.create_topics(spec, raise_errors=False)
        for topic in result.get("topics", []):
            code = topic.get("error_code", 0)
            if code not in (0, _TOPIC_EXISTS):
                raise BusError(
                    f"creating topic {topic.get('name')} failed: "
                    f"error {code} {topic.get('error_message') or ''}".strip()
                )
            if code == 0:
                log.info(
                    "kafka: created topic %s (%d partitions, replication %d)",
                    topic.get("name"),
                    self.partitions,
                    self.replication,
                )
        admin.wait_for_topics(list(spec), timeout_ms=int(self.startup_timeout * 1000))
        for info in admin.describe_topics(list(spec)):
            count = len(info.get("partitions") or [])
            if count != self.partitions:
                # Existing topics keep their layout; keys map to partitions by count.
                log.warning(
                    "kafka: topic %s has %d partitions, configured %d",
                    info.get("name"),
                    count,
                    self.partitions,
                )

    def _admin_client(self) -> KafkaAdminClient:
        with self._lock:
            if self._admin is None:
                self._admin = KafkaAdminClient(
                    client_id=f"salvo-admin-{os.getpid()}",
                    bootstrap_timeout_ms=5_000,
                    **self.client_config(),
                )
            return self._admin

    def _drop_admin(self) -> None:
        with self._lock:
            admin, self._admin = self._admin, None
        if admin is not None:
            try:
                admin.close()
            except Exception:  # already broken; nothing to clean up
                log.debug("kafka: closing admin client failed", exc_info=True)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            clients, self._clients = self._clients, []
        for client in clients:
            try:
                client.close()
            except Exception:
                log.warning("kafka: closing %r failed", client, exc_info=True)
        self._drop_admin()


class KafkaBusProducer:
    """acks=all, idempotent, keyed. `flush()` raises if any queued message was lost."""

    def __init__(self, bus: KafkaBus) -> None:
        self._bus = bus
        self._producer: KafkaProducer | None = None
        self._futures: list[Any] = []
        self._lock = threading.Lock()
        self._closed = False

    def _client(self) -> KafkaProducer:
        if self._producer is None:
            self._producer = _connect(
                "producer",
                KafkaProducer,
                client_id=f"salvo-producer-{os.getpid()}",
                acks="all",
                enable_idempotence=True,
                linger_ms=5,
                delivery_timeout_ms=self._bus.delivery_timeout_ms,
                bootstrap_timeout_ms=10_000,
                allow_auto_create_topics=False,  # topics get our partitions, not defaults
                **self._bus.client_config(),
            )
        return self._producer

    def connected(self) -> bool:
        return self._producer is not None and bool(self._producer.bootstrap_connected())

    def send(
        self,
        topic: str,
        value: bytes,
        *,
        key: str | None = None,
        message_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        if self._closed:
            raise BusError("producer is closed")
        self._bus.ensure_topics([topic])
        header_map = dict(headers or {})
        if message_id is not None:
            header_map.setdefault("message_id", message_id)
        try:
            future = self._client().send(
                self._bus.physical(topic),
                value=value,
                key=key.encode("utf-8") if key is not None else None,
                headers=[(k, v.encode("utf-8")) for k, v in header_map.items()],
            )
        except MessageSizeTooLargeError as exc:
            raise MessageRejected(f"{len(value)} bytes is too large for {topic}: {exc}") from exc
        except KafkaError as exc:  # e.g. the send buffer stayed full while the broker was away
            raise BusError(f"send to {topic} failed: {exc}") from exc
        with self._lock:
            self._futures.append(future)

    def flush(self, timeout: float | None = None) -> None:
        with self._lock:
            futures, self._futures = self._futures, []
        if not futures or self._producer is None:
            return
        try:
            self._producer.flush(timeout=timeout)
        except KafkaError as exc:
            self._reset()
            raise BusError(f"flush did not complete: {exc}") from exc
        failed = [f for f in futures if not f.is_done or f.failed()]
        if failed:
            first = failed[0].exception if failed[0].is_done else "not acknowledged in time"
            self._reset()
            raise BusError(f"{len(failed)} of {len(futures)} messages not delivered: {first}")

    def _reset(self) -> None:
        """Drop a producer whose batch failed: its idempotence state may be poisoned."""
        producer, self._producer = self._producer, None
        with self._lock:
            self._futures = []
        if producer is not None:
            try:
                producer.close(timeout=0)
            except Exception:
                log.debug("kafka: closing a failed producer", exc_info=True)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._producer is not None:
            try:
                self._producer.flush(timeout=self._bus.delivery_timeout_ms / 1000)
            finally:
                self._producer.close(timeout=10)


class _Rebalance(ConsumerRebalanceListener):
    def __init__(self, owner: KafkaBusConsumer) -> None:
        self._owner = owner

    def on_partitions_revoked(self, revoked: Any) -> None:
        self._owner._forget(revoked)

    def on_partitions_assigned(self, assigned: Any) -> None:
        log.info(
            "kafka: group %s assigned %s",
            self._owner.group,
            sorted(f"{tp.topic}[{tp.partition}]" for tp in assigned),
        )

    def on_partitions_lost(self, lost: Any) -> None:
        self._owner._forget(lost)


class KafkaBusConsumer:
    """A consumer-group member: no auto-commit, commit after the batch is handled."""

    def __init__(self, bus: KafkaBus, group: str, topics: Sequence[str]) -> None:
        self._bus = bus
        self.group = group
        self.topics = list(topics)
        self._consumer: KafkaConsumer | None = None
        self._lock = threading.Lock()
        # Per partition: the first polled-but-uncommitted offset (to rewind to)
        # and the position after the last polled record (to commit).
        self._first_uncommitted: dict[TopicPartition, int] = {}
        self._next: dict[TopicPartition, int] = {}
        self._end_offsets: dict[TopicPartition, int] = {}
        self._end_offsets_at = 0.0
        self._last_contact = 0.0
        self._closed = False

    def _client(self) -> KafkaConsumer:
        if self._consumer is None:
            # Create the topics first: a metadata request for a missing topic makes
            # some brokers (Tansu) create it with their default partition count.
            self._bus.ensure_topics(self.topics)
            heartbeat = max(500, min(3_000, self._bus.session_timeout_ms // 3))
            consumer = _connect(
                f"consumer of group {self.group}",
                KafkaConsumer,
                group_id=self.group,
                client_id=f"salvo-{self.group}-{os.getpid()}",
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                max_poll_interval_ms=self._bus.max_poll_interval_ms,
                session_timeout_ms=self._bus.session_timeout_ms,
                heartbeat_interval_ms=heartbeat,
                bootstrap_timeout_ms=10_000,
                allow_auto_create_topics=False,
                **self._bus.client_config(),
            )
            consumer.subscribe(
                [self._bus.physical(t) for t in self.topics], listener=_Rebalance(self)
            )
            self._consumer = consumer
        return self._consumer

    def poll(self, timeout: float = 1.0, max_records: int = 500) -> list[Record]:
        if self._closed:
            raise BusError("consumer is closed")
        batches = self._client().poll(timeout_ms=int(timeout * 1000), max_records=max_records)
        records: list[Record] = []
        with self._lock:
            for tp, messages in batches.items():
                if not messages:
                    continue
                self._first_uncommitted.setdefault(tp, messages[0].offset)
                self._next[tp] = messages[-1].offset + 1
                for m in messages:
                    records.append(
                        Record(
                            topic=self._bus.logical(m.topic),
                            partition=m.partition,
                            offset=m.offset,
                            key=m.key.decode("utf-8", errors="replace") if m.key else None,
                            value=m.value if m.value is not None else b"",
                            headers={
                                k: (v or b"").decode("utf-8", errors="replace")
                                for k, v in (m.headers or [])
                            },
                            timestamp_ms=int(m.timestamp or 0),
                        )
                    )
        return records

    def commit(self) -> None:
        """Commit the positions after the last polled records.

        After a rebalance the broker refuses the commit; the partitions' new
        owner re-reads those records (outputs are idempotent), so that is
        logged, not raised. Any other failure raises and the offsets stay
        pending for the next commit.
        """
        with self._lock:
            offsets = {tp: OffsetAndMetadata(o, "", -1) for tp, o in self._next.items()}
        if not offsets or self._consumer is None:
            return
        try:
            self._consumer.commit(offsets=offsets, timeout_ms=self._bus.request_timeout_ms)
        except CommitFailedError as exc:
            log.warning("kafka: group %s rebalanced before commit (%s)", self.group, exc)
            self._forget(list(offsets))
            return
        except KafkaError as exc:
            raise BusError(f"commit failed: {exc}") from exc
        self._last_contact = time.monotonic()
        with self._lock:
            for tp, meta in offsets.items():
                if self._next.get(tp) == meta.offset:
                    del self._next[tp]
                    self._first_uncommitted.pop(tp, None)
                else:  # polled again meanwhile: later records are still uncommitted
                    self._first_uncommitted[tp] = meta.offset

    def rewind(self) -> None:
        """Forget uncommitted progress: the next poll re-reads from the last commit."""
        if self._consumer is None:
            return
        with self._lock:
            targets, self._first_uncommitted = self._first_uncommitted, {}
            self._next = {}
        assigned = self._consumer.assignment()
        for tp, offset in targets.items():
            if tp in assigned:
                self._consumer.seek(tp, offset)

    def _forget(self, partitions: Any) -> None:
        with self._lock:
            for tp in partitions:
                self._first_uncommitted.pop(tp, None)
                self._next.pop(tp, None)
                self._end_offsets.pop(tp, None)

    def assignment(self) -> list[tuple[str, int]]:
        if self._consumer is None:
            return []
        return sorted((self._bus.logical(tp.topic), tp.partition) for tp in self._assigned())

    def _assigned(self) -> list[TopicPartition]:
        return list(self._consumer.assignment()) if self._consumer is not None else []

    def connected(self) -> bool:
        """True if the broker answered a request in the last few seconds."""
        return time.monotonic() - self._last_contact < _CONNECTED_WITHIN

    def lag(self) -> dict[tuple[str, int], int]:
        """Per assigned partition: end offset minus our position.

        The end offset is the larger of the last ListOffsets answer and the
        high-water mark of the last fetch (some brokers, e.g. Tansu, report the
        start of the last batch as the end offset).
        """
        consumer = self._consumer
        if consumer is None:
            return {}
        assigned = self._assigned()
        if not assigned:
            self._last_contact = time.monotonic() if consumer.bootstrap_connected() else 0.0
            return {}
        now = time.monotonic()
        if now - self._end_offsets_at >= _END_OFFSETS_EVERY:
            self._end_offsets_at = now
            try:
                ends = consumer.end_offsets(assigned, timeout_ms=1_000)
            except KafkaError:
                self._last_contact = 0.0
                raise
            self._last_contact = time.monotonic()
            with self._lock:
                self._end_offsets = {tp: int(o) for tp, o in ends.items() if o is not None}
        out: dict[tuple[str, int], int] = {}
        for tp in assigned:
            try:
                position = consumer.position(tp, timeout_ms=0)
                highwater = consumer.highwater(tp)
            except KafkaError:  # revoked meanwhile
                continue
            if position is None:
                continue
            with self._lock:
                committed_from = self._first_uncommitted.get(tp, position)
                end = max(self._end_offsets.get(tp, 0), highwater or 0)
            out[(self._bus.logical(tp.topic), tp.partition)] = max(0, end - committed_from)
        return out

    def close(self) -> None:
        """Leave the group without committing what was not handled."""
        if self._closed:
            return
        self._closed = True
        if self._consumer is not None:
            self._consumer.close(autocommit=False, timeout_ms=10_000)
