"""The synthetic news stream through one process per stage over Kafka (no tests here).

The crash and outage tests run the same scenario, tests/news_stream.py's stream with
its rules on the record history, and check the same end state: every article, a
claim for each, every expected alert. `StreamRun` holds it and that check.
"""

from __future__ import annotations

from pathlib import Path

from tests.kafka_support import (
    STAGE_ORDER,
    Cluster,
    Service,
    TopicWatcher,
    delivered_alerts,
)
from tests.news_stream import FEED_TEXT_ONLY, STREAM_RULES, Stream, expected_stream_alerts
from tests.pipeline_support import Sinks, seed_record_history


class StreamRun:
    """The stream on the feed server, a service per stage (not started), a topic watcher."""

    def __init__(
        self,
        workdir: Path,
        kafka_url: str,
        topic_prefix: str,
        sinks: Sinks,
        articles: int,
        feeds: int,
    ) -> None:
        self.sinks = sinks
        self.articles = articles
        self.stream = Stream(sinks.feeds, articles, feeds)
        self.cluster = Cluster(
            workdir, kafka_url, topic_prefix, sinks, rules=STREAM_RULES, ingest=FEED_TEXT_ONLY
        )
        self.cluster.feed_urls = self.stream.urls
        seed_record_history(self.cluster.store_url("records"))
        self.services = {stage: Service(self.cluster, stage) for stage in STAGE_ORDER}
        self.watcher = TopicWatcher(kafka_url, topic_prefix)
        self.expected = expected_stream_alerts()

    def start(self) -> None:
        for service in self.services.values():
            service.start()
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
        for service in self.services.values():
            service.kill()

    def delivered(self) -> set[tuple[str, str]]:
        """(event_date, rule) of every alert delivered to the webhook."""
        return {(a["event_date"], a["rule"]) for a in delivered_alerts(self.sinks).values()}

    def done(self) -> bool:
        """Every article published and claimed, and as many alerts delivered as expected."""
        return (
            self.watcher.count("articles") >= self.articles
            and len(self.watcher.claimed_articles) >= self.articles
            and len(delivered_alerts(self.sinks)) >= len(self.expected)
        )

    def logs(self, tail: int) -> str:
        return "\n".join(s.log_text()[-tail:] for s in self.services.values())

    def progress(self, log_tail: int) -> str:
        """Where the stream stands, and the end of each service's log: a failure message."""
        return (
            f"articles={self.watcher.count('articles')} "
            f"claimed={len(self.watcher.claimed_articles)} "
            f"alerts={len(delivered_alerts(self.sinks))}/{len(self.expected)}\n"
            f"{self.logs(log_tail)}"
        )
