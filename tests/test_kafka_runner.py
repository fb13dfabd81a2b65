"""The stage runner on Kafka: dead letters with their origin, no commit without durable outputs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime

import pytest
from kafka import KafkaAdminClient

from salvo.bus import Bus, open_bus
from salvo.bus.kafka import BusError
from salvo.metrics import Metrics
from salvo.runtime import StageRunner
from salvo.schemas import Article, BarrageClaim, DeadLetter, Message
from tests.fixtures.tansu import Tansu
from tests.test_bus_contract import poll_until

pytestmark = pytest.mark.kafka

FAST = {"max_poll_interval_ms": 2_000, "session_timeout_ms": 3_000}


class Doubler:
    """Claim in, article out; 13 crashes it, 99 makes an output too large for the broker."""

    name = "doubler"
    input_type = BarrageClaim

    def __init__(self, before: Callable[[], None] | None = None) -> None:
        self.calls = 0
        self.before = before

    def process(self, message: Message) -> Iterable[Message]:
        assert isinstance(message, BarrageClaim)
        self.calls += 1
        if self.before is not None:
            self.before()
        total = message.launched_total or 0
        if total == 13:
            raise RuntimeError("unlucky number")
        text = "x" * 2_000_000 if total == 99 else str(total * 2)
        yield Article(
            article_id=Article.make_id(f"doubled-{total}"),
            url=f"doubled-{total}",
            feed_url="",
            source="",
            text=text,
            content_hash=str(total),
            fetched=datetime(2025, 7, 9, tzinfo=UTC),
        )


def _claims(bus: Bus, totals: Iterable[int | bytes]) -> None:
    producer = bus.producer()
    for t in totals:
        if isinstance(t, bytes):
            producer.send("claims", t, key="RU->UA|2025-07-09")  # the claims' partition
            continue
        claim = BarrageClaim(
            article_id=f"a{t}", event_date=date(2025, 7, 9), launched_total=t
        ).with_id()
        producer.send("claims", claim.to_bytes(), key=claim.key, message_id=claim.message_id)
    producer.flush()


def _drain(runner: StageRunner, expect: int, timeout: float = 60) -> int:
    """run_once until `expect` records were handled (the first join takes a few seconds)."""
    handled = 0
    deadline = time.monotonic() + timeout
    while handled < expect and time.monotonic() < deadline:
        handled += runner.run_once(timeout=0.5)
    return handled


def test_poison_and_oversized_outputs_are_dead_lettered_with_their_origin(
    kafka_url: str, topic_prefix: str
) -> None:
    bus = open_bus(kafka_url, topic_prefix=topic_prefix, **FAST)
    bus.ensure_topics()
    _claims(bus, [1, b"{not json", 13, 99, 2])
    runner = StageRunner(Doubler(), bus, Metrics())
    try:
        assert _drain(runner, 5) == 5
    finally:
        runner.close()

    check = bus.consumer("check", ["articles", "deadletter"])
    out = poll_until(check, 5)
    check.close()
    letters = sorted(
        (DeadLetter.model_validate_json(r.value) for r in out if r.topic == "deadletter"),
        key=lambda d: d.source_offset or 0,
    )
    assert [d.error_type for d in letters] == ["ValidationError", "RuntimeError", "MessageRejected"]
    assert all(d.source_topic == "claims" and d.stage == "doubler" for d in letters)
    assert letters[0].payload == "{not json"
    assert [d.source_offset for d in letters] == [1, 2, 3]  # one key: one partition, in order
    doubled = sorted(
        Article.model_validate_json(r.value).text for r in out if r.topic == "articles"
    )
    assert doubled == ["2", "4"]

    # Everything was committed: a new runner of the group finds nothing to redo.
    again = StageRunner(Doubler(), bus, Metrics())
    try:
        assert _drain(again, 1, timeout=8) == 0
    finally:
        again.close()
        bus.close()


def test_a_failed_flush_commits_nothing_and_the_batch_is_handled_again(
    private_tansu: Tansu, topic_prefix: str
) -> None:
    broker = private_tansu
    bus = open_bus(
        broker.url,
        topic_prefix=topic_prefix,
        request_timeout_ms=3_000,
        delivery_timeout_ms=4_000,
        **FAST,
    )
    bus.ensure_topics()
    processor = Doubler()
    runner = StageRunner(processor, bus, Metrics(), batch_size=10)

    def committed() -> int:
        """The group's committed offsets, summed, as the broker has them."""
        admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
        try:
            group = f"{topic_prefix}doubler"  # the stage's group, prefixed like its topics
            offsets = admin.list_group_offsets(group).get(group, {})
        finally:
            admin.close()
        return sum(max(0, o.offset) for o in offsets.values())

    try:
        _claims(bus, [1])
        assert _drain(runner, 1) == 1  # connected, joined, one record handled and committed
        assert committed() == 1

        # The broker goes away while the next batch is processed, before its flush.
        _claims(bus, [2, 3, 4, 5, 6])
        processor.before = lambda: broker.stop() if broker.gate.is_open else None
        failure: Exception | None = None
        deadline = time.monotonic() + 60
        while failure is None and time.monotonic() < deadline:
            try:
                runner.run_once(timeout=0.5)
            except BusError as exc:
                failure = exc
        assert failure is not None, "the flush did not fail without a broker"
        assert processor.calls == 6

        broker.start()
        processor.before = None
        assert committed() == 1  # the failed batch was not committed ...
        assert _drain(runner, 5) == 5  # ... so it is handled again, then committed
        assert processor.calls == 11
        assert committed() == 6
        check = bus.consumer("check", ["articles"])
        texts = {Article.model_validate_json(r.value).text for r in poll_until(check, 6)}
        check.close()
        assert texts == {"2", "4", "6", "8", "10", "12"}
    finally:
        runner.close()
        bus.close()
