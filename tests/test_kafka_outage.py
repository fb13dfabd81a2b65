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
from tests.kafka_stream import StreamRun
from tests.kafka_support import (
    delivered_alert_ids,
    wait_for,
)
from tests.pipeline_support import Sinks

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

ARTICLES = 600
FEEDS = 6
OUTAGE_SECONDS = 30


def test_services_reconnect_after_a_30s_broker_outage(
    private_tansu: Tansu, topic_prefix: str, sinks: Sinks, tmp_path: Path
) -> None:
    broker = private_tansu
    run = StreamRun(tmp_path, broker.url, topic_prefix, sinks, ARTICLES, FEEDS)
    services, watcher = run.services, run.watcher
    consumers = [services[s] for s in ("claims", "records", "alerts")]
    try:
        run.start()
        run.stream.release(2)
        assert wait_for(lambda: watcher.count("claims") >= 100, 120), "stream did not start"

        broker.stop()
        outage_started = time.monotonic()
        run.stream.release(FEEDS)  # the news does not wait for the broker
        assert wait_for(lambda: not consumers[0].ready(), OUTAGE_SECONDS), (
            "/readyz stayed green without a broker"
        )
        report = consumers[0].health("/readyz")
        assert report["status"] == 503 and not report["bus_reachable"]
        assert consumers[0].health("/healthz")["status"] == 200  # waiting is not dead
        time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - outage_started)))
        broker.start()

        assert wait_for(run.done, 180), run.progress(2500)
        assert wait_for(lambda: all(s.ready() for s in consumers), 60), run.logs(2500)
        wait_for(lambda: False, 3.0)  # room for a late duplicate to show up

        # Nobody restarted anything: the processes reconnected by themselves.
        assert all(s.running and s.starts == 1 for s in services.values()), run.logs(2500)
        assert watcher.count("articles") == ARTICLES
        assert len(watcher.claimed_articles) == ARTICLES
        assert run.delivered() == run.expected
        assert set(delivered_alert_ids(sinks).values()) == {1}
        assert watcher.dead_letters == {}
    finally:
        run.stop()
