"""The per-feed gauges SalvoFeedFailing reads, for feeds that never succeeded and restarts."""

from __future__ import annotations

from ingest.source import FeedIngest
from ingest.state import FeedState, feed_id
from salvo.metrics import Metrics
from salvo.store import Database
from tests.test_ingest_support import (
    ListProducer,
    LoopbackServer,
    Reply,
    emitter_for,
    make_settings,
    rss,
)

LAST_SUCCESS = "salvo_feed_last_success_timestamp_seconds"
FAILING_SINCE = "salvo_feed_failing_since_timestamp_seconds"


def _gauge(metrics: Metrics, name: str, url: str) -> float | None:
    return metrics.registry.get_sample_value(name, {"feed": url})


def test_a_feed_that_never_succeeded_is_visible_across_restarts(
    server: LoopbackServer, store_url: str
) -> None:
    broken, good = server.url("/broken.xml"), server.url("/good.xml")
    server.routes["/broken.xml"] = Reply(500, b"oops")
    server.routes["/good.xml"] = Reply(200, rss([{"title": "T", "description": "Text of T."}]))
    settings = make_settings(store_url, [{"url": broken}, {"url": good}], fetch_articles=False)
    store = Database(store_url)
    try:
        metrics = Metrics()
        ingest = FeedIngest(settings, store, metrics)
        # Before any poll: every enabled feed has the series, at 0 (nothing failing yet).
        assert _gauge(metrics, FAILING_SINCE, broken) == 0
        assert _gauge(metrics, LAST_SUCCESS, broken) is None
        try:
            for _ in range(2):
                store.execute("UPDATE ingest_feeds SET next_poll = 0")
                ingest.run_once(emitter_for(ListProducer()))
        finally:
            ingest.close()
        row = FeedState(store).get(feed_id(broken))
        assert row is not None and row.error_count == 2 and row.first_error_at
        assert _gauge(metrics, FAILING_SINCE, broken) == row.first_error_at  # the run's start
        assert _gauge(metrics, LAST_SUCCESS, broken) is None
        assert _gauge(metrics, FAILING_SINCE, good) == 0
        good_row = FeedState(store).get(feed_id(good))
        assert good_row is not None and _gauge(metrics, LAST_SUCCESS, good) == good_row.last_success

        # A restart: the gauges come back from the store before the first poll.
        metrics = Metrics()
        ingest = FeedIngest(settings, store, metrics)
        try:
            assert _gauge(metrics, FAILING_SINCE, broken) == row.first_error_at
            assert _gauge(metrics, LAST_SUCCESS, good) == good_row.last_success
            assert _gauge(metrics, FAILING_SINCE, good) == 0

            server.routes["/broken.xml"] = server.routes["/good.xml"]  # fixed
            store.execute("UPDATE ingest_feeds SET next_poll = 0")
            ingest.run_once(emitter_for(ListProducer()))
        finally:
            ingest.close()
        assert _gauge(metrics, FAILING_SINCE, broken) == 0
        fixed = FeedState(store).get(feed_id(broken))
        assert fixed is not None and _gauge(metrics, LAST_SUCCESS, broken) == fixed.last_success
    finally:
        store.close()
