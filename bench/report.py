"""The summary table of `make bench` and the Markdown sections it writes into docs/BENCHMARKS.md."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "BENCHMARKS.md"


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
        best = pipe["rate"] / limit["rate"] if limit["rate"] else 0.0
        paired = sorted(pipe.get("paired_ratios") or [])
        # The median of rounds run back to back: machine speed drifts between rounds.
        ratio = statistics.median(paired) if paired else best
        rounds = (
            f"; median of {len(paired)} back-to-back rounds ("
            + ", ".join(f"{r:.2f}" for r in pipe["paired_ratios"])
            + f"), best against best {best:.2f}"
            if paired
            else ""
        )
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
                f"{pipe['rate']:.1f} vs {limit['rate']:.1f} articles/s (best runs){rounds}{cpu}",
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
        kafka, pipe = t["pipeline_kafka"], t.get("pipeline_for_kafka", t["pipeline"])
        best = kafka["rate"] / pipe["rate"] if pipe["rate"] else 0.0
        paired = kafka.get("paired_ratios") or []
        ratio = statistics.median(paired) if paired else best
        rounds = (
            f"; median of {len(paired)} back-to-back rounds ("
            + ", ".join(f"{r:.2f}" for r in paired)
            + f"), best against best {best:.2f}"
            if paired
            else ""
        )
        rows.append(
            Row(
                "2. Pipeline throughput over Kafka (Tansu) / embedded",
                f"{kafka['rate']:.1f} vs {pipe['rate']:.1f} articles/s (best runs){rounds}",
                f"{ratio:.2f}",
                "reported (no floor)",
                None,
            )
        )
    if "ingest" in t and ("naive" in t or "newspaper4k" in t):
        peers = [t[k] for k in ("naive", "newspaper4k") if k in t]

        def against(peer: dict[str, Any]) -> float:
            # The median of back-to-back rounds when there are any, as for measure 1.
            paired = peer.get("paired_ratios") or []
            if paired:
                return float(statistics.median(paired))
            return float(t["ingest"]["rate"] / peer["rate"]) if peer["rate"] else 0.0

        best = min(peers, key=against)  # the better peer: Salvo's smallest lead
        ratio = against(best)
        rounds = ", ".join(
            f"{p['label']}: " + ", ".join(f"{r:.2f}×" for r in p["paired_ratios"])
            for p in peers
            if p.get("paired_ratios")
        )
        rows.append(
            Row(
                f"3. Salvo ingest / better peer ({best['label']})",
                f"{t['ingest']['rate']:.1f} vs "
                + ", ".join(f"{p['label']} {p['rate']:.1f}" for p in peers)
                + " articles/s (best runs)"
                + (f"; back-to-back rounds {rounds}" if rounds else ""),
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

Re-run with `make bench` (about ten minutes on a quiet machine; `python -m bench.run_all
--quick` is a one-minute smoke run that writes nothing). Throughput contenders run two or
three times, interleaved, best kept (other processes can only slow a run down); ratios
compare figures from this run. Measure 1's two sides run seven times, back to back in
alternating order, and its ratio is the median of those rounds' ratios: on a shared
machine the speed of the same work drifts by tens of percent between minutes, which a
best-of-three on each side turns into noise in the ratio. Measures 2 and 3 likewise: each
Kafka run has an embedded pipeline run right before or after it, each peer run a Salvo ingest
run, and the ratio is the median over those pairs (against the better peer for measure 3).

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
