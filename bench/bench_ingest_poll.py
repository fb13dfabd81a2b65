"""Benchmark: poll 10,000 loopback feeds, most of which answer 304 Not Modified.

    .venv/bin/python -m bench.bench_ingest_poll [--feeds 10000] [--hosts 100] [--changed 0.05]

A small asyncio HTTP/1.1 server runs in its own process (off our GIL) and
listens on 127.0.1.1 … 127.0.1.N (all loopback), so the per-host concurrency
limit applies as it would to real outlets. Pass 1 (cold) fetches every feed
(200, 20 entries each) and fills the seen-set without fetching articles; pass 2
(measured) polls every feed again: most answer 304 with no parse at all, the
`--changed` share answers 200 with one new entry whose page is fetched,
cleaned and published. Reports feeds/s, outcomes and peak memory (RSS high
water mark of the poller process and of its worker processes) and writes them
into docs/BENCHMARKS.md (section ingest-poll).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ITEMS = 20


# ----------------------------------------------------------------------------- server


def _feed_body(host: str, i: int, gen: int) -> bytes:
    items = []
    for k in range(ITEMS + gen - 1):
        items.append(
            f"<item><title>Feed {i} story {k}</title><link>http://{host}/a/{i}/{k}</link>"
            f"<guid>http://{host}/a/{i}/{k}</guid>"
            f"<pubDate>Thu, 10 Jul 2025 {k % 24:02d}:00:00 GMT</pubDate>"
            f"<description>Summary of story {k} of feed {i}.</description></item>"
        )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Feed {i}</title><link>http://{host}/</link>{''.join(reversed(items))}"
        f"</channel></rss>"
    ).encode()


def _article_body(i: int, k: int) -> bytes:
    paras = "".join(
        f"<p>Paragraph {p} of story {k} in feed {i}: officials said emergency crews worked "
        f"through the night to restore power, and {i + k + p} homes were still without heat "
        f"on Thursday morning while engineers inspected damaged buildings.</p>"
        for p in range(6)
    )
    return (
        f"<!doctype html><html lang='en'><head><title>Story {k}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Feed {i} story {k}</h1>{paras}</article>"
        f"<footer>Bench News</footer></body></html>"
    ).encode()


class _State:
    def __init__(self, changed_every: int) -> None:
        self.phase = 1
        self.changed_every = changed_every
        self.stats: Counter[str] = Counter()

    def gen(self, i: int) -> int:
        return 2 if self.phase == 2 and i % self.changed_every == 0 else 1


async def _serve(state: _State, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            host = headers.get("host", "127.0.0.1")
            status, body, extra = 404, b"", ""
            if m := re.fullmatch(r"/feed/(\d+)", path):
                i = int(m.group(1))
                etag = f'"{i}-{state.gen(i)}"'
                extra = f"ETag: {etag}\r\nContent-Type: application/rss+xml\r\n"
                if headers.get("if-none-match") == etag:
                    status = 304
                else:
                    status, body = 200, _feed_body(host, i, state.gen(i))
            elif m := re.fullmatch(r"/a/(\d+)/(\d+)", path):
                status, body = 200, _article_body(int(m.group(1)), int(m.group(2)))
                extra = "Content-Type: text/html; charset=utf-8\r\n"
            elif path == "/_phase/2":
                state.phase, status, body = 2, 200, b"ok"
            elif path == "/_stats":
                status, body = 200, json.dumps(state.stats).encode()
            state.stats[str(status)] += 1
            reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
            writer.write(
                f"HTTP/1.1 {status} {reason}\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode()
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def serve(hosts: list[str], changed_every: int) -> None:
    state = _State(changed_every)

    async def main() -> None:
        with socket.socket() as probe:  # one port free on every loopback host
            probe.bind((hosts[0], 0))
            port = probe.getsockname()[1]
        await asyncio.start_server(
            lambda r, w: _serve(state, r, w), hosts, port, backlog=4096, reuse_address=True
        )
        print(port, flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# ----------------------------------------------------------------------------- bench


def peak_rss_mb(pid: int | str = "self") -> float:
    """A process's RSS high-water mark (VmHWM), 0.0 if unknown.

    Not `getrusage().ru_maxrss`: Linux carries that over from the process that
    forked this one, so a child of a large process would report its parent's size.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else 0.0


def _workers_peak_mb(source: Any) -> float:
    """Largest VmHWM among the live extraction workers."""
    return max((peak_rss_mb(pid) for pid in source.pool.pids()), default=0.0)


def write_section(name: str, text: str) -> None:
    path = REPO / "docs" / "BENCHMARKS.md"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start, end = f"<!-- section: {name} -->", f"<!-- /section: {name} -->"
    block = f"{start}\n{text.rstrip()}\n{end}"
    if start in current and end in current:
        before, rest = current.split(start, 1)
        after = rest.split(end, 1)[1]
        current = before + block + after
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")


def run(feeds: int, hosts: int, changed: float, store_url: str | None) -> dict[str, object]:
    from ingest.source import FeedIngest
    from salvo.metrics import Metrics
    from salvo.runtime import Emitter
    from salvo.settings import load_settings
    from salvo.store import Database

    class CountingProducer:
        def __init__(self) -> None:
            self.sent = 0

        def send(self, topic: str, value: bytes, **kw: object) -> None:
            self.sent += 1

        def flush(self, timeout: float | None = None) -> None:
            return

        def close(self) -> None:
            return

    host_names = [f"127.0.1.{h + 1}" for h in range(hosts)]
    changed_every = max(1, round(1 / changed)) if changed > 0 else feeds + 1
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_ingest_poll", "--serve", ",".join(host_names),
         "--changed-every", str(changed_every)],
        stdout=subprocess.PIPE, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, text=True,
    )  # fmt: skip
    assert server.stdout is not None
    port = int(server.stdout.readline())
    tmp = tempfile.mkdtemp(prefix="salvo-bench-")
    url = store_url or f"sqlite:///{tmp}/state.db"
    feed_list = [{"url": f"http://{host_names[i % hosts]}:{port}/feed/{i}"} for i in range(feeds)]
    base = {
        "store.url": url,
        "feeds": feed_list,
        "ingest.allow_private_addresses": True,
        "ingest.min_article_chars": 200,
    }
    try:
        # Pass 1: cold. Fill validators and seen-sets (articles not fetched).
        settings = load_settings(None, **base, **{"ingest.fetch_articles": False})
        store = Database(url)
        metrics = Metrics()
        source = FeedIngest(settings, store, metrics)
        producer = CountingProducer()
        t0, c0 = time.perf_counter(), time.process_time()
        first = source.run_once(Emitter(producer, metrics, "ingest"))
        cold, cold_cpu = time.perf_counter() - t0, time.process_time() - c0
        source.close()
        # Pass 2: everything due again; most feeds answer 304.
        import httpx

        httpx.get(f"http://{host_names[0]}:{port}/_phase/2", timeout=5)
        store.execute("UPDATE ingest_feeds SET next_poll = 0")
        settings = load_settings(None, **base)
        metrics = Metrics()
        source = FeedIngest(settings, store, metrics)
        producer = CountingProducer()
        t0, c0 = time.perf_counter(), time.process_time()
        published = source.run_once(Emitter(producer, metrics, "ingest"))
        warm, warm_cpu = time.perf_counter() - t0, time.process_time() - c0
        worker_peak = _workers_peak_mb(source)
        outcomes = Counter(r.outcome for r in source.reports)
        source.close()
        store.close()
        own = peak_rss_mb() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {
            "feeds": feeds,
            "hosts": hosts,
            "cold_seconds": round(cold, 2),
            "cold_cpu_seconds": round(cold_cpu, 1),
            "cold_feeds_per_s": round(feeds / cold, 1),
            "cold_articles_from_feed_content": first,
            "warm_seconds": round(warm, 2),
            "warm_cpu_seconds": round(warm_cpu, 1),
            "warm_feeds_per_s": round(feeds / warm, 1),
            "load_average": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
            "warm_outcomes": dict(outcomes),
            "warm_articles_published": published,
            "peak_rss_mb_poller": round(own, 1),
            "peak_rss_mb_worker": round(worker_peak, 1),
            "store": url.split(":", 1)[0],
            "cores": os.cpu_count(),
        }
    finally:
        server.terminate()
        server.wait(5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--changed", type=float, default=0.05)
    parser.add_argument("--store", default=None, help="store URL (default: a temp SQLite file)")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--changed-every", type=int, default=20, help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve.split(","), args.changed_every)
        return
    result = run(args.feeds, args.hosts, args.changed, args.store)
    print(json.dumps(result, indent=2))
    if not args.no_write:
        write_section("ingest-poll", _report(result))


def _report(r: dict[str, object]) -> str:
    cold = f"| cold | 200, 20 entries each (articles not fetched) | {r['cold_seconds']} |"
    warm = (
        f"| warm | mostly 304; changed: 200 + 1 article fetched and cleaned | {r['warm_seconds']} |"
    )
    return "\n".join(
        [
            f"## Ingest: polling {r['feeds']:,} loopback feeds (`bench/bench_ingest_poll.py`)",
            "",
            f"{r['feeds']:,} RSS feeds on {r['hosts']} loopback hosts (127.0.1.x), one poller",
            f"process on {r['cores']} cores (store: {r['store']}), default limits (64 concurrent,",
            "4 per host). The feed server runs in its own process on the same cores.",
            f"Machine load average during the run: {r['load_average']} (shared machine).",
            "",
            "| pass | what the feeds answer | wall s | poller CPU s | feeds/s |",
            "|---|---|---:|---:|---:|",
            f"{cold} {r['cold_cpu_seconds']} | {r['cold_feeds_per_s']} |",
            f"{warm} {r['warm_cpu_seconds']} | {r['warm_feeds_per_s']} |",
            "",
            f"Warm pass outcomes: `{json.dumps(r['warm_outcomes'])}`; "
            f"articles published: {r['warm_articles_published']}.",
            f"Peak memory (RSS high-water mark): poller process {r['peak_rss_mb_poller']} MB; "
            f"largest extraction worker {r['peak_rss_mb_worker']} MB.",
        ]
    )


if __name__ == "__main__":
    main()
