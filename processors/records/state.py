"""The records stage's tables: claims, events, per-metric values, revisions, raised alerts.

Everything the stage decides is rebuilt from these tables, so a restarted
process continues exactly where the last committed transaction left off.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from processors.records.days import day_event_id
from processors.records.events import EventState, to_attack_event
from processors.records.rules import PriorRecord
from processors.records.schema import DDL, INDEXES, VALUE_COLUMNS
from salvo.schemas import Alert, AlertKind, BarrageClaim
from salvo.store import Database


@dataclass(frozen=True)
class EventRow:
    event_id: str
    direction: str
    event_date: date
    daytime: bool
    sort_key: str


@dataclass(frozen=True)
class RecordRow:
    """A current record and the event that set it."""

    direction: str
    metric: str
    value: int
    qualifier: str
    event_id: str
    event_date: date
    daytime: bool


def _now() -> str:
    return datetime.now(UTC).isoformat()


class RecordsState:
    """Typed access to the records tables of one store."""

    def __init__(self, store: Database) -> None:
        self.store = store
        store.migrate("records", DDL)
        self._upgrade()
        store.migrate("records", INDEXES)

    def _upgrade(self) -> None:
        """Stores made before records_values carried its event's order: add and fill."""
        for column, ddl in VALUE_COLUMNS.items():
            try:
                self.store.scalar(f"SELECT {column} FROM records_values LIMIT 1")
            except Exception:  # the column is missing (sqlite3 / psycopg errors differ)
                with self.store.transaction():
                    self.store.execute(f"ALTER TABLE records_values ADD COLUMN {column} {ddl}")
        with self.store.transaction():
            self.store.execute(
                "UPDATE records_values SET"
                " direction = (SELECT e.direction FROM records_events e"
                " WHERE e.event_id = records_values.event_id),"
                " sort_key = (SELECT e.sort_key FROM records_events e"
                " WHERE e.event_id = records_values.event_id)"
                " WHERE sort_key = ''"
            )

    def lock(self, direction: str) -> None:
        """Serialise the records of one direction until the transaction ends.

        Several records instances may share a PostgreSQL store (one per partition);
        an event's claims, and the earlier events that make its record, must not change
        under a transaction that is rebuilding it. SQLite's BEGIN IMMEDIATE already
        serialises every writer.
        """
        if self.store.dialect == "postgresql":
            self.store.fetchall(
                "SELECT pg_advisory_xact_lock(hashtext(?))", (f"salvo.records|{direction}",)
            )

    # ------------------------------------------------------------------ claims

    def has_claim(self, claim_id: str) -> bool:
        return (
            self.store.scalar("SELECT 1 FROM records_claims WHERE claim_id = ?", (claim_id,)) == 1
        )

    def add_claim(self, claim: BarrageClaim, event_id: str | None) -> bool:
        """Store a claim (event_id None: waiting for its attack); False if already known."""
        return (
            self.store.execute(
                "INSERT INTO records_claims (claim_id, event_id, direction, event_date, daytime,"
                " published, payload, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (claim_id) DO NOTHING",
                (
                    claim.claim_id,
                    event_id,
                    claim.direction,
                    claim.event_date.isoformat() if claim.event_date else None,
                    int(claim.daytime),
                    claim.published.isoformat() if claim.published else None,
                    claim.model_dump_json(),
                    _now(),
                ),
            )
            == 1
        )

    def claim(self, claim_id: str) -> BarrageClaim | None:
        raw = self.store.scalar(
            "SELECT payload FROM records_claims WHERE claim_id = ?", (claim_id,)
        )
        return None if raw is None else BarrageClaim.model_validate_json(raw)

    def replace_claim(self, claim: BarrageClaim) -> None:
        self.store.execute(
            "UPDATE records_claims SET payload = ? WHERE claim_id = ?",
            (claim.model_dump_json(), claim.claim_id),
        )

    def attach(self, claim: BarrageClaim, event_id: str) -> None:
        """Attach a waiting (undated) claim to the attack its figures agree with."""
        self.store.execute(
            "UPDATE records_claims SET event_id = ?, payload = ? WHERE claim_id = ?",
            (event_id, claim.model_dump_json(), claim.claim_id),
        )

    def event_claims(self, event_id: str) -> list[BarrageClaim]:
        rows = self.store.fetchall(
            "SELECT payload FROM records_claims WHERE event_id = ? ORDER BY claim_id", (event_id,)
        )
        return [BarrageClaim.model_validate_json(r[0]) for r in rows]

    def waiting_claims(self, direction: str, published_from: date) -> list[BarrageClaim]:
        rows = self.store.fetchall(
            "SELECT payload FROM records_claims WHERE event_id IS NULL AND direction = ?"
            " AND published IS NOT NULL AND published >= ? ORDER BY claim_id",
            (direction, published_from.isoformat()),
        )
        return [BarrageClaim.model_validate_json(r[0]) for r in rows]

    # ------------------------------------------------------------------ events

    def values(self, event_id: str, *, exact_only: bool = False) -> dict[str, int]:
        sql = "SELECT metric, value FROM records_values WHERE event_id = ?"
        if exact_only:
            sql += " AND qualifier = 'exact'"
        rows = self.store.fetchall(sql, (event_id,))
        return {str(m): int(v) for m, v in rows}

    def save_event(self, state: EventState, trigger: str) -> dict[str, tuple[int, int]]:
        """Upsert the event and its values; return {metric: (old, new)} for changed values."""
        snapshot = to_attack_event(state, updated=datetime.now(UTC)).model_dump_json()
        self.store.execute(
            "INSERT INTO records_events (event_id, direction, event_date, daytime, sort_key,"
            " snapshot, updated) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE"
            " SET snapshot = excluded.snapshot, updated = excluded.updated",
            (
                state.event_id,
                state.direction,
                state.event_date.isoformat(),
                int(state.daytime),
                state.sort_key,
                snapshot,
                _now(),
            ),
        )
        rows = self.store.fetchall(
            "SELECT metric, value, official FROM records_values WHERE event_id = ?",
            (state.event_id,),
        )
        old = {str(m): int(v) for m, v, _ in rows}
        old_official = {str(m): bool(o) for m, _, o in rows}
        changed: dict[str, tuple[int, int]] = {}
        for metric, rec in state.metrics.items():
            before = old.get(metric)
            if before == rec.value and old_official.get(metric) == rec.official:
                continue
            self.store.execute(
                "INSERT INTO records_values (event_id, metric, value, qualifier, direction,"
                " sort_key, official) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (event_id, metric) DO UPDATE SET value = excluded.value,"
                " qualifier = excluded.qualifier, official = excluded.official",
                (
                    state.event_id,
                    metric,
                    rec.value,
                    rec.qualifier.value,
                    state.direction,
                    state.sort_key,
                    int(rec.official),
                ),
            )
            if before is not None:
                changed[metric] = (before, rec.value)
                # A revision is kept, never hidden: a downward one does not un-alert.
                self.store.execute(
                    "INSERT INTO records_revisions (event_id, metric, old_value, new_value,"
                    " claim_id, changed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (state.event_id, metric, before, rec.value, trigger, _now()),
                )
            else:
                changed[metric] = (0, rec.value)
        for metric in set(old) - set(state.metrics):  # a corrected history dropped it
            self.store.execute(
                "DELETE FROM records_values WHERE event_id = ? AND metric = ?",
                (state.event_id, metric),
            )
        return changed

    def events_after(self, direction: str, sort_key: str, until: date) -> list[EventRow]:
        rows = self.store.fetchall(
            "SELECT event_id, direction, event_date, daytime, sort_key FROM records_events"
            " WHERE direction = ? AND sort_key > ? AND sort_key <= ? ORDER BY sort_key",
            (direction, sort_key, f"{until.isoformat()}.9"),
        )
        return [_event_row(r) for r in rows]

    def events_near(self, direction: str, start: date, end: date) -> list[EventRow]:
        rows = self.store.fetchall(
            "SELECT event_id, direction, event_date, daytime, sort_key FROM records_events"
            " WHERE direction = ? AND sort_key >= ? AND sort_key <= ? ORDER BY sort_key",
            (direction, start.isoformat(), f"{end.isoformat()}.9"),
        )
        return [_event_row(r) for r in rows]

    def prior_record(self, direction: str, metric: str, sort_key: str) -> PriorRecord | None:
        """The largest value of any earlier attack; the first to reach it holds the record."""
        return self._largest(direction, metric, "<", sort_key)

    def later_record(self, direction: str, metric: str, sort_key: str) -> PriorRecord | None:
        """The largest value of any later attack already known (the record since)."""
        return self._largest(direction, metric, ">", sort_key)

    def _largest(self, direction: str, metric: str, op: str, sort_key: str) -> PriorRecord | None:
        row = self.store.fetchone(
            "SELECT v.value, e.event_id, e.event_date, e.daytime FROM records_values v"
            " JOIN records_events e ON e.event_id = v.event_id"
            f" WHERE v.direction = ? AND v.metric = ? AND v.sort_key {op} ?"
            " ORDER BY v.value DESC, v.sort_key ASC LIMIT 1",
            (direction, metric, sort_key),
        )
        return None if row is None else _prior(row)

    def prior_day_record(self, direction: str, metric: str, day: date) -> PriorRecord | None:
        """The largest sum of one earlier date's attacks (for rules with per = "day")."""
        row = self.store.fetchone(
            "SELECT SUBSTR(sort_key, 1, 10), SUM(value) FROM records_values"
            " WHERE direction = ? AND metric = ? AND sort_key < ?"
            " GROUP BY SUBSTR(sort_key, 1, 10) ORDER BY 2 DESC, 1 ASC LIMIT 1",
            (direction, metric, f"{day.isoformat()}.0"),
        )
        if row is None:
            return None
        earlier = date.fromisoformat(str(row[0]))
        return PriorRecord(int(row[1]), day_event_id(direction, earlier), earlier)

    def records(self) -> list[RecordRow]:
        """Every current record: per direction and metric, the largest value and its event."""
        rows = self.store.fetchall(
            "SELECT e.direction, v.metric, v.value, v.qualifier, e.event_id, e.event_date,"
            " e.daytime FROM records_values v JOIN records_events e ON e.event_id = v.event_id"
            " ORDER BY e.direction, v.metric, v.value DESC, e.sort_key ASC"
        )
        best: dict[tuple[str, str], RecordRow] = {}
        for d, m, v, q, eid, edate, day in rows:
            best.setdefault(
                (str(d), str(m)),
                RecordRow(
                    str(d),
                    str(m),
                    int(v),
                    str(q),
                    str(eid),
                    date.fromisoformat(str(edate)),
                    bool(day),
                ),
            )
        return list(best.values())

    def progression(self, direction: str, metric: str) -> list[RecordRow]:
        """Every attack that set a new record for the metric, oldest first."""
        rows = self.store.fetchall(
            "SELECT v.value, v.qualifier, e.event_id, e.event_date, e.daytime"
            " FROM records_values v JOIN records_events e ON e.event_id = v.event_id"
            " WHERE v.direction = ? AND v.metric = ? ORDER BY v.sort_key",
            (direction, metric),
        )
        out: list[RecordRow] = []
        for value, qualifier, event_id, event_date, daytime in rows:
            if not out or int(value) > out[-1].value:
                out.append(
                    RecordRow(
                        direction,
                        metric,
                        int(value),
                        str(qualifier),
                        str(event_id),
                        date.fromisoformat(str(event_date)),
                        bool(daytime),
                    )
                )
        return out

    def record_value(self, direction: str, metric: str) -> int | None:
        return self.record_values(direction, [metric]).get(metric)

    def record_values(self, direction: str, metrics: Sequence[str]) -> dict[str, int]:
        marks = ", ".join("?" for _ in metrics)
        rows = self.store.fetchall(
            f"SELECT metric, MAX(value) FROM records_values WHERE direction = ?"
            f" AND metric IN ({marks}) GROUP BY metric",
            (direction, *metrics),
        )
        return {str(m): int(v) for m, v in rows}

    def latest_values(self, direction: str) -> dict[str, int]:
        rows = self.store.fetchall(
            "SELECT metric, value FROM records_values WHERE direction = ? AND sort_key ="
            " (SELECT MAX(sort_key) FROM records_values WHERE direction = ?)",
            (direction, direction),
        )
        return {str(m): int(v) for m, v in rows}

    def official_totals(self, direction: str, start: date, end: date) -> dict[date, int]:
        """Nights in [start, end] whose reconciled total is a military, exact figure."""
        rows = self.store.fetchall(
            "SELECT sort_key, value FROM records_values WHERE direction = ? AND metric = 'total'"
            " AND qualifier = 'exact' AND official = 1 AND sort_key >= ? AND sort_key <= ?",
            (direction, f"{start.isoformat()}.0", f"{end.isoformat()}.0"),
        )
        return {date.fromisoformat(str(k)[:10]): int(v) for k, v in rows}

    def revisions(self, event_id: str) -> list[tuple[str, int, int]]:
        rows = self.store.fetchall(
            "SELECT metric, old_value, new_value FROM records_revisions WHERE event_id = ?"
            " ORDER BY changed",
            (event_id,),
        )
        return [(str(m), int(o), int(n)) for m, o, n in rows]

    # ------------------------------------------------------------------ alerts

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


def _prior(row: tuple[object, ...]) -> PriorRecord:
    return PriorRecord(
        value=int(str(row[0])),
        event_id=str(row[1]),
        event_date=date.fromisoformat(str(row[2])),
        daytime=bool(row[3]),
    )


def _event_row(row: tuple[object, ...]) -> EventRow:
    return EventRow(
        event_id=str(row[0]),
        direction=str(row[1]),
        event_date=date.fromisoformat(str(row[2])),
        daytime=bool(row[3]),
        sort_key=str(row[4]),
    )


def window(d: date, days: int) -> tuple[date, date]:
    return d - timedelta(days=days), d
