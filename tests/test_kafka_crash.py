"""Crash recovery over Kafka: kill -9 each stage in turn during a stream of 2,000 articles.

Twenty feeds release a hundred articles each while the four stage processes
run on Tansu. Each stage is killed with SIGKILL mid-stream (no flush, no
commit, no leaving the group) and restarted. Poison messages are injected on
the way. At the end:

- every one of the 2,000 articles reached the `articles` topic, and a claim
  came out of every one of them (nothing lost);
- every expected alert (5 nights over the 400 threshold, plus the 741 record
  and its threshold crossing) reached the webhook exactly once as a receiver
  honouring `Idempotency-Key` sees it: in one delivery, which the alerter may
  POST a second time with the same key if it was killed while sending it;
- the dead-letter topic holds the injected poison messages and nothing else.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.kafka_stream import StreamRun
from tests.kafka_support import (
    alerts_per_distinct_delivery,
    deliveries_by_key,
    inject,
    wait_for,
)
from tests.pipeline_support import Sinks

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

ARTICLES = 2000
FEEDS = 20
POISON = [
    ("articles", b"{not json"),
    ("articles", b'{"article_id": "art_bad", "text": "a record 999 drones"}'),  # fields missing
    ("claims", b"\xff\xfe binary garbage"),
]


def test_kill_each_stage_in_turn_during_a_stream_of_2000_articles(
    kafka_url: str, topic_prefix: str, sinks: Sinks, tmp_path: Path
) -> None:
    run = StreamRun(tmp_path, kafka_url, topic_prefix, sinks, ARTICLES, FEEDS)
    services, watcher = run.services, run.watcher
    try:
        run.start()

        def crash(stage: str, when: object) -> None:
            assert wait_for(lambda: bool(when()), 120), f"stream stalled before killing {stage}"  # type: ignore[operator]
            services[stage].kill()
            services[stage].start()

        # The news keeps coming: a hundred articles a second while stages die.
        releaser = threading.Thread(target=run.stream.release_gradually, args=(1.0,), daemon=True)
        releaser.start()
        crash("ingest", lambda: watcher.count("articles") >= 300)
        inject(kafka_url, topic_prefix, POISON)
        crash("alerts", lambda: watcher.count("alerts") >= 3)  # four more are to come
        crash("records", lambda: watcher.count("claims") >= 900)
        crash("claims", lambda: watcher.count("claims") >= 1300)
        releaser.join(timeout=120)

        assert wait_for(run.done, 240), run.progress(2000)
        # Let anything that would arrive late (a duplicate) arrive.
        assert wait_for(lambda: all(s.ready() for s in list(services.values())[1:]), 60)
        wait_for(lambda: False, 3.0)

        # No article lost: the 2,000 distinct pages, each with its claim.
        assert watcher.count("articles") == ARTICLES
        assert {u.rsplit("/stream/", 1)[-1] for u in watcher.article_urls} == {
            p.rsplit("/", 1)[-1] for p in run.stream.paths
        }
        assert len(watcher.claimed_articles) == ARTICLES
        # Every expected alert delivered, each exactly once.
        assert run.delivered() == run.expected
        # Exactly once for a receiver that honours the Idempotency-Key: no alert
        # in two different deliveries. A delivery in flight when the alerter was
        # killed may be POSTed again with the same key (at-least-once), never more.
        per_delivery = alerts_per_distinct_delivery(sinks)
        assert set(per_delivery.values()) == {1}, f"an alert in two deliveries: {per_delivery}"
        posts = deliveries_by_key(sinks)
        assert all(n <= 2 for n in posts.values()), posts
        if any(n > 1 for n in posts.values()):
            print(f"re-sent after kill -9 of the alerter (same Idempotency-Key): {posts}")
        # Dead letters: the injected poison, and only that.
        letters = list(watcher.dead_letters.values())
        assert sorted((d.source_topic, d.payload.encode()) for d in letters) == sorted(
            (t, p.decode("utf-8", errors="replace").encode()) for t, p in POISON
        )
        assert {d.stage for d in letters} == {"claims", "records"}
        # Each stage really was killed and came back.
        assert all(s.starts == 2 for s in services.values())
    finally:
        run.stop()
