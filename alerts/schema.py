"""The alerter's tables (all `alerts_*`) and the states of a delivery.

- `alerts_seen`: every alert id ever accepted, so a redelivered message (bus
  at-least-once, a restart) never alerts twice.
- `alerts_groups`: alerts of one event collected into one message; a group is
  open until its first send ("sealed"), then its delivery id is fixed.
- `alerts_outbox`: one row per group and channel: pending → sending (leased)
  → delivered | dead | silenced | cancelled.
- `alerts_silences`, `alerts_values` (recent barrage sizes for the chart).

Times are Unix seconds (DOUBLE PRECISION), so both engines compare them alike.
"""

from __future__ import annotations

from salvo.store import Database

DDL = [
    """CREATE TABLE IF NOT EXISTS alerts_seen (
        alert_id TEXT PRIMARY KEY,
        group_key TEXT NOT NULL,
        event_id TEXT NOT NULL,
        received_at DOUBLE PRECISION NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS alerts_groups (
        group_key TEXT PRIMARY KEY,
        event_id TEXT NOT NULL,
        delivery_id TEXT,
        alerts TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        due_at DOUBLE PRECISION NOT NULL,
        sealed BIGINT NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS alerts_groups_event ON alerts_groups (event_id, sealed)",
    """CREATE TABLE IF NOT EXISTS alerts_outbox (
        group_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts BIGINT NOT NULL DEFAULT 0,
        next_attempt_at DOUBLE PRECISION NOT NULL,
        lease_owner TEXT,
        lease_until DOUBLE PRECISION,
        last_error TEXT,
        created_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL,
        delivered_at DOUBLE PRECISION,
        PRIMARY KEY (group_key, channel)
    )""",
    "CREATE INDEX IF NOT EXISTS alerts_outbox_due ON alerts_outbox (status, next_attempt_at)",
    # The rate limit counts a channel's recent deliveries.
    "CREATE INDEX IF NOT EXISTS alerts_outbox_sent"
    " ON alerts_outbox (channel, status, delivered_at)",
    """CREATE TABLE IF NOT EXISTS alerts_silences (
        silence_id TEXT PRIMARY KEY,
        matchers TEXT NOT NULL,
        starts_at DOUBLE PRECISION NOT NULL,
        ends_at DOUBLE PRECISION NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE IF NOT EXISTS alerts_values (
        direction TEXT NOT NULL,
        metric TEXT NOT NULL,
        event_date TEXT NOT NULL,
        value BIGINT NOT NULL,
        PRIMARY KEY (direction, metric, event_date)
    )""",
]

PENDING, SENDING, DELIVERED, DEAD, SILENCED, CANCELLED = (
    "pending",
    "sending",
    "delivered",
    "dead",
    "silenced",
    "cancelled",
)
STATUSES = (PENDING, SENDING, DELIVERED, DEAD, SILENCED, CANCELLED)


def migrate(store: Database) -> None:
    store.migrate("alerts", DDL)
