"""The alerter stage: dedupe → group → outbox → send now, retry in the background.

`process()` only records the alert (deduplicated by id, across restarts) in
the store's outbox and wakes the background loop, so a slow receiver never
stalls the consumer. Alerts of one event that arrive within
`group_wait_seconds` of each other leave as one message per channel. Without a
background loop (one-shot runs, tests) `finish_pending()` sends what is queued.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from alerts.channels import Channel, build_channels
from alerts.dispatch import Dispatcher, DispatchResult
from alerts.outbox import Outbox
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.schemas import Alert, Message
from salvo.settings import Settings
from salvo.store import Database, open_store

log = logging.getLogger(__name__)

IDLE_POLL_SECONDS = 1.0


class AlertsProcessor:
    name: str = "alerts"
    input_type: type[Message] = Alert

    def __init__(self, settings: Settings, store: Database, metrics: Metrics) -> None:
        self.settings = settings
        self.config = settings.alerts
        self.store = store
        self.metrics = metrics
        self.outbox = Outbox(store)
        self.channels: dict[str, Channel] = {c.name: c for c in build_channels(self.config)}
        self.dispatcher = self._dispatcher(self.outbox)
        self.dispatcher.release_orphans()
        self._wake = threading.Event()
        self._background_running = threading.Event()

    def _dispatcher(self, outbox: Outbox) -> Dispatcher:
        return Dispatcher(self.config, outbox, self.channels, self.metrics)

    # ------------------------------------------------------------------ Processor

    def process(self, message: Message) -> Iterable[Message]:
        alert = (
            message if isinstance(message, Alert) else Alert.model_validate(message.model_dump())
        )
        if not alert.alert_id:
            alert = alert.with_id()
        group = self.outbox.accept(
            alert, list(self.channels), time.time(), self.config.group_wait_seconds
        )
        if group is None:
            self.metrics.deliveries.labels("all", "duplicate").inc()
            log.info("alerts: %s already handled; not sent again", alert.alert_id)
            return []
        if self._background_running.is_set():
            self._wake.set()
            return []
        # No background loop: attempt what is due right here (all of it when
        # group_wait_seconds is 0); the rest waits for finish_pending().
        return self.dispatcher.run_due().dead_letters

    # ------------------------------------------------------------------ background

    def run_background(self, emitter: Emitter, stop: threading.Event) -> None:
        """Send due deliveries and retries until `stop` is set (own store connection)."""
        own_store = ":memory:" not in self.store.url and self.store.url != "sqlite:"
        store = open_store(self.store.url) if own_store else self.store
        outbox = Outbox(store)
        dispatcher = self._dispatcher(outbox)
        self._background_running.set()
        try:
            while not stop.is_set():
                self._wake.clear()
                try:
                    self._emit(emitter, dispatcher.run_due())
                    next_due = outbox.next_due_at()
                except Exception:  # e.g. the store restarting: keep the loop alive
                    log.exception("alerts: delivery loop error; retrying")
                    next_due = None
                wait = IDLE_POLL_SECONDS
                if next_due is not None:
                    wait = min(max(next_due - time.time(), 0.005), IDLE_POLL_SECONDS)
                self._wake.wait(wait)
        finally:
            self._background_running.clear()
            dispatcher.close()
            if own_store:
                store.close()

    def finish_pending(
        self, emitter: Emitter, max_wait_seconds: float, *, force_open: bool = True
    ) -> int:
        """Send everything queued now; wait up to `max_wait_seconds` for retries.

        Returns the number of channel deliveries that succeeded (the log channel
        not counted): one alert to a webhook and an email counts 2.

        `force_open` sends groups still within their group wait (the input is
        drained, nothing more will join them); `salvo alerts retry` passes False
        so it never splits a group a running alerter is still collecting.
        """
        deadline = time.monotonic() + max_wait_seconds
        delivered = 0
        while True:
            result = self.dispatcher.run_due(force_open=force_open)
            delivered += result.delivered
            self._emit(emitter, result)
            next_due = self.outbox.next_due_at()
            if next_due is None:
                break
            wait = max(next_due - time.time(), 0.005)
            if time.monotonic() + wait > deadline:
                break
            time.sleep(wait)
        outstanding = self.outbox.outstanding()
        if outstanding:
            log.warning("alerts: %d delivery(ies) still waiting for a retry", outstanding)
        return delivered

    def _emit(self, emitter: Emitter, result: DispatchResult) -> None:
        for letter in result.dead_letters:
            emitter.emit(letter)
        if result.dead_letters:
            emitter.flush()

    def close(self) -> None:
        self.dispatcher.close()
        for channel in self.channels.values():
            channel.close()
