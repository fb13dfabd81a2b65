"""Helpers for the services-over-Kafka tests: stage processes, topic watching, webhook counts.

Each stage runs as its own `salvo run --stage X` process with its own SQLite
store and its own /metrics, /healthz and /readyz port, exactly as deployed;
the tests kill them (SIGKILL) or stop them (SIGTERM) and read their health.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import free_port
from tests.pipeline_support import Sinks, dicts_with

STAGE_ORDER = ("ingest", "claims", "records", "alerts")


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


# --------------------------------------------------------------------------- config


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def write_toml(path: Path, sections: dict[str, Any]) -> Path:
    """A small TOML writer: tables of scalars, lists and inline tables; arrays of tables."""
    lines: list[str] = []
    for name, body in sections.items():
        if isinstance(body, list):  # [[feeds]]
            for item in body:
                lines.append(f"[[{name}]]")
                lines.extend(f"{k} = {_toml_value(v)}" for k, v in item.items())
                lines.append("")
            continue
        lines.append(f"[{name}]")
        lines.extend(f"{k} = {_toml_value(v)}" for k, v in body.items())
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@dataclass
class Cluster:
    """Settings shared by every stage process of one test."""

    workdir: Path
    kafka_url: str
    topic_prefix: str
    sinks: Sinks
    feed_urls: list[str] = field(default_factory=list)
    rules: list[dict[str, Any]] = field(default_factory=list)
    partitions: int = 3
    ingest: dict[str, Any] = field(default_factory=dict)  # extra [ingest] settings

    def store_url(self, stage: str) -> str:
        return f"sqlite:///{self.workdir}/{stage}.db"

    def config(self, stage: str, name: str, metrics_port: int) -> Path:
        sections: dict[str, Any] = {
            "bus": {
                "url": self.kafka_url,
                "topic_prefix": self.topic_prefix,
                "partitions": self.partitions,
                "replication": 1,
                # Tansu holds group joins for the rebalance timeout: keep it short.
                "max_poll_interval_ms": 5000,
                "session_timeout_ms": 6000,
            },
            "store": {"url": self.store_url(stage)},
            "serve": {"metrics_port": metrics_port, "ready_max_lag": 0},
            "ingest": {
                "allow_private_addresses": True,
                "extraction_workers": 1,
                "default_interval_seconds": 1,
                "min_interval_seconds": 1,
                "max_interval_seconds": 2,
                **self.ingest,
            },
            "alerts": {
                "webhooks": [{"name": "test-webhook", "url": self.sinks.webhook.url + "/hook"}],
                "email": [
                    {
                        "name": "test-email",
                        "port": self.sinks.smtp.port,
                        "recipients": ["analyst@localhost"],
                    }
                ],
                "rate_limit_per_hour": 1000,
                "backoff_initial_seconds": 0.2,
                "backoff_max_seconds": 2.0,
            },
        }
        if self.rules:
            sections["records"] = {"rules": self.rules}
        if self.feed_urls:
            sections["feeds"] = [{"url": u, "interval_seconds": 1} for u in self.feed_urls]
        return write_toml(self.workdir / f"{name}.toml", sections)


# --------------------------------------------------------------------------- services


class Service:
    """One `salvo run --stage X` process."""

    def __init__(self, cluster: Cluster, stage: str, name: str | None = None) -> None:
        self.cluster = cluster
        self.stage = stage
        self.name = name or stage
        self.port = free_port()
        self.config = cluster.config(stage, self.name, self.port)
        self.log_path = cluster.workdir / f"{self.name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> Service:
        assert self.proc is None or self.proc.poll() is not None, f"{self.name} is running"
        self.starts += 1
        with self.log_path.open("ab") as log:
            log.write(f"\n==== start #{self.starts} ====\n".encode())
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from salvo.cli import main; main()",
                    "run",
                    "--stage",
                    self.stage,
                    "--config",
                    str(self.config),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.cluster.workdir,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                start_new_session=True,  # its own process group, like a container
            )
        return self

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """kill -9 of the whole service (its extraction workers too): no flush, no commit,
        no goodbye to the group."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM and wait: the graceful path. Returns the exit code."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise AssertionError(f"{self.name} ignored SIGTERM for {timeout}s") from None
        return int(self.proc.returncode)

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=5) as r:
                return int(r.status), r.read()
        except urllib.error.HTTPError as exc:
            return int(exc.code), exc.read()
        except OSError:
            return 0, b""

    def health(self, path: str = "/readyz") -> dict[str, Any]:
        status, body = self.get(path)
        if not status:
            return {}
        report: dict[str, Any] = json.loads(body)
        report["status"] = status
        return report

    def ready(self) -> bool:
        return self.health().get("status") == 200

    def assigned_partitions(self) -> int:
        """How many partitions this instance's consumer holds (from /readyz)."""
        stage = self.health().get("stages", {}).get(self.stage, {})
        return int(stage.get("partitions", 0))

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


# --------------------------------------------------------------------------- webhook


def delivered_alert_ids(sinks: Sinks) -> Counter[str]:
    """How many webhook POSTs carried each alert id (no dedupe: that is the point)."""
    counts: Counter[str] = Counter()
    for request in sinks.webhook.requests:
        ids = {a["alert_id"] for a in dicts_with(json.loads(request.body), "alert_id")}
        counts.update(ids)
    return counts


def _idempotency_key(headers: dict[str, str]) -> str:
    return next((v for k, v in headers.items() if k.lower() == "idempotency-key"), "")


def deliveries_by_key(sinks: Sinks) -> dict[str, int]:
    """POSTs per `Idempotency-Key` (a repeat is a retry the receiver can drop)."""
    return dict(Counter(_idempotency_key(r.headers) for r in sinks.webhook.requests))


def alerts_per_distinct_delivery(sinks: Sinks) -> Counter[str]:
    """How many distinct deliveries (by Idempotency-Key) carried each alert id:
    what a receiver that honours the key sees."""
    seen: dict[str, set[str]] = {}
    for request in sinks.webhook.requests:
        ids = {a["alert_id"] for a in dicts_with(json.loads(request.body), "alert_id")}
        seen.setdefault(_idempotency_key(request.headers), set()).update(ids)
    counts: Counter[str] = Counter()
    for ids in seen.values():
        counts.update(ids)
    return counts


def delivered_alerts(sinks: Sinks) -> dict[str, dict[str, Any]]:
    """Each delivered alert in full (the webhook carries a compact and a full copy)."""
    alerts: dict[str, dict[str, Any]] = {}
    for request in sinks.webhook.requests:
        for alert in dicts_with(json.loads(request.body), "alert_id"):
            if "event_date" in alert:
                alerts.setdefault(alert["alert_id"], alert)
    return alerts


# --------------------------------------------------------------------------- watching topics


class TopicWatcher:
    """Reads every topic in its own consumer group and keeps distinct ids per topic."""

    def __init__(self, kafka_url: str, topic_prefix: str) -> None:
        from salvo.bus import TOPICS, open_bus

        self.bus = open_bus(
            kafka_url, topic_prefix=topic_prefix, max_poll_interval_ms=5000, session_timeout_ms=6000
        )
        self.consumer = self.bus.consumer(f"watcher-{time.monotonic_ns()}", list(TOPICS))
        self.ids: dict[str, set[str]] = {t: set() for t in TOPICS}
        self.raw: Counter[str] = Counter()
        self.claimed_articles: set[str] = set()
        self.article_urls: set[str] = set()
        self.dead_letters: dict[str, Any] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="watcher", daemon=True)
        self._lock = threading.Lock()

    def start(self) -> TopicWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        self.consumer.close()
        self.bus.close()

    def count(self, topic: str) -> int:
        with self._lock:
            return len(self.ids[topic])

    def _run(self) -> None:
        from salvo.schemas import MESSAGE_TYPES, Article, BarrageClaim, DeadLetter

        while not self._stop.is_set():
            try:
                records = self.consumer.poll(timeout=0.5)
            except Exception:  # the broker is away (outage tests): try again
                time.sleep(0.5)
                continue
            with self._lock:
                for r in records:
                    self.raw[r.topic] += 1
                    try:  # injected poison is not a message: skip it
                        message = MESSAGE_TYPES[r.topic].model_validate_json(r.value)
                    except ValueError:
                        continue
                    self.ids[r.topic].add(message.message_id)
                    if isinstance(message, DeadLetter):
                        self.dead_letters[message.message_id] = message
                    elif isinstance(message, BarrageClaim) and message.article_id:
                        self.claimed_articles.add(message.article_id)
                    elif isinstance(message, Article):
                        self.article_urls.add(message.url)


def inject(kafka_url: str, topic_prefix: str, messages: Iterable[tuple[str, bytes]]) -> None:
    """Produce raw payloads (poison) straight onto the topics."""
    from salvo.bus import open_bus

    bus = open_bus(kafka_url, topic_prefix=topic_prefix)
    try:
        producer = bus.producer()
        for topic, payload in messages:
            producer.send(topic, payload, key="poison")
        producer.flush()
    finally:
        bus.close()
