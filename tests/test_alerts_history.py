"""The chart's recent barrage sizes: our own values, plus the records stage's when shared."""

from __future__ import annotations

from datetime import date

from alerts.history import recent_values
from alerts.outbox import Outbox
from alerts.testing import sample_alert
from salvo.store import open_store
from tests.conftest import shared_path


def test_values_from_alerts_alone_on_both_engines(store_url: str) -> None:
    store = open_store(store_url)
    outbox = Outbox(store)
    # No records tables here: the optional read fails quietly and the store stays usable.
    assert recent_values(store, "RU->UA", "total", date(2025, 7, 9)) == []
    outbox.accept(sample_alert(), ["log"], 1.0, 0.0)
    later = sample_alert(value=823, event_date=date(2025, 9, 7), previous=(741, date(2025, 7, 9)))
    outbox.accept(later, ["log"], 2.0, 0.0)
    assert recent_values(store, "RU->UA", "total", date(2025, 9, 7)) == [
        (date(2025, 7, 4), 550),
        (date(2025, 7, 9), 741),
    ]
    assert recent_values(store, "RU->UA", "drones", date(2025, 9, 7)) == [(date(2025, 7, 9), 728)]
    store.close()


def test_values_from_the_records_stage_history(sqlite_url: str) -> None:
    from processors.records.history import import_history

    csv = shared_path("data", "air-force-attacks", "missile_attacks_daily.csv")
    store = open_store(sqlite_url)
    Outbox(store)  # the alerter's tables
    import_history(store, csv)
    recent = recent_values(store, "RU->UA", "total", date(2025, 7, 9), limit=8)
    assert len(recent) == 8
    assert recent[-1][0] < date(2025, 7, 9)
    assert (date(2025, 7, 4), 550) in recent
    store.close()
