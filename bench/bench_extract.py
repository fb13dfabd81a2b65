"""Claim extraction speed: articles per second per core on ~5 KB news articles.

    python -m bench.bench_extract [--articles N] [--no-write]

Two article mixes built from the labelled corpus, so nothing outside the repo is
needed, and a third when ../shared is present:
- typical: one report passage (1-3 sentences with figures) inside ~5 KB of
  ordinary news prose (diplomacy, casualties, money, air-defence aid: numbers and
  weapon words that are not claims), like a wire story about one attack;
- dense: ~5 KB made only of report passages (every paragraph has figures);
- long real: the pipeline benchmark's articles: real news pages from
  ../shared/data/article-extraction-benchmark with one barrage paragraph inserted
  (as bench/farm.py serves them), cleaned by trafilatura like the ingest stage.
CPU time of this process (time.process_time) is the clock, so the figure is per
core. Results go to the `claims-bench` section of docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from processors.claims.evaluate import DEFAULT_CORPUS, load_corpus, replace_section
from processors.claims.rules import RuleExtractor

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "BENCHMARKS.md"
TARGET = 500.0
SIZE = 5000

FILLER = [
    "The talks, the first in months, are expected to focus on a ceasefire along the front "
    "line, prisoner exchanges and the return of children taken to Russia. Diplomats cautioned "
    "that neither side had shown much flexibility, and that any agreement would take weeks.",
    "In Rome, leaders pledged more than 10 billion euros for reconstruction, with the European "
    "Commission alone promising 2.3 billion euros. Ukraine's prime minister said the country's "
    "war damage now exceeds $486 billion.",
    "Emergency crews worked through the morning to clear rubble from a nine-storey building. "
    "At least 12 people were killed and 48 injured, including four children, the regional "
    "governor said, adding that 30 apartments had been destroyed.",
    "Analysts say Moscow is trying to exhaust Ukraine's air defences before winter, when "
    "attacks on the power grid cause the most hardship. Kyiv has asked its allies for more "
    "Patriot systems and for funding to build interceptor drones at home.",
    "The Kremlin said it remained open to negotiations but would not accept conditions it "
    "described as unrealistic. A spokesman told reporters that the president's schedule for "
    "the coming week had not been finalised.",
    "Residents spent the night in metro stations, many carrying pets and sleeping mats. "
    '"You learn to live with the sirens," said Olena, 34, who works as a teacher. "But the '
    'explosions were closer than ever."',
    "Energy company DTEK said power had been restored to 80% of affected customers by midday, "
    "while Ukrenergo warned of scheduled outages in six regions over the next 48 hours.",
    "More than 70,000 Ukrainians are listed as missing, according to the ombudsman, and about "
    "3.7 million people remain internally displaced three years after the invasion began.",
    "Germany said it would deliver two more Patriot systems within months, while the United "
    "States approved the sale of 3,350 extended-range missiles to be paid for by allies.",
    "Ukrainian long-range drones struck an oil refinery in Russia's Saratov region, the "
    "General Staff said, the third such strike this month. Russia did not comment.",
    "The mayor said 14 apartment buildings, two schools and a kindergarten were damaged, and "
    "that 120 rescuers had been deployed. The city declared a day of mourning on Friday.",
    "Zelensky, speaking in Rome, said Ukraine needed another 10 air defence systems and urged "
    "partners to invest in the production of interceptor drones, which cost a fraction of a "
    "missile.",
]


def build_articles(n: int, dense: bool) -> list[str]:
    """`n` articles of ~5 KB: a report passage in news prose, or (dense) reports only."""
    passages = [p.text for p in load_corpus(DEFAULT_CORPUS)]
    reports = [p for p in passages if any(ch.isdigit() for ch in p)]
    articles = []
    for i in range(n):
        parts = [reports[i % len(reports)]]
        k = i
        while sum(len(p) + 2 for p in parts) < SIZE:
            k += 7
            pool = reports if dense else FILLER
            parts.append(pool[k % len(pool)])
        articles.append("\n\n".join(parts)[: SIZE + 200])
    return articles


def build_long_articles(n: int) -> list[tuple[str, date]] | None:
    """The farm's articles 0..n-1 (page n % pages, barrage paragraph n) as the claims stage
    sees them: title, blank line, cleaned body; None without ../shared."""
    from bench.farm import START, barrage_paragraph, load_pages, shared_dir
    from ingest.clean import clean_page

    if not shared_dir().exists():
        return None
    pages = load_pages()
    if not pages:
        return None
    out: list[tuple[str, date]] = []
    for i in range(n):
        page = pages[i % len(pages)]
        published = START + timedelta(hours=7 * i)
        para = f"<p>{barrage_paragraph(i, published)}</p>"
        html = page.html[: page.insert_at] + para + page.html[page.insert_at :]
        cleaned = clean_page(html.encode("utf-8"), f"http://127.0.0.1/a/{i}.html", "text/html")
        body, title = cleaned.text or "", (cleaned.title or "").strip()
        text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
        out.append((text, published.date()))
    return out


def measure(articles: list[str], dated: list[tuple[str, date]] | None = None) -> dict[str, float]:
    """CPU time over `articles` (published 2025-07-10), or over `dated` (text, published)."""
    items = dated if dated is not None else [(text, date(2025, 7, 10)) for text in articles]
    extractor = RuleExtractor()
    for text, published in items[:20]:  # warm the regex caches
        extractor.extract(text, published)
    started = time.process_time()
    claims = sum(len(extractor.extract(text, published)) for text, published in items)
    cpu = time.process_time() - started
    return {
        "articles": len(items),
        "avg_chars": sum(len(text) for text, _ in items) / len(items),
        "cpu_s": cpu,
        "articles_per_s_per_core": len(items) / cpu,
        "ms_per_article": cpu / len(items) * 1000,
        "claims": claims,
    }


def measure_long(n: int) -> dict[str, float] | None:
    """The long real-article mix, best of three passes (other work on the machine adds
    noise); None without ../shared."""
    dated = build_long_articles(n)
    if not dated:
        return None
    return min((measure([], dated) for _ in range(3)), key=lambda r: r["cpu_s"])


def run(n: int = 2000, write: bool = False, long_n: int | None = None) -> dict[str, Any]:
    typical = measure(build_articles(n, dense=False))
    dense = measure(build_articles(max(n // 2, 1), dense=True))
    long_n = min(n, 240) if long_n is None else long_n  # 240: the pipeline benchmark's count
    long = measure_long(long_n) if long_n else None
    result: dict[str, Any] = {
        **typical,
        "dense_articles_per_s_per_core": dense["articles_per_s_per_core"],
        "dense_avg_chars": dense["avg_chars"],
        "target": TARGET,
        "source": "bench/bench_extract.py",
    }
    if long is not None:
        result["long_ms_per_article"] = long["ms_per_article"]
        result["long_avg_chars"] = long["avg_chars"]
    if write:
        write_section(result, dense, long)
    return result


def write_section(
    result: dict[str, Any], dense: dict[str, float], long: dict[str, float] | None = None
) -> None:
    machine = f"{platform.processor() or platform.machine()}, Python {platform.python_version()}"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    body = "\n".join(
        [
            "## Claim extraction speed (`python -m bench.bench_extract`)",
            "",
            f"One core (process CPU time), rule extractor, {machine}, load average "
            f"{load:.1f} during the run (other work on the machine slows CPU time too). "
            f"Target ≥ {TARGET:.0f} articles/s/core on ~5 KB articles.",
            "",
            "| mix | articles | avg chars | articles/s/core | claims found |",
            "|---|---|---|---|---|",
            f"| typical (report + news prose) | {result['articles']} | "
            f"{result['avg_chars']:.0f} | {result['articles_per_s_per_core']:.0f} | "
            f"{result['claims']} |",
            f"| dense (reports only) | {dense['articles']:.0f} | {dense['avg_chars']:.0f} | "
            f"{dense['articles_per_s_per_core']:.0f} | {dense['claims']:.0f} |",
        ]
    )
    if long is not None:
        body += (
            f"\n| long real (benchmark pages + a barrage paragraph) | {long['articles']:.0f} | "
            f"{long['avg_chars']:.0f} | {long['articles_per_s_per_core']:.0f} | "
            f"{long['claims']:.0f} |\n\nLong real articles: {long['ms_per_article']:.2f} ms CPU "
            "per article (best of three passes)."
        )
    replace_section(DOC, "claims-bench", body)


def main() -> int:
    parser = argparse.ArgumentParser(description="Claim extraction articles/s/core.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--long-articles", type=int, default=None, help="0: skip that mix")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    result = run(args.articles, write=not args.no_write, long_n=args.long_articles)
    print(
        f"typical: {result['articles_per_s_per_core']:.0f} articles/s/core "
        f"(avg {result['avg_chars']:.0f} chars); dense: "
        f"{result['dense_articles_per_s_per_core']:.0f} articles/s/core"
    )
    if "long_ms_per_article" in result:
        print(
            f"long real: {result['long_ms_per_article']:.3f} ms/article "
            f"(avg {result['long_avg_chars']:.0f} chars)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
