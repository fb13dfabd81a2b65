"""The composition root: build stages from settings and run them on a bus.

Every stage gets its own store connection (one per thread) and the shared
metrics; the bus decides nothing about the stages and they know nothing of it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from salvo.bus import Bus, open_bus
from salvo.metrics import Metrics
from salvo.runtime import Emitter, Processor, Source, StageRunner
from salvo.settings import Settings
from salvo.store import Database, open_store

log = logging.getLogger(__name__)

STAGES = ("ingest", "claims", "records", "alerts")


def build_source(settings: Settings, store: Database, metrics: Metrics) -> Source:
    from ingest.source import FeedIngest

    return FeedIngest(settings, store, metrics)


def build_processor(stage: str, settings: Settings, store: Database, metrics: Metrics) -> Processor:
    if stage == "claims":
        from processors.claims.stage import ClaimsProcessor

        return ClaimsProcessor(settings, store, metrics)
    if stage == "records":
        from processors.records.stage import RecordsProcessor

        return RecordsProcessor(settings, store, metrics)
    if stage == "alerts":
        from alerts.stage import AlertsProcessor

        return AlertsProcessor(settings, store, metrics)
    raise ValueError(f"unknown stage {stage!r}; choose from {', '.join(STAGES)}")


@dataclass
class RunSummary:
    articles: int = 0
    claims: int = 0
    alerts: int = 0
    delivered: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class Pipeline:
    """Stages wired to one bus; `run()` forever in threads, or `run_once()` to completion."""

    def __init__(
        self,
        settings: Settings,
        *,
        stages: Sequence[str] = STAGES,
        metrics: Metrics | None = None,
        bus: Bus | None = None,
    ) -> None:
        unknown = set(stages) - set(STAGES)
        if unknown:
            raise ValueError(f"unknown stage(s) {sorted(unknown)}; choose from {STAGES}")
        self.settings = settings
        self.stages = [s for s in STAGES if s in stages]
        self.metrics = metrics or Metrics()
        self.bus = bus or open_bus(
            settings.bus.url,
            topic_prefix=settings.bus.topic_prefix,
            partitions=settings.bus.partitions,
            replication=settings.bus.replication,
            max_poll_interval_ms=settings.bus.max_poll_interval_ms,
            session_timeout_ms=settings.bus.session_timeout_ms,
        )
        self.bus.ensure_topics()
        self._stores: list[Database] = []
        self.source: Source | None = None
        self.runners: dict[str, StageRunner] = {}
        for stage in self.stages:
            store = self._store()
            if stage == "ingest":
                self.source = build_source(settings, store, self.metrics)
            else:
                processor = build_processor(stage, settings, store, self.metrics)
                self.runners[stage] = StageRunner(processor, self.bus, self.metrics)
        # Series the dashboard and alert rules rely on exist at zero from the start.
        self.metrics.touch_defaults(self.stages, settings)

    def _store(self) -> Database:
        store = open_store(self.settings.store.url)
        self._stores.append(store)
        return store

    def ready(self) -> bool:
        return all(r.ready.is_set() for r in self.runners.values())

    def run(self, stop: threading.Event) -> None:
        """Run every stage in its own thread until `stop` is set."""
        threads: list[threading.Thread] = []
        if self.source is not None:
            emitter = Emitter(self.bus.producer(), self.metrics, "ingest")
            threads.append(
                threading.Thread(
                    target=self.source.run, args=(emitter, stop), name="ingest", daemon=True
                )
            )
        for name, runner in self.runners.items():
            threads.append(
                threading.Thread(target=runner.run, args=(stop,), name=name, daemon=True)
            )
            background = getattr(runner.processor, "run_background", None)
            if background is not None:  # e.g. the alerter's retry loop
                emitter = Emitter(self.bus.producer(), self.metrics, name)
                threads.append(
                    threading.Thread(
                        target=background, args=(emitter, stop), name=f"{name}-bg", daemon=True
                    )
                )
        for t in threads:
            t.start()
        while not stop.is_set() and any(t.is_alive() for t in threads):
            stop.wait(0.5)
        stop.set()
        for t in threads:
            t.join(timeout=30)

    def run_once(self, *, settle_seconds: float = 0.0) -> RunSummary:
        """One pass: poll every feed once, then drain each stage in order."""
        summary = RunSummary()
        if self.source is not None:
            emitter = Emitter(self.bus.producer(), self.metrics, "ingest")
            summary.articles = self.source.run_once(emitter)
            emitter.flush()
        for name, runner in self.runners.items():
            handled = runner.drain()
            if name == "records":
                summary.claims = handled
            if name == "alerts":
                summary.alerts = handled
                finish = getattr(runner.processor, "finish_pending", None)
                if finish is not None:  # deliver what is due before returning
                    emitter = Emitter(self.bus.producer(), self.metrics, name)
                    summary.delivered = int(finish(emitter, settle_seconds))
                    emitter.flush()
        return summary

    def close(self) -> None:
        close_source = getattr(self.source, "close", None)
        if close_source is not None:  # e.g. the extraction process pool
            close_source()
        for runner in self.runners.values():
            runner.close()
        for store in self._stores:
            store.close()
        self.bus.close()


def wait_until(predicate: Any, timeout: float, interval: float = 0.05) -> bool:
    """Poll `predicate()` until true or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())
