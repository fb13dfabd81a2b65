"""When to poll a feed next: adaptive interval, backoff with jitter, server hints.

Pure functions over numbers, so the policy is easy to test and to reason about:
- a busy feed is polled often and a quiet one rarely (interval from the
  entries' dates over the last week, clamped to the configured bounds);
- Cache-Control max-age and Retry-After are honoured (never earlier);
- errors back off exponentially with jitter; a feed failing for longer than
  `failing_after_seconds` is flagged "failing" but keeps being retried.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime

WEEK = 7 * 86400.0
MAX_SERVER_DELAY = 7 * 86400.0  # ignore absurd Retry-After values beyond a week
MAX_BACKOFF = 24 * 3600.0


def adaptive_interval(
    entry_dates: Iterable[datetime | None],
    now: float,
    *,
    low: float,
    high: float,
    default: float,
) -> float:
    """Seconds between polls from how many entries the feed published in the last week."""
    dated = [d.timestamp() for d in entry_dates if d is not None]
    if not dated:
        return min(max(default, low), high)
    recent = [t for t in dated if now - WEEK <= t <= now + 3600]
    if not recent:
        return high  # a feed that published nothing this week
    # A feed shows only its last N entries: measure the rate over the span they cover.
    span = max(now - min(recent), 3600.0)
    return min(max(span / len(recent), low), high)


def backoff_delay(errors: int, *, low: float, high: float, rng: random.Random) -> float:
    """Exponential backoff with equal jitter: half fixed, half random."""
    cap = max(high, min(MAX_BACKOFF, high * 6))
    delay = min(cap, low * 2 ** max(errors - 1, 0))
    return delay / 2 + rng.uniform(0, delay / 2)


def jittered(interval: float, rng: random.Random, spread: float = 0.1) -> float:
    """Spread polls so feeds added together do not stay in lock-step."""
    return interval * (1 + rng.uniform(-spread, spread))


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_SERVER_DELAY)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return min(max(when.timestamp() - now, 0.0), MAX_SERVER_DELAY)


def parse_max_age(headers: Mapping[str, str]) -> float | None:
    """Freshness lifetime from Cache-Control (s-maxage, max-age); None if absent."""
    directives = {}
    for part in headers.get("cache-control", "").split(","):
        name, _, value = part.strip().partition("=")
        directives[name.lower()] = value.strip().strip('"')
    for name in ("s-maxage", "max-age"):
        raw = directives.get(name, "")
        if raw.isdigit():
            return min(float(raw), MAX_SERVER_DELAY)
    return None


def next_success_delay(
    interval: float, headers: Mapping[str, str], *, high: float, rng: random.Random
) -> float:
    """Delay after a good poll: the interval, but not before the response goes stale."""
    delay = jittered(interval, rng)
    max_age = parse_max_age(headers)
    if max_age is not None:
        delay = max(delay, min(max_age, high))
    return delay


def health_state(
    *,
    error_count: int,
    last_success: float | None,
    first_error_at: float | None,
    now: float,
    failing_after: float,
) -> str:
    """new | ok | erroring | failing (failing: no success for `failing_after` seconds)."""
    if error_count == 0:
        return "ok" if last_success else "new"
    # Measured from the start of the current run of errors.
    since = first_error_at if first_error_at is not None else last_success
    if since is not None and now - since >= failing_after:
        return "failing"
    return "erroring"
