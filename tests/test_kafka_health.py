"""/healthz, /readyz and /metrics of a consuming stage on Kafka, over real HTTP."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import pytest

from salvo.bus import Bus, open_bus
from salvo.http import serve_health
from salvo.metrics import Metrics
from salvo.runtime import StageRunner
from salvo.settings import load_settings
from tests.conftest import free_port
from tests.test_kafka_runner import FAST, Doubler, _claims

pytestmark = pytest.mark.kafka


@dataclass
class OneStage:
    """The part of a Pipeline the health server looks at."""

    bus: Bus
    metrics: Metrics
    runners: dict[str, StageRunner] = field(default_factory=dict)


def _get(port: int, path: str) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as r:
            body = r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    if path == "/metrics":
        return status, body.decode()
    return status, json.loads(body)


def test_readiness_follows_connection_assignment_and_lag(kafka_url: str, topic_prefix: str) -> None:
    bus = open_bus(kafka_url, topic_prefix=topic_prefix, **FAST)
    bus.ensure_topics()
    metrics = Metrics()
    runner = StageRunner(Doubler(), bus, metrics)
    pipeline = OneStage(bus, metrics, {"doubler": runner})
    port = free_port()
    settings = load_settings(None, **{"serve.metrics_port": port, "serve.ready_max_lag": 0})
    server = serve_health(settings, pipeline)  # type: ignore[arg-type]
    assert server is not None
    try:
        # Not polled yet: alive, but neither connected nor assigned.
        status, report = _get(port, "/readyz")
        assert status == 503
        stage = report["stages"]["doubler"]
        assert stage["alive"] and not stage["assigned"] and not stage["ready"]
        assert _get(port, "/healthz")[0] == 200

        _claims(bus, [1, 2, 3])
        deadline = time.monotonic() + 60
        handled = 0
        while time.monotonic() < deadline:
            handled += runner.run_once(timeout=0.5)
            if handled == 3 and _get(port, "/readyz")[0] == 200:
                break
        status, report = _get(port, "/readyz")
        assert status == 200, report
        stage = report["stages"]["doubler"]
        assert stage["connected"] and stage["partitions"] == 3 and stage["lag"] == 0
        assert report["bus_reachable"]

        status, text = _get(port, "/metrics")
        assert status == 200
        lag_lines = [line for line in text.splitlines() if line.startswith("salvo_consumer_lag{")]
        assert len(lag_lines) == 3  # one per partition
        assert all('topic="claims"' in line and line.endswith(" 0.0") for line in lag_lines)

        # A stage whose loop ended is not alive: liveness fails, a restart helps.
        runner.close()
        status, report = _get(port, "/healthz")
        assert status == 503 and not report["alive"]
    finally:
        server.shutdown()
        runner.close()
        bus.close()
