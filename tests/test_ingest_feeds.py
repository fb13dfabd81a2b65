"""Feed-level behaviour of FeedIngest: 304s, throttling, safety, identity, health."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from typing import Any

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


class Harness:
    """One FeedIngest over one store, re-creatable to simulate restarts."""

    def __init__(self, store_url: str, feeds: list[dict[str, Any]], **ingest: Any) -> None:
        self.settings = make_settings(store_url, feeds, **ingest)
        self.store = Database(store_url)
        self.metrics = Metrics()
        self.ingest = FeedIngest(self.settings, self.store, self.metrics)
        self.producer = ListProducer()

    def poll(self, force: bool = True) -> int:
        if force:
            self.store.execute("UPDATE ingest_feeds SET next_poll = 0")
        return self.ingest.run_once(emitter_for(self.producer, self.metrics))

    def feed(self) -> tuple[Any, ...]:
        row = self.store.fetchone(
            "SELECT state, error_count, next_poll, last_error_kind, last_outcome, entries_seen "
            "FROM ingest_feeds"
        )
        assert row is not None
        return row

    def metric(self, name: str, labels: dict[str, str]) -> float:
        return self.metrics.registry.get_sample_value(name, labels) or 0.0

    def close(self) -> None:
        self.ingest.close()
        self.store.close()


def _article_routes(server: LoopbackServer, numbers: range) -> list[dict[str, str]]:
    items = []
    for n in numbers:
        server.routes[f"/a/{n}"] = Reply(
            200, article_html(f"Story {n}", story(n)), {"Content-Type": "text/html"}
        )
        items.append({"title": f"Story {n}", "link": server.url(f"/a/{n}")})
    return items


def test_304_costs_no_parse_and_publishes_nothing(server: LoopbackServer, store_url: str) -> None:
    items = _article_routes(server, range(2))

    def feed(handler: BaseHTTPRequestHandler) -> Reply:
        if handler.headers.get("If-None-Match") == '"abc"':
            return Reply(304, headers={"ETag": '"abc"'})
        return Reply(200, rss(items), {"ETag": '"abc"', "Content-Type": "application/rss+xml"})

    server.routes["/feed"] = feed
    h = Harness(store_url, [{"url": server.url("/feed")}])
    try:
        assert h.poll() == 2
        assert h.poll() == 0
        assert h.ingest.reports[0].outcome == "not_modified"
        assert h.metric("salvo_feed_polls_total", {"outcome": "not_modified", "status": "304"}) == 1
        assert h.feed()[0] == "ok"
    finally:
        h.close()


def test_retry_after_is_honoured(server: LoopbackServer, store_url: str) -> None:
    server.routes["/feed"] = Reply(429, b"", {"Retry-After": "600"})
    h = Harness(store_url, [{"url": server.url("/feed")}])
    try:
        before = time.time()
        assert h.poll() == 0
        state, errors, next_poll, kind, outcome, _ = h.feed()
        assert (state, errors, kind, outcome) == ("erroring", 1, "http_status", "throttled")
        assert next_poll >= before + 600
        assert h.poll(force=False) == 0  # not due: not even requested
        assert server.hits("/feed") == 1
    finally:
        h.close()


def test_cache_control_max_age_defers_the_next_poll(server: LoopbackServer, store_url: str) -> None:
    server.routes["/feed"] = Reply(200, rss([]), {"Cache-Control": "public, max-age=1800"})
    h = Harness(store_url, [{"url": server.url("/feed")}], min_interval_seconds=60)
    try:
        before = time.time()
        h.poll()
        assert h.feed()[2] >= before + 1800
    finally:
        h.close()


def test_entry_pointing_at_private_address_falls_back_to_feed(
    server: LoopbackServer, store_url: str
) -> None:
    server.routes["/secret"] = Reply(200, article_html("Secret", story(9)))
    items = [
        {
            "title": "Metadata",
            "link": "http://169.254.169.254/latest/meta-data/",
            "description": "Summary one.",
        },
        {"title": "Loopback", "link": server.url("/secret"), "description": "Summary two."},
    ]
    server.routes["/feed"] = Reply(200, rss(items))
    # The operator's feed on loopback is trusted; what it links to is not.
    h = Harness(store_url, [{"url": server.url("/feed")}], allow_private_addresses=False)
    try:
        assert h.poll() == 2
        assert server.hits("/secret") == 0
        articles = h.producer.articles()
        assert {a.extracted_from for a in articles} == {ExtractionSource.FEED}
        assert {a.text for a in articles} == {"Summary one.", "Summary two."}
        assert h.metric("salvo_ingest_errors_total", {"kind": "article_unsafe_url"}) == 2
    finally:
        h.close()


def test_tracking_parameter_change_is_not_a_new_article(
    server: LoopbackServer, store_url: str
) -> None:
    _article_routes(server, range(1))
    link = server.url("/a/0")
    server.routes["/feed"] = Reply(200, rss([{"title": "Story 0", "link": link + "?utm_source=a"}]))
    server.routes["/guid"] = Reply(
        200, rss([{"title": "Story 0", "guid": link + "?utm_source=a&x=1", "link": link}])
    )
    h = Harness(store_url, [{"url": server.url("/feed")}, {"url": server.url("/guid")}])
    try:
        assert h.poll() == 1  # one article, even though two feeds carry it
        fetched = server.hits("/a/0")
        server.routes["/feed"] = Reply(
            200, rss([{"title": "Story 0", "link": link + "?utm_source=b&fbclid=zz#top"}])
        )
        server.routes["/guid"] = Reply(
            200, rss([{"title": "Story 0", "guid": link + "?x=1&utm_medium=c", "link": link}])
        )
        assert h.poll() == 0
        assert len(h.producer.articles()) == 1
        assert h.producer.articles()[0].url == link
        assert server.hits("/a/0") == fetched  # the page was not fetched again
    finally:
        h.close()


def test_syndicated_copies_are_marked_duplicate(server: LoopbackServer, store_url: str) -> None:
    wire = story(7)
    server.routes["/a/agency"] = Reply(200, article_html("Agency", wire))
    server.routes["/a/exact"] = Reply(200, article_html("Agency", wire))
    server.routes["/a/near"] = Reply(
        200, article_html("Agency", [*wire[:3], wire[3] + " Reporting by our correspondent."])
    )
    server.routes["/a/other"] = Reply(200, article_html("Other", story(8)))
    items = [
        {"title": t, "link": server.url(f"/a/{t}")} for t in ("agency", "exact", "near", "other")
    ]
    server.routes["/feed"] = Reply(200, rss(items))
    h = Harness(store_url, [{"url": server.url("/feed")}], min_article_chars=100)
    try:
        assert h.poll() == 4
        by_url = {a.url.rsplit("/", 1)[1]: a for a in h.producer.articles()}
        original = by_url["agency"].article_id
        assert by_url["agency"].duplicate_of is None
        assert by_url["exact"].duplicate_of == original
        assert by_url["near"].duplicate_of == original
        assert by_url["other"].duplicate_of is None
        assert h.metric("salvo_duplicates_total", {"kind": "exact"}) == 1
        assert h.metric("salvo_duplicates_total", {"kind": "near"}) == 1
    finally:
        h.close()


def test_stub_page_falls_back_to_feed_content(server: LoopbackServer, store_url: str) -> None:
    server.routes["/a/stub"] = Reply(200, article_html("Paywall", ["Subscribe to read."]))
    long_summary = " ".join(story(3))
    server.routes["/feed"] = Reply(
        200, rss([{"title": "S", "link": server.url("/a/stub"), "description": long_summary}])
    )
    h = Harness(store_url, [{"url": server.url("/feed")}])
    try:
        assert h.poll() == 1
        (article,) = h.producer.articles()
        assert article.extracted_from is ExtractionSource.FEED
        assert "emergency crews" in article.text
    finally:
        h.close()


def test_broken_feed_is_flagged_failing_not_dropped(server: LoopbackServer, store_url: str) -> None:
    server.routes["/feed"] = Reply(500, b"boom")
    h = Harness(store_url, [{"url": server.url("/feed")}], failing_after_seconds=60)
    try:
        h.poll()
        assert h.feed()[:2] == ("erroring", 1)
        # Pretend the errors started two minutes ago.
        h.store.execute("UPDATE ingest_feeds SET first_error_at = ?", (time.time() - 120,))
        h.poll()
        state, errors, next_poll, *_ = h.feed()
        assert (state, errors) == ("failing", 2)
        assert next_poll > time.time()  # still scheduled
        server.routes["/feed"] = Reply(200, rss([]))
        h.poll()
        assert h.feed()[:2] == ("ok", 0)
    finally:
        h.close()


def test_not_a_feed_is_rejected(server: LoopbackServer, store_url: str) -> None:
    server.routes["/feed"] = Reply(200, b"<html><body>Just a page</body></html>")
    h = Harness(store_url, [{"url": server.url("/feed")}])
    try:
        assert h.poll() == 0
        assert h.ingest.reports[0].outcome == "rejected"
        assert h.feed()[4] == "rejected"
    finally:
        h.close()


def test_json_feed(server: LoopbackServer, store_url: str) -> None:
    _article_routes(server, range(2))
    body = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire", "items": ['
        f'{{"id": "1", "url": "{server.url("/a/0")}", "title": "Story 0",'
        ' "date_published": "2025-07-10T06:00:00Z"},'
        f'{{"id": "2", "url": "{server.url("/a/1")}", "title": "Story 1"}}]}}'
    ).encode()
    server.routes["/feed.json"] = Reply(200, body, {"Content-Type": "application/feed+json"})
    h = Harness(store_url, [{"url": server.url("/feed.json")}])
    try:
        assert h.poll() == 2
        assert {a.source for a in h.producer.articles()} == {"JSON Wire"}
    finally:
        h.close()


def test_pruned_seen_entry_is_not_republished(server: LoopbackServer, store_url: str) -> None:
    items = _article_routes(server, range(2))
    server.routes["/feed"] = Reply(200, rss(items))
    h = Harness(store_url, [{"url": server.url("/feed")}])
    try:
        assert h.poll() == 2
        fetched = server.hits("/a/0")
        h.store.execute("UPDATE ingest_seen SET seen_at = 0")
        assert h.ingest.state.prune_seen(86400) == 2
        server.routes["/feed"] = Reply(200, rss(items) + b" ")  # new bytes: parsed again
        assert h.poll() == 0
        assert server.hits("/a/0") == fetched
        assert h.store.scalar("SELECT COUNT(*) FROM ingest_seen") == 2
    finally:
        h.close()


def test_articles_past_retention_are_pruned_and_recent_ones_kept(
    server: LoopbackServer, store_url: str
) -> None:
    items = _article_routes(server, range(3))
    server.routes["/feed"] = Reply(200, rss(items))
    h = Harness(store_url, [{"url": server.url("/feed")}])
    try:
        assert h.poll() == 3
        h.store.execute(
            "UPDATE ingest_articles SET added_at = 0 WHERE url = ?", (server.url("/a/0"),)
        )
        assert h.ingest.dedupe.prune_articles() == 1
        left = {r[0] for r in h.store.fetchall("SELECT url FROM ingest_articles")}
        assert left == {server.url("/a/1"), server.url("/a/2")}
    finally:
        h.close()
