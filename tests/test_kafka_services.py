"""Each stage as its own service over Kafka (Tansu): the seeds scenario, health, SIGTERM.

`salvo run --stage ingest|claims|records|alerts` processes on a real broker,
each with its own store: the five seed reports become exactly one record
alert (741 on 9 July 2025 beats 550), delivered once by webhook and email.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port, shared_path
from tests.kafka_support import (
    STAGE_ORDER,
    Cluster,
    Service,
    delivered_alert_ids,
    delivered_alerts,
    wait_for,
)
from tests.pipeline_support import Sinks, seed_items, seed_record_history

pytestmark = pytest.mark.kafka


@pytest.fixture
def services() -> Iterator[list[Service]]:
    """Started services, killed at the end whatever happened."""
    started: list[Service] = []
    try:
        yield started
    finally:
        for service in started:
            service.kill()


def test_seeds_over_kafka_one_process_per_stage(
    kafka_url: str,
    topic_prefix: str,
    sinks: Sinks,
    services: list[Service],
    tmp_path: Path,
) -> None:
    items = seed_items(shared_path("seeds"))
    cluster = Cluster(tmp_path, kafka_url, topic_prefix, sinks)
    cluster.feed_urls = [sinks.feeds.add_feed("/seeds.xml", "Seed reports", items)]
    seed_record_history(cluster.store_url("records"))

    for stage in STAGE_ORDER:
        services.append(Service(cluster, stage).start())
    by_stage = {s.stage: s for s in services}

    assert wait_for(lambda: bool(sinks.webhook.requests) and bool(sinks.smtp.messages), 120), (
        "no alert delivered; logs:\n" + "\n".join(s.log_text()[-3000:] for s in services)
    )
    # Everything downstream is caught up: nothing more is coming.
    assert wait_for(lambda: all(by_stage[s].ready() for s in ("claims", "records", "alerts")), 60)
    time.sleep(1.0)

    assert list(delivered_alert_ids(sinks).values()) == [1]  # one alert, delivered once
    (alert,) = delivered_alerts(sinks).values()
    assert alert["event_date"] == "2025-07-09"
    assert alert["value"] == 741
    assert alert["previous_record"]["value"] == 550
    assert len(sinks.smtp.messages) == 1

    # Health endpoints: JSON with the stage's connection, assignment and lag.
    report = by_stage["claims"].health("/readyz")
    assert report["status"] == 200
    claims = report["stages"]["claims"]
    assert claims["connected"] and claims["assigned"] and claims["caught_up"]
    assert claims["lag"] == 0
    assert by_stage["ingest"].health("/healthz")["status"] == 200
    status, metrics = by_stage["claims"].get("/metrics")
    assert status == 200
    text = metrics.decode()
    assert 'salvo_consumer_lag{partition="' in text
    assert 'salvo_messages_processed_total{outcome="ok",stage="claims"}' in text

    # SIGTERM: finish, flush, commit, leave the group, exit 0.
    for service in reversed(services):
        assert service.terminate(timeout=60) == 0, service.log_text()[-3000:]

    # Restarted on the same broker and stores: nothing is redone, nothing re-sent.
    for service in services:
        service.start()
    assert wait_for(lambda: all(by_stage[s].ready() for s in ("claims", "records", "alerts")), 60)
    time.sleep(3.0)  # an ingest poll or two of the unchanged feed
    assert len(sinks.webhook.requests) == 1
    assert len(sinks.smtp.messages) == 1


def test_run_once_over_kafka_drains_every_stage(
    kafka_url: str, topic_prefix: str, sinks: Sinks, tmp_path: Path
) -> None:
    """`salvo run --once` on Kafka: the consumers join their groups before calling it drained."""
    items = seed_items(shared_path("seeds"))
    cluster = Cluster(tmp_path, kafka_url, topic_prefix, sinks)
    cluster.feed_urls = [sinks.feeds.add_feed("/seeds.xml", "Seed reports", items)]
    # One process for every stage: one store for all of them.
    store = cluster.store_url("all")
    seed_record_history(store)
    config = cluster.config("ingest", "once", free_port())
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from salvo.cli import main; main()",
            "run",
            "--once",
            "--config",
            str(config),
            "--store",
            store,
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "articles=5" in done.stdout, done.stdout
    assert list(delivered_alert_ids(sinks).values()) == [1]
    (alert,) = delivered_alerts(sinks).values()
    assert (alert["event_date"], alert["value"]) == ("2025-07-09", 741)
