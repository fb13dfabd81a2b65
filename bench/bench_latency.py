"""End-to-end latency: an article appears in a feed → the webhook receives the alert.

The whole pipeline (ingest, claims, records, alerts) runs in threads on the
embedded bus, as `salvo run` does, polling a few farm feeds every second. Into
each feed, one at a time, we publish an article reporting a new record attack
(each larger than the ones before, each on its own night) and wait for its
alert at a loopback webhook; the feeds run side by side, so a few events are in
flight at once. Each is a record whatever the arrival order, since it beats
every earlier night.

For each event we keep three clocks (wall time, all on this machine):
`published` (the article went into the feed), `served` (the farm first served
the feed with it: the poll that picked it up) and `received` (the webhook got
the alert). `served - published` is the wait for the next poll, which the issue
asks to subtract; `received - served` is Salvo's own latency. The embedded
bus log's timestamps split it by stage (article, claim and alert produced).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.bench_pipeline import fresh_dir
from bench.farm import BENCHMARK_DATA, FarmProcess, FarmSpec, control, shared_dir

FIRST_DAY = date(2024, 1, 1)
RECORD_BEFORE = 900  # the seeded history's record; every event beats the previous one
ALERT_TIMEOUT = 20.0
GIVE_UP_AFTER = 8  # events without any alert: the pipeline is broken, stop measuring
TIME_LIMIT = 400.0  # seconds for the whole run, so `make bench` stays within its budget


def filler_paragraphs(limit: int = 400) -> list[str]:
    """Real article paragraphs (ground truth of the extraction benchmark) as body text."""
    truth = json.loads(
        shared_dir().joinpath(*BENCHMARK_DATA, "ground-truth.json").read_text(encoding="utf-8")
    )
    paras = [
        p.strip()
        for key in sorted(truth)
        for p in truth[key]["articleBody"].split("\n")
        if 150 < len(p.strip()) < 1200 and not any(ch.isdigit() for ch in p)
    ]
    return paras[:limit]


def event_article(i: int, fillers: list[str]) -> dict[str, Any]:
    """The i-th record-setting report: a figure, its night, and real filler text."""
    day = FIRST_DAY + timedelta(days=2 * i)
    total = RECORD_BEFORE + 10 * (i + 1)
    missiles = 10 + i % 30
    published = datetime(day.year, day.month, day.day, 7, 30, tzinfo=UTC)
    lead = (
        f"Russia launched {total} drones and missiles at Ukraine overnight, the largest "
        f"aerial attack of the war, Ukraine's air force said on {day.strftime('%A')}. "
        f"The barrage included {total - missiles} drones and {missiles} missiles."
    )
    n = len(fillers)
    body = [lead, fillers[(3 * i) % n], fillers[(3 * i + 1) % n], fillers[(3 * i + 2) % n]]
    return {
        "title": f"Russia launches record {total} drones and missiles at Ukraine",
        "paragraphs": body,
        "published": published.isoformat(),
        "event_date": day.isoformat(),
        "total": total,
    }


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def bus_stamps(bus_path: Path) -> dict[str, dict[str, float]]:
    """When each event's article, first claim and first alert were produced (bus log clock)."""
    out: dict[str, dict[str, float]] = {}
    with contextlib.closing(sqlite3.connect(bus_path)) as conn:
        rows = conn.execute("SELECT topic, value, ts_ms FROM messages ORDER BY offset_").fetchall()
    for topic, value, ts_ms in rows:
        msg = json.loads(value)
        if topic == "articles":
            m = re.search(r"(\d{4}-\d{2}-\d{2})", str(msg.get("published") or ""))
            key, stage = (m.group(1) if m else ""), "article_at"
        elif topic in ("claims", "alerts"):
            key, stage = str(msg.get("event_date") or ""), topic[:-1] + "_at"
        else:
            continue
        out.setdefault(key, {}).setdefault(stage, ts_ms / 1000)
    return out


def _stage_means(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Mean and p99 time spent between consecutive clocks, to show where latency goes."""
    steps = (
        ("served", "article_at", "ingest"),
        ("article_at", "claim_at", "claims"),
        ("claim_at", "alert_at", "records"),
        ("alert_at", "received", "alerts"),
    )
    out: dict[str, float] = {}
    for start, end, name in steps:
        spans = [r[end] - r[start] for r in rows if r.get(start) and r.get(end)]
        if spans:
            out[f"{name}_mean"] = statistics.fmean(spans)
            out[f"{name}_p99"] = _percentile(spans, 0.99)
    return out


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    net = [r["received"] - r["served"] for r in rows if r.get("received") and r.get("served")]
    raw = [r["received"] - r["published_at"] for r in rows if r.get("received")]
    wait = [r["served"] - r["published_at"] for r in rows if r.get("served")]
    return {
        "events": len(rows),
        "alerted": sum(1 for r in rows if r.get("received")),
        "p50": _percentile(net, 0.50),
        "p99": _percentile(net, 0.99),
        "max": max(net) if net else float("nan"),
        "mean": statistics.fmean(net) if net else float("nan"),
        "raw_p50": _percentile(raw, 0.50),
        "raw_p99": _percentile(raw, 0.99),
        "poll_wait_mean": statistics.fmean(wait) if wait else float("nan"),
        "stages": _stage_means(rows),
    }


def _settings(feed_urls: list[str], hook_url: str, workdir: Path) -> Any:
    from salvo.settings import load_settings

    return load_settings(
        None,
        **{
            "bus.url": f"embedded:///{workdir}/bus.db",
            "store.url": f"sqlite:///{workdir}/state.db",
            "ingest.allow_private_addresses": True,
            "ingest.min_interval_seconds": 1,
            "feeds": [
                {"url": u, "name": f"Wire {i}", "interval_seconds": 1}
                for i, u in enumerate(feed_urls)
            ],
            "alerts.webhooks": [{"name": "bench", "url": hook_url}],
            "alerts.log": False,
            "alerts.rate_limit_per_hour": 1_000_000,  # 200 records in minutes is the point here
        },
    )


def _seed_history(store_url: str) -> None:
    from processors.records.history import HistoricalAttack, seed_history
    from salvo.store import open_store

    store = open_store(store_url)
    try:
        seed_history(
            store,
            [HistoricalAttack("RU->UA", date(2023, 12, 29), RECORD_BEFORE, 860, 40, "bench")],
        )
    finally:
        store.close()


def alert_dates(body: bytes) -> list[str]:
    """The event date of every alert in a webhook payload (not its previous record's)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "alert_id" in node and "event_date" in node:
                found.append(str(node["event_date"]))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    with contextlib.suppress(ValueError):  # not JSON: carries no alert we can date
        walk(json.loads(body))
    return found


def run(events: int = 200, feeds: int = 4, *, log: Callable[[str], None] = print) -> dict[str, Any]:
    """`events` record-setting reports, at most one in flight per feed (`feeds` feeds)."""
    from salvo.app import Pipeline
    from salvo.loopback import WebhookSink

    fillers = filler_paragraphs()
    rows: list[dict[str, Any]] = []
    spec = FarmSpec(feeds=feeds, articles_per_feed=0, slow_feeds=0, broken_feeds=0)
    with FarmProcess(spec) as farm, fresh_dir("salvo-latency-") as workdir:
        sink = WebhookSink().start()
        settings = _settings(farm.feed_urls(), sink.url + "/hook", workdir)
        _seed_history(settings.store.url)
        pipeline = Pipeline(settings)
        stop = threading.Event()
        thread = threading.Thread(target=pipeline.run, args=(stop,), daemon=True)
        thread.start()
        try:
            time.sleep(2.0)  # first polls of the empty feeds, stages subscribed
            in_flight: dict[int, dict[str, Any]] = {}  # feed -> its event awaiting an alert
            received: dict[str, float] = {}
            scanned = 0
            started = time.monotonic()
            while len(rows) < events:
                for feed in range(feeds):
                    if feed not in in_flight and len(rows) + len(in_flight) < events:
                        i = len(rows) + len(in_flight)
                        art = event_article(i, fillers)
                        row = {"feed": feed, "published_at": time.time(), **art}
                        row["path"] = control(
                            farm.base_url, "/_farm/publish", {**art, "feed": feed}
                        )["path"]
                        row["deadline"] = time.monotonic() + ALERT_TIMEOUT
                        del row["paragraphs"]
                        in_flight[feed] = row
                for req in sink.requests[scanned:]:
                    for day in alert_dates(req.body):
                        received.setdefault(day, req.received_at)
                scanned = len(sink.requests)
                for feed, row in list(in_flight.items()):
                    if row["event_date"] in received:
                        row["received"] = received[row["event_date"]]
                    elif time.monotonic() < row["deadline"]:
                        continue
                    else:
                        log(f"latency: no alert for {row['event_date']} in {ALERT_TIMEOUT:.0f} s")
                    rows.append(in_flight.pop(feed))
                    missed = sum(1 for r in rows if "received" not in r)
                    if missed >= GIVE_UP_AFTER and missed == len(rows):
                        raise RuntimeError(f"no alert arrived for the first {missed} events")
                if time.monotonic() - started > TIME_LIMIT:
                    raise RuntimeError(f"latency run exceeded {TIME_LIMIT:.0f} s")
                time.sleep(0.005)
            elapsed = time.monotonic() - started
            served = control(farm.base_url, "/_farm/served")
            for row in rows:
                row["served"] = served.get(row["path"])
            stamps = bus_stamps(workdir / "bus.db")
            for row in rows:
                row.update(stamps.get(row["event_date"], {}))
        finally:
            stop.set()
            thread.join(timeout=60)
            pipeline.close()
            sink.stop()
    result = summarise(rows)
    result.update(posts=len(sink.requests), feeds=feeds, seconds=round(elapsed, 1))
    log(
        "latency: p50 {p50:.3f} s, p99 {p99:.3f} s net of the poll wait "
        "({alerted}/{events} alerted)".format(**result)
    )
    return result


if __name__ == "__main__":
    print(json.dumps(run(20), indent=2))
