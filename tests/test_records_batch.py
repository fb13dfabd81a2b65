"""Polled batches in one transaction: the same decisions as claim by claim, bad claims isolated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from processors.records.history import seed_history
from processors.records.stage import RecordsEngine, RecordsProcessor
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import StageRunner
from salvo.schemas import Alert, BarrageClaim, ClaimScope, DeadLetter, Message, Qualifier
from salvo.settings import RuleConfig, Settings
from salvo.store import Database
from tests.test_records_runner import alerts_on, publish
from tests.test_records_scenarios import JULY_4, JUNE_1, claim, seeds_week

AF = "Ukrainian Air Force"
D7, D9, D10, D12 = (date(2025, 7, d) for d in (7, 9, 10, 12))
RULES = [
    RuleConfig(name="record-total", metric="total"),
    RuleConfig(name="record-drones", metric="drones"),
    RuleConfig(name="record-day", metric="total", per="day"),
    RuleConfig(name="big-600", kind="threshold", metric="total", threshold=600),
]


def week() -> list[BarrageClaim]:
    """The seeds' week and its aftermath: revisions, a late record, undated relays."""
    return [
        claim("early", event_date=D9, total=700, qualifier=Qualifier.MORE_THAN, outlet="Wire"),
        *seeds_week(),
        claim("undated", event_date=None, total=741, outlet="Radio", published=D10),
        claim("af12a", event_date=D12, total=650, by=AF, published=D12),
        claim("af12b", event_date=D12, drones=660, missiles=20, by=AF, published=date(2025, 7, 13)),
        claim("late7", event_date=D7, total=600, by=AF, outlet="Weekly", published=D12),
        claim("down9", event_date=D9, total=560, by="Kyiv Independent", published=D12),
    ]


def engine_on(url: str) -> RecordsEngine:
    store = Database(url)
    seed_history(store, [JUNE_1, JULY_4])
    return RecordsEngine(store, RULES)


@pytest.fixture
def batched(store_url: str) -> Iterator[RecordsEngine]:
    engine = engine_on(store_url)
    yield engine
    engine.store.close()


def outcome(engine: RecordsEngine) -> tuple[list[tuple[str, int, str]], dict[str, object]]:
    """Every alert (id, value, headline) and every event's values, sources and snapshot."""
    alerts = sorted((a.alert_id, a.value, a.headline) for a in engine.state.alerts())
    events = {}
    for row in engine.state.events_near("RU->UA", date(2025, 6, 1), date(2025, 7, 31)):
        snapshot = engine.store.scalar(
            "SELECT snapshot FROM records_events WHERE event_id = ?", (row.event_id,)
        )
        sources = sorted(s["claim_id"] for s in _json(snapshot)["sources"])
        events[row.event_id] = (engine.state.values(row.event_id), sources)
    return alerts, events


def _json(raw: str) -> dict:  # type: ignore[type-arg]
    import json

    return json.loads(raw)  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", [1, 3, 100])
def test_batches_decide_exactly_as_claim_by_claim(batched: RecordsEngine, size: int) -> None:
    claims = week()
    one_by_one = engine_on("sqlite://")
    expected = [[a.alert_id for a in one_by_one.ingest(c)] for c in claims]
    got: list[list[str]] = []
    for i in range(0, len(claims), size):
        got += [[a.alert_id for a in r] for r in batched.ingest_batch(claims[i : i + size])]
    assert got == expected  # the same alerts, raised by the same claims
    assert outcome(batched) == outcome(one_by_one)
    # A redelivered batch re-emits exactly what each claim raised, and adds nothing.
    again = [{a.alert_id for a in r} for r in batched.ingest_batch(claims)]
    assert again == [set(ids) for ids in expected]
    assert len(batched.state.alerts()) == len({i for ids in expected for i in ids})
    one_by_one.store.close()


def test_a_failing_claim_rolls_the_batch_back_and_only_it_fails(
    batched: RecordsEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    processor = RecordsProcessor(Settings(records={"rules": RULES}), batched.store, Metrics())
    claims = week()
    bad = claims[3].claim_id
    apply = processor.engine._apply

    def flaky(c: BarrageClaim, raise_alerts: bool) -> list[Alert]:
        if c.claim_id == bad:
            raise RuntimeError("disk full")
        return apply(c, raise_alerts)

    monkeypatch.setattr(processor.engine, "_apply", flaky)
    results = processor.process_batch(list(claims))
    failed = [i for i, r in enumerate(results) if isinstance(r, Exception)]
    assert failed == [3]
    stored = {c.claim_id for c in claims if processor.engine.state.claim(c.claim_id)}
    kept = {c.claim_id for c in claims if c.scope is not ClaimScope.PERIOD}  # never stored
    assert stored == kept - {bad}
    raised = {a.alert_id for r in results if not isinstance(r, Exception) for a in r}
    assert raised == {a.alert_id for a in processor.engine.state.alerts()}


def test_the_runner_hands_the_stage_its_batch_and_dead_letters_the_bad_claim(
    tmp_path: Path, batched: RecordsEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    bus.ensure_topics()
    processor = RecordsProcessor(Settings(), batched.store, Metrics())
    bad = claim("bad", event_date=D10, total=420, by=AF)
    calls: list[int] = []
    process_batch, apply = processor.process_batch, processor.engine._apply

    def counting(messages: list[Message]) -> list[list[Message] | Exception]:
        calls.append(len(messages))
        return process_batch(messages)

    def flaky(c: BarrageClaim, raise_alerts: bool) -> list[Alert]:
        if c.claim_id == bad.claim_id:
            raise ValueError("cannot store this claim")
        return apply(c, raise_alerts)

    monkeypatch.setattr(processor, "process_batch", counting)
    monkeypatch.setattr(processor.engine, "_apply", flaky)
    publish(bus, [*seeds_week(), bad])
    runner = StageRunner(processor, bus, Metrics())
    runner.drain()
    runner.close()
    assert calls and sum(calls) == len(seeds_week()) + 1
    [alert] = alerts_on(bus)
    assert (alert.event_date, alert.value) == (D9, 741)
    consumer = bus.consumer("dl-reader", ["deadletter"])
    letters = [DeadLetter.model_validate_json(r.value) for r in consumer.poll(timeout=0.2)]
    consumer.close()
    assert [(d.error_type, d.error) for d in letters] == [("ValueError", "cannot store this claim")]
    assert BarrageClaim.model_validate_json(letters[0].payload).claim_id == bad.claim_id
    bus.close()
