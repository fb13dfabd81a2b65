"""Duplicate detection: exact (content hash) and near (MinHash over word shingles).

Every article is still published; a copy is marked `duplicate_of` the first
article of its story, so one agency report syndicated by many outlets counts
as one source downstream. Near duplicates are found with MinHash + LSH: the
signature's 100 minima are cut into 20 bands of 5; texts that agree on a whole
band are candidates (likely from Jaccard ~0.55 up), and a candidate is a
duplicate when the estimated Jaccard similarity of their shingle sets is at
least NEAR_JACCARD. Syndicated copies differ by a byline, a dateline or a
closing line, which leaves their similarity near 0.9.

Nothing is written until the caller has flushed the articles to the bus
(`commit`), so a crash never records an article that was not published.
"""

from __future__ import annotations

import functools
import hashlib
import re
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from salvo.store import Database

MIN_TOKENS = 40  # shorter texts give noisy signatures: exact matching only
NUM_PERM = 100
BANDS = 20
ROWS = NUM_PERM // BANDS
NEAR_JACCARD = 0.7
WINDOW_SECONDS = 14 * 86400  # syndicated copies appear within days
# Longer than the feeds' seen-set (180 days): an entry that reappears after its seen row
# was pruned is still known here by its article id, so it is not published again.
ARTICLE_RETENTION_SECONDS = 365 * 86400

_WORD = re.compile(r"\w+", re.UNICODE)
# Fixed constants: signatures must compare across processes and restarts.
_P1, _P2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
_LOW32 = np.uint64(0xFFFFFFFF)
_HOP = np.uint64(0x9E3779B1)  # added per bin an empty bin's minimum is borrowed across

DDL = [
    """CREATE TABLE IF NOT EXISTS ingest_articles (
        article_id TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        feed_id TEXT,
        content_hash TEXT NOT NULL,
        signature TEXT,
        duplicate_of TEXT,
        added_at DOUBLE PRECISION NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS ingest_articles_hash ON ingest_articles (content_hash)",
    "CREATE INDEX IF NOT EXISTS ingest_articles_added ON ingest_articles (added_at)",
    """CREATE TABLE IF NOT EXISTS ingest_lsh_bands (
        band BIGINT NOT NULL,
        value BIGINT NOT NULL,
        article_id TEXT NOT NULL,
        added_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (band, value, article_id)
    )""",
]


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


# Punctuation and spaces outside ASCII that news text is full of, none of them word
# characters: once they are spaces, most texts are ASCII and split in C.
_NON_WORD_MARKS = (
    "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\xa0\u2022\xb7\xab\xbb\u2032\u2033\xa9\xae"
)
_MARKS = re.compile(f"[{_NON_WORD_MARKS}]")
# ASCII word characters (as `\w` reads them) stay, every other byte becomes a space.
_ASCII_WORDS = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or c == 0x5F) else 0x20 for c in range(256)
)


def word_bytes(text: str) -> list[bytes]:
    """`tokens(text)` UTF-8 encoded: split in C when the text is ASCII but for the marks
    above (most English news), else by the regex. The same words in the same order."""
    low = text.lower()
    if not low.isascii():
        low = _MARKS.sub(" ", low)
        if not low.isascii():
            return [w.encode() for w in _WORD.findall(low)]
    return low.encode().translate(_ASCII_WORDS).split()


def minhash(text: str) -> bytes:
    """MinHash signature (NUM_PERM 32-bit minima) of the word 3-shingles; b"" if too short.

    One permutation hashing (Li, Owen & Zhang 2012) with densification by rotation
    (Shrivastava & Li 2014): each shingle's 64-bit hash picks one of NUM_PERM bins
    with its low half and competes there with its high half; a bin keeps its
    minimum. An empty bin (short texts) borrows the next filled bin's minimum,
    shifted by the distance, so two texts agree on any bin with probability equal
    to their Jaccard similarity, as with NUM_PERM separate permutations, at a
    fraction of the cost (one sort instead of NUM_PERM passes).
    """
    words = word_bytes(text)
    if len(words) < MIN_TOKENS:
        return b""
    # Each word hashed once (crc32: deterministic across processes, unlike hash()); a
    # shingle's hash combines its three words' in numpy, so no Python loop per shingle.
    w = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    hashed = _mix((w[:-2] * _P1 + w[1:-1]) * _P2 + w[2:])
    bins = ((hashed & _LOW32) * np.uint64(NUM_PERM)) >> np.uint64(32)
    ranked = np.sort((bins << np.uint64(32)) | (hashed >> np.uint64(32)))  # by bin, then value
    ranked_bins = ranked >> np.uint64(32)
    firsts = np.flatnonzero(np.r_[True, ranked_bins[1:] != ranked_bins[:-1]])
    filled = ranked_bins[firsts].astype(np.intp)
    minima = ranked[firsts] & _LOW32
    if len(filled) < NUM_PERM:
        every = np.arange(NUM_PERM)
        donor = np.searchsorted(filled, every) % len(filled)  # next filled bin, circularly
        hops = ((filled[donor] - every) % NUM_PERM).astype(np.uint64)
        minima = (minima[donor] + hops * _HOP) & _LOW32
    return minima.astype("<u4").tobytes()


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the combined word hashes over all 64 bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    if not a or not b or len(a) != len(b):
        return 0.0
    equal = np.count_nonzero(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4"))
    return equal / (len(a) // 4)


def _chunks(items: Sequence[str], size: int = 400) -> list[list[str]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _marks(chunk: Sequence[str]) -> str:
    return ", ".join("?" * len(chunk))


@functools.lru_cache(maxsize=4096)  # asked when an article is classified and when committed
def band_keys(signature: bytes) -> tuple[int, ...]:
    """One signed 64-bit key per band (BIGINT in both engines)."""
    width = ROWS * 4
    return tuple(
        int.from_bytes(
            hashlib.blake2b(signature[i * width : (i + 1) * width], digest_size=8).digest(),
            "little",
            signed=True,
        )
        for i in range(BANDS)
    )


@dataclass
class Seen:
    """One article as the index remembers it."""

    article_id: str
    url: str
    feed_id: str | None
    content_hash: str
    signature: bytes
    root: str | None  # the article this one duplicates (None: an original)


class DedupeIndex:
    """Exact and near-duplicate lookup over published articles, persisted in the store."""

    def __init__(self, store: Database) -> None:
        self.store = store
        self._pending: dict[str, Seen] = {}
        self._pending_hash: dict[str, str] = {}  # content hash -> original, while pending

    def migrate(self) -> None:
        self.store.migrate("ingest_dedupe", DDL)

    def is_pending(self, article_id: str) -> bool:
        return article_id in self._pending

    def is_published(self, article_id: str) -> bool:
        return bool(self.published_among([article_id]))

    def published_among(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these articles were published already (or are pending)."""
        found = {a for a in article_ids if a in self._pending}
        rest = [a for a in article_ids if a not in found]
        for chunk in _chunks(rest):
            rows = self.store.fetchall(
                f"SELECT article_id FROM ingest_articles WHERE article_id IN ({_marks(chunk)})",
                chunk,
            )
            found.update(str(r[0]) for r in rows)
        return found

    def originals_by_hash(self, hashes: Sequence[str]) -> dict[str, str]:
        """For each content hash already published: the original article of that text."""
        found: dict[str, tuple[float, str]] = {}
        for chunk in _chunks(sorted(set(hashes))):
            rows = self.store.fetchall(
                "SELECT content_hash, article_id, duplicate_of, added_at FROM ingest_articles "
                f"WHERE content_hash IN ({_marks(chunk)})",
                chunk,
            )
            for content_hash, article_id, duplicate_of, added_at in rows:
                candidate = (float(added_at), str(duplicate_of or article_id))
                if content_hash not in found or candidate < found[content_hash]:
                    found[content_hash] = candidate
        return {h: v[1] for h, v in found.items()}

    def classify(
        self, content_hash: str, signature: bytes, known: dict[str, str] | None = None
    ) -> tuple[str | None, str | None]:
        """(original article id, "exact" | "near") or (None, None) for an original.

        `known` is `originals_by_hash()` for the batch, which saves a query per article.
        """
        if content_hash in self._pending_hash:
            return self._pending_hash[content_hash], "exact"
        if known is None:
            known = self.originals_by_hash([content_hash])
        if content_hash in known:
            return known[content_hash], "exact"
        if not signature:
            return None, None
        best: tuple[float, str] | None = None  # (-similarity, original)
        for seen in self._pending.values():
            score = similarity(seen.signature, signature)
            if score >= NEAR_JACCARD and (best is None or -score < best[0]):
                best = (-score, seen.root or seen.article_id)
        if best is not None:
            return best[1], "near"
        keys = band_keys(signature)
        clauses = " OR ".join(["(b.band = ? AND b.value = ?)"] * BANDS)
        params: list[object] = [p for i, key in enumerate(keys) for p in (i, key)]
        rows = self.store.fetchall(
            "SELECT DISTINCT a.article_id, a.duplicate_of, a.signature, a.added_at "
            f"FROM ingest_lsh_bands b JOIN ingest_articles a ON a.article_id = b.article_id "
            f"WHERE ({clauses}) AND b.added_at >= ?",
            [*params, time.time() - WINDOW_SECONDS],
        )
        ranked: list[tuple[float, float, str]] = []
        for article_id, duplicate_of, stored, added_at in rows:
            score = similarity(bytes.fromhex(stored or ""), signature)
            if score >= NEAR_JACCARD:
                ranked.append((-score, float(added_at), duplicate_of or article_id))
        return (min(ranked)[2], "near") if ranked else (None, None)

    def remember(self, seen: Seen) -> None:
        """Hold an article as published (in memory) until `commit`."""
        self._pending[seen.article_id] = seen
        self._pending_hash.setdefault(seen.content_hash, seen.root or seen.article_id)

    def commit(self, article_ids: list[str]) -> None:
        """Persist these remembered articles (call inside the caller's transaction)."""
        now = time.time()
        rows = [self._pending.pop(a) for a in article_ids if a in self._pending]
        self._forget_hashes(rows)
        self.store.executemany(
            "INSERT INTO ingest_articles (article_id, url, feed_id, content_hash, signature, "
            "duplicate_of, added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (s.article_id, s.url, s.feed_id, s.content_hash, s.signature.hex(), s.root, now)
                for s in rows
            ],
        )
        self.store.executemany(
            "INSERT INTO ingest_lsh_bands (band, value, article_id, added_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [
                (i, key, s.article_id, now)
                for s in rows
                if s.signature
                for i, key in enumerate(band_keys(s.signature))
            ],
        )

    def forget_pending(self, article_ids: list[str]) -> None:
        self._forget_hashes([s for a in article_ids if (s := self._pending.pop(a, None))])

    def _forget_hashes(self, rows: list[Seen]) -> None:
        for s in rows:
            if self._pending_hash.get(s.content_hash) == (s.root or s.article_id):
                del self._pending_hash[s.content_hash]

    def prune_articles(self, older_than_seconds: float = ARTICLE_RETENTION_SECONDS) -> int:
        """Forget published articles older than the retention (bounds the table's growth)."""
        return self.store.execute(
            "DELETE FROM ingest_articles WHERE added_at < ?", (time.time() - older_than_seconds,)
        )

    def prune(self, older_than_seconds: float = WINDOW_SECONDS) -> int:
        """Drop band rows past the near-duplicate window (article rows stay: they
        remember what was published)."""
        return self.store.execute(
            "DELETE FROM ingest_lsh_bands WHERE added_at < ?",
            (time.time() - older_than_seconds,),
        )
