"""Silences: "do not deliver alerts matching these labels for a while".

A matcher is `name=value`, `name!=value`, `name=~regex` or `name!~regex`
(Alertmanager's syntax, regexes anchored). An alert's labels are kind, rule,
metric, direction, event_date, event_id, alert_id, level, and the channel it is
going to, so `--match channel=email` silences one channel only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from alerts.schema import migrate
from salvo.schemas import Alert, stable_id
from salvo.store import Database

_MATCHER = re.compile(r"^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$")


@dataclass(frozen=True)
class Matcher:
    name: str
    op: str  # = != =~ !~
    value: str

    @classmethod
    def parse(cls, text: str) -> Matcher:
        m = _MATCHER.match(text)
        if not m:
            raise ValueError(f"not a matcher: {text!r} (use name=value, !=, =~ or !~)")
        name, op, value = m.groups()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if op in ("=~", "!~"):
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"bad regex in {text!r}: {exc}") from exc
        return cls(name, op, value)

    def matches(self, labels: Mapping[str, str]) -> bool:
        actual = labels.get(self.name, "")
        if self.op == "=":
            return actual == self.value
        if self.op == "!=":
            return actual != self.value
        found = re.fullmatch(self.value, actual) is not None
        return found if self.op == "=~" else not found

    def __str__(self) -> str:
        return f"{self.name}{self.op}{self.value}"


def alert_labels(alert: Alert, channel: str) -> dict[str, str]:
    return {
        "kind": alert.kind.value,
        "rule": alert.rule,
        "metric": alert.metric,
        "direction": alert.direction,
        "event_date": alert.event_date.isoformat(),
        "event_id": alert.event_id,
        "alert_id": alert.alert_id,
        "level": str(alert.level),
        "channel": channel,
    }


def is_silenced(alert: Alert, channel: str, silences: Sequence[Sequence[Matcher]]) -> bool:
    labels = alert_labels(alert, channel)
    return any(all(m.matches(labels) for m in matchers) for matchers in silences)


@dataclass(frozen=True)
class Silence:
    silence_id: str
    matchers: list[Matcher]
    starts_at: float  # Unix seconds
    ends_at: float
    created_by: str
    comment: str


class SilenceStore:
    """Silences in the store (`alerts_silences`), so every alerter instance sees them."""

    def __init__(self, store: Database) -> None:
        self.store = store
        migrate(store)

    def add(
        self,
        matchers: Sequence[Matcher],
        starts_at: float,
        ends_at: float,
        created_by: str = "",
        comment: str = "",
    ) -> str:
        text = json.dumps([str(m) for m in matchers])
        silence_id = stable_id("sil", text, starts_at, ends_at)
        self.store.execute(
            "INSERT INTO alerts_silences (silence_id, matchers, starts_at, ends_at, created_by,"
            " comment) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (silence_id, text, starts_at, ends_at, created_by, comment),
        )
        return silence_id

    def list(self, now: float | None = None) -> list[Silence]:
        """Silences active at `now`, or every stored one when `now` is None."""
        sql = (
            "SELECT silence_id, matchers, starts_at, ends_at, created_by, comment"
            " FROM alerts_silences"
        )
        params: tuple[object, ...] = ()
        if now is not None:
            sql += " WHERE starts_at <= ? AND ends_at > ?"
            params = (now, now)
        sql += " ORDER BY ends_at DESC"
        return [
            Silence(
                r[0],
                [Matcher.parse(m) for m in json.loads(r[1])],
                float(r[2]),
                float(r[3]),
                r[4],
                r[5],
            )
            for r in self.store.fetchall(sql, params)
        ]

    def expire(self, silence_id: str, now: float) -> bool:
        return bool(
            self.store.execute(
                "UPDATE alerts_silences SET ends_at = ? WHERE silence_id = ? AND ends_at > ?",
                (now, silence_id, now),
            )
        )
