"""FeedIngest end to end against loopback servers, on SQLite and PostgreSQL."""

from __future__ import annotations

from ingest.source import FeedIngest
from salvo.metrics import Metrics
from salvo.schemas import ExtractionSource
from salvo.store import Database
from tests.test_ingest_support import (
    ListProducer,
    LoopbackServer,
    Reply,
    article_html,
    emitter_for,
    make_settings,
    rss,
    story,
)


def _items(server: LoopbackServer, numbers: range) -> list[dict[str, str]]:
    items = []
    for n in numbers:
        path = f"/news/{n}"
        server.routes[path] = Reply(
            200,
            article_html(f"Story {n}", story(n)),
            {"Content-Type": "text/html; charset=utf-8"},
        )
        items.append(
            {
                "title": f"Story {n}",
                "link": server.url(path) + "?utm_source=rss",
                "pubDate": "Thu, 10 Jul 2025 06:00:00 GMT",
                "description": f"Summary of story {n}.",
            }
        )
    return items


def test_poll_publish_and_no_republish(server: LoopbackServer, store_url: str) -> None:
    server.routes["/feed.xml"] = Reply(
        200, rss(_items(server, range(3))), {"Content-Type": "application/rss+xml"}
    )
    settings = make_settings(
        store_url, [{"url": server.url("/feed.xml"), "name": "Loopback Wire (test)"}]
    )
    store = Database(store_url)
    ingest = FeedIngest(settings, store, Metrics())
    try:
        producer = ListProducer()
        assert ingest.run_once(emitter_for(producer)) == 3
        articles = producer.articles()
        assert {a.title for a in articles} == {"Story 0", "Story 1", "Story 2"}
        for a in articles:
            assert a.source == "Loopback Wire (test)"
            assert a.extracted_from is ExtractionSource.PAGE
            assert "utm_source" not in a.url
            assert "emergency crews" in a.text
            assert a.published is not None and a.published.year == 2025
            assert a.language == "en"
        # Not due again yet: nothing is polled, nothing published.
        assert ingest.run_once(emitter_for(producer)) == 0
    finally:
        ingest.close()
        store.close()

    # A restart with the same store, with the feed forced due: still nothing new.
    store = Database(store_url)
    store.execute("UPDATE ingest_feeds SET next_poll = 0")
    ingest = FeedIngest(settings, store, Metrics())
    try:
        producer = ListProducer()
        assert ingest.run_once(emitter_for(producer)) == 0
        # No validators, same bytes: recognised without parsing.
        assert ingest.reports[0].outcome == "unchanged"
        # A changed body is parsed again; its entries are already seen.
        store.execute("UPDATE ingest_feeds SET next_poll = 0")
        server.routes["/feed.xml"] = Reply(
            200, rss(_items(server, range(3)), title="Retitled"), {"Content-Type": "text/xml"}
        )
        assert ingest.run_once(emitter_for(producer)) == 0
        assert ingest.reports[0].outcome == "parsed"
    finally:
        ingest.close()
        store.close()
