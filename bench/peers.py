"""What a user would otherwise write: the peers Salvo's ingest is measured against.

1. `naive_loop`: feedparser + per-article fetch + trafilatura, one after another,
   exactly as the libraries' READMEs show it.
2. `newspaper_peer`: newspaper4k building articles from the same feeds' links
   on a thread pool, as its `mthreading.fetch_news` does (the library's way to
   fetch many articles at once). Image fetching is off (it would leave loopback)
   and the language is English (the domain's), which only make the peer faster.

Both count an article when they got a non-empty body text out of its page.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PeerResult:
    name: str
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0
    texts: dict[str, str] = field(default_factory=dict)  # url -> body text

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def naive_loop(feed_urls: Sequence[str]) -> PeerResult:
    """feedparser.parse(url); for each entry: trafilatura.fetch_url + extract."""
    import feedparser
    import trafilatura
    from trafilatura.settings import use_config

    # trafilatura refuses non-public addresses by default; the farm is on loopback.
    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off")
    result = PeerResult("feedparser + trafilatura loop")
    started = time.perf_counter()
    for url in feed_urls:
        feed = feedparser.parse(url)
        for entry in feed.entries:
            link = entry.get("link")
            if not link:
                continue
            html = trafilatura.fetch_url(link, config=config)
            text = trafilatura.extract(html, url=link, with_metadata=True) if html else None
            if text:
                result.articles += 1
                result.texts[link] = text
            else:
                result.errors += 1
    result.seconds = time.perf_counter() - started
    return result


def newspaper_peer(feed_urls: Sequence[str], *, threads: int = 5) -> PeerResult:
    """Feed links from feedparser, then newspaper4k articles on a pool of `threads` threads.

    This is `newspaper.mthreading.fetch_news` (download + parse per article on a
    ThreadPoolExecutor) with one change a user needs on real feeds: an article
    that raises is counted as an error instead of aborting the whole batch.
    """
    import feedparser
    import tldextract.tldextract
    from newspaper import Article

    # Loopback only: newspaper's tldextract would download the public suffix list
    # (use the bundled snapshot), and it fetches every image on the page (off).
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.tldextract.TLDExtract(suffix_list_urls=())
    logging.getLogger("newspaper").setLevel(logging.CRITICAL)  # it logs every 500 loudly

    def build(link: str) -> Any:
        try:
            article = Article(link, language="en", fetch_images=False)
            article.download()
            article.parse()
            return article
        except Exception:  # e.g. a page newspaper cannot tokenise
            return None

    result = PeerResult(f"newspaper4k ({threads} threads)")
    started = time.perf_counter()
    links: list[str] = []
    for url in feed_urls:
        links += [e["link"] for e in feedparser.parse(url).entries if e.get("link")]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for link, article in zip(links, pool.map(build, links), strict=True):
            if article is not None and article.text:
                result.articles += 1
                result.texts[link] = article.text
            else:
                result.errors += 1
    result.seconds = time.perf_counter() - started
    return result


PEERS = {"naive": naive_loop, "newspaper4k": newspaper_peer}
