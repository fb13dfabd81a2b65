"""Silences: "do not deliver alerts matching these labels for a while".

A matcher is `name=value`, `name!=value`, `name=~regex` or `name!~regex`
(Alertmanager's syntax, regexes anchored). An alert's labels are kind, rule,
metric, direction, event_date, event_id, alert_id, level, and the channel it is
going to, so `--match channel=email` silences one channel only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from salvo.schemas import Alert

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
