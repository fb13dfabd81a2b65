"""The delivery log and outbox: what was accepted, grouped, sent, and what is due.

A row per group and channel moves pending → sending (leased) → delivered |
dead | silenced | cancelled (see alerts/schema.py). A lease that expires (the
alerter died while sending) makes the row due again, which is why a receiver
may see one delivery id at most twice, never more.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from alerts.history import record_values
from alerts.render import group_headline
from alerts.schema import (
    CANCELLED,
    DEAD,
    DELIVERED,
    PENDING,
    SENDING,
    SILENCED,
    STATUSES,
    migrate,
)
from salvo.schemas import Alert, stable_id
from salvo.store import Database

__all__ = ["CANCELLED", "DEAD", "DELIVERED", "PENDING", "SENDING", "SILENCED", "STATUSES"]


def delivery_id_for(alert_ids: Sequence[str]) -> str:
    """The Idempotency-Key: the alert id alone, or `alg_` + hash of the sorted ids."""
    ids = sorted(set(alert_ids))
    if len(ids) == 1:
        return ids[0]
    return stable_id("alg", *ids)


@dataclass(frozen=True)
class Group:
    group_key: str
    event_id: str
    delivery_id: str | None
    alerts: list[Alert]
    created_at: float
    due_at: float
    sealed: bool


@dataclass(frozen=True)
class OutboxRow:
    group_key: str
    channel: str
    status: str
    attempts: int
    next_attempt_at: float
    last_error: str | None
    created_at: float
    updated_at: float
    delivered_at: float | None
    delivery_id: str | None
    event_id: str
    headline: str
    alert_ids: list[str]


def _alerts_json(alerts: Sequence[Alert]) -> str:
    return json.dumps([a.model_dump(mode="json") for a in alerts])


def _alerts_load(text: str) -> list[Alert]:
    return [Alert.model_validate(a) for a in json.loads(text)]


class Outbox:
    """Store operations of the alerter; every method is one short transaction."""

    def __init__(self, store: Database) -> None:
        self.store = store
        migrate(store)

    # ------------------------------------------------------------------ intake

    def accept(
        self, alert: Alert, channels: Sequence[str], now: float, group_wait: float
    ) -> str | None:
        """Record a new alert and queue it; None if its id was seen before."""
        db = self.store
        with db.transaction():
            # Insert first: of two alerters racing on one id, exactly one wins.
            if not db.execute(
                "INSERT INTO alerts_seen (alert_id, group_key, event_id, received_at)"
                " VALUES (?, '', ?, ?) ON CONFLICT DO NOTHING",
                (alert.alert_id, alert.event_id, now),
            ):
                return None
            open_group = db.fetchone(
                "SELECT group_key, alerts FROM alerts_groups WHERE event_id = ? AND sealed = 0",
                (alert.event_id,),
            )
            group_key: str | None = None
            if open_group is not None:
                alerts = _alerts_load(open_group[1])
                alerts.append(alert)
                joined = db.execute(
                    "UPDATE alerts_groups SET alerts = ? WHERE group_key = ? AND sealed = 0",
                    (_alerts_json(alerts), open_group[0]),
                )
                group_key = open_group[0] if joined else None
            if group_key is None:
                group_key = alert.alert_id
                due = now + group_wait
                db.execute(
                    "INSERT INTO alerts_groups (group_key, event_id, alerts, created_at, due_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (group_key, alert.event_id, _alerts_json([alert]), now, due),
                )
                db.executemany(
                    "INSERT INTO alerts_outbox (group_key, channel, status, next_attempt_at,"
                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [(group_key, c, PENDING, due, now, now) for c in channels],
                )
            db.execute(
                "UPDATE alerts_seen SET group_key = ? WHERE alert_id = ?",
                (group_key, alert.alert_id),
            )
            record_values(db, alert)
        return group_key

    # ------------------------------------------------------------------ groups

    def group(self, group_key: str) -> Group | None:
        row = self.store.fetchone(
            "SELECT group_key, event_id, delivery_id, alerts, created_at, due_at, sealed"
            " FROM alerts_groups WHERE group_key = ?",
            (group_key,),
        )
        if row is None:
            return None
        return Group(row[0], row[1], row[2], _alerts_load(row[3]), row[4], row[5], bool(row[6]))

    def seal(self, group_key: str) -> Group:
        """Close the group to new alerts and fix its delivery id (idempotent)."""
        db = self.store
        with db.transaction():
            # Seal first: a concurrent join (UPDATE … WHERE sealed = 0) then fails
            # and opens a new group, so the ids read below are final.
            db.execute(
                "UPDATE alerts_groups SET sealed = 1 WHERE group_key = ? AND sealed = 0",
                (group_key,),
            )
            group = self.group(group_key)
            if group is None:
                raise KeyError(group_key)
            if group.delivery_id is None:
                did = delivery_id_for([a.alert_id for a in group.alerts])
                db.execute(
                    "UPDATE alerts_groups SET delivery_id = ? WHERE group_key = ?",
                    (did, group_key),
                )
                group = self.group(group_key)
                assert group is not None
        return group

    # ------------------------------------------------------------------ outbox

    def due(
        self, now: float, *, force_open: bool = False, limit: int = 200
    ) -> list[tuple[str, str]]:
        """(group_key, channel) rows to attempt now, oldest first."""
        rows = self.store.fetchall(
            "SELECT o.group_key, o.channel FROM alerts_outbox o"
            " JOIN alerts_groups g ON g.group_key = o.group_key"
            " WHERE (o.status = ? AND (o.next_attempt_at <= ? OR (? = 1 AND g.sealed = 0)))"
            " OR (o.status = ? AND o.lease_until <= ?)"
            " ORDER BY o.next_attempt_at, o.group_key, o.channel LIMIT ?",
            (PENDING, now, 1 if force_open else 0, SENDING, now, limit),
        )
        return [(r[0], r[1]) for r in rows]

    def next_due_at(self) -> float | None:
        value = self.store.scalar(
            "SELECT MIN(CASE WHEN status = ? THEN next_attempt_at ELSE lease_until END)"
            " FROM alerts_outbox WHERE status IN (?, ?)",
            (PENDING, PENDING, SENDING),
        )
        return None if value is None else float(value)

    def outstanding(self) -> int:
        return int(
            self.store.scalar(
                "SELECT COUNT(*) FROM alerts_outbox WHERE status IN (?, ?)", (PENDING, SENDING)
            )
            or 0
        )

    def claim(
        self,
        group_key: str,
        channel: str,
        now: float,
        lease_seconds: float,
        owner: str,
        *,
        force: bool = False,
    ) -> str | None:
        """Lease a due row for one attempt (counted now); the lease token, or None.

        `force` takes a pending row before its time (a group still waiting for
        company when a one-shot run is about to end).
        """
        token = f"{owner}:{uuid.uuid4().hex}"
        changed = self.store.execute(
            "UPDATE alerts_outbox SET status = ?, attempts = attempts + 1, lease_owner = ?,"
            " lease_until = ?, updated_at = ? WHERE group_key = ? AND channel = ?"
            " AND ((status = ? AND (next_attempt_at <= ? OR ? = 1))"
            " OR (status = ? AND lease_until <= ?))",
            (
                SENDING,
                token,
                now + lease_seconds,
                now,
                group_key,
                channel,
                PENDING,
                now,
                1 if force else 0,
                SENDING,
                now,
            ),
        )
        return token if changed else None

    def release_orphans(self, prefix: str, is_dead: Callable[[str], bool], now: float) -> int:
        """Expire leases held by crashed alerters on this host so their rows retry now."""
        rows = self.store.fetchall(
            "SELECT group_key, channel, lease_owner FROM alerts_outbox"
            " WHERE status = ? AND lease_owner LIKE ?",
            (SENDING, prefix + "%"),
        )
        released = 0
        for group_key, channel, owner in rows:
            if is_dead(owner):
                released += self.store.execute(
                    "UPDATE alerts_outbox SET lease_until = ? WHERE group_key = ?"
                    " AND channel = ? AND lease_owner = ?",
                    (now, group_key, channel, owner),
                )
        return released

    def attempts(self, group_key: str, channel: str) -> int:
        return int(
            self.store.scalar(
                "SELECT attempts FROM alerts_outbox WHERE group_key = ? AND channel = ?",
                (group_key, channel),
            )
            or 0
        )

    def _finish(
        self, group_key: str, channel: str, token: str, sets: str, params: tuple[object, ...]
    ) -> bool:
        return bool(
            self.store.execute(
                f"UPDATE alerts_outbox SET {sets}, lease_owner = NULL, lease_until = NULL"
                " WHERE group_key = ? AND channel = ? AND lease_owner = ?",
                (*params, group_key, channel, token),
            )
        )

    def delivered(self, group_key: str, channel: str, token: str, now: float) -> bool:
        return self._finish(
            group_key,
            channel,
            token,
            "status = ?, delivered_at = ?, updated_at = ?, last_error = NULL",
            (DELIVERED, now, now),
        )

    def retry_later(
        self, group_key: str, channel: str, token: str, now: float, at: float, error: str
    ) -> bool:
        return self._finish(
            group_key,
            channel,
            token,
            "status = ?, next_attempt_at = ?, updated_at = ?, last_error = ?",
            (PENDING, at, now, error[:2000]),
        )

    def dead(self, group_key: str, channel: str, token: str, now: float, error: str) -> bool:
        return self._finish(
            group_key,
            channel,
            token,
            "status = ?, updated_at = ?, last_error = ?",
            (DEAD, now, error[:2000]),
        )

    def set_status(
        self, group_key: str, channel: str, status: str, now: float, note: str | None = None
    ) -> None:
        """Silence or cancel a pending row without an attempt."""
        self.store.execute(
            "UPDATE alerts_outbox SET status = ?, updated_at = ?, last_error = ?"
            " WHERE group_key = ? AND channel = ? AND status = ?",
            (status, now, note, group_key, channel, PENDING),
        )

    def defer(self, group_key: str, channel: str, until: float, note: str, now: float) -> None:
        self.store.execute(
            "UPDATE alerts_outbox SET next_attempt_at = ?, last_error = ?, updated_at = ?"
            " WHERE group_key = ? AND channel = ? AND status = ?",
            (until, note, now, group_key, channel, PENDING),
        )

    def sent_since(self, channel: str, since: float) -> list[float]:
        rows = self.store.fetchall(
            "SELECT delivered_at FROM alerts_outbox WHERE channel = ? AND status = ?"
            " AND delivered_at > ? ORDER BY delivered_at",
            (channel, DELIVERED, since),
        )
        return [float(r[0]) for r in rows]

    # ------------------------------------------------------------------ inspection

    def rows(
        self,
        statuses: Sequence[str] = STATUSES,
        *,
        ids: Sequence[str] = (),
        channel: str | None = None,
        limit: int = 100,
    ) -> list[OutboxRow]:
        marks = ", ".join("?" for _ in statuses)
        sql = (
            "SELECT o.group_key, o.channel, o.status, o.attempts, o.next_attempt_at,"
            " o.last_error, o.created_at, o.updated_at, o.delivered_at, g.delivery_id,"
            " g.event_id, g.alerts FROM alerts_outbox o"
            " JOIN alerts_groups g ON g.group_key = o.group_key"
            f" WHERE o.status IN ({marks})"
        )
        params: list[object] = list(statuses)
        if ids:
            idmarks = ", ".join("?" for _ in ids)
            sql += (
                f" AND (o.group_key IN ({idmarks}) OR g.delivery_id IN ({idmarks})"
                f" OR o.group_key IN (SELECT group_key FROM alerts_seen"
                f" WHERE alert_id IN ({idmarks})))"
            )
            params += [*ids, *ids, *ids]
        if channel:
            sql += " AND o.channel = ?"
            params.append(channel)
        sql += " ORDER BY o.updated_at DESC, o.group_key, o.channel LIMIT ?"
        params.append(limit)
        out = []
        for r in self.store.fetchall(sql, params):
            alerts = _alerts_load(r[11])
            out.append(
                OutboxRow(
                    group_key=r[0],
                    channel=r[1],
                    status=r[2],
                    attempts=int(r[3]),
                    next_attempt_at=float(r[4]),
                    last_error=r[5],
                    created_at=float(r[6]),
                    updated_at=float(r[7]),
                    delivered_at=None if r[8] is None else float(r[8]),
                    delivery_id=r[9],
                    event_id=r[10],
                    headline=group_headline(alerts),
                    alert_ids=sorted(a.alert_id for a in alerts),
                )
            )
        return out

    def requeue(self, group_key: str, channel: str, now: float) -> bool:
        """Make a dead (or silenced) row pending again with a fresh retry budget."""
        return bool(
            self.store.execute(
                "UPDATE alerts_outbox SET status = ?, attempts = 0, next_attempt_at = ?,"
                " updated_at = ? WHERE group_key = ? AND channel = ? AND status IN (?, ?, ?)",
                (PENDING, now, now, group_key, channel, DEAD, SILENCED, CANCELLED),
            )
        )
