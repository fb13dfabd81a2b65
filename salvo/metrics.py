"""Every metric Salvo exports, in one place, on a registry owned by the process.

Dashboards and alert rules in deploy/ refer to these names; a test checks that
each name they use is exported by a running Salvo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from salvo.keyed_gauge import KeyedGauge

if TYPE_CHECKING:
    from salvo.settings import Settings

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
        # Per feed (thousands of label values): a float each, not a child metric each.
        self.feed_last_success = KeyedGauge(
            "salvo_feed_last_success_timestamp_seconds",
            "Last successful poll of a feed.",
            "feed",
            registry=r,
        )
        # Lets SalvoFeedFailing see a feed that never succeeded (it has no last success).
        self.feed_failing_since = KeyedGauge(
            "salvo_feed_failing_since_timestamp_seconds",
            "Start of a feed's current run of failed polls; 0 while its last poll succeeded.",
            "feed",
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
            "Reconciled size of the latest attack event (verified figures only).",
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

    def touch_defaults(self, stages: Iterable[str], settings: Settings | None = None) -> None:
        """Create at zero the series that dashboards and alert rules rely on.

        A labelled series appears only once used, and Prometheus' `increase()`
        cannot see a counter's first increment, so without this the first dead
        letter or failed delivery would never alert. Gauges whose zero would be a
        false statement (records, lag, last success) are left to their stages.
        Idempotent; call once per process with the stages it runs.
        """
        from salvo.schemas import AlertKind, ClaimScope, ExtractionSource

        directions = ("RU->UA", "UA->RU")
        for stage in stages:
            if stage == "ingest":
                for state in ("new", "ok", "erroring", "failing"):
                    self.feeds_by_state.labels(state).set(0)
                for source in ExtractionSource:
                    self.articles_published.labels(source.value)
                for kind in ("exact", "near"):
                    self.duplicates.labels(kind)
                continue
            # every consuming stage
            for outcome in ("ok", "invalid", "error"):
                self.messages_processed.labels(stage, outcome)
            self.dead_letters.labels(stage)
            self.stage_seconds.labels(stage)
            if stage == "claims":
                for direction in directions:
                    for scope in ClaimScope:
                        self.claims_extracted.labels(direction, scope.value)
            elif stage == "records":
                for direction in directions:
                    self.events_updated.labels(direction)
                for rule in settings.records.rules if settings else ():
                    if rule.kind == "threshold":
                        kinds = [AlertKind.THRESHOLD]
                    else:
                        kinds = [AlertKind.RECORD, AlertKind.RECORD_UPDATE]
                    for kind in kinds:
                        self.alerts_raised.labels(kind.value, rule.name)
            elif stage == "alerts" and settings is not None:
                channels = [c.name for c in settings.alerts.webhooks]
                channels += [c.name for c in settings.alerts.email]
                for channel in channels:
                    for outcome in ("delivered", "failed", "dead"):
                        self.deliveries.labels(channel, outcome)
                    self.delivery_seconds.labels(channel)
                    self.delivery_retries.labels(channel)
                    self.delivery_dead_letters.labels(channel)
