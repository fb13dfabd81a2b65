"""The consumer: a group member that commits only what was handled, rewinds, and reports lag."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kafka import ConsumerRebalanceListener, KafkaConsumer, OffsetAndMetadata, TopicPartition
from kafka.errors import CommitFailedError, KafkaError

from salvo.bus import Record
from salvo.bus.kafka.errors import BusError, connect

if TYPE_CHECKING:
    from salvo.bus.kafka.bus import KafkaBus

log = logging.getLogger(__name__)

# How often lag() asks the broker for end offsets; between asks it uses the
# high-water marks that come with every fetch.
_END_OFFSETS_EVERY = 2.0
# A broker round trip within this many seconds counts as "connected".
_CONNECTED_WITHIN = 15.0


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
            consumer = connect(
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
