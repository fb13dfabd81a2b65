"""Where the records stand: the largest values, before or after an attack, per day, over time.

Read-only queries over `records_values` (one reconciled value per attack and
metric, with its attack's direction and order copied in, so "the largest earlier
value" is one index range scan). A value not `verified` (a figure above the record
that one source alone gives, see state.py) is no record: it neither sets one nor
hides a later one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from processors.records.days import day_event_id
from processors.records.rules import PriorRecord
from salvo.store import Database


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


class Standings:
    """The record queries of `RecordsState` (a mixin over its store)."""

    store: Database

    def prior_record(self, direction: str, metric: str, sort_key: str) -> PriorRecord | None:
        """The largest value of any earlier attack; the first to reach it holds the record."""
        return self._largest(direction, metric, "<", sort_key)

    def later_record(self, direction: str, metric: str, sort_key: str) -> PriorRecord | None:
        """The largest value of any later attack already known (the record since)."""
        return self._largest(direction, metric, ">", sort_key)

    def _largest(self, direction: str, metric: str, op: str, sort_key: str) -> PriorRecord | None:
        # The largest value first, then the earliest attack with it: each step is one
        # index range scan (one ORDER BY of mixed directions sorts every attack).
        row = self.store.fetchone(
            "SELECT v.value, e.event_id, e.event_date, e.daytime FROM records_values v"
            " JOIN records_events e ON e.event_id = v.event_id"
            f" WHERE v.direction = ? AND v.metric = ? AND v.sort_key {op} ? AND v.verified = 1"
            " AND v.value = (SELECT value FROM records_values"
            f" WHERE direction = ? AND metric = ? AND sort_key {op} ? AND verified = 1"
            " ORDER BY value DESC LIMIT 1)"
            " ORDER BY v.sort_key LIMIT 1",
            (direction, metric, sort_key, direction, metric, sort_key),
        )
        return None if row is None else _prior(row)

    def prior_day_record(self, direction: str, metric: str, day: date) -> PriorRecord | None:
        """The largest sum of one earlier date's attacks (for rules with per = "day")."""
        row = self.store.fetchone(
            "SELECT SUBSTR(sort_key, 1, 10), SUM(value) FROM records_values"
            " WHERE direction = ? AND metric = ? AND sort_key < ? AND verified = 1"
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
            " WHERE v.verified = 1 ORDER BY e.direction, v.metric, v.value DESC, e.sort_key ASC"
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
            " WHERE v.direction = ? AND v.metric = ? AND v.verified = 1 ORDER BY v.sort_key",
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
            f" AND metric IN ({marks}) AND verified = 1 GROUP BY metric",
            (direction, *metrics),
        )
        return {str(m): int(v) for m, v in rows}

    def latest_values(self, direction: str) -> dict[str, int]:
        """The latest attack's figures, counting only verified values (a lone outlet's
        figure waiting for a second source is not yet the latest attack's size)."""
        rows = self.store.fetchall(
            "SELECT metric, value FROM records_values WHERE direction = ? AND verified = 1"
            " AND sort_key = (SELECT MAX(sort_key) FROM records_values"
            " WHERE direction = ? AND verified = 1)",
            (direction, direction),
        )
        return {str(m): int(v) for m, v in rows}

    def official_totals(self, direction: str, start: date, end: date) -> dict[date, int]:
        """Nights in [start, end] whose reconciled total is a military, exact figure (and
        verified: one outlet's day-late relay of it may be the next night's, see state.py)."""
        rows = self.store.fetchall(
            "SELECT sort_key, value FROM records_values WHERE direction = ? AND metric = 'total'"
            " AND qualifier = 'exact' AND official = 1 AND verified = 1"
            " AND sort_key >= ? AND sort_key <= ?",
            (direction, f"{start.isoformat()}.0", f"{end.isoformat()}.0"),
        )
        return {date.fromisoformat(str(k)[:10]): int(v) for k, v in rows}


def _prior(row: tuple[object, ...]) -> PriorRecord:
    return PriorRecord(
        value=int(str(row[0])),
        event_id=str(row[1]),
        event_date=date.fromisoformat(str(row[2])),
        daytime=bool(row[3]),
    )
