"""The records stage's tables: claims, events, per-metric values, revisions, raised alerts.

Everything the stage decides is rebuilt from these tables, so a restarted
process continues exactly where the last committed transaction left off. The
record queries live in `standings.py`, the raised alerts in `alert_log.py`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from processors.records.alert_log import AlertLog
from processors.records.events import EventState, Reconciled, to_attack_event
from processors.records.rules import lone_doubt, supporting_sources
from processors.records.schema import DDL, INDEXES, VALUE_COLUMNS
from processors.records.standings import RecordRow, Standings
from salvo.schemas import Alert, AlertKind, BarrageClaim
from salvo.store import Database

__all__ = ["EventRow", "RecordRow", "RecordsState"]


@dataclass(frozen=True)
class EventRow:
    event_id: str
    direction: str
    event_date: date
    daytime: bool
    sort_key: str


@dataclass
class _Batch:
    """What one batch's transaction already knows, so it is not read again.

    Only this transaction writes these rows (it holds its directions' locks), and
    every write goes through RecordsState, which keeps them current.
    """

    written: set[str] = field(default_factory=set)  # events whose row exists
    deferred: dict[str, EventState] = field(default_factory=dict)  # snapshot at the end
    values: dict[str, dict[str, tuple[int, str, bool, bool]]] = field(default_factory=dict)
    claims: dict[str, list[BarrageClaim]] = field(default_factory=dict)
    raised: dict[str, dict[str, set[AlertKind]]] = field(default_factory=dict)


def _now() -> str:
    return datetime.now(UTC).isoformat()


class RecordsState(Standings, AlertLog):
    """Typed access to the records tables of one store."""

    def __init__(self, store: Database) -> None:
        self.store = store
        self._batch: _Batch | None = None  # inside `batched()`
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

    def add_claim(self, claim: BarrageClaim, event_id: str | None) -> bool:
        """Store a claim (event_id None: waiting for its attack); False if already known."""
        added = (
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
        if added and event_id is not None:
            self._joined(claim, event_id)
        return added

    def _joined(self, claim: BarrageClaim, event_id: str) -> None:
        if self._batch is not None and event_id in self._batch.claims:
            self._batch.claims[event_id].append(claim)

    def claim(self, claim_id: str) -> BarrageClaim | None:
        raw = self.store.scalar(
            "SELECT payload FROM records_claims WHERE claim_id = ?", (claim_id,)
        )
        return None if raw is None else BarrageClaim.model_validate_json(raw)

    def replace_claim(self, claim: BarrageClaim) -> None:
        if self._batch is not None:
            self._batch.claims.clear()  # which event holds it is in the table only
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
        self._joined(claim, event_id)

    def move_claim(self, claim: BarrageClaim, source: str, target: str) -> None:
        """A claim of one attack found to be about another (a date slip) moves there."""
        assert claim.event_date is not None
        self.store.execute(
            "UPDATE records_claims SET event_id = ?, event_date = ?, payload = ?"
            " WHERE claim_id = ?",
            (target, claim.event_date.isoformat(), claim.model_dump_json(), claim.claim_id),
        )
        if self._batch is not None and source in self._batch.claims:
            kept = [c for c in self._batch.claims[source] if c.claim_id != claim.claim_id]
            self._batch.claims[source] = kept
        self._joined(claim, target)

    def event_claims(self, event_id: str) -> list[BarrageClaim]:
        if self._batch is not None and event_id in self._batch.claims:
            return sorted(self._batch.claims[event_id], key=lambda c: c.claim_id)
        rows = self.store.fetchall(
            "SELECT payload FROM records_claims WHERE event_id = ? ORDER BY claim_id", (event_id,)
        )
        claims = [BarrageClaim.model_validate_json(r[0]) for r in rows]
        if self._batch is not None:
            self._batch.claims[event_id] = list(claims)
        return claims

    def claims_in(self, event_ids: Sequence[str]) -> dict[str, list[BarrageClaim]]:
        """The claims of several events: one query for those this batch has not read."""
        batch = self._batch
        out = {e: list(batch.claims[e]) for e in event_ids if batch and e in batch.claims}
        missing = [e for e in event_ids if e not in out]
        if missing:
            out.update({e: [] for e in missing})
            marks = ", ".join("?" for _ in missing)
            rows = self.store.fetchall(
                f"SELECT event_id, payload FROM records_claims WHERE event_id IN ({marks})"
                " ORDER BY claim_id",
                tuple(missing),
            )
            for event_id, payload in rows:
                out[str(event_id)].append(BarrageClaim.model_validate_json(payload))
            if batch is not None:
                batch.claims.update({e: list(out[e]) for e in missing})
        return out

    def waiting_claims(self, direction: str, published_from: date) -> list[BarrageClaim]:
        rows = self.store.fetchall(
            "SELECT payload FROM records_claims WHERE event_id IS NULL AND direction = ?"
            " AND published IS NOT NULL AND published >= ? ORDER BY claim_id",
            (direction, published_from.isoformat()),
        )
        return [BarrageClaim.model_validate_json(r[0]) for r in rows]

    # ------------------------------------------------------------------ events

    def values(self, event_id: str, *, settled_only: bool = False) -> dict[str, int]:
        """{metric: value}; `settled_only`: exact and verified, what an undated claim may
        agree with (a lone unverified figure must not gather sources by agreement)."""
        return {
            m: v
            for m, (v, qualifier, _, verified) in self._stored_values(event_id).items()
            if not settled_only or (qualifier == "exact" and verified)
        }

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Within one transaction: write each event's snapshot once, at the end, and
        read an event's claims, values and raised alerts once (see `_Batch`).

        Only readers after the commit (the CLI, the dashboard) see snapshots; the
        stage itself works from claims and values, which are written at once.
        """
        batch = self._batch = _Batch()
        try:
            yield
            for state in batch.deferred.values():
                self._write_event(state)
        finally:
            self._batch = None

    def _write_event(self, state: EventState) -> None:
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

    def save_event(self, state: EventState, trigger: str) -> dict[str, tuple[int, int]]:
        """Upsert the event and its values; return {metric: (old, new)} for changed values."""
        batch = self._batch
        if batch is not None and state.event_id in batch.written:
            batch.deferred[state.event_id] = state  # the row exists: snapshot at the end
        else:
            self._write_event(state)
            if batch is not None:
                batch.written.add(state.event_id)
        stored = self._stored_values(state.event_id)
        old = {m: v for m, (v, *_) in stored.items()}
        changed: dict[str, tuple[int, int]] = {}
        saved: dict[str, tuple[int, str, bool, bool]] = {}
        for metric, rec in state.metrics.items():
            before = old.get(metric)
            row = (rec.value, rec.qualifier.value, rec.official, self._verified(state, rec))
            saved[metric] = row
            if stored.get(metric) == row:
                continue
            self.store.execute(
                "INSERT INTO records_values (event_id, metric, value, qualifier, direction,"
                " sort_key, official, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (event_id, metric) DO UPDATE SET value = excluded.value,"
                " qualifier = excluded.qualifier, official = excluded.official,"
                " verified = excluded.verified",
                (
                    state.event_id,
                    metric,
                    rec.value,
                    rec.qualifier.value,
                    state.direction,
                    state.sort_key,
                    int(rec.official),
                    int(row[3]),
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
        if batch is not None:  # only save_event writes values: keep them
            batch.values[state.event_id] = saved
        return changed

    def drop_event(self, event_id: str) -> None:
        """An attack left without claims (they all moved to the night they are about)."""
        self.store.execute("DELETE FROM records_values WHERE event_id = ?", (event_id,))
        self.store.execute("DELETE FROM records_events WHERE event_id = ?", (event_id,))
        if self._batch is not None:
            self._batch.written.discard(event_id)
            for cache in (self._batch.deferred, self._batch.values, self._batch.claims):
                cache.pop(event_id, None)

    def _stored_values(self, event_id: str) -> dict[str, tuple[int, str, bool, bool]]:
        """{metric: (value, qualifier, official, verified)} as stored (or saved in this batch)."""
        if self._batch is not None and event_id in self._batch.values:
            return self._batch.values[event_id]
        rows = self.store.fetchall(
            "SELECT metric, value, qualifier, official, verified FROM records_values"
            " WHERE event_id = ?",
            (event_id,),
        )
        return {str(m): (int(v), str(q), bool(o), bool(ok)) for m, v, q, o, ok in rows}

    def _verified(self, state: EventState, rec: Reconciled) -> bool:
        """False while the value rests on one source that could not alert with it: a
        report dated the day before it was published (maybe the next night's attack,
        dated by its start), or one unofficial figure above the record before it. Until
        a second source (or the military's, dated by its morning) confirms it, it is no
        bar for later attacks (`rules.lone_doubt`)."""
        if rec.official and rec.dated:
            return True
        support = supporting_sources(state, rec.metric, rec.proven - 1)
        if not lone_doubt(support):
            return True
        if not support.dated:
            return False
        prior = self.prior_record(state.direction, rec.metric, state.sort_key)
        return prior is None or rec.proven <= prior.value

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

    def raised_kinds(self, event_id: str) -> dict[str, set[AlertKind]]:
        if self._batch is None:
            return super().raised_kinds(event_id)
        if event_id not in self._batch.raised:
            self._batch.raised[event_id] = super().raised_kinds(event_id)
        return {rule: set(kinds) for rule, kinds in self._batch.raised[event_id].items()}

    def add_alert(self, alert: Alert, trigger: str) -> bool:
        added = super().add_alert(alert, trigger)
        if added and self._batch is not None and alert.event_id in self._batch.raised:
            self._batch.raised[alert.event_id].setdefault(alert.rule, set()).add(alert.kind)
        return added

    def revisions(self, event_id: str) -> list[tuple[str, int, int]]:
        rows = self.store.fetchall(
            "SELECT metric, old_value, new_value FROM records_revisions WHERE event_id = ?"
            " ORDER BY changed",
            (event_id,),
        )
        return [(str(m), int(o), int(n)) for m, o, n in rows]


def _event_row(row: tuple[object, ...]) -> EventRow:
    return EventRow(
        event_id=str(row[0]),
        direction=str(row[1]),
        event_date=date.fromisoformat(str(row[2])),
        daytime=bool(row[3]),
        sort_key=str(row[4]),
    )
