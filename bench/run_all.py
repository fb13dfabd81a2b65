"""Every benchmark in one run (`make bench`), and one dated table in docs/BENCHMARKS.md.

    python -m bench.run_all [--quick] [--no-kafka] [--no-write] [--no-profile] [--only …]
                            [--json FILE]

Runs, in this order, on loopback only:
1.–3. bench/bench_pipeline.py — the feed farm; the trafilatura limit; Salvo's
      ingest and ingest+claims pipeline on the embedded bus and on Kafka (Tansu);
      the naive feedparser+trafilatura loop and newspaper4k;
4.    bench/bench_ingest_poll.py (the ingest benchmark) — 10,000 feeds, mostly 304,
      in a child process so its CPU time and peak memory are its own;
5.    bench/bench_latency.py — feed to webhook, p50/p99 over 200 record events;
6.    bench/bench_extract.py (the claims benchmark) — claim extraction per core;
      then every other bench/bench_*.py (alert delivery, …), each into its own section;
7.    a py-spy profile of one pipeline run (threads and worker processes).
Then it writes the summary table (figure, ratio, target, pass/fail), the method
and the machine into the `summary` section of docs/BENCHMARKS.md (and, with
`--json FILE`, every raw figure).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.bench_pipeline import descendants_cpu
from bench.farm import FarmSpec

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "BENCHMARKS.md"


def log(msg: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {msg}", flush=True)


# ----------------------------------------------------------------------------- the machine


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram_gb = 0.0
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal"):
                ram_gb = int(line.split()[1]) / 1024 / 1024
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(ram_gb, 1),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load_before": os.getloadavg()[0],
    }


# ----------------------------------------------------------------------------- measure 4

# The ingest helper's benchmark runs in a child process (`--poll-child`), which adds
# what it does not report itself: CPU seconds of the poller (all threads) and of
# its extraction workers, and the memory of the whole process tree, per pass.


def tree_memory_mb() -> tuple[float, float]:
    """RSS of this process, and PSS summed over it and its descendants (shared pages once)."""
    rss = pss = 0.0
    for pid in [os.getpid(), *descendants_cpu()]:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("Rss:") and pid == os.getpid():
                        rss = int(line.split()[1]) / 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) / 1024
        except OSError:
            continue
    return rss, pss


def _poll_child(feeds: int, hosts: int, changed: float, write: bool) -> None:
    import bench.bench_ingest_poll as bench
    from ingest.source import FeedIngest

    passes: list[dict[str, float]] = []
    original = FeedIngest.run_once

    def measured(self: FeedIngest, emitter: Any) -> int:
        peak = {"rss": 0.0, "pss": 0.0, "sampler_cpu": 0.0}
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.5):
                rss, pss = tree_memory_mb()
                peak["rss"], peak["pss"] = max(peak["rss"], rss), max(peak["pss"], pss)
            peak["sampler_cpu"] = time.thread_time()  # not the poller's work: subtracted

        before, cpu0, wall0 = descendants_cpu(), time.process_time(), time.perf_counter()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        published = original(self, emitter)
        wall, after = time.perf_counter() - wall0, descendants_cpu()
        stop.set()
        sampler.join()
        passes.append(
            {
                "wall": wall,
                "cpu": time.process_time() - cpu0 - peak["sampler_cpu"],
                "workers_cpu": sum(c - before.get(pid, 0.0) for pid, c in after.items()),
                "peak_rss_mb": peak["rss"],
                "peak_tree_pss_mb": peak["pss"],
            }
        )
        return published

    FeedIngest.run_once = measured  # type: ignore[method-assign]
    result = bench.run(feeds, hosts, changed, None)
    result["passes"] = passes
    if write and hasattr(bench, "write_section") and hasattr(bench, "_report"):
        bench.write_section("ingest-poll", bench._report(result))  # its section, this run
    print("RESULT " + json.dumps(result), flush=True)


POLL_TIME_LIMIT = 480  # seconds: the rest of `make bench` needs about seven of its fifteen minutes


def polling(feeds: int, write: bool) -> dict[str, Any]:
    args = [str(feeds), "100", "0.05", "write" if write else "-"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.run_all", "--poll-child", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its feed server and workers go with it on a timeout
    )
    try:
        stdout, stderr = proc.communicate(timeout=POLL_TIME_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise RuntimeError(f"polling benchmark did not finish in {POLL_TIME_LIMIT} s") from None
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return result
    raise RuntimeError(f"polling benchmark failed: {stderr[-2000:]}")


# ----------------------------------------------------------------------------- measure 6


def extraction(quick: bool, write: bool) -> dict[str, Any]:
    """The claims helper's benchmark, when it exposes `run()`; else a plain measurement."""
    import importlib

    try:
        module: Any = importlib.import_module("bench.bench_extract")
    except ImportError:
        module = None
    if module is not None and hasattr(module, "run"):
        kwargs: dict[str, Any] = {"n": 200} if quick else {}
        if "write" in inspect.signature(module.run).parameters:
            kwargs["write"] = write  # its own section of BENCHMARKS.md, from this same run
        result = module.run(**kwargs)
        return dict(result) if isinstance(result, dict) else {"result": result}
    return _extraction_fallback(100 if quick else 1000)


def _extraction_fallback(n: int) -> dict[str, Any]:
    from datetime import date

    from bench.bench_latency import event_article, filler_paragraphs
    from processors.claims import extract_claims

    fillers = filler_paragraphs()
    texts = []
    for i in range(n):
        art = event_article(i, fillers)
        text = "\n\n".join(art["paragraphs"])
        while len(text) < 5000:
            text += "\n\n" + fillers[(i * 5 + len(text)) % len(fillers)]
        texts.append(text[:5200])
    started = time.process_time()
    claims = sum(len(extract_claims(t, date(2025, 1, 1))) for t in texts)
    cpu = time.process_time() - started
    return {
        "articles": n,
        "articles_per_s_per_core": n / cpu,
        "claims": claims,
        "avg_chars": sum(map(len, texts)) / n,
        "source": "bench/run_all.py fallback (bench_extract.run() not available)",
    }


# ----------------------------------------------------------------------------- the others

COVERED = {"bench_pipeline", "bench_latency", "bench_extract", "bench_ingest_poll"}


def other_benchmarks(write: bool) -> dict[str, Any]:
    """Every other bench/bench_*.py (e.g. alert delivery, extraction quality), as `main` runs it.

    Each writes its own section of BENCHMARKS.md; here we keep its exit status,
    duration and last output lines.
    """
    out: dict[str, Any] = {}
    for path in sorted((REPO / "bench").glob("bench_*.py")):
        if path.stem in COVERED:
            continue
        cmd = [sys.executable, "-m", f"bench.{path.stem}"]
        if not write and "--no-write" in path.read_text(encoding="utf-8"):
            cmd.append("--no-write")
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd,
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=300,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
            status, tail = proc.returncode, (proc.stdout + proc.stderr).strip().splitlines()[-5:]
        except subprocess.TimeoutExpired:
            status, tail = -1, ["timed out after 300 s"]
        out[path.stem] = {"status": status, "seconds": time.perf_counter() - started, "tail": tail}
        log(f"{path.stem}: exit {status} in {out[path.stem]['seconds']:.0f} s")
    return out


# ----------------------------------------------------------------------------- the table


@dataclass
class Row:
    measure: str
    figure: str
    ratio: str
    target: str
    ok: bool | None

    @property
    def verdict(self) -> str:
        return "—" if self.ok is None else ("pass" if self.ok else "FAIL")


def _rows(r: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    t = r.get("throughput", {})
    if "pipeline" in t and "limit" in t:
        pipe, limit = t["pipeline"], t["limit"]
        ratio = pipe["rate"] / limit["rate"] if limit["rate"] else 0.0
        cpu = ""
        if "cpu_main_s" in pipe and "cpu_workers_s" in limit and pipe["articles"]:
            mine = 1000 * (pipe["cpu_main_s"] + pipe["cpu_workers_s"]) / pipe["articles"]
            # Both sides whole: the limit's own process feeds its pool on the same cores.
            floor = 1000 * (limit["cpu_main_s"] + limit["cpu_workers_s"]) / limit["articles"]
            cpu = (
                f"; CPU per article {mine:.1f} ms vs {floor:.1f} ms for extraction alone "
                f"(CPU ratio {floor / mine:.2f})"
            )
        rows.append(
            Row(
                "1. Pipeline throughput (ingest+claims, a process per stage, embedded bus) / "
                "trafilatura alone",
                f"{pipe['rate']:.1f} vs {limit['rate']:.1f} articles/s{cpu}",
                f"{ratio:.2f}",
                "≥ 0.85",
                ratio >= 0.85 and pipe["complete"],
            )
        )
        threads = t.get("pipeline_threads")
        if threads and limit["rate"]:
            rows.append(
                Row(
                    "1b. The same with both stages in one process (threads) / trafilatura alone",
                    f"{threads['rate']:.1f} vs {limit['rate']:.1f} articles/s",
                    f"{threads['rate'] / limit['rate']:.2f}",
                    "reported",
                    None,
                )
            )
    if "pipeline_kafka" in t and "pipeline" in t:
        kafka, pipe = t["pipeline_kafka"], t["pipeline"]
        ratio = kafka["rate"] / pipe["rate"] if pipe["rate"] else 0.0
        rows.append(
            Row(
                "2. Pipeline throughput over Kafka (Tansu) / embedded",
                f"{kafka['rate']:.1f} vs {pipe['rate']:.1f} articles/s",
                f"{ratio:.2f}",
                "reported (no floor)",
                None,
            )
        )
    if "ingest" in t and ("naive" in t or "newspaper4k" in t):
        peers = [t[k] for k in ("naive", "newspaper4k") if k in t]
        best = max(peers, key=lambda p: p["rate"])
        ratio = t["ingest"]["rate"] / best["rate"] if best["rate"] else 0.0
        rows.append(
            Row(
                f"3. Salvo ingest / better peer ({best['label']})",
                f"{t['ingest']['rate']:.1f} vs "
                + ", ".join(f"{p['label']} {p['rate']:.1f}" for p in peers)
                + " articles/s",
                f"{ratio:.2f}×",
                "≥ 3×",
                ratio >= 3.0,
            )
        )
    p = r.get("polling")
    if p:
        warm = p["passes"][-1] if p.get("passes") else {}
        cpu = warm.get("cpu", 0.0) + warm.get("workers_cpu", 0.0)
        memory = warm.get("peak_tree_pss_mb") or p["peak_rss_mb_poller"]
        rows.append(
            Row(
                f"4. Polling {p['feeds']:,} feeds, mostly 304 (warm pass)",
                f"{p['warm_seconds']:.1f} s, {p['warm_feeds_per_s']:.0f} feeds/s, "
                f"{1000 * cpu / p['feeds']:.2f} CPU-s per 1,000 polls; peak memory "
                f"{memory:.0f} MB (PSS of poller + workers; poller RSS "
                f"{warm.get('peak_rss_mb', p['peak_rss_mb_poller']):.0f} MB)",
                f"{p['warm_seconds'] / 60:.2f} of 60 s; {memory / 300:.2f} of 300 MB",
                "< 60 s and < 300 MB",
                p["warm_seconds"] < 60 and memory < 300,
            )
        )
    lat = r.get("latency")
    if lat:
        rows.append(
            Row(
                f"5. Feed → webhook latency, net of the poll wait ({lat['alerted']}/"
                f"{lat['events']} record events alerted)",
                f"p50 {lat['p50']:.3f} s, p99 {lat['p99']:.3f} s (raw incl. poll wait: "
                f"p50 {lat['raw_p50']:.2f} s, p99 {lat['raw_p99']:.2f} s)",
                f"p99 {lat['p99']:.2f} of 1 s",
                "p99 < 1 s",
                lat["p99"] < 1.0 and lat["alerted"] == lat["events"],
            )
        )
    ex = r.get("extraction")
    if ex:
        rate = _extract_rate(ex)
        if rate is not None:
            rows.append(
                Row(
                    "6. Claim extraction alone, per core (~5 KB articles)",
                    f"{rate:.0f} articles/s/core",
                    f"{rate / 500:.2f}× target",
                    "≥ 500",
                    rate >= 500,
                )
            )
    return rows


def _extract_rate(ex: dict[str, Any]) -> float | None:
    for key in ("articles_per_s_per_core", "articles_per_second_per_core", "per_core", "rate"):
        if isinstance(ex.get(key), int | float):
            return float(ex[key])
    return None


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        f"## Summary: all benchmarks in one run ({r['date']})",
        "",
        f"`make bench` (`python -m bench.run_all`{' --quick' if r['quick'] else ''}), "
        f"{r['elapsed_s'] / 60:.1f} minutes. Machine: {m['cores']} cores ({m['cpu']}), "
        f"{m['ram_gb']} GB RAM, Python {m['python']}, {m['os']}; load average "
        f"{m['load_before']:.2f} before the run. Everything on 127.0.0.1.",
        "",
        "| measure | figure | ratio | target | result |",
        "|---|---|---|---|---|",
    ]
    for row in _rows(r):
        lines.append(
            f"| {row.measure} | {row.figure} | {row.ratio} | {row.target} | {row.verdict} |"
        )
    t = r.get("throughput", {})
    if t:
        lines += [
            "",
            "Throughput runs (same farm, same run):",
            "",
            "| run | articles | seconds | articles/s | CPU ms/article: main process, workers"
            " (feed farm, not Salvo) |",
            "|---|---:|---:|---:|---|",
        ]
        for v in t.values():
            cpu = ""
            if v.get("articles") and "cpu_main_s" in v:
                per = 1000 / v["articles"]
                cpu = f"{v['cpu_main_s'] * per:.1f}, {v['cpu_workers_s'] * per:.1f}"
                if v.get("cpu_farm_s"):
                    cpu += f" ({v['cpu_farm_s'] * per:.1f})"
            lines.append(
                f"| {v['label']} | {v['articles']} | {v['seconds']:.2f} | {v['rate']:.1f} | {cpu} |"
            )
    stages = (r.get("latency") or {}).get("stages") or {}
    if stages:
        ms = {k: round(1000 * v) for k, v in stages.items()}
        split = ", ".join(
            f"{name} {ms[name + '_mean']} ms (p99 {ms[name + '_p99']})"
            for name in ("ingest", "claims", "records", "alerts")
            if name + "_mean" in ms
        )
        lines.append(f"\nLatency by stage, mean (p99), from the bus log's clock: {split}.")
    others = r.get("others") or {}
    if others:
        done = ", ".join(
            f"`{k}` ({'ok' if v['status'] == 0 else 'exit ' + str(v['status'])}, "
            f"{v['seconds']:.0f} s)"
            for k, v in others.items()
        )
        lines.append(f"\nAlso run, each into its own section below: {done}.")
    for key, error in r.get("errors", {}).items():
        lines.append(f"\n**{key} did not complete in this run:** `{error}`")
    lines += ["", METHOD.format(**r["farm"]).strip()]
    return "\n".join(lines)


METHOD = """
### Method

Re-run with `make bench` (about nine minutes on a quiet machine; `python -m bench.run_all
--quick` is a one-minute smoke run that writes nothing). Throughput contenders run two or
three times, interleaved, best kept (other processes can only slow a run down); ratios
compare figures from this run.

- **Feed farm** (`bench/farm.py`): an asyncio HTTP/1.1 server in its own process serving
  {feeds} feeds × {articles_per_feed} articles (RSS 2.0, every fifth Atom) with ETag and
  Last-Modified (304 on a match); {slow_feeds} feeds answer after {slow_seconds} s,
  {broken_feeds} are broken (HTTP 500, or XML holding no item). Each article is a real page
  from `../shared/data/article-extraction-benchmark` (gzip) with one barrage sentence of our
  own inserted after its first body paragraph.
- **1. Limit**: the same `trafilatura.bare_extraction` call the ingest makes (same options:
  `fast=True`, page dates from markup only; the page decoded by its Content-Type charset) on
  the bytes the farm serves, in a process pool with one worker per core, like the ingest's.
  **Pipeline**: each stage in its own process, as `salvo run --stage ingest` and `salvo run
  --stage claims` on one bus (`bench/split_pipeline.py`: a fresh `Pipeline(stages=("ingest",))`
  here, `Pipeline(stages=("claims",)).run(stop)` in a child process), timed from the first
  poll until the claims stage has handled every article the ingest published; the child's CPU
  counts as Salvo's. Row 1b: both stages as threads of one process (`salvo run` without
  `--stage`). Both pools are warmed first with one extraction per worker (trafilatura's first
  call in a process loads its date parsers, ≈ 0.2 s; a running service's workers are past
  that), and on Kafka each consumer has joined its group before the clock starts.
- **2.** The same (a process per stage) on Kafka: a private Tansu broker (memory storage) on
  loopback.
- **3.** Salvo ingest alone (`FeedIngest.run_once`: poll, fetch, clean in the process pool,
  dedupe, publish to the embedded bus, fresh store) against `bench/peers.py`: a sequential
  `feedparser.parse` + `trafilatura.fetch_url` + `trafilatura.extract` loop, and
  `newspaper4k` (download + parse on 5 threads as its `mthreading.fetch_news` does, English,
  image fetching off so it stays on loopback). Articles counted when a body text came out.
- **4.** `bench/bench_ingest_poll.py` (ingest's benchmark) in a child process: 10,000 feeds on
  100 loopback hosts; cold pass, then the measured warm pass (95% answer 304, 5% have one new
  article, fetched and cleaned). CPU = poller process (all threads) + extraction workers
  during the warm pass. Memory: peak, sampled every 0.5 s, of the proportional set size
  (PSS: shared pages counted once) summed over the poller and its worker processes.
- **5.** `bench/bench_latency.py`: the whole pipeline in threads on the embedded bus, four
  feeds polled every second, history seeded with a record; one record-setting report at a
  time per feed, each larger than all earlier nights. Latency = webhook receipt − the moment
  the farm first served the feed containing the article (i.e. minus the poll wait).
- **6.** `bench/bench_extract.py` (claims' benchmark): claim extraction alone, ~5 KB articles.
"""


PROFILE_NOTE = """
Sampled with `py-spy record --subprocesses` (`bench/pipeline_profile.py`), a run apart from the
measured ones. Samples are counted per thread and process while they run, so they show where
CPU goes: the extraction workers should hold nearly all of it; everything in the Salvo process
is the overhead measure 1 counts against the limit. Findings and what was done about them are
in the "profile-findings" section.
"""


# ----------------------------------------------------------------------------- writing


def write_section(name: str, text: str, path: Path = DOC) -> None:
    """Replace (or append) `<!-- section: name -->` … `<!-- /section: name -->`."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start, end = f"<!-- section: {name} -->", f"<!-- /section: {name} -->"
    block = f"{start}\n{text.rstrip()}\n{end}"
    if start in current and end in current:
        before, rest = current.split(start, 1)
        current = before + block + rest.split(end, 1)[1]
    elif name == "summary":  # the summary goes first, under the title
        head, _, tail = current.partition("\n")
        current = f"{head}\n\n{block}\n{tail}"
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(current, encoding="utf-8")


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> dict[str, Any]:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--poll-child"]:
        feeds, hosts, changed, write = argv[1:5]
        _poll_child(int(feeds), int(hosts), float(changed), write == "write")
        return {}
    parser = argparse.ArgumentParser(description="Run every Salvo benchmark in one go.")
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--no-kafka", action="store_true", help="skip the Kafka pipeline")
    parser.add_argument("--no-write", action="store_true", help="leave docs/ untouched")
    parser.add_argument("--json", type=Path, help="also write every raw figure to this file")
    parser.add_argument(
        "--no-profile", action="store_true", help="skip the py-spy profile of the pipeline"
    )
    parser.add_argument(
        "--only", help="comma-separated subset: throughput,polling,latency,extraction"
    )
    args = parser.parse_args(argv)
    only = (
        set(args.only.split(","))
        if args.only
        else {"throughput", "polling", "latency", "extraction"}
    )
    from bench import bench_latency, bench_pipeline, pipeline_profile

    spec = (
        FarmSpec(
            feeds=8, articles_per_feed=4, slow_feeds=1, broken_feeds=2, slow_seconds=0.5, hosts=4
        )
        if args.quick
        else bench_pipeline.DEFAULT_SPEC
    )
    results: dict[str, Any] = {
        "date": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "machine": machine(),
        "quick": args.quick,
        "farm": spec.__dict__,
    }
    started = time.perf_counter()
    write_helpers = not args.no_write and not args.quick

    def throughput() -> dict[str, Any]:
        out = bench_pipeline.run(
            spec, kafka=not args.no_kafka, repeat=1 if args.quick else 2, log=log
        )
        return {
            k: {
                "label": v.label,
                "articles": v.articles,
                "seconds": v.seconds,
                "rate": v.rate,
                **v.extra,
            }
            for k, v in out.items()
        }

    steps: list[tuple[str, str, Callable[[], Any]]] = [
        ("throughput", "measures 1-3: throughput on the feed farm", throughput),
        (
            "polling",
            "measure 4: polling feeds, mostly 304",
            lambda: polling(500 if args.quick else 10_000, write=write_helpers),
        ),
        (
            "latency",
            "measure 5: end-to-end latency",
            lambda: bench_latency.run(20 if args.quick else 200, log=log),
        ),
        (
            "extraction",
            "measure 6: claim extraction",
            lambda: extraction(args.quick, write=write_helpers),
        ),
    ]
    if not args.quick:
        steps.append(
            (
                "others",
                "other benchmarks (each writes its own section)",
                lambda: other_benchmarks(write=not args.no_write),
            )
        )
    if not args.no_profile and not args.quick:
        steps.append(
            ("profile", "profile: py-spy over one extra pipeline run", pipeline_profile.profile)
        )
    for key, title, step in steps:
        if key not in only and key not in ("profile", "others"):
            continue
        log(title)
        try:
            results[key] = step()
        except Exception as exc:  # one broken measure must not cost the others
            log(f"{key} failed: {exc!r}")
            results.setdefault("errors", {})[key] = repr(exc)
        log(f"{key} done, {time.perf_counter() - started:.0f} s into the run")
    results["elapsed_s"] = time.perf_counter() - started
    text = render(results)
    print(text)
    if not args.no_write:
        write_section("summary", text)
        if results.get("profile"):
            write_section(
                "profile",
                f"## Profile of the pipeline ({results['date']})\n\n"
                f"{PROFILE_NOTE.strip()}\n\n{results['profile']}",
            )
        log(f"wrote {DOC.relative_to(REPO)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
        log(f"wrote {args.json}")
    return results


if __name__ == "__main__":
    main()
