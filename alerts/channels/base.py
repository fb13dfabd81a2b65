"""What every channel shares: the delivery it sends and how it reports failure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from alerts.render import Content
from salvo.schemas import Alert


@dataclass(frozen=True)
class Delivery:
    """One message to one channel: a group of alerts of one event, rendered.

    `delivery_id` is the alert id for a single alert, else a deterministic id
    of the sorted alert ids; it is the Idempotency-Key and stays the same on
    every attempt, so a receiver can drop repeats.
    """

    delivery_id: str
    event_id: str
    alerts: Sequence[Alert]
    created: datetime  # when the first alert of the group reached the alerter
    content: Content
    chart_png: bytes | None = None


class DeliveryError(Exception):
    """A send failed. `retryable` failures are retried; others dead-letter at once."""

    def __init__(
        self, message: str, *, retryable: bool = True, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after


class Channel(Protocol):
    name: str  # unique, stable, free of secrets: it keys the delivery log
    kind: str  # webhook | email | apprise | alertmanager | log
    wants_chart: bool
    lease_seconds: float  # longer than any send can take: after it, a crash is assumed

    def send(self, delivery: Delivery) -> None:
        """Deliver or raise DeliveryError; must give up within the channel's timeout."""

    def close(self) -> None: ...


def split_name(entry: str) -> tuple[str | None, str]:
    """`"ops=tgram://…"` → ("ops", "tgram://…"); a bare URL has no name.

    A URL scheme cannot contain "=", so a "=" before "://" marks a name.
    """
    head, sep, _ = entry.partition("://")
    if sep and "=" in head:
        name, _, url = entry.partition("=")
        if name.strip():
            return name.strip(), url.strip()
    return None, entry
