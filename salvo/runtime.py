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

import contextlib
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from pydantic import ValidationError

from salvo.bus import Bus, Consumer, MessageRejected, Producer, Record
from salvo.metrics import Metrics
from salvo.schemas import DeadLetter, Message

log = logging.getLogger(__name__)

# Retrying a failing bus at most this far apart: a broker back after an outage
# is used again within seconds.
_MAX_BACKOFF = 10.0
# A dead letter whose payload is too large for the bus keeps this much of it.
_DEAD_LETTER_PAYLOAD_MAX = 256_000


class Processor(Protocol):
    """A stage: one input message in, zero or more output messages out.

    A processor may also define `process_batch(messages) -> list[list[Message] |
    Exception]` (one result per message, in order; an exception dead-letters its
    message): the runner then hands it each polled batch at once (e.g. the records
    stage applies it in one store transaction).
    """

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


@dataclass(frozen=True)
class StageHealth:
    """What /healthz and /readyz report for one consuming stage."""

    stage: str
    alive: bool  # the loop turned recently (not stuck, not ended)
    connected: bool  # the last poll/commit reached the bus
    assigned: bool  # the group gave this instance at least one partition
    partitions: int  # how many (the embedded log has one per topic)
    lag: int  # records not yet committed, over the assigned partitions
    caught_up: bool
    error: str | None = None

    @property
    def ready(self) -> bool:
        return self.alive and self.connected and self.assigned and self.caught_up


class StageRunner:
    """Drives one Processor: poll → process → produce → flush → commit.

    A batch whose outputs cannot be produced or flushed is not committed: the
    consumer rewinds to its last commit and the batch is handled again after a
    backoff (outputs carry deterministic ids, so the repeat is harmless). A
    failed commit is not rewound: the handled records stay pending and the
    next commit covers them.
    """

    # A loop that has not turned for this long is reported as not alive; a
    # flush may legitimately wait this long for a broker that went away.
    stuck_after_seconds = 300.0

    def __init__(
        self,
        processor: Processor,
        bus: Bus,
        metrics: Metrics,
        *,
        group: str | None = None,
        batch_size: int = 200,
        ready_max_lag: int = 100,
    ) -> None:
        self.processor = processor
        self.metrics = metrics
        self.stage = processor.name
        self.topic = processor.input_type.topic
        self.consumer: Consumer = bus.consumer(group or self.stage, [self.topic])
        self._producer = bus.producer()
        self.emitter = Emitter(self._producer, metrics, self.stage)
        self.batch_size = batch_size
        self.ready_max_lag = ready_max_lag
        self.ready = threading.Event()  # set after the first successful poll
        self._lock = threading.Lock()
        self._closed = False
        self._running = False
        self._last_turn = time.monotonic()
        self._last_error: str | None = None
        self._lag: dict[tuple[str, int], int] = {}
        self._commit_pending = False

    def run_once(self, timeout: float = 0.5) -> int:
        """Handle one polled batch; return how many records it held."""
        self._last_turn = time.monotonic()
        try:
            records = self.consumer.poll(timeout=timeout, max_records=self.batch_size)
        except Exception as exc:
            self._last_error = f"poll: {exc}"
            raise
        self.ready.set()
        if records:
            self._commit_pending = False  # positions now include unhandled records
            try:
                process_batch = getattr(self.processor, "process_batch", None)
                if process_batch is not None:
                    self._handle_batch(records, process_batch)
                else:
                    for record in records:
                        self._handle(record)
                self.emitter.flush()
            except Exception as exc:
                # Outputs may be lost: read the batch again rather than commit it.
                self._last_error = f"produce: {exc}"
                self._rewind()
                raise
            self._commit_pending = True  # handled and durable: safe to commit
            try:
                self.consumer.commit()
            except Exception as exc:
                self._last_error = f"commit: {exc}"
                raise
            self._commit_pending = False
        self._last_error = None
        self._report_lag()
        return len(records)

    def drain(self, idle_timeout: float = 0.2, settle_timeout: float = 30.0) -> int:
        """Run until the input topic has nothing new (for `--once` runs and tests).

        An empty poll alone does not mean "drained" on Kafka: a consumer that is
        still joining its group gets nothing either. So it also waits (up to
        `settle_timeout`) until partitions are assigned and their lag is zero.
        """
        total = 0
        deadline = time.monotonic() + settle_timeout
        while True:
            n = self.run_once(timeout=idle_timeout)
            total += n
            if n:
                continue
            health = self.health()
            if (health.assigned and health.lag == 0) or time.monotonic() >= deadline:
                return total

    def run(self, stop: threading.Event) -> None:
        """Loop until `stop`: the batch in flight is finished, flushed and committed first."""
        self.metrics.stage_up.labels(self.stage).set(1)
        self._running = True
        backoff = 1.0
        try:
            while not stop.is_set():
                try:
                    self.run_once(timeout=0.5)
                    backoff = 1.0
                except Exception:  # the bus went away: back off and try again
                    log.exception("stage %s: bus error, retrying in %.0fs", self.stage, backoff)
                    self._last_turn = time.monotonic()
                    stop.wait(backoff)
                    backoff = min(backoff * 2, _MAX_BACKOFF)
        finally:
            self._running = False
            self.metrics.stage_up.labels(self.stage).set(0)
            self.close()

    def close(self) -> None:
        """Flush, commit what was handled, then leave the consumer group (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        try:
            self.emitter.flush()
            if self._commit_pending:  # the last commit failed: one more try, then replay
                try:
                    self.consumer.commit()
                except Exception as exc:
                    log.warning("stage %s: final commit failed (%s)", self.stage, exc)
        finally:
            try:
                self.consumer.close()
            finally:
                self._producer.close()

    def health(self, max_lag: int | None = None) -> StageHealth:
        """Liveness and readiness; `max_lag` overrides the runner's caught-up threshold."""
        assignment = getattr(self.consumer, "assignment", None)
        partitions = len(assignment()) if assignment is not None else 1
        connected_fn = getattr(self.consumer, "connected", None)
        connected = self.ready.is_set() and self._last_error is None
        if connected and connected_fn is not None:
            connected = bool(connected_fn())
        lag = sum(self._lag.values())
        stuck = time.monotonic() - self._last_turn > self.stuck_after_seconds
        return StageHealth(
            stage=self.stage,
            alive=not self._closed and not stuck,
            connected=connected,
            assigned=partitions > 0,
            partitions=partitions,
            lag=lag,
            caught_up=lag <= (self.ready_max_lag if max_lag is None else max_lag),
            error=self._last_error,
        )

    def _rewind(self) -> None:
        try:
            self.consumer.rewind()
        except Exception:  # the next poll starts from the last commit after a rejoin anyway
            log.warning("stage %s: rewind failed", self.stage, exc_info=True)

    def _handle(self, record: Record) -> None:
        """Decode and process one record; only bus errors escape (they fail the batch)."""
        started = time.perf_counter()
        message = self._decode(record)
        if message is None:
            return
        try:
            result: list[Message] | Exception = list(self.processor.process(message))
        except Exception as exc:
            result = exc
        self._deliver(record, result, time.perf_counter() - started)

    def _handle_batch(
        self,
        records: Sequence[Record],
        process_batch: Callable[[list[Message]], Sequence[list[Message] | Exception]],
    ) -> None:
        """The polled batch to a processor that takes it at once; results per record."""
        started = time.perf_counter()
        decoded = [(r, m) for r in records if (m := self._decode(r)) is not None]
        if not decoded:
            return
        messages = [m for _, m in decoded]
        try:
            results = list(process_batch(messages))
        except Exception as exc:
            results = [exc] * len(messages)
        seconds = (time.perf_counter() - started) / len(decoded)
        for (record, _), result in zip(decoded, results, strict=True):
            self._deliver(record, result, seconds)

    def _decode(self, record: Record) -> Message | None:
        try:
            return self.processor.input_type.model_validate_json(record.value)
        except ValidationError as exc:
            self._dead_letter(record, exc)
            self.metrics.messages_processed.labels(self.stage, "invalid").inc()
            return None

    def _deliver(self, record: Record, result: list[Message] | Exception, seconds: float) -> None:
        """Emit a record's outputs, or dead-letter it with the error it raised."""
        if isinstance(result, Exception):
            log.error(
                "stage %s failed on %s@%s",
                self.stage,
                record.topic,
                record.offset,
                exc_info=result,
            )
            self._dead_letter(record, result)
            self.metrics.messages_processed.labels(self.stage, "error").inc()
            return
        outputs = result
        try:
            for output in outputs:
                self.emitter.emit(output)
        except MessageRejected as exc:  # e.g. an output too large for the bus: never fits
            log.error(
                "stage %s: output of %s@%s rejected: %s",
                self.stage,
                record.topic,
                record.offset,
                exc,
            )
            self._dead_letter(record, exc)
            self.metrics.messages_processed.labels(self.stage, "rejected").inc()
            return
        self.metrics.messages_processed.labels(self.stage, "ok").inc()
        self.metrics.stage_seconds.labels(self.stage).observe(seconds)

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
        try:
            self.emitter.emit(letter)
        except MessageRejected:  # the payload itself is too large: keep its head
            head = letter.payload[:_DEAD_LETTER_PAYLOAD_MAX]
            extra = {
                **letter.extra,
                "payload_truncated": True,
                "payload_chars": len(letter.payload),
            }
            self.emitter.emit(letter.model_copy(update={"payload": head, "extra": extra}))
        self.metrics.dead_letters.labels(self.stage).inc()

    def _report_lag(self) -> None:
        try:
            lag = self.consumer.lag()
        except Exception:  # lag is best effort; never fail a batch for it
            return
        gauge = self.metrics.consumer_lag
        for topic, partition in set(self._lag) - set(lag):  # revoked: stop reporting it
            with contextlib.suppress(KeyError):
                gauge.remove(self.stage, topic, str(partition))
        for (topic, partition), value in lag.items():
            gauge.labels(self.stage, topic, str(partition)).set(value)
        self._lag = lag


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
