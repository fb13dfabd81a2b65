"""When to try again: exponential backoff with jitter, and the receiver's Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# A receiver may ask for a long pause, but not for one longer than a day.
MAX_RETRY_AFTER_SECONDS = 86_400.0


@dataclass(frozen=True)
class Backoff:
    """Delay before attempt n+1 after n failures: initial·2^(n-1), capped, with jitter.

    "Equal jitter": half the delay is fixed, half random, so retries of many
    alerts spread out but never come sooner than half the nominal delay.
    """

    initial: float = 1.0
    maximum: float = 300.0

    def delay(self, failures: int, rng: random.Random | None = None) -> float:
        if failures <= 0 or self.initial <= 0:
            return 0.0
        nominal = min(self.maximum, self.initial * 2 ** min(failures - 1, 30))
        r = (rng or random).random()
        return nominal / 2 + nominal / 2 * r

    def next_delay(
        self, failures: int, retry_after: float | None, rng: random.Random | None = None
    ) -> float:
        """The backoff, or exactly what the receiver asked for when it did (429/503)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), MAX_RETRY_AFTER_SECONDS)
        return self.delay(failures, rng)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return max(seconds, 0.0)
