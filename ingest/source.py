"""The ingest stage: poll due feeds, fetch and clean new entries, publish Articles.

Order of durability (what makes "never misses, never double-publishes" true):
emit the articles of a batch → `emitter.flush()` → only then, in one
transaction, mark the entries seen and record the articles in the dedupe
index. A crash before the mark republishes the same deterministic article ids
(dropped by the bus and downstream); a crash after it loses nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ingest.articles import ArticleBuilder, article_url
from ingest.clean import WorkerError, WorkerPool
from ingest.dedupe import DedupeIndex, Seen
from ingest.fetch import FEED_ACCEPT, Fetcher, FetchError, FetchResult
from ingest.outcomes import THROTTLED, apply_failure, apply_success
from ingest.parse import FeedEntry, ParsedFeed, parse_feed
from ingest.state import FeedRow, FeedState, SeenEntry
from ingest.urls import host_of
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.schemas import Article
from salvo.settings import Settings
from salvo.store import Database

log = logging.getLogger(__name__)

BATCH = 50  # entries published (and flushed) together
FEED_CHUNK = 256  # feed rows read from the store at a time in a pass
SEEN_RETENTION = 180 * 86400  # seen-set rows older than this are pruned


@dataclass(slots=True)  # one per feed polled in a pass
class PollReport:
    """What one poll of one feed did (for tests, the CLI and the benchmark)."""

    feed_id: str
    outcome: str  # parsed | bozo | not_modified | unchanged | rejected | error | throttled
    status: int = 0
    published: int = 0
    new_entries: int = 0
    error: str | None = None


class FeedIngest:
    """Implements `salvo.runtime.Source`: the feed poller."""

    name = "ingest"

    def __init__(self, settings: Settings, store: Database, metrics: Metrics) -> None:
        self.settings = settings
        self.cfg = settings.ingest
        self.store = store
        self.metrics = metrics
        self.state = FeedState(store)
        self.state.migrate()
        self.dedupe = DedupeIndex(store)
        self.dedupe.migrate()
        self.state.sync_config(settings.feeds)
        self._export_feed_health()
        self.pool = WorkerPool(self.cfg.extraction_workers)
        self.rng = random.Random()
        self.reports: list[PollReport] = []  # of the last run_once
        self._dirty: dict[str, FeedRow] = {}  # feed state waiting to be written
        names = {f.url: f.name for f in settings.feeds if f.name}
        self.articles = ArticleBuilder(self.cfg, self.pool, metrics, names)

    # ------------------------------------------------------------------ public API

    def run_once(self, emitter: Emitter) -> int:
        """Poll every due feed once (all of them on a first run); return articles published."""
        return asyncio.run(self._run_once(emitter))

    def run(self, emitter: Emitter, stop: threading.Event) -> None:
        """Poll feeds as they fall due until `stop` is set."""
        self.metrics.stage_up.labels(self.name).set(1)
        try:
            asyncio.run(self._run_forever(emitter, stop))
        finally:
            self.metrics.stage_up.labels(self.name).set(0)
            self.close()

    def close(self) -> None:
        self.pool.close()

    # ------------------------------------------------------------------ loops

    async def _run_once(self, emitter: Emitter) -> int:
        # A fixed set of pollers pulls feeds, loaded a chunk at a time: memory follows
        # the concurrency, not the number of feeds (a task and a row per feed, all at
        # once, cost ~2 KB a feed before a single poll).
        ids = self.state.due_ids(time.time())
        reports: list[PollReport | None] = [None] * len(ids)
        feeds = self._feeds_in_chunks(ids)
        async with Fetcher(self.cfg) as fetcher:

            async def poller() -> None:
                for index, feed in feeds:
                    reports[index] = await self.poll_feed(feed, fetcher, emitter)

            await asyncio.gather(
                *(poller() for _ in range(min(len(ids), self.cfg.concurrency * 2)))
            )
        self._save_dirty()
        self.reports = [r for r in reports if r is not None]
        self._report_states()
        return sum(r.published for r in self.reports)

    def _feeds_in_chunks(self, ids: list[str]) -> Iterator[tuple[int, FeedRow]]:
        """(position in `ids`, feed), the rows read from the store a chunk at a time.

        Shared by the pollers of a pass: safe, as `next()` never awaits. A feed
        disabled since the ids were read is skipped."""
        for start in range(0, len(ids), FEED_CHUNK):
            rows = self.state.get_many(ids[start : start + FEED_CHUNK])
            for index in range(start, min(start + FEED_CHUNK, len(ids))):
                feed = rows.pop(ids[index], None)
                if feed is not None:
                    yield index, feed

    async def _run_forever(self, emitter: Emitter, stop: threading.Event) -> None:
        async with Fetcher(self.cfg) as fetcher:
            running: dict[str, asyncio.Task[PollReport]] = {}
            limit = self.cfg.concurrency * 2
            last_states = 0.0
            last_prune = time.monotonic()
            while not stop.is_set():
                for fid in [f for f, t in running.items() if t.done()]:
                    running.pop(fid)
                self._save_dirty()  # before asking the store what is due
                room = limit - len(running)
                if room > 0:
                    for feed in self.state.due(time.time(), exclude=running, limit=room):
                        running[feed.feed_id] = asyncio.create_task(
                            self.poll_feed(feed, fetcher, emitter)
                        )
                if time.monotonic() - last_prune > 3600:
                    self.dedupe.prune()  # near-duplicate bands past their window
                    self.dedupe.prune_articles()
                    self.state.prune_seen(SEEN_RETENTION)
                    last_prune = time.monotonic()
                if time.monotonic() - last_states > 15:
                    self._report_states()
                    last_states = time.monotonic()
                await asyncio.sleep(0.5 if running else 1.0)
            if running:  # finish in-flight polls so their entries are flushed and marked
                await asyncio.wait(running.values(), timeout=self.cfg.total_timeout * 2)
            self._save_dirty()
            self._report_states()

    def _save(self, feed: FeedRow) -> None:
        # Feed state is written in batches: losing it in a crash only costs a
        # refetch (the seen-set, written per article batch, prevents republishing).
        self._dirty[feed.feed_id] = feed
        if len(self._dirty) >= 500:
            self._save_dirty()

    def _save_dirty(self) -> None:
        if self._dirty:
            feeds, self._dirty = list(self._dirty.values()), {}
            with self.store.transaction():
                self.state.save(feeds)

    def _export_feed_health(self) -> None:
        # From the store, so a restart does not hide a feed that fails from then on
        # (SalvoFeedFailing reads these two gauges; they are otherwise set per poll).
        for url, last_success, failing_since in self.state.health():
            if last_success:
                self.metrics.feed_last_success.labels(url).set(last_success)
            self.metrics.feed_failing_since.labels(url).set(failing_since or 0)

    def _report_states(self) -> None:
        counts = self.state.counts_by_state()
        for state in ("new", "ok", "erroring", "failing"):
            self.metrics.feeds_by_state.labels(state).set(counts.get(state, 0))

    # ------------------------------------------------------------------ one feed

    async def poll_feed(self, feed: FeedRow, fetcher: Fetcher, emitter: Emitter) -> PollReport:
        """Poll one feed; never raises (every failure is recorded on the feed)."""
        try:
            return await self._poll_feed(feed, fetcher, emitter)
        except Exception as exc:  # a bug here must not stop the other feeds
            log.exception("feed %s: unexpected error", feed.url)
            return self._failed(feed, "internal", f"{type(exc).__name__}: {exc}", 0, {})

    async def _poll_feed(self, feed: FeedRow, fetcher: Fetcher, emitter: Emitter) -> PollReport:
        started = time.time()
        feed.last_poll = started
        try:
            # Trust comes from the configured URL only: a feed moved (301/308) to another
            # host is polled there under the same safety checks as any redirect target.
            result = await fetcher.get(
                feed.poll_url,
                etag=feed.etag,
                last_modified=feed.last_modified,
                trusted_host=host_of(feed.url),
                accept=FEED_ACCEPT,
            )
        except FetchError as exc:
            return self._failed(feed, exc.kind, str(exc), exc.status, exc.headers)
        self.metrics.feed_fetch_seconds.observe(result.elapsed)
        self.metrics.fetched_bytes.labels("feed").inc(result.raw_bytes)
        if result.not_modified:
            self.metrics.feed_polls.labels("not_modified", "304").inc()
            self._succeeded(feed, result, None, started)
            self._save(feed)
            return PollReport(feed.feed_id, "not_modified", 304)
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == feed.body_hash:  # no validators, same bytes: as good as a 304
            self.metrics.feed_polls.labels("unchanged", str(result.status)).inc()
            self._succeeded(feed, result, None, started)
            self._save(feed)
            return PollReport(feed.feed_id, "unchanged", result.status)
        try:
            parsed = await self.pool.run(
                parse_feed, result.body, result.final_url, result.content_type
            )
        except WorkerError as exc:
            return self._failed(feed, "parse_crash", f"parser failed: {exc!r}", result.status, {})
        # Parsed: the raw feed (up to max_body_bytes) need not live on while this
        # poll fetches and cleans its new articles, for seconds, beside 127 other polls.
        result.body = b""
        if parsed.outcome == "rejected":
            self.metrics.feed_polls.labels("rejected", str(result.status)).inc()
            report = self._failed(
                feed, "rejected", parsed.bozo_reason or "not a feed", result.status, {}, count=False
            )
            report.outcome = "rejected"
            return report
        published, new = await self._publish_new(feed, parsed, fetcher, emitter)
        self.metrics.feed_polls.labels(parsed.outcome, str(result.status)).inc()
        self._succeeded(feed, result, parsed, started)
        feed.body_hash = body_hash
        feed.articles_published += published
        self._save(feed)
        return PollReport(feed.feed_id, parsed.outcome, result.status, published, new)

    def _succeeded(
        self, feed: FeedRow, result: FetchResult, parsed: ParsedFeed | None, now: float
    ) -> None:
        apply_success(feed, result, parsed, now, self.cfg, self.rng)
        self.metrics.feed_last_success.labels(feed.url).set(now)
        self.metrics.feed_failing_since.labels(feed.url).set(0)

    def _failed(
        self,
        feed: FeedRow,
        kind: str,
        message: str,
        status: int,
        headers: dict[str, str],
        *,
        count: bool = True,
    ) -> PollReport:
        outcome = "throttled" if status in THROTTLED else "error"
        if count:
            self.metrics.feed_polls.labels(outcome, str(status)).inc()
        self.metrics.ingest_errors.labels(kind).inc()
        delay = apply_failure(feed, kind, message, status, headers, self.cfg, self.rng)
        self._save(feed)
        self.metrics.feed_failing_since.labels(feed.url).set(feed.first_error_at or time.time())
        log.info("feed %s: %s (%s); next poll in %.0fs", feed.url, kind, message, delay)
        return PollReport(feed.feed_id, outcome, status, error=message)

    # ------------------------------------------------------------------ entries

    async def _publish_new(
        self, feed: FeedRow, parsed: ParsedFeed, fetcher: Fetcher, emitter: Emitter
    ) -> tuple[int, int]:
        keys = [e.key for e in parsed.entries]
        seen = self.state.seen_keys(feed.feed_id, keys)
        fresh: list[FeedEntry] = []
        batch_keys: set[str] = set()
        for entry in parsed.entries:
            if entry.key not in seen and entry.key not in batch_keys:
                batch_keys.add(entry.key)
                fresh.append(entry)
        # An entry whose article is already out (another feed, a re-posted entry with
        # new tracking parameters) is only marked seen: its page is not fetched again.
        ids = {e.key: Article.make_id(article_url(feed, e)) for e in fresh}
        known = self.dedupe.published_among(list(ids.values()))
        if known:
            old = [e for e in fresh if ids[e.key] in known]
            fresh = [e for e in fresh if ids[e.key] not in known]
            with self.store.transaction():
                self.state.mark_seen(
                    feed.feed_id,
                    [
                        SeenEntry(
                            e.key, ids[e.key], e.published.timestamp() if e.published else None
                        )
                        for e in old
                    ],
                )
            feed.entries_seen += len(old)
        published = 0
        for start in range(0, len(fresh), BATCH):
            batch = fresh[start : start + BATCH]
            articles = await asyncio.gather(
                *(self.articles.build(feed, parsed, e, fetcher) for e in batch)
            )
            published += self._emit_batch(feed, batch, articles, emitter)
        feed.entries_seen += len(fresh)
        return published, len(fresh)

    def _emit_batch(
        self,
        feed: FeedRow,
        entries: Sequence[FeedEntry],
        articles: Sequence[tuple[Article, bytes] | None],
        emitter: Emitter,
    ) -> int:
        remembered: list[str] = []
        marks: list[SeenEntry] = []
        emitted = 0
        ready = [b[0] for b in articles if b is not None]
        already = self.dedupe.published_among([a.article_id for a in ready])
        known = self.dedupe.originals_by_hash([a.content_hash for a in ready])
        for entry, built in zip(entries, articles, strict=True):
            published_at = entry.published.timestamp() if entry.published else None
            if built is None:
                marks.append(SeenEntry(entry.key, None, published_at))
                continue
            article, fp = built
            marks.append(SeenEntry(entry.key, article.article_id, published_at))
            if article.article_id in already or self.dedupe.is_pending(article.article_id):
                continue  # the same article via another entry or feed (e.g. tracking params)
            original, kind = self.dedupe.classify(article.content_hash, fp, known)
            if original is not None and original != article.article_id:
                article = article.model_copy(update={"duplicate_of": original})
                self.metrics.duplicates.labels(kind or "exact").inc()
            emitter.emit(article)
            emitted += 1
            self.metrics.articles_published.labels(article.extracted_from.value).inc()
            self.dedupe.remember(
                Seen(
                    article.article_id,
                    article.url,
                    feed.feed_id,
                    article.content_hash,
                    fp,
                    article.duplicate_of,
                )
            )
            remembered.append(article.article_id)
        try:
            emitter.flush()
        except BaseException:
            self.dedupe.forget_pending(remembered)
            raise
        with self.store.transaction():
            self.state.mark_seen(feed.feed_id, marks)
            self.dedupe.commit(remembered)
        return emitted
