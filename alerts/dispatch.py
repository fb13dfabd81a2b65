"""Delivery as clear steps: seal the group → silence? → rate limit? → lease → send
(per-channel timeout, channels in parallel) → delivered | retry later | dead letter.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from random import Random

from alerts.channels.base import Channel, Delivery, DeliveryError
from alerts.history import recent_values
from alerts.outbox import CANCELLED, SILENCED, Group, Outbox
from alerts.render import metric_words, primary, render
from alerts.retry import Backoff
from alerts.silences import Matcher, SilenceStore, is_silenced
from salvo.metrics import Metrics
from salvo.schemas import DeadLetter
from salvo.settings import AlertsSettings

log = logging.getLogger(__name__)

RATE_WINDOW_SECONDS = 3600.0
CHART_CACHE_SIZE = 32


@dataclass
class DispatchResult:
    delivered: int = 0  # channel deliveries that succeeded (the log channel not counted)
    failed: int = 0
    dead_letters: list[DeadLetter] = field(default_factory=list)


def _aware(moment: datetime) -> datetime:
    """Timestamps without a zone are UTC (the pipeline writes UTC everywhere)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Dispatcher:
    """Sends what the outbox says is due. One per thread (it owns a store connection)."""

    def __init__(
        self,
        settings: AlertsSettings,
        outbox: Outbox,
        channels: Mapping[str, Channel],
        metrics: Metrics,
        *,
        clock: Callable[[], float] = time.time,
        rng: Random | None = None,
    ) -> None:
        self.settings = settings
        self.outbox = outbox
        self.silences = SilenceStore(outbox.store)
        self.channels = dict(channels)
        self.metrics = metrics
        self.clock = clock
        self.rng = rng or Random()
        self.backoff = Backoff(settings.backoff_initial_seconds, settings.backoff_max_seconds)
        self.host_prefix = f"{socket.gethostname()}:"
        self.owner = f"{self.host_prefix}{os.getpid()}"
        self._charts: dict[str, bytes | None] = {}
        self._pool = ThreadPoolExecutor(
            max_workers=max(1, min(8, len(self.channels))), thread_name_prefix="alert-send"
        )

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def release_orphans(self) -> int:
        """Rows leased by a dead alerter process on this host become due now."""

        def dead(owner: str) -> bool:
            parts = owner.split(":")
            if len(parts) < 3 or not parts[-2].isdigit():
                return False
            pid = int(parts[-2])
            return pid != os.getpid() and not _pid_alive(pid)

        released = self.outbox.release_orphans(self.host_prefix, dead, self.clock())
        if released:
            log.warning("alerts: %d delivery(ies) interrupted by a crash will be retried", released)
        return released

    # ------------------------------------------------------------------ running

    def run_due(self, *, force_open: bool = False) -> DispatchResult:
        """Attempt every due row once; `force_open` also sends groups still collecting."""
        result = DispatchResult()
        now = self.clock()
        due = self.outbox.due(now, force_open=force_open)
        if not due:
            return result
        silences = [s.matchers for s in self.silences.list(now)]
        by_group: dict[str, list[str]] = defaultdict(list)
        for group_key, channel in due:
            by_group[group_key].append(channel)
        for group_key, names in by_group.items():
            self._dispatch_group(group_key, names, silences, force_open, result)
        return result

    def _dispatch_group(
        self,
        group_key: str,
        names: Sequence[str],
        silences: Sequence[Sequence[Matcher]],
        force_open: bool,
        result: DispatchResult,
    ) -> None:
        group = self.outbox.group(group_key)
        if group is None:
            return
        force = force_open and not group.sealed
        if not group.sealed:
            group = self.outbox.seal(group_key)
        claimed: list[tuple[Channel, str]] = []
        for name in names:
            now = self.clock()
            channel = self.channels.get(name)
            if channel is None:
                self.outbox.set_status(
                    group_key, name, CANCELLED, now, "channel no longer configured"
                )
                continue
            if silences and all(is_silenced(a, name, silences) for a in group.alerts):
                self.outbox.set_status(group_key, name, SILENCED, now, "silenced")
                self.metrics.deliveries.labels(name, "silenced").inc()
                log.info("alerts: %s to %s silenced", group.delivery_id, name)
                continue
            if channel.kind != "log" and self._rate_limited(group_key, name, now):
                continue
            token = self.outbox.claim(
                group_key, name, now, channel.lease_seconds, self.owner, force=force
            )
            if token is not None:
                claimed.append((channel, token))
        if not claimed:
            return
        # Channels without a picture go first, and their outcome is recorded before
        # the chart is drawn: a crash while drawing must not make them send twice.
        started = time.monotonic()
        plain = self._delivery(group, chart=False)
        self._collect(
            group,
            [(c, t, self._pool.submit(c.send, plain)) for c, t in claimed if not c.wants_chart],
            started,
            result,
        )
        pictured = [(c, t) for c, t in claimed if c.wants_chart]
        if pictured:
            rich = self._delivery(group, chart=True)
            futures = [(c, t, self._pool.submit(c.send, rich)) for c, t in pictured]
            self._collect(group, futures, started, result)

    def _collect(
        self,
        group: Group,
        futures: Sequence[tuple[Channel, str, Future[None]]],
        started: float,
        result: DispatchResult,
    ) -> None:
        """Wait for each send and record its outcome."""
        for channel, token, future in futures:
            # Give up on a hung send well before its lease ends, so no other alerter
            # takes the row over while this attempt might still complete.
            budget = channel.lease_seconds * 0.8 - (time.monotonic() - started)
            try:
                future.result(timeout=max(budget, 0.0))
            except FutureTimeout:
                error = DeliveryError(f"no answer within {channel.lease_seconds * 0.8:.0f}s")
                self._failed(group, channel, token, error, result)
            except DeliveryError as exc:
                self._failed(group, channel, token, exc, result)
            except Exception as exc:  # a channel bug must not lose the alert: retry it
                log.exception("alerts: channel %s raised", channel.name)
                error = DeliveryError(f"{type(exc).__name__}: {exc}")
                self._failed(group, channel, token, error, result)
            else:
                self._delivered(group, channel, token, result)

    # ------------------------------------------------------------------ steps

    def _rate_limited(self, group_key: str, channel: str, now: float) -> bool:
        limit = self.settings.rate_limit_per_hour
        sent = self.outbox.sent_since(channel, now - RATE_WINDOW_SECONDS)
        if len(sent) < limit:
            return False
        until = sent[len(sent) - limit] + RATE_WINDOW_SECONDS
        self.outbox.defer(group_key, channel, until, f"rate limited ({limit}/hour)", now)
        self.metrics.deliveries.labels(channel, "rate_limited").inc()
        log.warning(
            "alerts: channel %s reached %d deliveries/hour; next send in %.0fs",
            channel,
            limit,
            until - now,
        )
        return True

    def _delivery(self, group: Group, *, chart: bool) -> Delivery:
        assert group.delivery_id is not None
        created = [_aware(a.created) for a in group.alerts if a.created is not None]
        when = min(created) if created else datetime.fromtimestamp(group.created_at, UTC)
        png = self._chart(group) if chart else None
        return Delivery(
            delivery_id=group.delivery_id,
            event_id=group.event_id,
            alerts=tuple(sorted(group.alerts, key=lambda a: a.alert_id)),
            created=when,
            content=render(group.alerts, self.settings.grafana_url, chart=png is not None),
            chart_png=png,
        )

    def _chart(self, group: Group) -> bytes | None:
        """The group's chart, drawn once and reused by its retries."""
        key = group.delivery_id or group.group_key
        if key not in self._charts:
            if len(self._charts) >= CHART_CACHE_SIZE:
                self._charts.pop(next(iter(self._charts)))
            self._charts[key] = self._draw_chart(group)
        return self._charts[key]

    def _draw_chart(self, group: Group) -> bytes | None:
        from alerts.chart import ChartData, render_chart  # matplotlib: only when drawing

        main = primary(group.alerts)
        prev = main.previous_record
        try:
            return render_chart(
                ChartData(
                    title=f"{metric_words(main.metric).capitalize()} launched per attack"
                    f" ({main.direction})",
                    new_date=main.event_date,
                    new_value=main.value,
                    previous_date=prev.event_date if prev else None,
                    previous_value=prev.value if prev else None,
                    history=recent_values(
                        self.outbox.store, main.direction, main.metric, main.event_date
                    ),
                )
            )
        except Exception:  # a chart is a nicety: never fail a delivery for it
            log.exception("alerts: chart rendering failed for %s", group.delivery_id)
            return None

    def _latency(self, group: Group, now: float) -> float:
        created = [_aware(a.created).timestamp() for a in group.alerts if a.created is not None]
        return max(0.0, now - (min(created) if created else group.created_at))

    def _delivered(
        self, group: Group, channel: Channel, token: str, result: DispatchResult
    ) -> None:
        now = self.clock()
        if not self.outbox.delivered(group.group_key, channel.name, token, now):
            log.warning(
                "alerts: lease on %s/%s lost while sending", group.delivery_id, channel.name
            )
        self.metrics.deliveries.labels(channel.name, "delivered").inc()
        self.metrics.delivery_seconds.labels(channel.name).observe(self._latency(group, now))
        if channel.kind != "log":
            result.delivered += 1
            log.info("alerts: %s delivered to %s", group.delivery_id, channel.name)

    def _failed(
        self,
        group: Group,
        channel: Channel,
        token: str,
        exc: DeliveryError,
        result: DispatchResult,
    ) -> None:
        now = self.clock()
        attempts = self.outbox.attempts(group.group_key, channel.name)
        error = str(exc) or type(exc).__name__
        result.failed += 1
        if exc.retryable and attempts < self.settings.max_attempts:
            delay = self.backoff.next_delay(attempts, exc.retry_after, self.rng)
            self.outbox.retry_later(group.group_key, channel.name, token, now, now + delay, error)
            self.metrics.deliveries.labels(channel.name, "failed").inc()
            self.metrics.delivery_retries.labels(channel.name).inc()
            log.warning(
                "alerts: %s to %s failed (attempt %d/%d: %s); retrying in %.1fs",
                group.delivery_id,
                channel.name,
                attempts,
                self.settings.max_attempts,
                error,
                delay,
            )
            return
        self.outbox.dead(group.group_key, channel.name, token, now, error)
        self.metrics.deliveries.labels(channel.name, "dead").inc()
        self.metrics.delivery_dead_letters.labels(channel.name).inc()
        log.error(
            "alerts: %s to %s dead-lettered after %d attempt(s): %s",
            group.delivery_id,
            channel.name,
            attempts,
            error,
        )
        result.dead_letters.append(self._dead_letter(group, channel.name, attempts, error))

    def _dead_letter(self, group: Group, channel: str, attempts: int, error: str) -> DeadLetter:
        import json

        payload = json.dumps(
            {
                "channel": channel,
                "delivery_id": group.delivery_id,
                "alerts": [a.model_dump(mode="json") for a in group.alerts],
            },
            sort_keys=True,
        )
        return DeadLetter(
            stage="alerts",
            error=error,
            error_type="DeliveryFailed",
            source_topic="alerts",
            source_key=group.event_id,
            payload=payload,
            failed_at=datetime.now(UTC),
            extra={
                "channel": channel,
                "delivery_id": group.delivery_id,
                "alert_ids": sorted(a.alert_id for a in group.alerts),
                "attempts": attempts,
                "retry": f"salvo alerts retry {group.delivery_id}",
            },
        )
