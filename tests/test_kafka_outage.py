"""The broker goes away for 30 s mid-stream and comes back: the services recover by themselves.

Four stage processes run on a private Tansu broker. Mid-stream the broker
becomes unreachable (every connection reset, new ones refused) for 30 seconds
while the feeds keep publishing; readiness turns red. When it is back, no
process has been restarted by anyone, and the end state is the one an
uninterrupted run reaches: every article, a claim for each, every expected
alert exactly once, no dead letters.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.fixtures.tansu import Tansu
from tests.kafka_support import (
    STAGE_ORDER,
    Cluster,
    Service,
    TopicWatcher,
    delivered_alert_ids,
    delivered_alerts,
    wait_for,
)
from tests.news_stream import FEED_TEXT_ONLY, STREAM_RULES, Stream, expected_stream_alerts
from tests.pipeline_support import Sinks, seed_record_history

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

ARTICLES = 600
FEEDS = 6
OUTAGE_SECONDS = 30


def test_services_reconnect_after_a_30s_broker_outage(
    private_tansu: Tansu, topic_prefix: str, sinks: Sinks, tmp_path: Path
) -> None:
    broker = private_tansu
    stream = Stream(sinks.feeds, ARTICLES, FEEDS)
    cluster = Cluster(
        tmp_path, broker.url, topic_prefix, sinks, rules=STREAM_RULES, ingest=FEED_TEXT_ONLY
    )
    cluster.feed_urls = stream.urls
    seed_record_history(cluster.store_url("records"))
    services = {stage: Service(cluster, stage) for stage in STAGE_ORDER}
    watcher = TopicWatcher(broker.url, topic_prefix)
    consumers = [services[s] for s in ("claims", "records", "alerts")]
    try:
        for service in services.values():
            service.start()
        watcher.start()
        stream.release(2)
        assert wait_for(lambda: watcher.count("claims") >= 100, 120), "stream did not start"

        broker.stop()
        outage_started = time.monotonic()
        stream.release(FEEDS)  # the news does not wait for the broker
        assert wait_for(lambda: not consumers[0].ready(), OUTAGE_SECONDS), (
            "/readyz stayed green without a broker"
        )
        report = consumers[0].health("/readyz")
        assert report["status"] == 503 and not report["bus_reachable"]
        assert consumers[0].health("/healthz")["status"] == 200  # waiting is not dead
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - outage_started)))
        broker.start()

        expected = expected_stream_alerts()

        def done() -> bool:
            return (
                watcher.count("articles") >= ARTICLES
                and len(watcher.claimed_articles) >= ARTICLES
                and len(delivered_alerts(sinks)) >= len(expected)
            )

        def logs() -> str:
            return "\n".join(s.log_text()[-2500:] for s in services.values())

        assert wait_for(done, 180), (
            f"articles={watcher.count('articles')} claimed={len(watcher.claimed_articles)} "
            f"alerts={len(delivered_alerts(sinks))}/{len(expected)}\n{logs()}"
        )
        assert wait_for(lambda: all(s.ready() for s in consumers), 60), logs()
        wait_for(lambda: False, 3.0)  # room for a late duplicate to show up

        # Nobody restarted anything: the processes reconnected by themselves.
        assert all(s.running and s.starts == 1 for s in services.values()), logs()
        assert watcher.count("articles") == ARTICLES
        assert len(watcher.claimed_articles) == ARTICLES
        got = {(a["event_date"], a["rule"]) for a in delivered_alerts(sinks).values()}
        assert got == expected
        assert set(delivered_alert_ids(sinks).values()) == {1}
        assert watcher.dead_letters == {}
    finally:
        watcher.stop()
        for service in services.values():
            service.kill()
