"""Two records instances sharing one store: no claim is lost from an event, one alert."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from processors.records.history import seed_history
from processors.records.stage import RecordsEngine
from salvo.schemas import Alert, AttackEvent
from salvo.settings import Settings
from salvo.store import Database
from tests.test_records_scenarios import JULY_4, claim

D9 = date(2025, 7, 9)


@pytest.mark.parametrize("batch", [1, 5])  # claim by claim, or polled batches
def test_concurrent_instances_keep_every_claim(store_url: str, batch: int) -> None:
    setup = Database(store_url)
    seed_history(setup, [JULY_4])
    streams = [
        [claim(f"{w}-{i}", event_date=D9, total=741, outlet=f"O{w}-{i}") for i in range(15)]
        for w in range(2)
    ]
    raised: list[Alert] = []
    errors: list[BaseException] = []

    def work(claims: list) -> None:  # type: ignore[type-arg]
        store = Database(store_url)
        try:
            engine = RecordsEngine(store, Settings().records.rules)
            for i in range(0, len(claims), batch):
                part = claims[i : i + batch]
                results = [engine.ingest(part[0])] if batch == 1 else engine.ingest_batch(part)
                for alerts in results:
                    raised.extend(alerts)
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=work, args=(s,)) for s in streams]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({a.alert_id for a in raised}) == 1 and len(raised) == 1
    engine = RecordsEngine(setup, Settings().records.rules)
    event = engine.state.events_near("RU->UA", D9, D9)[0]
    snapshot = setup.scalar(
        "SELECT snapshot FROM records_events WHERE event_id = ?", (event.event_id,)
    )
    assert AttackEvent.model_validate_json(snapshot).independent_sources == 30
    setup.close()
