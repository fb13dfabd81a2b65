"""Benchmark: fetch and clean the article-extraction-benchmark pages through ingest.

    .venv/bin/python -m bench.bench_ingest_extract [--no-naive] [--no-write]

The 181 real news pages of ../shared/data/article-extraction-benchmark are
served from a loopback server (its own process) and listed in one RSS feed.
`FeedIngest.run_once` polls the feed, fetches every page, cleans it in the
process pool and publishes the articles. Their text is scored against the
hand-made ground truth with the benchmark's own measure (bag-of-words
precision and recall per article, then averaged), and the pass is timed.
For comparison, the naive loop a user would write — `feedparser.parse(url)`,
then for each entry `httpx.get` + `trafilatura.extract`, one after another —
runs over the same feed. Results go into docs/BENCHMARKS.md (ingest-extract).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from statistics import mean
from typing import Any
from xml.sax.saxutils import escape

from bench.bench_ingest_poll import write_section

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w+", re.UNICODE)


def data_dir() -> Path:
    shared = Path(os.environ.get("SALVO_SHARED_DIR", REPO.parent / "shared"))
    return shared / "data" / "article-extraction-benchmark"


def load_truth() -> dict[str, str]:
    truth = json.loads((data_dir() / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: value["articleBody"] for key, value in truth.items()}


# ----------------------------------------------------------------------------- server


def serve() -> None:
    pages = {
        p.name.removesuffix(".html.gz"): gzip.decompress(p.read_bytes())
        for p in sorted((data_dir() / "html").glob("*.html.gz"))
    }

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            host = self.headers.get("Host", "127.0.0.1")
            if self.path == "/feed.xml":
                items = "".join(
                    f"<item><title>Page {key[:12]}</title><link>http://{host}/p/{key}</link>"
                    f"<guid>{key}</guid><description>{escape(key)}</description></item>"
                    for key in pages
                )
                body = (
                    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                    f"<title>Extraction benchmark</title><link>http://{host}/</link>{items}"
                    "</channel></rss>"
                ).encode()
                ctype = "application/rss+xml"
            elif self.path.startswith("/p/") and self.path[3:] in pages:
                body, ctype = pages[self.path[3:]], "text/html; charset=utf-8"
            else:
                body, ctype = b"not found", "text/plain"
            self.send_response(200 if ctype != "text/plain" else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever()


# ----------------------------------------------------------------------------- scoring


def score(predicted: str, truth: str) -> tuple[float, float]:
    """Bag-of-words precision and recall, as the upstream benchmark computes them."""
    p = Counter(_WORD.findall(predicted.lower()))
    t = Counter(_WORD.findall(truth.lower()))
    common = sum((p & t).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(t.values()) if t else 0.0
    return precision, recall


def summarise(texts: dict[str, str], truth: dict[str, str]) -> dict[str, float]:
    scores = [score(texts.get(key, ""), body) for key, body in truth.items()]
    precision = mean(s[0] for s in scores)
    recall = mean(s[1] for s in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


# ----------------------------------------------------------------------------- runs


def run_ingest(base: str) -> tuple[dict[str, str], float, Counter[str]]:
    from ingest.source import FeedIngest
    from salvo.metrics import Metrics
    from salvo.runtime import Emitter
    from salvo.schemas import Article
    from salvo.settings import load_settings
    from salvo.store import Database

    class Collector:
        def __init__(self) -> None:
            self.values: list[bytes] = []

        def send(self, topic: str, value: bytes, **kw: object) -> None:
            self.values.append(value)

        def flush(self, timeout: float | None = None) -> None:
            return

        def close(self) -> None:
            return

    tmp = tempfile.mkdtemp(prefix="salvo-bench-")
    url = f"sqlite:///{tmp}/state.db"
    settings = load_settings(
        None,
        **{
            "store.url": url,
            "feeds": [{"url": f"{base}/feed.xml"}],
            "ingest.allow_private_addresses": True,
        },
    )
    store = Database(url)
    metrics = Metrics()
    source = FeedIngest(settings, store, metrics)
    collector = Collector()
    # Steady state: start the workers (spawn, imports, first-call set-up) before timing.
    from ingest.clean import clean_page

    async def warm() -> None:
        page = b"<html><body><p>warm</p></body></html>"
        await asyncio.gather(
            *(source.pool.run(clean_page, page, "http://warm/") for _ in range(source.pool.workers))
        )

    asyncio.run(warm())
    started = time.perf_counter()
    source.run_once(Emitter(collector, metrics, "ingest"))
    seconds = time.perf_counter() - started
    source.close()
    store.close()
    articles = [Article.model_validate_json(v) for v in collector.values]
    kinds = Counter(a.extracted_from.value for a in articles)
    kinds.update(f"dup_{'yes' if a.duplicate_of else 'no'}" for a in articles)
    return {a.url.rsplit("/", 1)[1]: a.text for a in articles}, seconds, kinds


def run_naive(base: str) -> tuple[dict[str, str], float]:
    import feedparser
    import httpx
    import trafilatura

    texts: dict[str, str] = {}
    started = time.perf_counter()
    feed = feedparser.parse(f"{base}/feed.xml")
    for entry in feed.entries:
        html = httpx.get(entry.link, timeout=30).text
        text = trafilatura.extract(html, url=entry.link, with_metadata=True)
        texts[entry.link.rsplit("/", 1)[1]] = text or ""
    return texts, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-naive", action="store_true", help="skip the naive loop")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if not data_dir().exists():
        sys.exit(f"benchmark data not found at {data_dir()} (set SALVO_SHARED_DIR)")
    truth = load_truth()
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_ingest_extract", "--serve"],
        stdout=subprocess.PIPE, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, text=True,
    )  # fmt: skip
    assert server.stdout is not None
    base = f"http://127.0.0.1:{int(server.stdout.readline())}"
    try:
        texts, seconds, kinds = run_ingest(base)
        result: dict[str, Any] = {
            "pages": len(truth),
            "articles": len(texts),
            "seconds": round(seconds, 2),
            "articles_per_s": round(len(texts) / seconds, 2),
            "extracted_from": dict(kinds),
            "quality": summarise(texts, truth),
            "cores": os.cpu_count(),
            "load_average": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
        }
        if not args.no_naive:
            naive_texts, naive_seconds = run_naive(base)
            result["naive_seconds"] = round(naive_seconds, 2)
            result["naive_articles_per_s"] = round(len(naive_texts) / naive_seconds, 2)
            result["naive_quality"] = summarise(naive_texts, truth)
            result["speedup"] = round(naive_seconds / seconds, 2)
    finally:
        server.terminate()
        server.wait(5)
    print(json.dumps(result, indent=2))
    if not args.no_write:
        write_section("ingest-extract", _report(result))


def _report(r: dict[str, Any]) -> str:
    q = r["quality"]
    lines = [
        "## Ingest: fetch and clean real news pages (`bench/bench_ingest_extract.py`)",
        "",
        f"The {r['pages']} pages of the article-extraction benchmark (Scrapinghub), served from",
        "loopback and listed in one feed, through `FeedIngest.run_once` (fetch, trafilatura in",
        f"the process pool, stub fallback, dedupe) on {r['cores']} cores; load average "
        f"{r['load_average']}. The pool's workers are started before timing (steady state).",
        "Text quality against the ground truth: bag-of-words precision/recall per article,",
        "averaged (the benchmark's own measure).",
        "",
        "| run | articles | seconds | articles/s | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| Salvo ingest | {r['articles']} | {r['seconds']} | {r['articles_per_s']} | "
        f"{q['precision']} | {q['recall']} | {q['f1']} |",
    ]
    if "naive_seconds" in r:
        n = r["naive_quality"]
        lines.append(
            f"| naive loop (feedparser + httpx.get + trafilatura.extract) | {r['pages']} | "
            f"{r['naive_seconds']} | {r['naive_articles_per_s']} | {n['precision']} | "
            f"{n['recall']} | {n['f1']} |"
        )
        lines += ["", f"Speed-up over the naive loop: {r['speedup']}x."]
    lines += ["", f"Where the published text came from: `{json.dumps(r['extracted_from'])}`."]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
