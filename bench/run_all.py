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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.bench_pipeline import descendants_cpu
from bench.farm import FarmSpec
from bench.report import DOC, PROFILE_NOTE, REPO, render, write_section


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
