"""Running stages on a bus: the framework's job, so stages stay plain functions.

A `Processor` turns one input message into output messages, keeping whatever
state it needs in its injected store. The `StageRunner` does the rest: poll,
decode, process, produce, flush, and only then commit offsets (at-least-once);
a message that cannot be decoded or makes the processor raise goes to the
dead-letter topic with the error and the stage moves on.

A `Source` (ingest) has no input topic: it runs its own schedule and emits
through an `Emitter`, flushing before it marks anything as done.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Protocol

from pydantic import ValidationError

from salvo.bus import Bus, Consumer, Producer, Record
from salvo.metrics import Metrics
from salvo.schemas import DeadLetter, Message

log = logging.getLogger(__name__)


class Processor(Protocol):
    """A stage: one input message in, zero or more output messages out."""

    name: str
    input_type: type[Message]

    def process(self, message: Message) -> Iterable[Message]: ...


class Source(Protocol):
    """A stage with no input topic (feed polling)."""

    name: str

    def run(self, emitter: Emitter, stop: threading.Event) -> None: ...

    def run_once(self, emitter: Emitter) -> int:
        """One full pass (e.g. poll every due feed once); returns messages emitted."""


class Emitter:
    """Produces messages to their topics; `flush()` makes them durable."""

    def __init__(self, producer: Producer, metrics: Metrics, stage: str) -> None:
        self._producer = producer
        self._metrics = metrics
        self._stage = stage

    def emit(self, message: Message) -> None:
        self._producer.send(
            message.topic,
            message.to_bytes(),
            key=message.key,
            message_id=message.message_id,
            headers={"message_id": message.message_id, "schema_version": "1"},
        )
        self._metrics.messages_produced.labels(self._stage, message.topic).inc()

    def flush(self) -> None:
        self._producer.flush()


class StageRunner:
    """Drives one Processor: poll → process → produce → flush → commit."""

    def __init__(
        self,
        processor: Processor,
        bus: Bus,
        metrics: Metrics,
        *,
        group: str | None = None,
        batch_size: int = 200,
    ) -> None:
        self.processor = processor
        self.metrics = metrics
        self.stage = processor.name
        self.topic = processor.input_type.topic
        self.consumer: Consumer = bus.consumer(group or f"salvo-{self.stage}", [self.topic])
        self.emitter = Emitter(bus.producer(), metrics, self.stage)
        self.batch_size = batch_size
        self.ready = threading.Event()

    def run_once(self, timeout: float = 0.5) -> int:
        """Handle one polled batch; return how many records it held."""
        records = self.consumer.poll(timeout=timeout, max_records=self.batch_size)
        self.ready.set()
        for record in records:
            self._handle(record)
        if records:
            self.emitter.flush()
            self.consumer.commit()
        self._report_lag()
        return len(records)

    def drain(self, idle_timeout: float = 0.2) -> int:
        """Run until the input topic has nothing new (for `--once` runs and tests)."""
        total = 0
        while n := self.run_once(timeout=idle_timeout):
            total += n
        return total

    def run(self, stop: threading.Event) -> None:
        self.metrics.stage_up.labels(self.stage).set(1)
        backoff = 1.0
        try:
            while not stop.is_set():
                try:
                    self.run_once(timeout=0.5)
                    backoff = 1.0
                except Exception:  # the bus went away: back off and try again
                    log.exception("stage %s: bus error, retrying in %.0fs", self.stage, backoff)
                    stop.wait(backoff)
                    backoff = min(backoff * 2, 30.0)
        finally:
            self.metrics.stage_up.labels(self.stage).set(0)
            self.close()

    def close(self) -> None:
        try:
            self.emitter.flush()
        finally:
            self.consumer.close()

    def _handle(self, record: Record) -> None:
        started = time.perf_counter()
        try:
            message = self.processor.input_type.model_validate_json(record.value)
        except ValidationError as exc:
            self._dead_letter(record, exc)
            self.metrics.messages_processed.labels(self.stage, "invalid").inc()
            return
        try:
            for output in self.processor.process(message):
                self.emitter.emit(output)
        except Exception as exc:
            log.exception("stage %s failed on %s@%s", self.stage, record.topic, record.offset)
            self._dead_letter(record, exc)
            self.metrics.messages_processed.labels(self.stage, "error").inc()
            return
        self.metrics.messages_processed.labels(self.stage, "ok").inc()
        self.metrics.stage_seconds.labels(self.stage).observe(time.perf_counter() - started)

    def _dead_letter(self, record: Record, exc: BaseException) -> None:
        letter = DeadLetter(
            stage=self.stage,
            error=str(exc)[:4000],
            error_type=type(exc).__name__,
            source_topic=record.topic,
            source_partition=record.partition,
            source_offset=record.offset,
            source_key=record.key,
            payload=record.value.decode("utf-8", errors="replace"),
            failed_at=datetime.now(UTC),
            extra={"traceback": traceback.format_exception(exc)[-3:]},
        )
        self.emitter.emit(letter)
        self.metrics.dead_letters.labels(self.stage).inc()

    def _report_lag(self) -> None:
        try:
            lag = self.consumer.lag()
        except Exception:  # lag is best effort; never fail a batch for it
            return
        for (topic, partition), value in lag.items():
            self.metrics.consumer_lag.labels(self.stage, topic, str(partition)).set(value)


def run_threads(targets: Sequence[tuple[str, object]], stop: threading.Event) -> None:
    """Start each `run(stop)` in its own thread; wait until stop is set and all end."""
    threads = []
    for name, target in targets:
        t = threading.Thread(target=target.run, args=(stop,), name=name, daemon=True)  # type: ignore[attr-defined]
        t.start()
        threads.append(t)
    try:
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(timeout=0.5)
    except KeyboardInterrupt:
        stop.set()
        for t in threads:
            t.join(timeout=30)
