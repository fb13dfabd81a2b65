"""Replay the attack table as a stream of claims through the records engine.

Each attack becomes the official, exact claim the Air Force report makes,
oldest first, into an empty store: the alerts that come out are the ones
Salvo would have sent had it watched the reports as they were published.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from processors.records.history import read_attacks
from processors.records.stage import RecordsEngine
from salvo.schemas import Alert
from salvo.settings import RuleConfig
from salvo.store import Database

REPLAY_EXTRACTOR = "replay"  # news, as it would have come in: not history


def record_rules(
    metrics: Sequence[str], direction: str = "RU->UA", *, per: Literal["attack", "day"] = "attack"
) -> list[RuleConfig]:
    """Plain record rules (no margin, one source) for the given metrics."""
    suffix = "" if per == "attack" else "-day"
    return [
        RuleConfig(
            name=f"record-{m}{suffix}", kind="record", metric=m, direction=direction, per=per
        )
        for m in metrics
    ]


def replay(
    csv_path: Path, rules: Sequence[RuleConfig], *, store: Database | None = None
) -> Iterator[Alert]:
    """Yield every alert the table's attacks raise, in order (a fresh store by default)."""
    own = store is None
    db = store if store is not None else Database("sqlite:///:memory:")
    try:
        engine = RecordsEngine(db, rules, expect_history=False)
        for attack in read_attacks(csv_path):
            yield from engine.ingest(attack.to_claim(extractor=REPLAY_EXTRACTOR))
    finally:
        if own:
            db.close()


def alert_line(alert: Alert) -> dict[str, Any]:
    """The JSON line `salvo history replay --json` prints for one alert."""
    prev = alert.previous_record
    return {
        "alert_id": alert.alert_id,
        "kind": alert.kind.value,
        "rule": alert.rule,
        "event_date": alert.event_date.isoformat(),
        "daytime": alert.event.daytime,
        "metric": alert.metric,
        "value": alert.value,
        "previous_record": (
            None
            if prev is None
            else {
                "value": prev.value,
                "event_date": prev.event_date.isoformat() if prev.event_date else None,
                "event_id": prev.event_id,
            }
        ),
        "threshold": alert.threshold,
        "headline": alert.headline,
    }
