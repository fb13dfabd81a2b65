"""Ingest's tables: feeds with their health and schedule, and the seen-set of entries.

Feeds come from the TOML config (origin "config", re-synced at start: a feed
removed from the file is disabled, not deleted, so its history stays) and from
OPML imports (origin "opml"). The seen-set is keyed by (feed, entry identity)
and is written only after the entry's article is flushed to the bus.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields

from salvo.schemas import stable_id
from salvo.settings import FeedConfig
from salvo.store import Database

DDL = [
    """CREATE TABLE IF NOT EXISTS ingest_feeds (
        feed_id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        name TEXT,
        title TEXT,
        origin TEXT NOT NULL,
        enabled BIGINT NOT NULL DEFAULT 1,
        interval_override DOUBLE PRECISION,
        etag TEXT,
        last_modified TEXT,
        next_poll DOUBLE PRECISION NOT NULL DEFAULT 0,
        interval_seconds DOUBLE PRECISION,
        last_poll DOUBLE PRECISION,
        last_success DOUBLE PRECISION,
        last_status BIGINT,
        last_outcome TEXT,
        last_error TEXT,
        last_error_kind TEXT,
        last_error_at DOUBLE PRECISION,
        first_error_at DOUBLE PRECISION,
        error_count BIGINT NOT NULL DEFAULT 0,
        entries_seen BIGINT NOT NULL DEFAULT 0,
        articles_published BIGINT NOT NULL DEFAULT 0,
        format TEXT,
        bozo_reason TEXT,
        redirected_to TEXT,
        body_hash TEXT,
        state TEXT NOT NULL DEFAULT 'new'
    )""",
    "CREATE INDEX IF NOT EXISTS ingest_feeds_due ON ingest_feeds (enabled, next_poll)",
    """CREATE TABLE IF NOT EXISTS ingest_seen (
        feed_id TEXT NOT NULL,
        entry_key TEXT NOT NULL,
        article_id TEXT,
        published DOUBLE PRECISION,
        seen_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (feed_id, entry_key)
    )""",
]


def feed_id(url: str) -> str:
    return stable_id("feed", url)


@dataclass
class FeedRow:
    feed_id: str
    url: str
    name: str | None = None
    title: str | None = None
    origin: str = "config"
    enabled: int = 1
    interval_override: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_poll: float = 0.0
    interval_seconds: float | None = None
    last_poll: float | None = None
    last_success: float | None = None
    last_status: int | None = None
    last_outcome: str | None = None
    last_error: str | None = None
    last_error_kind: str | None = None
    last_error_at: float | None = None
    first_error_at: float | None = None
    error_count: int = 0
    entries_seen: int = 0
    articles_published: int = 0
    format: str | None = None
    bozo_reason: str | None = None
    # Where a 301/308 moved the feed: polled instead of `url`, which stays its identity
    # (feed_id, metrics label, history) and its trust (see FeedIngest._poll_feed).
    redirected_to: str | None = None
    body_hash: str | None = None  # of the last parsed body: an unchanged 200 skips the parse
    state: str = "new"

    @property
    def display_name(self) -> str:
        return self.name or self.title or self.url

    @property
    def poll_url(self) -> str:
        return self.redirected_to or self.url

    def move_to(self, target: str | None) -> bool:
        """Apply where a successful poll's 301/308 chain ended (None: no permanent move;
        a temporary redirect changes nothing). True if the polled URL changed."""
        if target is None or target == self.poll_url:
            return False
        self.redirected_to = None if target == self.url else target
        return True

    def forget_move(self) -> bool:
        """Poll the configured URL again (the new home is gone). True if it had moved."""
        moved, self.redirected_to = self.redirected_to is not None, None
        return moved


_COLUMNS = [f.name for f in fields(FeedRow)]
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM ingest_feeds"
_MUTABLE = [c for c in _COLUMNS if c not in ("feed_id", "url", "name", "origin", "enabled")]


@dataclass
class SeenEntry:
    entry_key: str
    article_id: str | None
    published: float | None


class FeedState:
    """Reads and writes ingest_feeds and ingest_seen."""

    def __init__(self, store: Database) -> None:
        self.store = store

    def migrate(self) -> None:
        self.store.migrate("ingest", DDL)

    # ------------------------------------------------------------------ feeds

    def sync_config(self, feeds: Sequence[FeedConfig]) -> None:
        """Upsert the TOML feeds; disable config feeds no longer listed."""
        with self.store.transaction():
            self.store.executemany(
                "INSERT INTO ingest_feeds (feed_id, url, name, origin, enabled, "
                "interval_override) VALUES (?, ?, ?, 'config', ?, ?) "
                "ON CONFLICT (feed_id) DO UPDATE SET name = excluded.name, "
                "enabled = excluded.enabled, interval_override = excluded.interval_override, "
                "origin = 'config'",
                [
                    (feed_id(f.url), f.url, f.name, int(f.enabled), f.interval_seconds)
                    for f in feeds
                ],
            )
            urls = {f.url for f in feeds}
            known = self.store.fetchall("SELECT url FROM ingest_feeds WHERE origin = 'config'")
            self.store.executemany(
                "UPDATE ingest_feeds SET enabled = 0 WHERE feed_id = ?",
                [(feed_id(url),) for (url,) in known if url not in urls],
            )

    def import_feeds(self, feeds: Iterable[tuple[str, str | None]], origin: str = "opml") -> int:
        """Add (url, name) feeds; existing ones keep their state. Returns how many were new."""
        added = 0
        with self.store.transaction():
            for url, name in feeds:
                added += self.store.execute(
                    "INSERT INTO ingest_feeds (feed_id, url, name, origin) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (feed_id) DO NOTHING",
                    (feed_id(url), url, name, origin),
                )
        return added

    def all(self) -> list[FeedRow]:
        return [FeedRow(*row) for row in self.store.fetchall(_SELECT + " ORDER BY url")]

    def health(self) -> list[tuple[str, float | None, float | None]]:
        """(url, last success, start of the current run of failures) of each enabled feed:
        three columns, not whole rows, as it is read for every feed at start."""
        rows = self.store.fetchall(
            "SELECT url, last_success, CASE WHEN error_count > 0 THEN first_error_at END "
            "FROM ingest_feeds WHERE enabled = 1"
        )
        return [(str(url), last, failing) for url, last, failing in rows]

    def get(self, fid: str) -> FeedRow | None:
        row = self.store.fetchone(_SELECT + " WHERE feed_id = ?", (fid,))
        return FeedRow(*row) if row else None

    def due(
        self, now: float, exclude: Iterable[str] = (), limit: int | None = None
    ) -> list[FeedRow]:
        """Enabled feeds whose next poll is due, most overdue first."""
        skip = set(exclude)
        sql = _SELECT + " WHERE enabled = 1 AND next_poll <= ? ORDER BY next_poll"
        params: list[object] = [now]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit + len(skip))
        rows = self.store.fetchall(sql, params)
        feeds = [r for r in (FeedRow(*row) for row in rows) if r.feed_id not in skip]
        return feeds[:limit] if limit is not None else feeds

    def due_ids(self, now: float) -> list[str]:
        """Ids of the enabled feeds due at `now`, most overdue first (ids only: a pass over
        many feeds loads their rows a chunk at a time, see `get_many`)."""
        rows = self.store.fetchall(
            "SELECT feed_id FROM ingest_feeds WHERE enabled = 1 AND next_poll <= ? "
            "ORDER BY next_poll",
            (now,),
        )
        return [str(r[0]) for r in rows]

    def get_many(self, ids: Sequence[str]) -> dict[str, FeedRow]:
        """The enabled feeds among `ids`, by id."""
        found: dict[str, FeedRow] = {}
        for start in range(0, len(ids), 400):
            chunk = ids[start : start + 400]
            marks = ", ".join("?" * len(chunk))
            for row in self.store.fetchall(
                f"{_SELECT} WHERE enabled = 1 AND feed_id IN ({marks})", chunk
            ):
                feed = FeedRow(*row)
                found[feed.feed_id] = feed
        return found

    def next_due(self) -> float | None:
        value = self.store.scalar("SELECT MIN(next_poll) FROM ingest_feeds WHERE enabled = 1")
        return float(value) if value is not None else None

    def save(self, feeds: Sequence[FeedRow]) -> None:
        """Write the mutable columns (schedule, caching validators, health)."""
        sql = f"UPDATE ingest_feeds SET {', '.join(f'{c} = ?' for c in _MUTABLE)} WHERE feed_id = ?"
        rows = []
        for feed in feeds:
            values = asdict(feed)
            rows.append([values[c] for c in _MUTABLE] + [feed.feed_id])
        self.store.executemany(sql, rows)

    def counts_by_state(self) -> dict[str, int]:
        rows = self.store.fetchall(
            "SELECT state, COUNT(*) FROM ingest_feeds WHERE enabled = 1 GROUP BY state"
        )
        return {str(state): int(n) for state, n in rows}

    # ------------------------------------------------------------------ seen entries

    def seen_keys(self, fid: str, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(keys), 400):
            chunk = keys[start : start + 400]
            marks = ", ".join("?" * len(chunk))
            rows = self.store.fetchall(
                f"SELECT entry_key FROM ingest_seen WHERE feed_id = ? AND entry_key IN ({marks})",
                [fid, *chunk],
            )
            found.update(str(r[0]) for r in rows)
        return found

    def mark_seen(self, fid: str, entries: Sequence[SeenEntry]) -> None:
        now = time.time()
        self.store.executemany(
            "INSERT INTO ingest_seen (feed_id, entry_key, article_id, published, seen_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(fid, e.entry_key, e.article_id, e.published, now) for e in entries],
        )

    def prune_seen(self, older_than_seconds: float) -> int:
        """Forget entries seen long ago. Safe: an entry that shows up again maps to an
        article id the dedupe index still knows, so it is marked seen, not republished."""
        return self.store.execute(
            "DELETE FROM ingest_seen WHERE seen_at < ?", (time.time() - older_than_seconds,)
        )
