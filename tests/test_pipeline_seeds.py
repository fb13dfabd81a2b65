"""The spine's acceptance: the five seeds through the real pipeline raise exactly one alert.

Real loopback servers (feed, webhook, aiosmtpd), the embedded bus, and the store
on SQLite and PostgreSQL. The record before 9 July 2025 is 550 (4 July 2025):
the attack of 8-9 July (741 = 728 drones + 13 missiles) is a new record, the
attack of 10 July (about 415) is not.
"""

from __future__ import annotations

import time
from pathlib import Path

from salvo.app import Pipeline
from salvo.settings import Settings
from tests.conftest import shared_path
from tests.pipeline_support import (
    Sinks,
    pipeline_settings,
    seed_items,
    seed_record_history,
    webhook_alerts,
)


def _seeded(sinks: Sinks, store_url: str, workdir: Path) -> tuple[Settings, set[str]]:
    """Settings polling the seeds' feed, over a store holding the record history; the
    seed article URLs the alert must cite."""
    items = seed_items(shared_path("seeds"))
    urls = [sinks.feeds.add_feed("/seeds.xml", "Seed reports", items)]
    seed_urls = {sinks.feeds.url + p for p in sinks.feeds.routes if p.startswith("/news/")}
    seed_record_history(store_url)
    return pipeline_settings(workdir, store_url, urls, sinks), seed_urls


def _wait_for_delivery(sinks: Sinks, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (sinks.webhook.requests and sinks.smtp.messages):
        time.sleep(0.05)
    time.sleep(0.3)  # anything more that was going to arrive would arrive now


def _run(settings: Settings, stages: tuple[str, ...] | None = None) -> None:
    pipeline = Pipeline(settings, stages=stages) if stages else Pipeline(settings)
    try:
        pipeline.run_once(settle_seconds=2.0)
    finally:
        pipeline.close()


def _assert_one_record_alert(sinks: Sinks, seed_urls: set[str]) -> None:
    assert len(sinks.webhook.requests) == 1, [r.body[:300] for r in sinks.webhook.requests]
    assert len(sinks.smtp.messages) == 1
    (alert,) = webhook_alerts(sinks)
    assert alert["event_date"] == "2025-07-09"
    assert alert["metric"] == "total"
    assert alert["value"] == 741
    assert alert["previous_record"]["value"] == 550
    assert alert["previous_record"]["event_date"] == "2025-07-04"
    cited = {s.get("url") for s in alert["event"]["sources"]}
    assert cited & seed_urls, "the alert cites the articles that report the record"
    email = sinks.smtp.messages[0]
    assert email.is_multipart()
    assert "741" in str(email["Subject"])


def _run_then_one_alert(
    settings: Settings, sinks: Sinks, seed_urls: set[str], wait: float = 5.0
) -> None:
    """Run every stage once; then exactly one record alert has been delivered, ever."""
    _run(settings)
    _wait_for_delivery(sinks, seconds=wait)
    _assert_one_record_alert(sinks, seed_urls)


def test_seeds_raise_exactly_one_record_alert(sinks: Sinks, store_url: str, tmp_path: Path) -> None:
    settings, seed_urls = _seeded(sinks, store_url, tmp_path)
    _run_then_one_alert(settings, sinks, seed_urls)
    # The same seeds again (a second poll, and a fresh process on the same state).
    _run_then_one_alert(settings, sinks, seed_urls, wait=1.0)


def test_restart_midway_still_one_alert(sinks: Sinks, sqlite_url: str, tmp_path: Path) -> None:
    settings, seed_urls = _seeded(sinks, sqlite_url, tmp_path)
    # First process: ingest and claims only, then it stops.
    _run(settings, ("ingest", "claims"))
    assert not sinks.webhook.requests
    # Second process: everything; what the first did is not redone or lost.
    _run_then_one_alert(settings, sinks, seed_urls)
    # Third process, the seeds republished: nothing new.
    _run_then_one_alert(settings, sinks, seed_urls, wait=1.0)


def test_demo_delivers_a_record_alert(tmp_path: Path) -> None:
    from salvo.demo.run import run_demo

    result = run_demo(tmp_path, timeout=20, echo=lambda _: None)
    assert result.ok
    assert len(result.webhook_posts) == 1
    assert len(result.emails) == 1
    assert "741" in result.emails[0]
