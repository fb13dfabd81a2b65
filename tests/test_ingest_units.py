"""Pure parts of ingest: URLs, identity, scheduling, parsing, OPML, text, MinHash."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from ingest.dedupe import minhash, similarity
from ingest.opml import OPMLError, parse_opml
from ingest.parse import entry_key, parse_feed
from ingest.schedule import (
    adaptive_interval,
    backoff_delay,
    health_state,
    next_success_delay,
    parse_max_age,
    parse_retry_after,
)
from ingest.text import html_to_text
from ingest.urls import canonicalize, is_public_address
from tests.test_ingest_support import story


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTP://Example.COM:80/a/b?utm_source=x&id=3&b=2#frag", "http://example.com/a/b?b=2&id=3"),
        ("https://example.com:443/News/Story", "https://example.com/News/Story"),
        ("https://example.com/a?fbclid=1&gclid=2&mc_cid=3", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/%7Euser/a%20b", "https://example.com/~user/a%20b"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
        ("https://example.com./a?UTM_CAMPAIGN=z", "https://example.com/a"),
    ],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


def test_canonicalize_resolves_relative_links() -> None:
    assert canonicalize("../b?ref_src=tw", "https://x.org/a/c/feed.xml") == "https://x.org/a/b"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("224.0.0.1", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_entry_identity() -> None:
    assert entry_key("tag:x.org,2025:1", "https://x.org/a", "T", None) == "g:tag:x.org,2025:1"
    # A URL guid is canonicalised: a changed tracking parameter is the same entry.
    assert entry_key("https://x.org/a?utm_source=rss", None, "", None) == entry_key(
        "https://X.org/a#top", None, "", None
    )
    assert entry_key(None, "https://x.org/a", "T", None) == "u:https://x.org/a"
    by_hash = entry_key(None, None, "Title", "Thu, 10 Jul 2025")
    assert by_hash.startswith("h:") and by_hash == entry_key(
        None, None, "Title ", "Thu, 10 Jul 2025"
    )
    assert by_hash != entry_key(None, None, "Title", "Fri, 11 Jul 2025")


def test_adaptive_interval_follows_entry_frequency() -> None:
    now = datetime(2025, 7, 10, tzinfo=UTC).timestamp()
    busy = [datetime.fromtimestamp(now - i * 600, UTC) for i in range(200)]  # every 10 min
    quiet = [datetime.fromtimestamp(now - i * 86400 * 3, UTC) for i in range(3)]
    stale = [datetime(2020, 1, 1, tzinfo=UTC)]
    kw = {"low": 60.0, "high": 3600.0, "default": 300.0}
    assert adaptive_interval(busy, now, **kw) == pytest.approx(600, rel=0.01)
    assert adaptive_interval(busy * 10, now, **kw) == 60.0  # clamped
    assert 60 < adaptive_interval(quiet, now, **kw) <= 3600
    assert adaptive_interval(stale, now, **kw) == 3600.0
    assert adaptive_interval([None, None], now, **kw) == 300.0


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    delays = [backoff_delay(n, low=60, high=3600, rng=rng) for n in range(1, 12)]
    assert 30 <= delays[0] <= 60
    assert delays[4] > delays[0]
    assert max(delays) <= 6 * 3600
    samples = {round(backoff_delay(3, low=60, high=3600, rng=rng)) for _ in range(20)}
    assert len(samples) > 5  # jitter: not lock-step


def test_retry_after_and_max_age() -> None:
    now = datetime(2025, 7, 10, 6, 0, tzinfo=UTC)
    assert parse_retry_after("120", now.timestamp()) == 120
    later = (now + timedelta(minutes=5)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert parse_retry_after(later, now.timestamp()) == pytest.approx(300)
    assert parse_retry_after("garbage", now.timestamp()) is None
    assert parse_retry_after("99999999", now.timestamp()) == 7 * 86400
    assert parse_max_age({"cache-control": "public, max-age=900"}) == 900
    assert parse_max_age({"cache-control": "s-maxage=60, max-age=900"}) == 60
    assert parse_max_age({"cache-control": "no-cache"}) is None
    rng = random.Random(0)
    assert next_success_delay(60, {"cache-control": "max-age=1800"}, high=3600, rng=rng) >= 1800
    assert next_success_delay(60, {"cache-control": "max-age=99999"}, high=3600, rng=rng) == 3600


def test_health_states() -> None:
    now = 1_000_000.0
    kw = {"now": now, "failing_after": 3600.0}
    assert health_state(error_count=0, last_success=None, first_error_at=None, **kw) == "new"
    assert health_state(error_count=0, last_success=now, first_error_at=None, **kw) == "ok"
    assert (
        health_state(error_count=2, last_success=now - 9e5, first_error_at=now - 60, **kw)
        == "erroring"
    )
    assert (
        health_state(error_count=9, last_success=None, first_error_at=now - 7200, **kw) == "failing"
    )


def test_parse_formats_and_bozo() -> None:
    rdf = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://x.org/"><title>R</title>'
        b'</channel><item rdf:about="http://x.org/1"><title>One</title><link>http://x.org/1'
        b"</link></item></rdf:RDF>"
    )
    parsed = parse_feed(rdf, "http://x.org/feed", "application/rdf+xml")
    assert (parsed.outcome, parsed.format, len(parsed.entries)) == ("parsed", "rss10", 1)
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><id>urn:1</id><title>E</title><link href="/e1"/>'
        b"<updated>2025-07-10T06:00:00Z</updated><summary>S</summary></entry></feed>"
    )
    parsed = parse_feed(atom, "http://x.org/atom.xml", "application/atom+xml")
    assert parsed.format == "atom10"
    (entry,) = parsed.entries
    assert entry.link == "http://x.org/e1" and entry.key == "g:urn:1"
    assert entry.published == datetime(2025, 7, 10, 6, tzinfo=UTC)
    broken = b"<rss version='2.0'><channel><title>B</title><item><title>T &amp x</title>"
    parsed = parse_feed(broken, "http://x.org/b")
    assert parsed.outcome == "bozo" and parsed.bozo_reason and len(parsed.entries) == 1
    assert parse_feed(b"", "http://x.org/e").outcome == "rejected"
    assert parse_feed(b"{not json", "http://x.org/j").outcome == "rejected"
    assert parse_feed(b'{"version": "x"}', "http://x.org/j").outcome == "rejected"


def test_html_to_text() -> None:
    html = "<p>One <b>bold</b></p><script>evil()</script><ul><li>a</li><li>b</li></ul>x&amp;y"
    assert html_to_text(html) == "One bold\n\na\n\nb\nx&y"
    assert html_to_text("plain text") == "plain text"
    assert html_to_text("") == ""


def test_opml() -> None:
    data = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
    <opml version="2.0"><body><outline text="Group">
      <outline text="A" xmlUrl="https://a.example/feed"/>
      <outline title="B &e;" text="b" xmlUrl="http://b.example/rss"/>
      <outline text="dup" xmlUrl="https://a.example/feed"/>
      <outline text="ftp" xmlUrl="ftp://c.example/feed"/>
    </outline></body></opml>"""
    feeds = parse_opml(data)
    assert [f.url for f in feeds] == ["https://a.example/feed", "http://b.example/rss"]
    assert "root:" not in (feeds[1].name or "")
    with pytest.raises(OPMLError):
        parse_opml(b"<html><body/></html>")


def test_minhash_similarity() -> None:
    a = " ".join(story(1) * 3)
    b = a + " Reporting by a correspondent; editing by a desk editor."
    unrelated = "The central bank kept interest rates unchanged " * 20
    assert similarity(minhash(a), minhash(b)) > 0.85
    assert similarity(minhash(a), minhash(unrelated)) < 0.2
    assert minhash("too short") == b""


def test_pages_fetched_ahead_of_extraction_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A burst of entries holds no more page bytes fetched but not cleaned than the budget."""
    import asyncio

    import ingest.articles
    from ingest.articles import ArticleBuilder
    from ingest.clean import Cleaned
    from ingest.fetch import FetchResult
    from ingest.parse import FeedEntry
    from salvo.metrics import Metrics
    from salvo.settings import IngestSettings

    in_hand, peak = 0, 0

    class InstantFetcher:
        async def get(self, url: str) -> FetchResult:
            nonlocal in_hand, peak
            in_hand += 1
            peak = max(peak, in_hand)
            return FetchResult(url, url, 200, {"content-type": "text/html"}, b"x" * 1000)

    class SlowPool:
        async def run(self, fn: object, *args: object) -> Cleaned:
            nonlocal in_hand
            await asyncio.sleep(0.001)
            in_hand -= 1
            return Cleaned(text="words " * 100)

    monkeypatch.setattr(ingest.articles, "PAGE_BYTES_IN_HAND", 3000)  # three 1,000-byte pages
    builder = ArticleBuilder(IngestSettings(), SlowPool(), Metrics(), {})  # type: ignore[arg-type]
    entries = [
        FeedEntry(f"e{i}", f"http://a.example/{i}", f"http://a.example/{i}") for i in range(40)
    ]

    async def burst() -> list[Cleaned | None]:
        fetcher = InstantFetcher()
        return await asyncio.gather(*(builder.fetch_page(e, fetcher) for e in entries))  # type: ignore[arg-type]

    cleaned = asyncio.run(burst())
    assert all(c is not None and c.text for c in cleaned)
    assert peak == 3


def test_minhash_estimates_jaccard_for_short_and_long_texts() -> None:
    """Densified one-permutation MinHash: unbiased, with the error of 100 permutations."""
    import random

    from ingest.dedupe import tokens

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = tokens(text)
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    rng = random.Random(7)
    vocab = [f"word{i}" for i in range(4000)]
    errors = []
    for _ in range(200):
        size = rng.choice([45, 90, 300, 1200])  # short texts leave most bins empty
        base = [rng.choice(vocab) for _ in range(size)]
        copy = list(base)
        for _ in range(rng.randint(0, size // 3)):
            copy[rng.randrange(size)] = rng.choice(vocab)
        a, b = " ".join(base), " ".join(copy)
        sa, sb = shingles(a), shingles(b)
        errors.append(similarity(minhash(a), minhash(b)) - len(sa & sb) / len(sa | sb))
    bias = sum(errors) / len(errors)
    rmse = (sum(e * e for e in errors) / len(errors)) ** 0.5
    assert abs(bias) < 0.015 and rmse < 0.06


def test_feed_html_becomes_plain_text_without_feedparser_sanitising() -> None:
    """feedparser's sanitiser is off (half its time); everything still arrives as text."""
    description = (
        b"&lt;p&gt;Russia launched &lt;b&gt;741&lt;/b&gt; drones.&lt;/p&gt;"
        b'&lt;script&gt;steal()&lt;/script&gt;&lt;img src="/x.png" onerror="y()"&gt;'
    )
    feed = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b"<channel><title>News &lt;b&gt;Desk&lt;/b&gt;</title>"
        b"<item><title>Big &lt;script&gt;alert(1)&lt;/script&gt;night</title>"
        b"<link>/2025/07/09/story</link>"
        b'<dc:creator>&lt;a href="javascript:x()"&gt;A. Writer&lt;/a&gt;</dc:creator>'
        b"<description>" + description + b"</description></item></channel></rss>"
    )
    parsed = parse_feed(feed, "https://news.example/feed.xml", "application/rss+xml")
    (entry,) = parsed.entries
    assert parsed.title == "News Desk"
    assert entry.link == "https://news.example/2025/07/09/story"  # links are still resolved
    assert "<" not in entry.title and "alert" not in entry.title
    assert entry.author == "A. Writer"
    assert entry.text == "Russia launched 741 drones."


def test_word_bytes_are_the_regex_words_on_every_path() -> None:
    """The C split (ASCII text, or ASCII once typographic marks are spaces) gives the words
    `\\w+` gives, so signatures do not change; other text takes the regex."""
    import re

    from ingest.dedupe import _NON_WORD_MARKS, tokens, word_bytes

    assert all(re.fullmatch(r"\w", mark) is None for mark in _NON_WORD_MARKS)
    texts = [
        "Russia launched 728 drones and 13 missiles, the air_force said.",
        "Russia\u2019s \u201crecord\u201d attack\u2014728 drones\xa0\u2013 and 13\u2026"
        " missiles \u00a9 AP",
        "Caf\u00e9 owners in Kyiv said \u0440\u0430\u043a\u0435\u0442\u0430 hit"
        " \u2019the\u2019 city",
        "\u212a-Temperature (Kelvin sign) and \u0130stanbul, \u00bd a drone, x\u00b2 = 4",
        "tabs\tand\nnew lines\r\nand-dashes/slashes (brackets) [1] {2} #3 $4 50% @5",
        "",
    ]
    for text in texts:
        assert word_bytes(text) == [w.encode() for w in tokens(text)], text
