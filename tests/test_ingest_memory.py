"""What keeps a pass over many feeds small: pollers, not a task per feed; rows in chunks;
per-feed gauges as plain floats."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, Gauge, generate_latest

import ingest.source
from ingest.articles import ArticleBuilder
from ingest.fetch import Fetcher, FetchResult
from ingest.source import FeedIngest, PollReport
from ingest.state import FeedRow, FeedState, feed_id
from salvo.keyed_gauge import KeyedGauge
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.schemas import Article
from salvo.store import Database
from tests import test_ingest_support as support
from tests.test_ingest_support import LoopbackServer

FEEDS = 30


def _one_pass(source: FeedIngest, store: Database) -> None:
    try:
        source.run_once(support.emitter_for(support.ListProducer()))
    finally:
        source.close()
        store.close()


def test_a_pass_polls_every_due_feed_once_in_due_order_with_few_tasks(
    server: LoopbackServer, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest.source, "FEED_CHUNK", 7)  # several chunks, one partial
    urls = []
    for i in range(FEEDS):
        body = support.rss([{"title": f"T{i}", "description": "D."}])
        server.routes[f"/f{i}.xml"] = support.Reply(
            200, body, {"Content-Type": "application/rss+xml"}
        )
        urls.append(server.url(f"/f{i}.xml"))
    settings = support.make_settings(
        sqlite_url, [{"url": u} for u in urls], fetch_articles=False, concurrency=2
    )
    store = Database(sqlite_url)
    source = FeedIngest(settings, store, Metrics())
    # Most overdue first: the last-listed feed is the most overdue, and one is disabled.
    with store.transaction():
        for i, url in enumerate(urls):
            store.execute(
                "UPDATE ingest_feeds SET next_poll = ? WHERE feed_id = ?", (FEEDS - i, feed_id(url))
            )
    store.execute("UPDATE ingest_feeds SET enabled = 0 WHERE feed_id = ?", (feed_id(urls[3]),))
    most_tasks = 0
    polled: list[str] = []
    original = FeedIngest.poll_feed

    async def counting(
        self: FeedIngest, feed: FeedRow, fetcher: Fetcher, emitter: Emitter
    ) -> PollReport:
        nonlocal most_tasks
        most_tasks = max(most_tasks, len(asyncio.all_tasks()))
        polled.append(feed.url)
        return await original(self, feed, fetcher, emitter)

    monkeypatch.setattr(FeedIngest, "poll_feed", counting)
    _one_pass(source, store)
    expected = [u for u in reversed(urls) if u != urls[3]]
    assert sorted(polled) == sorted(expected)  # each enabled feed once
    assert [r.feed_id for r in source.reports] == [feed_id(u) for u in expected]
    assert {r.outcome for r in source.reports} == {"parsed"}
    # 2 x concurrency pollers (plus the main task and the HTTP client's own), not 29.
    assert most_tasks <= 2 * 2 + 3


def test_state_reads_due_ids_then_rows_of_enabled_feeds(sqlite_url: str) -> None:
    store = Database(sqlite_url)
    try:
        state = FeedState(store)
        state.migrate()
        state.import_feeds([(f"http://a.example/{i}", None) for i in range(5)])
        with store.transaction():
            for i in range(5):
                store.execute(
                    "UPDATE ingest_feeds SET next_poll = ? WHERE feed_id = ?",
                    (10 - i, feed_id(f"http://a.example/{i}")),
                )
        ids = state.due_ids(8.5)  # feeds 2, 3, 4 (next_poll 8, 7, 6)
        assert ids == [feed_id(f"http://a.example/{i}") for i in (4, 3, 2)]
        store.execute("UPDATE ingest_feeds SET enabled = 0 WHERE feed_id = ?", (ids[1],))
        rows = state.get_many(ids)
        assert set(rows) == {ids[0], ids[2]}
        assert rows[ids[0]].url == "http://a.example/4"
    finally:
        store.close()


def test_keyed_gauge_exposes_what_a_labelled_gauge_does() -> None:
    plain, keyed = CollectorRegistry(), CollectorRegistry()
    gauge = Gauge("salvo_x_seconds", "Help text.", ["feed"], registry=plain)
    compact = KeyedGauge("salvo_x_seconds", "Help text.", "feed", registry=keyed)
    for target in (gauge, compact):
        target.labels("http://a/feed").set(5)
        target.labels('http://b/"quoted"\\feed').set(1.5)
        target.labels("http://a/feed").set(7)  # overwritten, not a second series
    assert generate_latest(keyed) == generate_latest(plain)
    assert keyed.get_sample_value("salvo_x_seconds", {"feed": "http://a/feed"}) == 7
    with pytest.raises(ValueError, match="Duplicated"):  # the name is claimed like any metric
        Gauge("salvo_x_seconds", "Again.", registry=keyed)


def test_the_feed_body_is_let_go_before_its_articles_are_fetched(
    server: LoopbackServer, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = support.rss([{"title": "T", "description": "D.", "link": server.url("/a")}])
    server.routes["/f.xml"] = support.Reply(200, body, {"Content-Type": "application/rss+xml"})
    settings = support.make_settings(sqlite_url, [{"url": server.url("/f.xml")}])
    store = Database(sqlite_url)
    source = FeedIngest(settings, store, Metrics())
    holding: list[bool] = []
    original = ArticleBuilder.build

    async def build(self: ArticleBuilder, *args: Any) -> tuple[Article, bytes] | None:
        results = [o for o in gc.get_objects() if isinstance(o, FetchResult)]
        holding.append(any(r.body == body for r in results))
        return await original(self, *args)

    monkeypatch.setattr(ArticleBuilder, "build", build)
    _one_pass(source, store)
    assert holding == [False]
