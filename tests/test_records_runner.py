"""The records stage under the real StageRunner on the embedded bus: crash safety end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from processors.records.history import seed_history
from processors.records.stage import RecordsProcessor
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter, StageRunner
from salvo.schemas import Alert, BarrageClaim
from salvo.settings import Settings
from salvo.store import Database
from tests.test_records_scenarios import JULY_4, JUNE_1, seeds_week


def publish(bus: EmbeddedBus, claims: list[BarrageClaim]) -> None:
    emitter = Emitter(bus.producer(), Metrics(), "test")
    for c in claims:
        emitter.emit(c)
    emitter.flush()


def alerts_on(bus: EmbeddedBus) -> list[Alert]:
    consumer = bus.consumer("test-reader", ["alerts"])
    out = [Alert.model_validate_json(r.value) for r in consumer.poll(timeout=0.2, max_records=1000)]
    consumer.close()
    return out


@pytest.fixture
def store(store_url: str) -> Database:
    db = Database(store_url)
    seed_history(db, [JUNE_1, JULY_4])
    return db


def test_runner_turns_the_seeds_week_into_one_alert(tmp_path: Path, store: Database) -> None:
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    bus.ensure_topics()
    publish(bus, seeds_week() + seeds_week())  # every claim twice: the bus keeps one
    runner = StageRunner(RecordsProcessor(Settings(), store, Metrics()), bus, Metrics())
    assert runner.drain() == len(seeds_week())
    runner.close()
    [alert] = alerts_on(bus)
    assert (alert.event_date.isoformat(), alert.value) == ("2025-07-09", 741)
    store.close()
    bus.close()


def test_crash_after_commit_before_flush_still_delivers_the_alert(
    tmp_path: Path, store_url: str, store: Database
) -> None:
    path = str(tmp_path / "bus.db")
    bus = EmbeddedBus(path)
    bus.ensure_topics()
    publish(bus, seeds_week())
    # First life: every claim processed and committed in the store, outputs never flushed,
    # offsets never committed (the process dies between the two).
    runner = StageRunner(RecordsProcessor(Settings(), store, Metrics()), bus, Metrics())
    records = runner.consumer.poll(timeout=0.5, max_records=1000)
    assert len(records) == len(seeds_week())
    for record in records:
        runner._handle(record)  # the runner's own step, without flush/commit
    runner.consumer.close()  # crash: the producer's queue is lost
    assert alerts_on(bus) == []
    store.close()
    # Second life: a new process, the same store; the batch is delivered again.
    store2 = Database(store_url)
    bus2 = EmbeddedBus(path)
    runner2 = StageRunner(RecordsProcessor(Settings(), store2, Metrics()), bus2, Metrics())
    runner2.drain()
    runner2.close()
    [alert] = alerts_on(bus2)
    assert alert.value in (741, 728)  # whichever report of the night was first
    assert alert.event_date.isoformat() == "2025-07-09"
    # A third life replays the topic from scratch (new group): still that one alert id.
    runner3 = StageRunner(
        RecordsProcessor(Settings(), store2, Metrics()), bus2, Metrics(), group="replayer"
    )
    runner3.drain()
    runner3.close()
    assert {a.alert_id for a in alerts_on(bus2)} == {alert.alert_id}
    store2.close()
    bus2.close()
