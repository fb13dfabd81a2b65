"""From a feed entry to an Article: fetch the page, clean it, or fall back to the feed.

The page is fetched (with every limit of the fetcher) and cleaned by trafilatura
in the worker pool. When the fetch fails, the page is not HTML, or what it
yields is a stub (a paywall, a consent wall, a video page) the feed's own
content or summary is used instead, and the article says so
(`extracted_from="feed"`). One bad entry never fails its feed.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Mapping
from datetime import UTC, datetime

from ingest.clean import Cleaned, WorkerError, WorkerPool, clean_page, fingerprint, is_stub
from ingest.fetch import Fetcher, FetchError
from ingest.parse import FeedEntry, ParsedFeed
from ingest.state import FeedRow
from ingest.urls import host_of
from salvo.metrics import Metrics
from salvo.schemas import Article, ExtractionSource
from salvo.settings import IngestSettings

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
PAGE_BYTES_IN_HAND = 64 * 2**20


def article_url(feed: FeedRow, entry: FeedEntry) -> str:
    """The canonical article URL (entries without a link get a stable pseudo-URL)."""
    return entry.link or f"{feed.url}#{entry.key}"


class ArticleBuilder:
    """Builds Articles for one FeedIngest (its settings, pool, metrics, feed names)."""

    def __init__(
        self,
        cfg: IngestSettings,
        pool: WorkerPool,
        metrics: Metrics,
        names: Mapping[str, str],
    ) -> None:
        self.cfg = cfg
        self.pool = pool
        self.metrics = metrics
        self._names = names
        # Bytes of fetched pages waiting for (or in) a worker. A burst of new entries (a
        # first poll of thousands of feeds) must not fetch every page ahead of extraction
        # and hold them all: no page fetch starts while these are over PAGE_BYTES_IN_HAND,
        # so at most that plus the fetches in flight (concurrency x max body) are held.
        self._bytes_in_hand = 0
        self._room: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Event] = (
            weakref.WeakKeyDictionary()
        )

    def _room_event(self) -> asyncio.Event:
        loop = asyncio.get_running_loop()
        room = self._room.get(loop)
        if room is None:
            room = self._room[loop] = asyncio.Event()
        return room

    async def _wait_for_room(self) -> None:
        room = self._room_event()
        while self._bytes_in_hand >= PAGE_BYTES_IN_HAND:
            room.clear()
            await room.wait()

    def _release(self, size: int) -> None:
        self._bytes_in_hand -= size
        if self._bytes_in_hand < PAGE_BYTES_IN_HAND:
            self._room_event().set()

    async def build(
        self, feed: FeedRow, parsed: ParsedFeed, entry: FeedEntry, fetcher: Fetcher
    ) -> tuple[Article, bytes] | None:
        """The entry's Article and its MinHash signature; None if there is no text at all."""
        page = None
        if self.cfg.fetch_articles:
            try:
                page = await self.fetch_page(entry, fetcher)
            except Exception:  # one bad entry must not fail its feed: use the feed text
                log.exception("article %s: unexpected error", entry.raw_link)
                self.metrics.ingest_errors.labels("article_internal").inc()
        page_text = page.text if page else ""
        source = ExtractionSource.PAGE
        text = page_text
        stub = page is None or is_stub(page_text, self.cfg.min_article_chars)
        if stub and (page is None or len(entry.text) >= len(page_text)):
            text, source = entry.text, ExtractionSource.FEED
        if not text.strip():
            text, source = entry.title, ExtractionSource.FEED
        if not text.strip():
            return None
        if source is ExtractionSource.FEED or page is None:
            meta = fingerprint(Cleaned(text=text))
        else:
            meta = page
        url = article_url(feed, entry)
        outlet = self._names.get(feed.url) or feed.name or parsed.title
        if not outlet:
            outlet = (page.site_name if page else None) or host_of(url)
        article = Article(
            article_id=Article.make_id(url),
            url=url,
            feed_url=feed.url,
            source=outlet,
            title=entry.title or (page.title if page else None) or "",
            published=entry.published or (page.date if page else None),
            fetched=datetime.now(UTC),
            language=(page.language if page else None) or parsed.language,
            author=entry.author or (page.author if page else None),
            site_name=page.site_name if page else None,
            text=text,
            content_hash=meta.content_hash,
            extracted_from=source,
            entry_id=entry.key,
        )
        return article, meta.signature

    async def fetch_page(self, entry: FeedEntry, fetcher: Fetcher) -> Cleaned | None:
        """The cleaned article page, or None (no link, fetch failed, not HTML, worker died)."""
        if not entry.raw_link:
            return None
        await self._wait_for_room()
        return await self._fetch_and_clean(entry.raw_link, fetcher)

    async def _fetch_and_clean(self, link: str, fetcher: Fetcher) -> Cleaned | None:
        try:
            result = await fetcher.get(link)
        except FetchError as exc:
            self.metrics.ingest_errors.labels(f"article_{exc.kind}").inc()
            log.info("article %s: %s", link, exc)
            return None
        self.metrics.article_fetch_seconds.observe(result.elapsed)
        self.metrics.fetched_bytes.labels("article").inc(result.raw_bytes)
        if result.content_type not in HTML_TYPES:
            self.metrics.ingest_errors.labels("article_not_html").inc()
            return None
        size = len(result.body)
        self._bytes_in_hand += size
        try:
            cleaned = await self.pool.run(
                clean_page, result.body, result.final_url, result.headers.get("content-type", "")
            )
        except WorkerError:
            self.metrics.ingest_errors.labels("extraction_crash").inc()
            return None
        finally:
            self._release(size)
        self.metrics.extraction_seconds.observe(cleaned.seconds)
        if cleaned.error:
            self.metrics.ingest_errors.labels("extraction_empty").inc()
        return cleaned
