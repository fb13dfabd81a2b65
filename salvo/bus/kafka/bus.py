"""KafkaBus: naming (topic prefix), topic creation, client factories, reachability."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Sequence
from typing import Any

from kafka import KafkaAdminClient
from kafka.errors import KafkaConfigurationError, KafkaError, TopicAlreadyExistsError

from salvo.bus import TOPICS
from salvo.bus.kafka.consumer import KafkaBusConsumer
from salvo.bus.kafka.errors import BusError
from salvo.bus.kafka.producer import KafkaBusProducer

log = logging.getLogger(__name__)

# Error code the broker returns for a topic that exists already.
_TOPIC_EXISTS = TopicAlreadyExistsError.errno
_REACHABLE_CACHE = 5.0


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
        # Groups are prefixed like topics, so deployments sharing a cluster stay apart.
        consumer = KafkaBusConsumer(self, f"{self.topic_prefix}{group}", topics)
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
