"""Acceptance: feedparser's whole test corpus, served from loopback, through the ingest path.

No exception may escape and every document's outcome (parsed, bozo, rejected)
must be recorded on its feed. The files' simulated HTTP headers ("Header:"
lines in their comments) are sent as real response headers.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.parse import parse_feed
from ingest.source import FeedIngest
from ingest.state import feed_id
from salvo.metrics import Metrics
from salvo.store import Database
from tests.conftest import shared_path
from tests.test_ingest_support import (
    ListProducer,
    LoopbackServer,
    Reply,
    emitter_for,
    make_settings,
)

_HEADER = re.compile(rb"^Header:\s*([A-Za-z-]+):\s*(.+?)\s*$", re.M)


def _headers(data: bytes) -> dict[str, str]:
    headers = {"Content-Type": "application/xml"}
    for name, value in _HEADER.findall(data[:4096]):
        headers[name.decode("latin-1").title()] = value.decode("latin-1")
    return headers


def test_feedparser_corpus_through_ingest(sqlite_url: str) -> None:
    root = shared_path("data", "feedparser-tests")
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".xml", ".json"))
    assert len(files) > 2000
    server = LoopbackServer()
    feeds = []
    for path in files:
        rel = "/" + path.relative_to(root).as_posix()
        data = path.read_bytes()
        headers = _headers(data)
        if path.suffix == ".json":
            headers["Content-Type"] = "application/feed+json"
        headers.pop("Content-Length", None)
        server.routes[rel] = Reply(200, data, headers)
        feeds.append({"url": server.url(rel)})
    settings = make_settings(
        sqlite_url, feeds, fetch_articles=False, extraction_workers=2, per_host_concurrency=16
    )
    store = Database(sqlite_url)
    ingest = FeedIngest(settings, store, Metrics())
    producer = ListProducer()
    try:
        published = ingest.run_once(emitter_for(producer))
    finally:
        ingest.close()
        server.close()
    outcomes = Counter(r.outcome for r in ingest.reports)
    print(f"\nfeedparser corpus: {len(files)} files, {dict(outcomes)}, {published} articles")
    assert len(ingest.reports) == len(files)
    assert set(outcomes) <= {"parsed", "bozo", "rejected"}, outcomes
    recorded = Counter(
        r[0] for r in store.fetchall("SELECT last_outcome FROM ingest_feeds WHERE enabled = 1")
    )
    assert recorded == outcomes
    # Well-formed documents mostly parse cleanly; the ill-formed ones are caught.
    folder = {feed_id(f["url"]): f["url"].split("/")[3] for f in feeds}
    wellformed = [r for r in ingest.reports if folder[r.feed_id] == "wellformed"]
    assert len(wellformed) > 1700
    assert sum(r.outcome == "parsed" for r in wellformed) > 0.9 * len(wellformed)
    assert published == len(producer.articles()) > 500
    store.close()


def test_real_news_feeds_through_ingest(sqlite_url: str) -> None:
    """29 real news feeds (CDATA, media:*, legacy encodings): every entry is seen once.

    The manifest counts items; a feed that repeats an item (al-monitor lists three
    stories four times each) has fewer distinct entries.
    """
    root = shared_path("data", "real-feeds")
    rows = [  # file, source repo, commit, path, feed URL, format, items, …
        line.split("\t")
        for line in (root / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ]
    server = LoopbackServer()
    expected = {}
    feeds = []
    for row in rows:
        rel, items = row[0], int(row[6])
        server.routes["/" + rel] = Reply(200, (root / rel).read_bytes(), {})
        url = server.url("/" + rel)
        feeds.append({"url": url})
        distinct = {e.key for e in parse_feed((root / rel).read_bytes(), url).entries}
        assert 0 < len(distinct) <= items
        expected[feed_id(url)] = len(distinct)
    settings = make_settings(sqlite_url, feeds, fetch_articles=False, extraction_workers=2)
    store = Database(sqlite_url)
    ingest = FeedIngest(settings, store, Metrics())
    try:
        published = ingest.run_once(emitter_for(ListProducer()))
    finally:
        ingest.close()
        server.close()
    assert {r.outcome for r in ingest.reports} <= {"parsed", "bozo"}
    seen = dict(store.fetchall("SELECT feed_id, entries_seen FROM ingest_feeds"))
    assert seen == expected
    assert published > 0.9 * sum(expected.values())  # the rest: the same article twice
    store.close()
