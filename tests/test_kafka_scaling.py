"""Two claims instances share the partitions of `articles`; stop one (SIGTERM, then kill -9
of the other) and the survivor takes over."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from salvo.bus import open_bus
from salvo.loopback import FeedItem
from salvo.schemas import Article, content_hash
from tests.kafka_support import Cluster, Service, TopicWatcher, wait_for
from tests.news_stream import stream_items
from tests.pipeline_support import Sinks

pytestmark = pytest.mark.kafka


def _article(item: FeedItem) -> Article:
    url = f"https://news.example/{item.path.strip('/')}"
    return Article(
        article_id=Article.make_id(url),
        url=url,
        feed_url="https://news.example/feed.xml",
        source=item.source,
        title=item.title,
        published=item.published,
        fetched=datetime.now(UTC),
        text=item.text,
        content_hash=content_hash(item.text),
    )


def _publish(kafka_url: str, prefix: str, items: list[FeedItem]) -> None:
    bus = open_bus(kafka_url, topic_prefix=prefix)
    producer = bus.producer()
    try:
        for item in items:
            article = _article(item)
            producer.send(
                "articles",
                article.to_bytes(),
                key=article.key,
                message_id=article.message_id,
                headers={"message_id": article.message_id},
            )
        producer.flush()
    finally:
        producer.close()  # not left to the garbage collector, whose close may time out
        bus.close()


def _processed(service: Service) -> int:
    status, body = service.get("/metrics")
    if status != 200:
        return 0
    match = re.search(
        r'^salvo_messages_processed_total\{outcome="ok",stage="claims"\} (\S+)$',
        body.decode(),
        re.MULTILINE,
    )
    return int(float(match.group(1))) if match else 0


def test_two_claims_instances_share_the_work_and_one_takes_over(
    kafka_url: str, topic_prefix: str, sinks: Sinks, tmp_path: Path
) -> None:
    cluster = Cluster(tmp_path, kafka_url, topic_prefix, sinks)
    a = Service(cluster, "claims", "claims-a")
    b = Service(cluster, "claims", "claims-b")
    watcher = TopicWatcher(kafka_url, topic_prefix)
    items = stream_items(600)
    try:
        a.start()
        b.start()
        watcher.start()
        # One group, three partitions: both instances hold some, together all.
        assert wait_for(
            lambda: (
                a.assigned_partitions() >= 1
                and b.assigned_partitions() >= 1
                and a.assigned_partitions() + b.assigned_partitions() == 3
            ),
            90,
        ), (a.assigned_partitions(), b.assigned_partitions())
        assert wait_for(lambda: a.ready() and b.ready(), 30), (a.health(), b.health())

        _publish(kafka_url, topic_prefix, items[:300])
        assert wait_for(lambda: len(watcher.claimed_articles) >= 300, 90)
        assert _processed(a) > 0 and _processed(b) > 0, "one instance did all the work"
        assert _processed(a) + _processed(b) == 300  # shared, not duplicated

        # Stop b (SIGTERM: it commits and leaves the group); a takes all partitions.
        assert b.terminate() == 0
        assert wait_for(lambda: a.assigned_partitions() == 3, 60), a.log_text()[-2000:]
        before = _processed(a)
        _publish(kafka_url, topic_prefix, items[300:450])
        assert wait_for(lambda: len(watcher.claimed_articles) >= 450, 90)
        assert _processed(a) - before == 150

        # b is back and shares again; then a dies without a word (kill -9): once
        # its session expires, b holds every partition and handles the rest.
        b.start()
        assert wait_for(lambda: b.assigned_partitions() >= 1, 60), b.log_text()[-2000:]
        a.kill()
        assert wait_for(lambda: b.assigned_partitions() == 3, 60), b.log_text()[-2000:]
        _publish(kafka_url, topic_prefix, items[450:])
        assert wait_for(lambda: len(watcher.claimed_articles) >= 600, 90)
        assert len(watcher.claimed_articles) == 600
        assert watcher.dead_letters == {}
    finally:
        watcher.stop()
        a.kill()
        b.kill()
