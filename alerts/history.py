"""Recent attack sizes for the chart: values seen in alerts, plus the records stage's.

The alerter keeps its own small table (`alerts_values`) of the event metrics and
previous records its alerts carried, so the chart never depends on another
stage. When the records stage shares the store, its attack history is read too
(an optional read: any failure means "not available").
"""

from __future__ import annotations

from datetime import date

from salvo.schemas import Alert
from salvo.store import Database


def record_values(db: Database, alert: Alert) -> None:
    """Remember the sizes an alert tells of (its event's metrics, the previous record)."""
    for metric, mv in alert.event.metrics.items():
        db.execute(
            "INSERT INTO alerts_values (direction, metric, event_date, value)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (direction, metric, event_date)"
            " DO UPDATE SET value = excluded.value",
            (alert.direction, metric, alert.event_date.isoformat(), mv.value),
        )
    prev = alert.previous_record
    if prev is not None and prev.event_date is not None:
        db.execute(
            "INSERT INTO alerts_values (direction, metric, event_date, value)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (alert.direction, alert.metric, prev.event_date.isoformat(), prev.value),
        )


def recent_values(
    db: Database, direction: str, metric: str, before: date, limit: int = 30
) -> list[tuple[date, int]]:
    """Attack sizes before `before`, oldest first, the largest per date."""
    values: dict[date, int] = {}
    rows = db.fetchall(
        "SELECT event_date, value FROM alerts_values WHERE direction = ? AND metric = ?"
        " AND event_date < ? ORDER BY event_date DESC LIMIT ?",
        (direction, metric, before.isoformat(), limit),
    )
    for d, v in [*rows, *_records_values(db, direction, metric, before, limit)]:
        day = date.fromisoformat(str(d)[:10])
        values[day] = max(values.get(day, 0), int(v))
    return sorted(values.items())[-limit:]


def _records_values(
    db: Database, direction: str, metric: str, before: date, limit: int
) -> list[tuple[object, ...]]:
    # Outside any transaction, so a missing table on PostgreSQL aborts nothing.
    try:
        return db.fetchall(
            "SELECT e.event_date, v.value FROM records_values v"
            " JOIN records_events e ON e.event_id = v.event_id"
            " WHERE e.direction = ? AND v.metric = ? AND e.event_date < ?"
            " ORDER BY e.event_date DESC LIMIT ?",
            (direction, metric, before.isoformat(), limit),
        )
    except Exception:  # other deployment, other store, older schema: not available
        return []
