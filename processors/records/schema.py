"""The records stage's tables (all prefixed `records_`), portable SQLite/PostgreSQL DDL."""

from __future__ import annotations

DDL = [
    """CREATE TABLE IF NOT EXISTS records_claims (
        claim_id TEXT PRIMARY KEY,
        event_id TEXT,
        direction TEXT NOT NULL,
        event_date TEXT,
        daytime BIGINT NOT NULL DEFAULT 0,
        published TEXT,
        payload TEXT NOT NULL,
        received TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS records_claims_event ON records_claims (event_id)",
    """CREATE TABLE IF NOT EXISTS records_events (
        event_id TEXT PRIMARY KEY,
        direction TEXT NOT NULL,
        event_date TEXT NOT NULL,
        daytime BIGINT NOT NULL DEFAULT 0,
        sort_key TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS records_events_order ON records_events (direction, sort_key)",
    # One reconciled value per event and metric; direction and sort_key are copied
    # from the event so "largest earlier value" is one index range scan.
    """CREATE TABLE IF NOT EXISTS records_values (
        event_id TEXT NOT NULL,
        metric TEXT NOT NULL,
        value BIGINT NOT NULL,
        qualifier TEXT NOT NULL,
        direction TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL DEFAULT '',
        official BIGINT NOT NULL DEFAULT 0,
        verified BIGINT NOT NULL DEFAULT 1,
        PRIMARY KEY (event_id, metric)
    )""",
    """CREATE TABLE IF NOT EXISTS records_revisions (
        event_id TEXT NOT NULL,
        metric TEXT NOT NULL,
        old_value BIGINT NOT NULL,
        new_value BIGINT NOT NULL,
        claim_id TEXT NOT NULL,
        changed TEXT NOT NULL,
        PRIMARY KEY (event_id, metric, old_value, new_value)
    )""",
    """CREATE TABLE IF NOT EXISTS records_alerts (
        alert_id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        level BIGINT NOT NULL,
        metric TEXT NOT NULL,
        value BIGINT NOT NULL,
        trigger_claim TEXT NOT NULL,
        payload TEXT NOT NULL,
        created TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS records_alerts_event ON records_alerts (event_id)",
    "CREATE INDEX IF NOT EXISTS records_alerts_trigger ON records_alerts (trigger_claim)",
]

# Created after the columns they index exist (older stores get them added first).
INDEXES = [
    "CREATE INDEX IF NOT EXISTS records_values_best"
    " ON records_values (direction, metric, value, sort_key)",
]
VALUE_COLUMNS = {
    "direction": "TEXT NOT NULL DEFAULT ''",
    "sort_key": "TEXT NOT NULL DEFAULT ''",
    "official": "BIGINT NOT NULL DEFAULT 0",
    # 0: a figure above the record that one source alone gives; no bar to beat (state.py)
    "verified": "BIGINT NOT NULL DEFAULT 1",
}
