"""The records stage on the seeds' week: one alert for 9 July (741 > 550), none for 10 July."""

from __future__ import annotations

from datetime import date

import pytest

from processors.records.history import seed_history
from processors.records.stage import RecordsEngine, RecordsProcessor
from salvo.metrics import Metrics
from salvo.schemas import Alert, AlertKind
from salvo.settings import Settings
from salvo.store import Database
from tests.test_records_scenarios import JULY_4, JUNE_1, claim, seeds_week


@pytest.fixture
def store(store_url: str) -> Database:
    db = Database(store_url)
    yield db  # type: ignore[misc]
    db.close()


def run(processor: RecordsProcessor, claims: list) -> list[Alert]:  # type: ignore[type-arg]
    out: list[Alert] = []
    for c in claims:
        out.extend(a for a in processor.process(c) if isinstance(a, Alert))
    return out


def test_seeds_week_alerts_once_for_the_record(store: Database) -> None:
    seed_history(store, [JUNE_1, JULY_4])
    metrics = Metrics()
    processor = RecordsProcessor(Settings(), store, metrics)
    alerts = run(processor, seeds_week())
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert.kind is AlertKind.RECORD
    assert alert.event_date == date(2025, 7, 9)
    assert (alert.metric, alert.value) == ("total", 741)
    assert alert.previous_record is not None
    assert alert.previous_record.value == 550
    assert alert.previous_record.event_date == date(2025, 7, 4)
    assert alert.headline == (
        "New record: 741 drones and missiles launched at Ukraine on the night of "
        "8–9 July 2025, previous record 550 on 4 July 2025"
    )
    assert alert.alert_id == Alert.make_id(alert.event_id, "record-total", 0)
    assert alert.event.sources and all(s.quote for s in alert.event.sources)
    # Every report of 9 July in the seeds is unofficial or a day late: raised as soon as
    # a second outlet's report of it arrived (the snapshot has those two sources).
    assert alert.event.independent_sources == 2
    # Again, and again after a restart: nothing new.
    assert run(processor, seeds_week()) == [] or all(
        a.alert_id == alert.alert_id for a in run(processor, seeds_week())
    )
    restarted = RecordsProcessor(Settings(), store, Metrics())
    again = run(restarted, seeds_week())
    assert {a.alert_id for a in again} <= {alert.alert_id}
    assert (
        metrics.registry.get_sample_value(
            "salvo_alerts_raised_total", {"kind": "record", "rule": "record-total"}
        )
        == 1
    )
    assert (
        metrics.registry.get_sample_value(
            "salvo_record_value", {"direction": "RU->UA", "metric": "total"}
        )
        == 741
    )


def test_reconciled_10_july_is_the_air_force_figure(store: Database) -> None:
    engine = RecordsEngine(store, Settings().records.rules)
    seed_history(store, [JULY_4])
    for c in seeds_week():
        engine.ingest(c)
    values = engine.state.values(
        engine.state.events_near("RU->UA", date(2025, 7, 10), date(2025, 7, 10))[0].event_id
    )
    assert values["total"] == 415
    assert values["drones"] == 400  # the president's "more than 400" is the only drone figure


def test_a_store_from_before_verified_values_is_upgraded(store: Database) -> None:
    from processors.records.state import RecordsState

    seed_history(store, [JUNE_1])
    store.execute("ALTER TABLE records_values DROP COLUMN verified")  # as stores were
    state = RecordsState(store)  # a restarted, newer stage adds it: stored values count
    assert state.record_value("RU->UA", "total") == JUNE_1.total
    af = claim("af", event_date=date(2025, 7, 9), total=741, by="Ukrainian Air Force")
    [alert] = RecordsEngine(store, Settings().records.rules).ingest(af)
    assert alert.previous_record is not None and alert.previous_record.value == JUNE_1.total
