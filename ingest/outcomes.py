"""What one poll's outcome does to a feed's state: schedule, health, validators, moves.

Pure state updates on a `FeedRow` (the caller saves it and reports metrics), so the
poller stays about polling and these rules can be read, and tested, in one place.
"""

from __future__ import annotations

import logging
import random
import time

from ingest.fetch import FetchResult
from ingest.parse import ParsedFeed
from ingest.schedule import (
    adaptive_interval,
    backoff_delay,
    health_state,
    next_success_delay,
    parse_retry_after,
)
from ingest.state import FeedRow
from salvo.settings import IngestSettings

log = logging.getLogger(__name__)

GONE = frozenset({404, 410})  # where a feed moved to: try its configured URL again
THROTTLED = frozenset({429, 503})


def apply_success(
    feed: FeedRow,
    result: FetchResult,
    parsed: ParsedFeed | None,
    now: float,
    cfg: IngestSettings,
    rng: random.Random,
) -> None:
    """A good answer (a feed, a 304, unchanged bytes): validators, interval, next poll."""
    if not result.not_modified:
        feed.etag = result.headers.get("etag") or None
        feed.last_modified = result.headers.get("last-modified") or None
    if parsed is not None:
        feed.title = parsed.title or feed.title
        feed.format = parsed.format
        feed.bozo_reason = parsed.bozo_reason
        feed.last_outcome = parsed.outcome
        if feed.interval_override is None:
            feed.interval_seconds = adaptive_interval(
                (e.published for e in parsed.entries),
                now,
                low=cfg.min_interval_seconds,
                high=cfg.max_interval_seconds,
                default=feed.interval_seconds or cfg.default_interval_seconds,
            )
    else:
        feed.last_outcome = "not_modified" if result.not_modified else "unchanged"
    if feed.interval_override is not None:
        feed.interval_seconds = feed.interval_override
    interval = feed.interval_seconds or cfg.default_interval_seconds
    if feed.move_to(result.permanent_redirect):
        log.info("feed %s: moved permanently, now polled at %s", feed.url, feed.poll_url)
    feed.last_status = result.status
    feed.last_success = now
    feed.error_count = 0
    feed.first_error_at = None
    feed.state = "ok"
    feed.next_poll = now + next_success_delay(
        interval, result.headers, high=max(cfg.max_interval_seconds, interval), rng=rng
    )


def apply_failure(
    feed: FeedRow,
    kind: str,
    message: str,
    status: int,
    headers: dict[str, str],
    cfg: IngestSettings,
    rng: random.Random,
) -> float:
    """A failed poll: error fields, back-off (or the server's Retry-After), health state.

    Returns the delay until the next poll, in seconds.
    """
    now = time.time()
    throttled = status in THROTTLED
    feed.error_count += 1
    feed.first_error_at = feed.first_error_at or now
    feed.last_error = message[:1000]
    feed.last_error_kind = kind
    feed.last_error_at = now
    feed.last_status = status or None
    if kind == "rejected":
        feed.last_outcome = "rejected"
    else:
        feed.last_outcome = "throttled" if throttled else "error"
    if status in GONE and feed.forget_move():
        log.info("feed %s: HTTP %s where it moved; back to the configured URL", feed.url, status)
    delay = backoff_delay(
        feed.error_count, low=cfg.min_interval_seconds, high=cfg.max_interval_seconds, rng=rng
    )
    retry_after = parse_retry_after(headers.get("retry-after"), now)
    if retry_after is not None:
        delay = max(delay, retry_after) if not throttled else max(retry_after, 1.0)
    feed.next_poll = now + delay
    feed.state = health_state(
        error_count=feed.error_count,
        last_success=feed.last_success,
        first_error_at=feed.first_error_at,
        now=now,
        failing_after=cfg.failing_after_seconds,
    )
    return delay
