"""The "Pipeline health" row: feeds, stages, the bus and alert delivery, from Prometheus."""

from __future__ import annotations

from .builders import (
    PROM,
    RATE,
    Layout,
    Panel,
    Target,
    by_name,
    prom,
    quantile,
    stat,
    steps_from,
    table,
    timeseries,
)

RED_FROM_1 = steps_from("red", 1)
ORANGE_FROM_1 = steps_from("orange", 1)


def instant(expr: str) -> Target:
    return prom(expr, instant=True)


def p95_per(title: str, desc: str, metric: str, label: str) -> Panel:
    """A latency graph: the p95 of histogram `metric`, one line per value of `label`."""
    return timeseries(
        title, desc, [prom(quantile(0.95, metric, label), f"{{{{{label}}}}}")], unit="s"
    )


def counters() -> list[Panel]:
    """The stat tiles along the top: what is wrong right now, at a glance."""
    return [
        stat(
            "Feeds OK",
            "Feeds whose last poll succeeded (a 304 counts).",
            instant('sum(salvo_feeds{state="ok"})'),
        ),
        stat(
            "Feeds failing",
            "Feeds with no success for ingest.failing_after_seconds (flagged, still retried).",
            instant('sum(salvo_feeds{state="failing"})'),
            RED_FROM_1,
        ),
        stat(
            "Feeds erroring",
            "Feeds whose last poll failed and are backing off.",
            instant('sum(salvo_feeds{state="erroring"})'),
            ORANGE_FROM_1,
        ),
        stat(
            "Stages down",
            "Salvo services Prometheus cannot scrape, plus stage loops that ended.",
            instant(
                '(count(up{job="salvo"} == 0) or vector(0))'
                " + (count(salvo_stage_up == 0) or vector(0))"
            ),
            RED_FROM_1,
        ),
        stat(
            "Dead letters (24h)",
            "Messages a stage could not handle, kept on the deadletter topic.",
            instant("sum(increase(salvo_dead_letters_total[24h]))"),
            RED_FROM_1,
        ),
        stat(
            "Delivery failures (24h)",
            "Failed alert delivery attempts (each is retried with backoff).",
            instant('sum(increase(salvo_alert_deliveries_total{outcome=~"failed|dead"}[24h]))'),
            ORANGE_FROM_1,
        ),
        stat(
            "Undelivered alerts (24h)",
            "Alerts dead-lettered after the retry budget: `salvo alerts list`.",
            instant("sum(increase(salvo_alert_dead_letters_total[24h]))"),
            RED_FROM_1,
        ),
        stat(
            "Consumer lag",
            "Messages waiting, all stages and topics.",
            instant("sum(max by (stage, topic, partition) (salvo_consumer_lag))"),
            steps_from("orange", 1000),
        ),
    ]


def pipeline_graphs() -> list[Panel]:
    """Throughput, latency and lag of the stages and the bus."""
    return [
        timeseries(
            "Articles, claims and alerts per minute",
            "Articles published by ingest, barrage claims extracted, alerts raised.",
            [
                prom(f"sum(rate(salvo_articles_published_total[{RATE}])) * 60", "articles", "A"),
                prom(f"sum(rate(salvo_claims_extracted_total[{RATE}])) * 60", "claims", "B"),
                prom(f"sum(rate(salvo_alerts_raised_total[{RATE}])) * 60", "alerts", "C"),
            ],
            unit="short",
        ),
        timeseries(
            "Feed polls per minute by outcome",
            "Every poll, by outcome; not-modified (304) polls cost no parsing.",
            [
                prom(
                    f"sum by (outcome) (rate(salvo_feed_polls_total[{RATE}])) * 60",
                    "{{outcome}}",
                )
            ],
            stack=True,
        ),
        timeseries(
            "Fetch and extraction latency",
            "p50/p95 of article text extraction, and p95 of feed and page fetches.",
            [
                prom(quantile(0.5, "salvo_extraction_seconds"), "extraction p50", "A"),
                prom(quantile(0.95, "salvo_extraction_seconds"), "extraction p95", "B"),
                prom(quantile(0.95, "salvo_feed_fetch_seconds"), "feed fetch p95", "C"),
                prom(quantile(0.95, "salvo_article_fetch_seconds"), "page fetch p95", "D"),
            ],
            unit="s",
        ),
        p95_per(
            "Stage processing latency (p95)",
            "Time for a stage to handle one message.",
            "salvo_stage_processing_seconds",
            "stage",
        ),
        timeseries(
            "Consumer lag",
            "Messages waiting per stage and topic (max per partition, so a previous "
            "owner's stale value after a rebalance is not counted twice).",
            [
                prom(
                    "sum by (stage, topic) (max by (stage, topic, partition) (salvo_consumer_lag))",
                    "{{stage}} ← {{topic}}",
                )
            ],
        ),
        timeseries(
            "Dead letters",
            "Messages sent to the deadletter topic, per stage, per 5 minutes.",
            [prom("sum by (stage) (increase(salvo_dead_letters_total[5m]))", "{{stage}}")],
            draw="bars",
        ),
    ]


def delivery_graphs() -> list[Panel]:
    """Alert delivery, feed freshness, ingest errors, bus traffic and download volume."""
    return [
        timeseries(
            "Alert deliveries",
            "Delivery attempts per channel and outcome, retries, and alerts given up on.",
            [
                prom(
                    "sum by (channel, outcome) (increase(salvo_alert_deliveries_total[5m]))",
                    "{{channel}} {{outcome}}",
                    "A",
                ),
                prom(
                    "sum by (channel) (increase(salvo_alert_retries_total[5m]))",
                    "{{channel}} retries",
                    "B",
                ),
                prom(
                    "sum by (channel) (increase(salvo_alert_dead_letters_total[5m]))",
                    "{{channel}} dead-lettered",
                    "C",
                ),
            ],
            draw="bars",
        ),
        p95_per(
            "Alert delivery latency (p95)",
            "From the alert's creation to its delivery, per channel.",
            "salvo_alert_delivery_seconds",
            "channel",
        ),
        table(
            "Feeds by time since last success",
            "The 50 worst first. Over an hour fires SalvoFeedFailing.",
            {
                **prom(
                    "sort_desc(topk(50, time() - max by (feed) "
                    "(salvo_feed_last_success_timestamp_seconds)))",
                    "{{feed}}",
                    instant=True,
                ),
                "format": "table",
            },
            PROM,
            unit="s",
            overrides=[
                by_name("Time", ("custom.hidden", True)),
                by_name("Value", ("displayName", "Since last success")),
            ],
        ),
        timeseries(
            "Ingest errors and duplicates",
            "Errors by kind, and articles marked as exact or near duplicates.",
            [
                prom(
                    "sum by (kind) (increase(salvo_ingest_errors_total[5m]))",
                    "error: {{kind}}",
                    "A",
                ),
                prom(
                    "sum by (kind) (increase(salvo_duplicates_total[5m]))",
                    "duplicate: {{kind}}",
                    "B",
                ),
            ],
            draw="bars",
        ),
        timeseries(
            "Bus traffic per minute",
            "Messages each stage handled, by outcome (invalid and error go to the "
            "deadletter topic), and messages produced, by topic.",
            [
                prom(
                    f"sum by (stage, outcome) (rate(salvo_messages_processed_total[{RATE}])) * 60",
                    "{{stage}} {{outcome}}",
                    "A",
                ),
                prom(
                    f"sum by (topic) (rate(salvo_messages_produced_total[{RATE}])) * 60",
                    "→ {{topic}}",
                    "B",
                ),
            ],
        ),
        timeseries(
            "Download volume",
            "Bytes fetched from feeds and article pages (before decompression).",
            [prom(f"sum by (kind) (rate(salvo_fetched_bytes_total[{RATE}]))", "{{kind}}")],
            unit="Bps",
            stack=True,
        ),
    ]


def health_row(lay: Layout) -> list[Panel]:
    """The row's panels, placed: eight 3x4 counters, then 12x8 graphs two by two."""
    out = [lay.row("Pipeline health")]
    out += [lay.place(panel, 3, 4) for panel in counters()]
    lay.newline()
    out += [lay.place(panel, 12, 8) for panel in pipeline_graphs() + delivery_graphs()]
    return out
