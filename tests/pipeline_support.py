"""Helpers for end-to-end pipeline tests: the seeds as a loopback feed, sinks, settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from salvo.demo.run import seed_demo_history
from salvo.loopback import FeedItem, FeedServer, SmtpSink, WebhookSink
from salvo.settings import Settings, load_settings


def seed_items(seeds_dir: Path) -> list[FeedItem]:
    """The five seed articles as feed items: 000 published 2025-07-11, the others 2025-07-10."""
    items = []
    for path in sorted(seeds_dir.glob("*.txt")):
        number = path.name.split("_", 1)[0]
        day = 11 if number == "000" else 10
        text = path.read_text(encoding="utf-8").strip()
        paragraphs = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
        items.append(
            FeedItem(
                path=f"/news/seed-{number}",
                title=f"Seed report {number}",
                text=paragraphs,
                published=datetime(2025, 7, day, 9, 0, tzinfo=UTC),
                source=f"Outlet {number}",
            )
        )
    return items


@dataclass
class Sinks:
    feeds: FeedServer
    webhook: WebhookSink
    smtp: SmtpSink

    def stop(self) -> None:
        self.feeds.stop()
        self.webhook.stop()
        self.smtp.stop()


def start_sinks() -> Sinks:
    return Sinks(FeedServer().start(), WebhookSink().start(), SmtpSink().start())


def pipeline_settings(
    workdir: Path, store_url: str, feed_urls: list[str], sinks: Sinks, **extra: Any
) -> Settings:
    return load_settings(
        None,
        **{
            "bus.url": f"embedded:///{workdir}/bus.db",
            "store.url": store_url,
            "ingest.allow_private_addresses": True,
            "ingest.extraction_workers": 1,
            "feeds": [{"url": u} for u in feed_urls],
            "alerts.webhooks": [{"name": "test-webhook", "url": sinks.webhook.url + "/hook"}],
            "alerts.email": [
                {
                    "name": "test-email",
                    "port": sinks.smtp.port,
                    "recipients": ["analyst@localhost"],
                }
            ],
            **extra,
        },
    )


def seed_record_history(store_url: str) -> None:
    """The record before 9 July 2025 is 550 (4 July 2025): the demo's history."""
    seed_demo_history(store_url)


def dicts_with(obj: Any, key: str) -> Iterator[dict[str, Any]]:
    """Every JSON object (at any depth) that has `key`."""
    if isinstance(obj, dict):
        if key in obj:
            yield obj
        for child in obj.values():
            yield from dicts_with(child, key)
    elif isinstance(obj, list):
        for child in obj:
            yield from dicts_with(child, key)


def webhook_alerts(sinks: Sinks) -> list[dict[str, Any]]:
    """The alerts carried by every webhook POST received so far (one entry per alert)."""
    alerts: dict[str, dict[str, Any]] = {}
    for request in sinks.webhook.requests:
        event = json.loads(request.body)  # a CloudEvents structured event
        for alert in event["data"]["alerts_full"]:
            alerts.setdefault(alert["alert_id"], alert)
    return list(alerts.values())
