"""Generate deploy/grafana/dashboards/salvo.json, the provisioned Grafana dashboard.

The JSON is committed (Grafana reads it as is); edit this file and run
`python deploy/grafana/build_dashboard.py` to regenerate. A test fails when the
two drift apart, and another queries every expression against a real Prometheus
scraping a running Salvo and every SQL panel against PostgreSQL.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "dashboards" / "salvo.json"

PROM = {"type": "prometheus", "uid": "salvo-prometheus"}
PG = {"type": "grafana-postgresql-datasource", "uid": "salvo-postgres"}

Panel = dict[str, Any]


class Layout:
    """Hands out ids and grid positions, row by row (Grafana's grid is 24 wide)."""

    def __init__(self) -> None:
        self.next_id = 1
        self.y = 0
        self.x = 0
        self.row_height = 0

    def place(self, panel: Panel, w: int, h: int) -> Panel:
        if self.x + w > 24:
            self.newline()
        panel["id"] = self.next_id
        panel["gridPos"] = {"x": self.x, "y": self.y, "w": w, "h": h}
        self.next_id += 1
        self.x += w
        self.row_height = max(self.row_height, h)
        return panel

    def newline(self) -> None:
        self.y += self.row_height
        self.x = 0
        self.row_height = 0

    def row(self, title: str) -> Panel:
        self.newline()
        panel = self.place({"type": "row", "title": title, "collapsed": False, "panels": []}, 24, 1)
        self.newline()
        return panel


def prom(expr: str, legend: str = "", ref: str = "A", instant: bool = False) -> dict[str, Any]:
    target: dict[str, Any] = {
        "datasource": PROM,
        "refId": ref,
        "expr": expr,
        "legendFormat": legend or "__auto",
        "range": not instant,
        "instant": instant,
    }
    return target


def sql(query: str, fmt: str = "table", ref: str = "A") -> dict[str, Any]:
    return {
        "datasource": PG,
        "refId": ref,
        "rawQuery": True,
        "editorMode": "code",
        "format": fmt,
        "rawSql": query.strip(),
    }


def stat(
    title: str, desc: str, target: dict[str, Any], unit: str = "short", **thresholds: Any
) -> Panel:
    steps = thresholds.get("steps") or [{"color": "green", "value": None}]
    return {
        "type": "stat",
        "title": title,
        "description": desc,
        "datasource": PROM,
        "targets": [target],
        "fieldConfig": {
            "defaults": {
                "unit": unit,
                "decimals": 0,
                "thresholds": {"mode": "absolute", "steps": steps},
                "color": {"mode": "thresholds"},
            },
            "overrides": [],
        },
        "options": {
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
            "colorMode": "background",
            "graphMode": "none",
            "textMode": "value",
            "justifyMode": "center",
            "orientation": "auto",
        },
    }


def timeseries(
    title: str,
    desc: str,
    targets: list[dict[str, Any]],
    unit: str = "short",
    datasource: dict[str, str] = PROM,
    overrides: list[dict[str, Any]] | None = None,
    stack: bool = False,
    draw: str = "line",
) -> Panel:
    return {
        "type": "timeseries",
        "title": title,
        "description": desc,
        "datasource": datasource,
        "targets": targets,
        "fieldConfig": {
            "defaults": {
                "unit": unit,
                "min": 0,
                "color": {"mode": "palette-classic"},
                "custom": {
                    "drawStyle": draw,
                    "lineWidth": 1,
                    "fillOpacity": 10 if not stack else 60,
                    "showPoints": "auto",
                    "spanNulls": False,
                    "stacking": {"mode": "normal" if stack else "none", "group": "A"},
                },
            },
            "overrides": overrides or [],
        },
        "options": {
            "legend": {
                "displayMode": "table",
                "placement": "bottom",
                "calcs": ["lastNotNull", "max"],
            },
            "tooltip": {"mode": "multi", "sort": "desc"},
        },
    }


def table(
    title: str,
    desc: str,
    target: dict[str, Any],
    datasource: dict[str, str],
    unit: str | None = None,
    overrides: list[dict[str, Any]] | None = None,
) -> Panel:
    defaults: dict[str, Any] = {"custom": {"filterable": True}}
    if unit:
        defaults["unit"] = unit
    return {
        "type": "table",
        "title": title,
        "description": desc,
        "datasource": datasource,
        "targets": [target],
        "fieldConfig": {"defaults": defaults, "overrides": overrides or []},
        "options": {"showHeader": True, "cellHeight": "sm"},
    }


def dashed_red(name: str) -> dict[str, Any]:
    return {
        "matcher": {"id": "byName", "options": name},
        "properties": [
            {"id": "color", "value": {"mode": "fixed", "fixedColor": "red"}},
            {"id": "custom.lineStyle", "value": {"fill": "dash", "dash": [10, 10]}},
            {"id": "custom.fillOpacity", "value": 0},
            {"id": "custom.lineWidth", "value": 2},
        ],
    }


RATE = "$__rate_interval"

# --- domain SQL (records stage tables, see processors/records/state.py) -------------
# Largest reconciled attack per night, and the running record. The window function
# runs over all history before the time filter, so the record line is right even
# at the left edge of the graph.
NIGHTLY_SQL = """
SELECT night AS "time", launched AS "Largest attack", record AS "Record"
FROM (
  SELECT night, launched,
         MAX(launched) OVER (ORDER BY night ROWS UNBOUNDED PRECEDING) AS record
  FROM (
    SELECT CAST(e.event_date AS timestamp) AS night, MAX(v.value) AS launched
    FROM records_events e JOIN records_values v ON v.event_id = e.event_id
    WHERE e.direction = '$direction' AND v.metric = '$metric'
    GROUP BY 1
  ) nightly
) history
WHERE $__timeFilter(night)
ORDER BY 1
"""

LATEST_EVENTS_SQL = """
SELECT e.event_date AS "Night",
       CASE WHEN e.daytime = 1 THEN 'day' ELSE 'night' END AS "Wave",
       MAX(CASE WHEN v.metric = 'total' THEN v.value END) AS "Launched",
       MAX(CASE WHEN v.metric = 'drones' THEN v.value END) AS "Drones",
       MAX(CASE WHEN v.metric = 'missiles' THEN v.value END) AS "Missiles",
       MAX(CASE WHEN v.metric = 'total' THEN v.qualifier END) AS "Qualifier",
       CAST(CAST(e.snapshot AS jsonb) ->> 'independent_sources' AS integer)
         AS "Independent sources",
       CAST(e.snapshot AS jsonb) ->> 'official' AS "Official figure",
       (SELECT COUNT(*) FROM records_alerts a WHERE a.event_id = e.event_id) AS "Alerts",
       e.updated AS "Updated"
FROM records_events e LEFT JOIN records_values v ON v.event_id = e.event_id
WHERE e.direction = '$direction'
GROUP BY e.event_id, e.event_date, e.daytime, e.snapshot, e.updated
ORDER BY e.event_date DESC, e.updated DESC
LIMIT 20
"""

LATEST_SOURCES_SQL = """
SELECT e.event_date AS "Night",
       s ->> 'outlet' AS "Outlet",
       s ->> 'attributed_to' AS "Attributed to",
       CAST(s ->> 'launched_total' AS integer) AS "Launched",
       CAST(s ->> 'drones' AS integer) AS "Drones",
       CAST(s ->> 'missiles' AS integer) AS "Missiles",
       s ->> 'qualifier' AS "Qualifier",
       CASE WHEN s ->> 'duplicate_of' IS NULL THEN 'no' ELSE 'yes' END AS "Syndicated copy",
       s ->> 'quote' AS "Quote",
       s ->> 'url' AS "URL"
FROM (
  SELECT event_date, snapshot FROM records_events
  WHERE direction = '$direction' ORDER BY event_date DESC LIMIT 7
) e
CROSS JOIN LATERAL jsonb_array_elements(CAST(e.snapshot AS jsonb) -> 'sources') AS s
ORDER BY e.event_date DESC, "Launched" DESC NULLS LAST
"""


def panels() -> list[Panel]:
    lay = Layout()
    out: list[Panel] = [lay.row("Pipeline health")]
    red_from = [{"color": "green", "value": None}, {"color": "red", "value": 1}]
    out += [
        lay.place(
            stat(
                "Feeds OK",
                "Feeds whose last poll succeeded (a 304 counts).",
                prom('sum(salvo_feeds{state="ok"})', instant=True),
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Feeds failing",
                "Feeds with no success for ingest.failing_after_seconds (flagged, still retried).",
                prom('sum(salvo_feeds{state="failing"})', instant=True),
                steps=red_from,
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Feeds erroring",
                "Feeds whose last poll failed and are backing off.",
                prom('sum(salvo_feeds{state="erroring"})', instant=True),
                steps=[{"color": "green", "value": None}, {"color": "orange", "value": 1}],
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Stages down",
                "Salvo services Prometheus cannot scrape, plus stage loops that ended.",
                prom(
                    '(count(up{job="salvo"} == 0) or vector(0))'
                    " + (count(salvo_stage_up == 0) or vector(0))",
                    instant=True,
                ),
                steps=red_from,
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Dead letters (24h)",
                "Messages a stage could not handle, kept on the deadletter topic.",
                prom("sum(increase(salvo_dead_letters_total[24h]))", instant=True),
                steps=red_from,
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Delivery failures (24h)",
                "Failed alert delivery attempts (each is retried with backoff).",
                prom(
                    'sum(increase(salvo_alert_deliveries_total{outcome=~"failed|dead"}[24h]))',
                    instant=True,
                ),
                steps=[{"color": "green", "value": None}, {"color": "orange", "value": 1}],
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Undelivered alerts (24h)",
                "Alerts dead-lettered after the retry budget: `salvo alerts list`.",
                prom("sum(increase(salvo_alert_dead_letters_total[24h]))", instant=True),
                steps=red_from,
            ),
            3,
            4,
        ),
        lay.place(
            stat(
                "Consumer lag",
                "Messages waiting, all stages and topics.",
                prom(
                    "sum(max by (stage, topic, partition) (salvo_consumer_lag))",
                    instant=True,
                ),
                steps=[{"color": "green", "value": None}, {"color": "orange", "value": 1000}],
            ),
            3,
            4,
        ),
    ]
    lay.newline()
    out += [
        lay.place(
            timeseries(
                "Articles, claims and alerts per minute",
                "Articles published by ingest, barrage claims extracted, alerts raised.",
                [
                    prom(
                        f"sum(rate(salvo_articles_published_total[{RATE}])) * 60", "articles", "A"
                    ),
                    prom(f"sum(rate(salvo_claims_extracted_total[{RATE}])) * 60", "claims", "B"),
                    prom(f"sum(rate(salvo_alerts_raised_total[{RATE}])) * 60", "alerts", "C"),
                ],
                unit="short",
            ),
            12,
            8,
        ),
        lay.place(
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
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Fetch and extraction latency",
                "p50/p95 of article text extraction, and p95 of feed and page fetches.",
                [
                    prom(
                        "histogram_quantile(0.5, sum by (le) "
                        f"(rate(salvo_extraction_seconds_bucket[{RATE}])))",
                        "extraction p50",
                        "A",
                    ),
                    prom(
                        "histogram_quantile(0.95, sum by (le) "
                        f"(rate(salvo_extraction_seconds_bucket[{RATE}])))",
                        "extraction p95",
                        "B",
                    ),
                    prom(
                        "histogram_quantile(0.95, sum by (le) "
                        f"(rate(salvo_feed_fetch_seconds_bucket[{RATE}])))",
                        "feed fetch p95",
                        "C",
                    ),
                    prom(
                        "histogram_quantile(0.95, sum by (le) "
                        f"(rate(salvo_article_fetch_seconds_bucket[{RATE}])))",
                        "page fetch p95",
                        "D",
                    ),
                ],
                unit="s",
            ),
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Stage processing latency (p95)",
                "Time for a stage to handle one message.",
                [
                    prom(
                        "histogram_quantile(0.95, sum by (stage, le) "
                        f"(rate(salvo_stage_processing_seconds_bucket[{RATE}])))",
                        "{{stage}}",
                    )
                ],
                unit="s",
            ),
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Consumer lag",
                "Messages waiting per stage and topic (max per partition, so a previous "
                "owner's stale value after a rebalance is not counted twice).",
                [
                    prom(
                        "sum by (stage, topic) "
                        "(max by (stage, topic, partition) (salvo_consumer_lag))",
                        "{{stage}} ← {{topic}}",
                    )
                ],
            ),
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Dead letters",
                "Messages sent to the deadletter topic, per stage, per 5 minutes.",
                [
                    prom(
                        "sum by (stage) (increase(salvo_dead_letters_total[5m]))",
                        "{{stage}}",
                    )
                ],
                draw="bars",
            ),
            12,
            8,
        ),
        lay.place(
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
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Alert delivery latency (p95)",
                "From the alert's creation to its delivery, per channel.",
                [
                    prom(
                        "histogram_quantile(0.95, sum by (channel, le) "
                        f"(rate(salvo_alert_delivery_seconds_bucket[{RATE}])))",
                        "{{channel}}",
                    )
                ],
                unit="s",
            ),
            12,
            8,
        ),
        lay.place(
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
                    {
                        "matcher": {"id": "byName", "options": "Time"},
                        "properties": [{"id": "custom.hidden", "value": True}],
                    },
                    {
                        "matcher": {"id": "byName", "options": "Value"},
                        "properties": [{"id": "displayName", "value": "Since last success"}],
                    },
                ],
            ),
            12,
            8,
        ),
        lay.place(
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
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Bus traffic per minute",
                "Messages each stage handled, by outcome (invalid and error go to the "
                "deadletter topic), and messages produced, by topic.",
                [
                    prom(
                        "sum by (stage, outcome) "
                        f"(rate(salvo_messages_processed_total[{RATE}])) * 60",
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
            12,
            8,
        ),
        lay.place(
            timeseries(
                "Download volume",
                "Bytes fetched from feeds and article pages (before decompression).",
                [
                    prom(
                        f"sum by (kind) (rate(salvo_fetched_bytes_total[{RATE}]))",
                        "{{kind}}",
                    )
                ],
                unit="Bps",
                stack=True,
            ),
            12,
            8,
        ),
    ]
    out.append(lay.row("Attacks and records"))
    out += [
        lay.place(
            stat(
                "Current record",
                "The largest reconciled $metric of any attack, $direction.",
                prom(
                    'max(salvo_record_value{direction="$direction", metric="$metric"})',
                    instant=True,
                ),
                steps=[{"color": "purple", "value": None}],
            ),
            4,
            6,
        ),
        lay.place(
            stat(
                "Latest attack",
                "Reconciled $metric of the most recent attack event, $direction.",
                prom(
                    'max(salvo_latest_event_value{direction="$direction", metric="$metric"})',
                    instant=True,
                ),
                steps=[{"color": "blue", "value": None}],
            ),
            4,
            6,
        ),
        lay.place(
            timeseries(
                "Latest attack against the record (metrics)",
                "From the records stage's gauges: each step is a new or revised attack.",
                [
                    prom(
                        'max(salvo_latest_event_value{direction="$direction", metric="$metric"})',
                        "latest attack",
                        "A",
                    ),
                    prom(
                        'max(salvo_record_value{direction="$direction", metric="$metric"})',
                        "record",
                        "B",
                    ),
                ],
                overrides=[dashed_red("record")],
            ),
            8,
            6,
        ),
        lay.place(
            timeseries(
                "Attack events created or revised",
                "Per hour: a new attack, or new claims changing a known one.",
                [
                    prom(
                        "sum by (direction) (increase(salvo_events_updated_total[1h]))",
                        "{{direction}}",
                    )
                ],
                draw="bars",
            ),
            8,
            6,
        ),
        lay.place(
            timeseries(
                "Largest attack per night, with the record",
                "Reconciled launch figure per attack (PostgreSQL, records stage) and the "
                "running record; a bar touching the line set a record.",
                [sql(NIGHTLY_SQL, fmt="time_series")],
                datasource=PG,
                overrides=[
                    dashed_red("Record"),
                    {
                        "matcher": {"id": "byName", "options": "Largest attack"},
                        "properties": [
                            {"id": "custom.drawStyle", "value": "bars"},
                            {"id": "custom.fillOpacity", "value": 80},
                        ],
                    },
                ],
            ),
            24,
            10,
        ),
        lay.place(
            table(
                "Latest attack events",
                "The 20 most recent attacks with reconciled figures and source counts.",
                sql(LATEST_EVENTS_SQL),
                PG,
            ),
            24,
            8,
        ),
        lay.place(
            table(
                "Sources of the latest attacks",
                "Who reported what, with the quoted evidence (last 7 attacks).",
                sql(LATEST_SOURCES_SQL),
                PG,
                overrides=[
                    {
                        "matcher": {"id": "byName", "options": "URL"},
                        "properties": [
                            {
                                "id": "links",
                                "value": [
                                    {
                                        "title": "Open the article",
                                        "url": "${__value.raw}",
                                        "targetBlank": True,
                                    }
                                ],
                            }
                        ],
                    },
                    {
                        "matcher": {"id": "byName", "options": "Quote"},
                        "properties": [
                            {"id": "custom.width", "value": 600},
                            {
                                "id": "custom.cellOptions",
                                "value": {"type": "auto", "wrapText": True},
                            },
                        ],
                    },
                ],
            ),
            24,
            10,
        ),
    ]
    return out


def dashboard() -> dict[str, Any]:
    custom = [
        ("direction", "Direction", ["RU->UA", "UA->RU"]),
        ("metric", "Metric", ["total", "drones", "missiles"]),
    ]
    variables = [
        {
            "type": "custom",
            "name": name,
            "label": label,
            "query": ",".join(values),
            "current": {"text": values[0], "value": values[0]},
            "options": [{"text": v, "value": v, "selected": i == 0} for i, v in enumerate(values)],
            "multi": False,
            "includeAll": False,
            "hide": 0,
        }
        for name, label, values in custom
    ]
    return {
        "uid": "salvo-overview",
        "title": "Salvo",
        "description": "Pipeline health and the barrage record, from Prometheus and PostgreSQL.",
        "tags": ["salvo"],
        "timezone": "browser",
        "editable": False,
        "graphTooltip": 1,
        "schemaVersion": 39,
        "version": 1,
        "refresh": "1m",
        "time": {"from": "now-24h", "to": "now"},
        "templating": {"list": variables},
        "annotations": {
            "list": [
                {
                    "builtIn": 1,
                    "datasource": {"type": "grafana", "uid": "-- Grafana --"},
                    "enable": True,
                    "hide": True,
                    "iconColor": "rgba(0, 211, 255, 1)",
                    "name": "Annotations & Alerts",
                    "type": "dashboard",
                },
                {
                    "datasource": PROM,
                    "enable": True,
                    "iconColor": "red",
                    "name": "Alerts raised",
                    "expr": "sum by (rule) (increase(salvo_alerts_raised_total[2m])) > 0",
                    "titleFormat": "Alert raised",
                    "textFormat": "rule {{rule}}",
                    "step": "1m",
                },
            ]
        },
        "links": [],
        "panels": panels(),
    }


def render() -> str:
    return json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT}\n")
