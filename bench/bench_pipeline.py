"""Throughput on the feed farm: the limit, Salvo (embedded and Kafka), and the peers.

Measures 1–3 of the benchmark issue, all on one farm in one run:

- the limit: trafilatura alone (the same `bare_extraction` call the ingest makes)
  on the very bytes the farm serves, in a process pool with one worker per core;
- Salvo's ingest alone (`FeedIngest.run_once`: poll, fetch, clean, dedupe,
  publish), and the ingest + claims pipeline from the first poll until the
  claims stage has handled every article, on the embedded bus and on Kafka;
- the peers of bench/peers.py on the same feeds.

Every run gets a fresh store and bus, so every article is new to it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import multiprocessing
import os
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.farm import FarmProcess, FarmSpec

WAIT_LIMIT = 120.0  # seconds a pipeline run may take before it is reported as incomplete


@dataclass
class Throughput:
    label: str
    articles: int
    seconds: float
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0


# ----------------------------------------------------------------------------- CPU accounting

_TICK = os.sysconf("SC_CLK_TCK")
NOT_SALVO = (b"--serve", b"bench.farm")  # the benchmarks' feed servers


def descendants_cpu(farm: bool = False) -> dict[int, float]:
    """CPU seconds of every live descendant of this process: Salvo's, or the feed servers'."""
    me, cpu, parents = os.getpid(), {}, {}
    for name in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = Path(f"/proc/{name}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{name}/cmdline").read_bytes()
        except OSError:
            continue
        pid = int(name)
        parents[pid] = int(fields[1])
        if any(marker in cmd for marker in NOT_SALVO) == farm:
            cpu[pid] = (int(fields[11]) + int(fields[12])) / _TICK

    def under_me(pid: int) -> bool:
        while pid in parents and pid > 1:
            pid = parents[pid]
            if pid == me:
                return True
        return False

    return {pid: c for pid, c in cpu.items() if under_me(pid)}


class CpuClock:
    """CPU used between start() and read(): this process, Salvo's child processes, the farm.

    The farm is not Salvo, but it shares the cores during a pipeline run (the limit
    reads pages from memory), so its share is reported beside the throughput.
    """

    def start(self) -> CpuClock:
        self._main, self._children = time.process_time(), descendants_cpu()
        self._farm = descendants_cpu(farm=True)
        return self

    def read(self) -> dict[str, float]:
        after, farm = descendants_cpu(), descendants_cpu(farm=True)
        return {
            "cpu_main_s": time.process_time() - self._main,
            "cpu_workers_s": sum(c - self._children.get(pid, 0.0) for pid, c in after.items()),
            "cpu_farm_s": sum(c - self._farm.get(pid, 0.0) for pid, c in farm.items()),
        }


# ----------------------------------------------------------------------------- the limit


Page = tuple[str, bytes, str]  # url, body, Content-Type
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def article_pages(feed_urls: list[str]) -> list[Page]:
    """Every article page reachable from the feeds, as the farm serves it."""
    import feedparser
    import httpx

    pages: list[Page] = []
    with httpx.Client(timeout=30) as client:
        for url in feed_urls:
            resp = client.get(url)
            if resp.status_code != 200:
                continue
            for entry in feedparser.parse(resp.content).entries:
                page = client.get(entry.link)
                if page.status_code == 200:
                    pages.append((entry.link, page.content, page.headers.get("content-type", "")))
    return pages


def _extract(page: Page) -> int:
    import trafilatura
    from trafilatura.settings import set_date_params

    url, body, content_type = page
    # Decoded by the header's charset, as ingest/clean.py does (else trafilatura sniffs it),
    # then the very call ingest/clean.py makes, without Salvo's own work around it.
    charset = _CHARSET.search(content_type)
    html: str | bytes = body.decode(charset.group(1), errors="replace") if charset else body
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        fast=True,  # as ingest/clean.py: no readability/justext fallback
        date_extraction_params=set_date_params(extensive=False),
    )
    return len(getattr(doc, "text", "") or "")


def _warm(page: Page) -> int:
    # trafilatura's first call in a process loads its date parsers (~0.2 s): a running
    # service's workers have done that long ago, so neither contender pays it here.
    _extract(page)
    time.sleep(0.3)  # keep this worker busy so that every worker gets a warm-up task
    return os.getpid()


def _warm_salvo_worker(page: bytes) -> None:
    from ingest.clean import clean_page

    clean_page(page, "http://127.0.0.1/warm-up", "text/html")
    time.sleep(0.3)


def extraction_limit(pages: list[Page], workers: int | None = None) -> Throughput:
    """trafilatura alone on every core: the most a pipeline could do on this machine."""
    workers = workers or os.cpu_count() or 1
    # The same start method as the ingest's pool (spawn): fresh interpreters, no
    # copy-on-write faults from this process's heap counted against either side.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        list(pool.map(_warm, [pages[0]] * workers))
        clock = CpuClock().start()
        started = time.perf_counter()
        chars = sum(pool.map(_extract, pages, chunksize=1))
        seconds = time.perf_counter() - started
        cpu = clock.read()
    return Throughput(
        f"trafilatura alone, {workers} processes", len(pages), seconds, {"chars": chars, **cpu}
    )


# ----------------------------------------------------------------------------- Salvo


def salvo_settings(feed_urls: list[str], workdir: Path, bus_url: str | None = None) -> Any:
    from salvo.settings import load_settings

    return load_settings(
        None,
        **{
            "bus.url": bus_url or f"embedded:///{workdir}/bus.db",
            "bus.topic_prefix": f"b{uuid.uuid4().hex[:8]}.",
            "bus.max_poll_interval_ms": 10_000,
            "bus.session_timeout_ms": 6_000,
            "store.url": f"sqlite:///{workdir}/state.db",
            "ingest.allow_private_addresses": True,  # the farm is on loopback
            "feeds": [{"url": u, "name": f"Farm {i}"} for i, u in enumerate(feed_urls)],
            "alerts.log": False,
        },
    )


@contextlib.contextmanager
def fresh_dir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def warm_up(pipeline: Any, page: bytes, timeout: float = 60.0) -> float:
    """Start what a running service has started before its first poll; return the seconds.

    The extraction workers (one real extraction per worker, as for the limit) and,
    on Kafka, each consumer's group membership (poll until partitions are assigned).
    """
    started = time.perf_counter()
    pool = getattr(pipeline.source, "pool", None)
    if pool is not None:

        async def fill() -> None:
            tasks = (pool.run(_warm_salvo_worker, page) for _ in range(pool.workers))
            await asyncio.gather(*tasks)

        asyncio.run(fill())
    deadline = time.monotonic() + timeout
    for runner in pipeline.runners.values():
        assignment = getattr(runner.consumer, "assignment", None)
        while time.monotonic() < deadline:
            runner.run_once(timeout=0.5)
            if assignment is None or assignment():
                break
    return time.perf_counter() - started


def salvo_ingest(feed_urls: list[str], page: bytes) -> Throughput:
    """Ingest alone: one pass over every feed, articles published to the embedded bus."""
    from salvo.app import Pipeline

    with fresh_dir("salvo-ingest-") as workdir:
        pipeline = Pipeline(salvo_settings(feed_urls, workdir), stages=("ingest",))
        try:
            warm = warm_up(pipeline, page)
            clock = CpuClock().start()
            started = time.perf_counter()
            summary = pipeline.run_once()
            seconds = time.perf_counter() - started
            cpu = clock.read()
        finally:
            pipeline.close()
    return Throughput(
        "Salvo ingest (embedded bus)", summary.articles, seconds, {"warm_up_s": warm, **cpu}
    )


def run_until(
    start: Callable[[], None],
    handled: Callable[[], float],
    expected: int,
    alive: Callable[[], bool],
) -> tuple[float, dict[str, float]]:
    """Start a pipeline and wait until `handled()` reaches `expected` (or it dies, or
    WAIT_LIMIT passes); return the seconds and the CPU used meanwhile."""
    clock = CpuClock().start()
    started = time.perf_counter()
    start()
    deadline = started + WAIT_LIMIT
    while handled() < expected:
        if time.perf_counter() > deadline or not alive():
            break
        time.sleep(0.02)
    return time.perf_counter() - started, clock.read()


def processed_counter(metrics: Any, stage: str) -> Callable[[], float]:
    """Messages a stage has handled, as a cheap reader: this runs every 20 ms beside the
    pipeline, so it looks the labelled series up once (and only reads them after)."""
    counter = metrics.messages_processed
    series = [counter.labels(stage, outcome) for outcome in ("ok", "error", "invalid")]
    return lambda: float(sum(s._value.get() for s in series))


def salvo_pipeline(
    feed_urls: list[str],
    expected: int,
    page: bytes,
    *,
    bus_url: str | None = None,
    label: str = "Salvo ingest+claims (embedded bus)",
) -> Throughput:
    """Ingest and claims in threads, from the first poll until claims handled `expected`."""
    from salvo.app import Pipeline

    with fresh_dir("salvo-pipeline-") as workdir:
        settings = salvo_settings(feed_urls, workdir, bus_url)
        pipeline = Pipeline(settings, stages=("ingest", "claims"))
        stop = threading.Event()
        thread = threading.Thread(target=pipeline.run, args=(stop,), daemon=True)
        try:
            warm = warm_up(pipeline, page)
            processed = processed_counter(pipeline.metrics, "claims")
            seconds, cpu = run_until(thread.start, processed, expected, thread.is_alive)
            handled = int(processed())
        finally:
            stop.set()
            if thread.ident is not None:  # warm-up may have failed before it started
                thread.join(timeout=60)
            pipeline.close()
    claims = sum(  # labelled by direction and scope: add every series
        sample.value
        for metric in pipeline.metrics.registry.collect()
        if metric.name == "salvo_claims_extracted"
        for sample in metric.samples
        if sample.name.endswith("_total")
    )
    return Throughput(
        label,
        handled,
        seconds,
        {
            "expected": expected,
            "complete": handled >= expected,
            "claims": claims,
            "warm_up_s": warm,
            **cpu,
        },
    )


# ----------------------------------------------------------------------------- one run


# 420 reachable articles: runs of several seconds, so start-up and the last article's
# tail weigh little against the steady rate the measures compare.
DEFAULT_SPEC = FarmSpec(feeds=48, articles_per_feed=10, slow_feeds=3, broken_feeds=3, hosts=8)


def run(
    spec: FarmSpec = DEFAULT_SPEC,
    *,
    kafka: bool = True,
    peers: bool = True,
    repeat: int = 2,
    log: Callable[[str], None] = print,
) -> dict[str, Throughput]:
    """Measures 1–3 on one farm; each contender runs `repeat` times, interleaved, best kept.

    The limit and Salvo on the embedded bus, the quick ones, get one round more, and
    measure 1's two sides (the limit, the pipeline a process per stage) four more again:
    they run back to back, in alternating order, and each round's ratio is kept
    (`paired_ratios`), so that the median compares the two under the same machine
    conditions. Best-of-N because other processes on the machine can only slow a run
    down; the paired median because on a shared machine its speed also drifts by tens of
    percent from one minute to the next (seen: the same pages 68 and 90 articles/s).
    Measures 2 and 3 pair each Kafka or peer run with an embedded pipeline or ingest
    run the same way.
    """
    from bench.peers import naive_loop, newspaper_peer
    from bench.split_pipeline import salvo_pipeline_split
    from bench.tansu import tansu_broker

    out: dict[str, Throughput] = {}

    def keep(key: str, result: Throughput) -> Throughput:
        runs = [*out[key].extra.get("runs", []), result.rate] if key in out else [result.rate]
        if key not in out or result.rate > out[key].rate:
            out[key] = result
        out[key].extra["runs"] = runs
        log(
            f"{result.label}: {result.articles} articles in {result.seconds:.2f} s = "
            f"{result.rate:.1f}/s"
        )
        return result

    with FarmProcess(spec) as farm:
        urls = farm.feed_urls()
        pages = article_pages(urls)
        warm_page = pages[0][1]
        log(f"farm: {spec.feeds} feeds on {spec.hosts} hosts, {len(pages)} reachable articles")
        expected = 0  # what the ingest publishes: the pipeline runs until claims handled it
        contenders = {
            "limit": lambda: extraction_limit(pages),
            "pipeline": lambda: salvo_pipeline_split(urls, expected, warm_page),
        }
        ratios: list[float] = []
        for round_ in range(repeat + 5):
            if round_ <= repeat:
                ingest = keep("ingest", salvo_ingest(urls, warm_page))
                expected = max(expected, ingest.articles)
            order = ("limit", "pipeline") if round_ % 2 == 0 else ("pipeline", "limit")
            pair = {key: keep(key, contenders[key]()) for key in order}
            if pair["limit"].rate and pair["pipeline"].extra.get("complete"):
                ratios.append(pair["pipeline"].rate / pair["limit"].rate)
            if round_ <= repeat:
                keep("pipeline_threads", salvo_pipeline(urls, expected, warm_page))
        out["pipeline"].extra["paired_ratios"] = ratios
        if kafka:
            try:
                # Measure 2 pairs like measure 1: each Kafka run has an embedded run right
                # before or after it (alternating), and the ratio is their median.
                kafka_ratios: list[float] = []
                with tansu_broker() as url:
                    for round_ in range(repeat + 1):
                        pair = {}
                        for bus in ("kafka", "embedded") if round_ % 2 else ("embedded", "kafka"):
                            if bus == "embedded":
                                pair[bus] = keep("pipeline_for_kafka", contenders["pipeline"]())
                                continue
                            pair[bus] = keep(
                                "pipeline_kafka",
                                salvo_pipeline_split(
                                    urls,
                                    expected,
                                    warm_page,
                                    bus_url=url,
                                    label="Salvo ingest+claims, a process per stage (Kafka: Tansu)",
                                ),
                            )
                        if pair["embedded"].rate and pair["kafka"].extra.get("complete"):
                            kafka_ratios.append(pair["kafka"].rate / pair["embedded"].rate)
                out["pipeline_kafka"].extra["paired_ratios"] = kafka_ratios
            except Exception as exc:  # report it in the table rather than lose the run
                log(f"Kafka pipeline failed: {exc!r}")
                out["pipeline_kafka"] = Throughput(
                    "Salvo ingest+claims (Kafka)", 0, 0.0, {"error": repr(exc)}
                )
        if peers:
            # Each peer run has a Salvo ingest run right before or after it (alternating),
            # and measure 3 compares those pairs, as measure 1 does.
            paired: dict[str, list[float]] = {"naive": [], "newspaper4k": []}
            for round_ in range(repeat):
                for key, peer in (("naive", naive_loop), ("newspaper4k", newspaper_peer)):
                    before = keep("ingest", salvo_ingest(urls, warm_page)) if round_ % 2 else None
                    result = peer(urls)
                    run = keep(
                        key,
                        Throughput(
                            result.name, result.articles, result.seconds, {"errors": result.errors}
                        ),
                    )
                    mine = before or keep("ingest", salvo_ingest(urls, warm_page))
                    if run.rate:
                        paired[key].append(mine.rate / run.rate)
            for key, ratios in paired.items():
                out[key].extra["paired_ratios"] = ratios
    return out


if __name__ == "__main__":
    # Through the importable module, not __main__: the ingest's spawn workers do not
    # import the parent's __main__, so functions sent to them must live in a module.
    import bench.bench_pipeline as module

    module.run(FarmSpec(feeds=8, articles_per_feed=5, slow_feeds=1, broken_feeds=2, hosts=4))
