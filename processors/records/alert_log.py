"""The alerts the records stage raised: at most one per (event, rule, level)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from salvo.schemas import Alert, AlertKind
from salvo.store import Database


class AlertLog:
    """The `records_alerts` table of `RecordsState` (a mixin over its store)."""

    store: Database

    def raised_kinds(self, event_id: str) -> dict[str, set[AlertKind]]:
        rows = self.store.fetchall(
            "SELECT rule, kind FROM records_alerts WHERE event_id = ?", (event_id,)
        )
        out: dict[str, set[AlertKind]] = defaultdict(set)
        for rule, kind in rows:
            out[str(rule)].add(AlertKind(kind))
        return out

    def add_alert(self, alert: Alert, trigger: str) -> bool:
        """Remember a raised alert; False if this (event, rule, level) was raised before."""
        return (
            self.store.execute(
                "INSERT INTO records_alerts (alert_id, event_id, rule, kind, level, metric, value,"
                " trigger_claim, payload, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (alert_id) DO NOTHING",
                (
                    alert.alert_id,
                    alert.event_id,
                    alert.rule,
                    alert.kind.value,
                    alert.level,
                    alert.metric,
                    alert.value,
                    trigger,
                    alert.model_dump_json(),
                    _now(),
                ),
            )
            == 1
        )

    def max_alerted_value(self, event_id: str, rule: str) -> int | None:
        value = self.store.scalar(
            "SELECT MAX(value) FROM records_alerts WHERE event_id = ? AND rule = ?",
            (event_id, rule),
        )
        return None if value is None else int(value)

    def alerts_triggered_by(self, claim_id: str) -> list[Alert]:
        rows = self.store.fetchall(
            "SELECT payload FROM records_alerts WHERE trigger_claim = ? ORDER BY alert_id",
            (claim_id,),
        )
        return [Alert.model_validate_json(r[0]) for r in rows]

    def alerts(self) -> list[Alert]:
        rows = self.store.fetchall("SELECT payload FROM records_alerts ORDER BY created, alert_id")
        return [Alert.model_validate_json(r[0]) for r in rows]


def _now() -> str:
    return datetime.now(UTC).isoformat()
