"""The producer: acks=all, idempotent, keyed; a failed flush raises, so nothing is committed."""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING, Any

from kafka import KafkaProducer
from kafka.errors import KafkaError, MessageSizeTooLargeError

from salvo.bus import MessageRejected
from salvo.bus.kafka.errors import BusError, connect

if TYPE_CHECKING:
    from salvo.bus.kafka.bus import KafkaBus

log = logging.getLogger(__name__)


class KafkaBusProducer:
    """acks=all, idempotent, keyed. `flush()` raises if a queued message was lost; never hangs."""

    def __init__(self, bus: KafkaBus) -> None:
        self._bus = bus
        self._producer: KafkaProducer | None = None
        self._futures: list[Any] = []
        self._lock = threading.Lock()
        self._closed = False

    def _client(self) -> KafkaProducer:
        if self._producer is None:
            self._producer = connect(
                "producer",
                KafkaProducer,
                client_id=f"salvo-producer-{os.getpid()}",
                acks="all",
                # Idempotent: a retried batch is not written twice (consumers would drop
                # it by message id anyway). A producer stuck in recovery (an epoch bump
                # that never completes) cannot hang us: flush() has a deadline and a
                # failed flush drops the producer for a fresh one (new producer id).
                # tests/test_kafka_idempotence.py runs outages on Tansu. One request in
                # flight keeps the order of a key's messages across retries.
                enable_idempotence=True,
                max_in_flight_requests_per_connection=1,
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
        if timeout is None:  # never wait forever: a little past the delivery timeout
            timeout = self._bus.delivery_timeout_ms / 1000 + 5.0
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
        """Drop a producer whose batch failed; the next send starts a fresh one."""
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
