"""The stage runner: outputs before commits, poison messages to the dead-letter topic."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from salvo.bus import open_bus
from salvo.metrics import Metrics
from salvo.runtime import StageRunner
from salvo.schemas import Article, BarrageClaim, DeadLetter, Message


class Doubler:
    """A toy stage: turns each claim into an article saying twice its total; 13 crashes it."""

    name = "doubler"
    input_type = BarrageClaim

    def process(self, message: Message) -> Iterable[Message]:
        assert isinstance(message, BarrageClaim)
        if message.launched_total == 13:
            raise RuntimeError("unlucky number")
        text = str((message.launched_total or 0) * 2)
        yield Article(
            article_id=Article.make_id(text),
            url=text,
            feed_url="",
            source="",
            text=text,
            content_hash=text,
            fetched=datetime(2025, 7, 9, tzinfo=UTC),
        )


def _claim(total: int) -> BarrageClaim:
    return BarrageClaim(
        article_id="in", event_date=date(2025, 7, 9), launched_total=total
    ).with_id()


def test_poison_messages_are_dead_lettered_and_the_stage_moves_on(tmp_path: Path) -> None:
    bus = open_bus(f"embedded:///{tmp_path}/bus.db")
    producer = bus.producer()
    for payload in (
        _claim(1).to_bytes(),
        b"{not json",
        _claim(13).to_bytes(),
        _claim(2).to_bytes(),
    ):
        producer.send("claims", payload)
    producer.flush()

    metrics = Metrics()
    runner = StageRunner(Doubler(), bus, metrics)
    assert runner.drain() == 4

    out = bus.consumer("check", ["articles", "deadletter"]).poll(timeout=0.1)
    letters = [DeadLetter.model_validate_json(r.value) for r in out if r.topic == "deadletter"]
    assert [(d.error_type, d.source_offset) for d in letters] == [
        ("ValidationError", 2),
        ("RuntimeError", 3),
    ]
    assert letters[0].payload == "{not json"
    doubled = [Article.model_validate_json(r.value).text for r in out if r.topic == "articles"]
    assert doubled == ["2", "4"]
    # Everything handled was committed: a restarted runner has nothing to redo.
    assert StageRunner(Doubler(), bus, metrics).drain() == 0


def test_claim_ids_are_deterministic_and_tell_a_daytime_wave_from_the_night() -> None:
    night = _claim(741)
    assert night.claim_id == _claim(741).claim_id
    day = night.model_copy(update={"daytime": True}).with_id()
    assert day.claim_id != night.claim_id
