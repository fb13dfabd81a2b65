"""Every metric Salvo exports, in one place, on a registry owned by the process.

Dashboards and alert rules in deploy/ refer to these names; a test checks that
each name they use is exported by a running Salvo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        # --- runtime (every consuming stage)
        self.messages_processed = Counter(
            "salvo_messages_processed",
            "Messages handled by a stage.",
            ["stage", "outcome"],
            registry=r,
        )
        self.messages_produced = Counter(
            "salvo_messages_produced",
            "Messages produced, by topic.",
            ["stage", "topic"],
            registry=r,
        )
        self.stage_seconds = Histogram(
            "salvo_stage_processing_seconds",
            "Time to handle one message.",
            ["stage"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.dead_letters = Counter(
            "salvo_dead_letters",
            "Messages sent to the dead-letter topic.",
            ["stage"],
            registry=r,
        )
        self.consumer_lag = Gauge(
            "salvo_consumer_lag",
            "Messages not yet consumed.",
            ["stage", "topic", "partition"],
            registry=r,
        )
        self.stage_up = Gauge("salvo_stage_up", "1 while a stage runs.", ["stage"], registry=r)
        # --- ingest
        self.feed_polls = Counter(
            "salvo_feed_polls",
            "Feed polls by outcome and HTTP status.",
            ["outcome", "status"],
            registry=r,
        )
        self.feed_fetch_seconds = Histogram(
            "salvo_feed_fetch_seconds",
            "Feed fetch latency.",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.article_fetch_seconds = Histogram(
            "salvo_article_fetch_seconds",
            "Article page fetch latency.",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.extraction_seconds = Histogram(
            "salvo_extraction_seconds",
            "Text extraction (trafilatura) latency.",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.fetched_bytes = Counter(
            "salvo_fetched_bytes", "Bytes downloaded.", ["kind"], registry=r
        )
        self.articles_published = Counter(
            "salvo_articles_published",
            "Articles published to the bus.",
            ["extracted_from"],
            registry=r,
        )
        self.duplicates = Counter(
            "salvo_duplicates", "Articles marked as duplicates.", ["kind"], registry=r
        )
        self.feed_last_success = Gauge(
            "salvo_feed_last_success_timestamp_seconds",
            "Last successful poll of a feed.",
            ["feed"],
            registry=r,
        )
        self.feeds_by_state = Gauge("salvo_feeds", "Feeds by health state.", ["state"], registry=r)
        self.ingest_errors = Counter(
            "salvo_ingest_errors", "Ingest errors by kind.", ["kind"], registry=r
        )
        # --- claims
        self.claims_extracted = Counter(
            "salvo_claims_extracted",
            "Barrage claims extracted.",
            ["direction", "scope"],
            registry=r,
        )
        # --- records
        self.events_updated = Counter(
            "salvo_events_updated",
            "Attack events created or revised.",
            ["direction"],
            registry=r,
        )
        self.alerts_raised = Counter(
            "salvo_alerts_raised",
            "Alerts raised by the records stage.",
            ["kind", "rule"],
            registry=r,
        )
        self.record_value = Gauge(
            "salvo_record_value",
            "Current record per direction and metric.",
            ["direction", "metric"],
            registry=r,
        )
        self.latest_event_value = Gauge(
            "salvo_latest_event_value",
            "Reconciled size of the latest attack event.",
            ["direction", "metric"],
            registry=r,
        )
        # --- alerts delivery
        self.deliveries = Counter(
            "salvo_alert_deliveries",
            "Alert deliveries by channel and outcome.",
            ["channel", "outcome"],
            registry=r,
        )
        self.delivery_seconds = Histogram(
            "salvo_alert_delivery_seconds",
            "From alert creation to delivery.",
            ["channel"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.delivery_retries = Counter(
            "salvo_alert_retries", "Delivery retries.", ["channel"], registry=r
        )
        self.delivery_dead_letters = Counter(
            "salvo_alert_dead_letters",
            "Alerts dead-lettered after the retry budget.",
            ["channel"],
            registry=r,
        )
