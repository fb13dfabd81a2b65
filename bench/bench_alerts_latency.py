"""End-to-end alert latency: alert on the bus → webhook receiver / SMTP server on loopback.

Runs the alerts stage as `salvo run` does (consumer thread + background delivery
loop), publishes alerts for distinct attacks at a steady rate, and reports the
latency from the alert's creation to its arrival, per channel. Writes the
figures into the `alerts` section of docs/BENCHMARKS.md.

    .venv/bin/python bench/bench_alerts_latency.py [--alerts 200] [--interval 0.05]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import statistics
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from alerts.testing import WebhookReceiver, sample_alert
from salvo.app import Pipeline, wait_until
from salvo.runtime import Emitter
from salvo.settings import Settings

DOC = Path(__file__).resolve().parent.parent / "docs" / "BENCHMARKS.md"


class Inbox:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        found = re.search(rb"Message-ID: <([^@>]+)@", envelope.content)
        if found:
            self.arrivals[found.group(1).decode()] = time.time()
        await asyncio.sleep(0)
        return "250 OK"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--alerts", type=int, default=200)
    parser.add_argument("--interval", type=float, default=0.05)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        smtp_port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    with tempfile.TemporaryDirectory() as tmp, WebhookReceiver() as receiver:
        settings = Settings.model_validate(
            {
                "store": {"url": f"sqlite:///{tmp}/state.db"},
                "bus": {"url": f"embedded:///{tmp}/bus.db"},
                "alerts": {
                    "log": False,
                    "rate_limit_per_hour": 100_000,
                    "webhooks": [{"url": receiver.url}],
                    "email": [{"port": smtp_port, "recipients": ["desk@example.org"]}],
                },
            }
        )
        pipeline = Pipeline(settings, stages=["alerts"])
        stop = threading.Event()
        runner = threading.Thread(target=pipeline.run, args=(stop,), daemon=True)
        runner.start()
        wait_until(pipeline.ready, 10)
        emitter = Emitter(pipeline.bus.producer(), pipeline.metrics, "records")
        created: dict[str, float] = {}
        started = time.perf_counter()
        for i in range(args.alerts):
            now = datetime.now(UTC)
            alert = sample_alert(
                value=800 + i, event_date=date(2026, 1, 1) + timedelta(days=i), created=now
            )
            created[alert.alert_id] = now.timestamp()
            emitter.emit(alert)
            emitter.flush()
            time.sleep(args.interval)
        wait_until(
            lambda: len(receiver.accepted) >= args.alerts and len(inbox.arrivals) >= args.alerts,
            60,
        )
        elapsed = time.perf_counter() - started
        stop.set()
        runner.join(timeout=30)
        pipeline.close()
    smtp.stop()

    webhook = [r.at - created[r.headers["Idempotency-Key"]] for r in receiver.accepted]
    email = [at - created[k] for k, at in inbox.arrivals.items() if k in created]
    group_wait = settings.alerts.group_wait_seconds
    lines = [
        f"Alerts stage as in `salvo run` (embedded bus, SQLite store, group_wait_seconds="
        f"{group_wait}), {args.alerts} alerts for distinct attacks, one every "
        f"{args.interval * 1000:.0f} ms, webhook + email (aiosmtpd) on loopback; latency from "
        "the alert's creation to its arrival at the receiver. Delivered: "
        f"{len(webhook)} webhook, {len(email)} email in {elapsed:.1f} s.",
        "",
        "| channel | p50 | p95 | p99 | max |",
        "|---|---|---|---|---|",
    ]
    for name, values in (("webhook", webhook), ("email (with chart)", email)):
        if values:
            lines.append(
                f"| {name} | {statistics.median(values) * 1000:.0f} ms "
                f"| {percentile(values, 95) * 1000:.0f} ms | {percentile(values, 99) * 1000:.0f} ms"
                f" | {max(values) * 1000:.0f} ms |"
            )
    lines.append("")
    lines.append(
        "The floor is group_wait_seconds: alerts of one attack that arrive within it leave "
        "as one message."
    )
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section("alerts", text)


def write_section(name: str, body: str) -> None:
    start, end = f"<!-- section: {name} -->", f"<!-- /section: {name} -->"
    block = f"{start}\n## Alert delivery latency\n\n{body}\n{end}"
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if start in doc and end in doc:
        before, rest = doc.split(start, 1)
        after = rest.split(end, 1)[1]
        doc = before + block + after
    else:
        doc = doc.rstrip("\n") + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
