"""Duplicate detection: exact (content hash) and near (64-bit SimHash over word shingles).

Every article is still published; a copy is marked `duplicate_of` the first
article of its story, so one agency report syndicated by many outlets counts
as one source downstream. Near-duplicate lookup uses the pigeonhole trick: two
64-bit fingerprints within Hamming distance 3 agree exactly on at least one of
four 16-bit bands, so each band is an indexed column.

Nothing is written until the caller has flushed the articles to the bus
(`commit`), so a crash never records an article that was not published.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

import numpy as np

from salvo.store import Database

SHINGLE = 3
MIN_TOKENS = 40  # shorter texts give noisy fingerprints: exact matching only
NEAR_DISTANCE = 3
BANDS = 4
WINDOW_SECONDS = 14 * 86400  # syndicated copies appear within days

_WORD = re.compile(r"\w+", re.UNICODE)
_BITS = np.arange(64, dtype=np.uint64)

DDL = [
    """CREATE TABLE IF NOT EXISTS ingest_articles (
        article_id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        feed_id TEXT,
        content_hash TEXT NOT NULL,
        simhash BIGINT,
        duplicate_of TEXT,
        added_at DOUBLE PRECISION NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS ingest_articles_hash ON ingest_articles (content_hash)",
    """CREATE TABLE IF NOT EXISTS ingest_simhash_bands (
        band BIGINT NOT NULL,
        value BIGINT NOT NULL,
        article_id TEXT NOT NULL,
        added_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (band, value, article_id)
    )""",
]


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def simhash(text: str) -> int:
    """64-bit SimHash of the text's word 3-shingles (0 for short texts)."""
    words = tokens(text)
    if len(words) < MIN_TOKENS:
        return 0
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
            for s in shingles
        ),
        dtype=np.uint64,
        count=len(shingles),
    )
    ones = ((hashes[:, None] >> _BITS) & np.uint64(1)).sum(axis=0)
    bits = ones * 2 > len(shingles)
    return sum(1 << int(i) for i in np.flatnonzero(bits))


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def _signed(value: int) -> int:
    # BIGINT is signed 64-bit in both engines.
    return value - (1 << 64) if value >= 1 << 63 else value


def _unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def bands(value: int) -> list[int]:
    width = 64 // BANDS
    mask = (1 << width) - 1
    return [(value >> (i * width)) & mask for i in range(BANDS)]


@dataclass
class Seen:
    """One article as the index remembers it."""

    article_id: str
    url: str
    feed_id: str | None
    content_hash: str
    simhash: int
    root: str | None  # the article this one duplicates (None: an original)


class DedupeIndex:
    """Exact and near-duplicate lookup over published articles, persisted in the store."""

    def __init__(self, store: Database) -> None:
        self.store = store
        self._pending: dict[str, Seen] = {}

    def migrate(self) -> None:
        self.store.migrate("ingest_dedupe", DDL)

    def is_published(self, article_id: str) -> bool:
        if article_id in self._pending:
            return True
        return (
            self.store.scalar("SELECT 1 FROM ingest_articles WHERE article_id = ?", (article_id,))
            is not None
        )

    def classify(self, content_hash: str, fingerprint: int) -> tuple[str | None, str | None]:
        """(original article id, "exact" | "near") or (None, None) for an original."""
        for seen in self._pending.values():
            if seen.content_hash == content_hash:
                return seen.root or seen.article_id, "exact"
        row = self.store.fetchone(
            "SELECT article_id, duplicate_of FROM ingest_articles WHERE content_hash = ? "
            "ORDER BY added_at LIMIT 1",
            (content_hash,),
        )
        if row:
            return row[1] or row[0], "exact"
        if not fingerprint:
            return None, None
        for seen in self._pending.values():
            if seen.simhash and hamming(seen.simhash, fingerprint) <= NEAR_DISTANCE:
                return seen.root or seen.article_id, "near"
        since = time.time() - WINDOW_SECONDS
        clauses = " OR ".join(["(b.band = ? AND b.value = ?)"] * BANDS)
        params: list[object] = []
        for i, value in enumerate(bands(fingerprint)):
            params += [i, value]
        rows = self.store.fetchall(
            "SELECT a.article_id, a.duplicate_of, a.simhash, a.added_at "
            "FROM ingest_simhash_bands b "
            f"JOIN ingest_articles a ON a.article_id = b.article_id WHERE ({clauses}) "
            "AND b.added_at >= ?",
            [*params, since],
        )
        best: tuple[float, str] | None = None
        for article_id, duplicate_of, stored, added_at in rows:
            if stored is not None and hamming(_unsigned(stored), fingerprint) <= NEAR_DISTANCE:
                candidate = (float(added_at), duplicate_of or article_id)
                best = candidate if best is None or candidate < best else best
        return (best[1], "near") if best else (None, None)

    def remember(self, seen: Seen) -> None:
        """Hold an article as published (in memory) until `commit`."""
        self._pending[seen.article_id] = seen

    def commit(self, article_ids: list[str]) -> None:
        """Persist these remembered articles (call inside the caller's transaction)."""
        now = time.time()
        rows = [self._pending.pop(a) for a in article_ids if a in self._pending]
        self.store.executemany(
            "INSERT INTO ingest_articles (article_id, url, feed_id, content_hash, simhash, "
            "duplicate_of, added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (s.article_id, s.url, s.feed_id, s.content_hash, _signed(s.simhash), s.root, now)
                for s in rows
            ],
        )
        self.store.executemany(
            "INSERT INTO ingest_simhash_bands (band, value, article_id, added_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (i, value, s.article_id, now)
                for s in rows
                if s.simhash
                for i, value in enumerate(bands(s.simhash))
            ],
        )

    def forget_pending(self, article_ids: list[str]) -> None:
        for a in article_ids:
            self._pending.pop(a, None)

    def prune(self, older_than_seconds: float = WINDOW_SECONDS) -> int:
        """Drop band rows past the near-duplicate window (article rows stay: they
        remember what was published)."""
        return self.store.execute(
            "DELETE FROM ingest_simhash_bands WHERE added_at < ?",
            (time.time() - older_than_seconds,),
        )
