"""A feed farm on loopback: N feeds × M articles built from real news pages.

The pages come from ../shared/data/article-extraction-benchmark (gzip); into
each one we insert a barrage paragraph of our own, so the whole pipeline has
work to do. Feeds answer with ETag / Last-Modified (and 304 on a match); some
are slow, some broken (HTTP 500, or XML that holds no item). The server is a
small asyncio HTTP/1.1 server with keep-alive, cheap enough to share two cores
with the pipeline under test; run it in its own process (`FarmProcess`) for
measurements or in a thread (`FarmThread`) in tests.

Control endpoints (for the latency benchmark): `POST /_farm/publish` adds an
article to a feed; `GET /_farm/served` says when each published article first
went out in a feed body (wall clock), `GET /_farm/stats` counts responses.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import lru_cache
from html import escape as html_escape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
BENCHMARK_DATA = ("data", "article-extraction-benchmark")
START = datetime(2025, 1, 1, 6, 0, tzinfo=UTC)


def shared_dir() -> Path:
    return Path(os.environ.get("SALVO_SHARED_DIR", REPO.parent / "shared"))


# ----------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class SourcePage:
    """A real article page and where a paragraph of ours can go inside its body."""

    key: str
    html: str
    insert_at: int  # just after the first body paragraph found in the page
    title: str


def load_pages(root: Path | None = None, limit: int | None = None) -> list[SourcePage]:
    """Pages whose body paragraph we can locate (about 160 of 181), in a stable order."""
    base = (root or shared_dir()).joinpath(*BENCHMARK_DATA)
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages: list[SourcePage] = []
    for key in sorted(truth):
        path = base / "html" / f"{key}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        body = truth[key]["articleBody"]
        at = _paragraph_end(html, body)
        if at is None:
            continue
        m = re.search(r"<title[^>]*>(.*?)</title>", html, re.S | re.I)
        title = " ".join((m.group(1) if m else body[:80]).split())[:120] or key[:12]
        pages.append(SourcePage(key, html, at, title))
        if limit and len(pages) >= limit:
            break
    return pages


def _paragraph_end(html: str, body: str) -> int | None:
    for para in [p.strip() for p in body.split("\n") if len(p.strip()) > 60][:5]:
        start = html.find(para[:30])
        if start < 0:
            continue
        end = html.find("</p>", start)
        if 0 < end - start < 5000:
            return end + len("</p>")
    return None


# Barrage sentences in the styles of wire copy and Air Force statements (our own words).
_TEMPLATES = (
    "Russia launched {total} drones and missiles at Ukraine overnight, "
    "the Ukrainian air force said on {weekday}.",
    "Ukraine's air force said Russia attacked overnight with {drones} drones and "
    "{missiles} missiles, {total} weapons in all, and that most were shot down.",
    "Overnight Russian forces fired {missiles} cruise and ballistic missiles and {drones} "
    "Shahed-type attack drones at Ukrainian cities, the air force said in a statement.",
    "In total, {total} aerial weapons were launched at Ukraine overnight, "
    "including {drones} drones, according to the air force.",
)


def barrage_paragraph(n: int, published: datetime, total: int | None = None) -> str:
    """The n-th barrage sentence (figures vary with n) for an article of `published`."""
    total = total or 120 + (n * 37) % 500
    missiles = 4 + n % 19
    return _TEMPLATES[n % len(_TEMPLATES)].format(
        total=total, drones=total - missiles, missiles=missiles, weekday=published.strftime("%A")
    )


def simple_page(title: str, paragraphs: list[str]) -> str:
    """A plain article page (used for articles published through the control API)."""
    body = "\n".join(f"<p>{html_escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html_escape(title)}"
        f"</title></head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{html_escape(title)}</h1>\n{body}\n</article></main>"
        f"<footer><p>© Farm News</p></footer></body></html>"
    )


# ----------------------------------------------------------------------------- the farm


@dataclass(frozen=True)
class FarmSpec:
    feeds: int = 20
    articles_per_feed: int = 10
    slow_feeds: int = 2
    broken_feeds: int = 2
    slow_seconds: float = 1.5
    max_items: int = 20  # items kept in a feed when articles are published later
    page_limit: int | None = None  # use only the first pages (tests)
    # Outlets are many hosts, and pollers limit connections per host: feed i is served
    # on loopback address 127.0.1.(i % hosts + 1) (one host: 127.0.0.1).
    hosts: int = 1

    def host_names(self) -> list[str]:
        if self.hosts <= 1:
            return ["127.0.0.1"]
        return [f"127.0.1.{h + 1}" for h in range(self.hosts)]

    def feed_urls(self, port: int) -> list[str]:
        names = self.host_names()
        return [f"http://{names[i % len(names)]}:{port}/feeds/{i}.xml" for i in range(self.feeds)]


@dataclass
class FarmArticle:
    path: str
    title: str
    published: datetime
    summary: str


@dataclass
class Feed:
    index: int
    kind: str  # ok | slow | http500 | malformed
    items: list[FarmArticle] = field(default_factory=list)
    body: bytes | None = None
    etag: str = ""
    modified: str = ""


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class Farm:
    """The feeds and articles, and what to answer to a request (no I/O here)."""

    def __init__(self, spec: FarmSpec, pages: list[SourcePage]) -> None:
        if not pages:
            raise ValueError("the farm needs at least one source page")
        self.spec = spec
        self.pages = pages
        self.stats: Counter[str] = Counter()
        self.served: dict[str, float] = {}  # published article path -> first served in a feed
        self._published: dict[str, bytes] = {}  # path -> page, for articles published later
        self.feeds = [Feed(i, self._kind(i)) for i in range(spec.feeds)]

    def _kind(self, i: int) -> str:
        healthy = self.spec.feeds - self.spec.broken_feeds
        if i >= healthy:
            return "http500" if (i - healthy) % 2 == 0 else "malformed"
        return "slow" if i >= healthy - self.spec.slow_feeds else "ok"

    @property
    def expected_articles(self) -> int:
        """Articles reachable through working feeds."""
        return sum(self.spec.articles_per_feed for f in self.feeds if f.kind in ("ok", "slow"))

    def _items(self, feed: Feed) -> list[FarmArticle]:
        if not feed.items:
            m = self.spec.articles_per_feed
            for j in range(m):
                n = feed.index * m + j
                published = START + timedelta(hours=7 * n)
                page = self.pages[n % len(self.pages)]
                feed.items.append(
                    FarmArticle(
                        f"/a/{feed.index}/{j}.html",
                        f"{page.title} ({feed.index}-{j})",
                        published,
                        barrage_paragraph(n, published),
                    )
                )
            feed.items.reverse()  # newest first, like real feeds
        return feed.items

    def _render_feed(self, feed: Feed, host: str) -> None:
        items = self._items(feed)[: max(self.spec.max_items, self.spec.articles_per_feed)]
        feed.body = _atom(feed, items, host) if feed.index % 5 == 4 else _rss(feed, items, host)
        feed.etag = '"' + hashlib.sha1(feed.body).hexdigest()[:16] + '"'
        newest = max((a.published for a in items), default=START)
        feed.modified = format_datetime(newest, usegmt=True)

    def publish(self, feed_index: int, title: str, paragraphs: list[str], published: str) -> str:
        feed = self.feeds[feed_index]
        items = self._items(feed)
        path = f"/p/{feed_index}/{len(items)}.html"
        html = simple_page(title, paragraphs).encode("utf-8")
        when = datetime.fromisoformat(published)
        when = when if when.tzinfo else when.replace(tzinfo=UTC)  # RSS dates need a zone
        items.insert(0, FarmArticle(path, title, when, paragraphs[0][:300]))
        feed.body = None  # re-rendered (new ETag) on the next request
        self._published[path] = html
        return path

    def respond(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        path = target.split("?", 1)[0]
        host = headers.get("host", "127.0.0.1")
        if path.startswith("/feeds/"):
            return self._feed(path, headers, host)
        if path.startswith(("/a/", "/p/")):
            return self._article(path, headers)
        if path == "/_farm/publish" and method == "POST":
            req = json.loads(body)
            p = self.publish(req.get("feed", 0), req["title"], req["paragraphs"], req["published"])
            return _json({"path": p})
        if path == "/_farm/served":
            return _json(self.served)
        if path == "/_farm/stats":
            return _json(dict(self.stats))
        self.stats["404"] += 1
        return Response(404, b"not found")

    def _feed(self, path: str, headers: dict[str, str], host: str) -> Response:
        m = re.fullmatch(r"/feeds/(\d+)\.xml", path)
        if not m or int(m.group(1)) >= len(self.feeds):
            self.stats["404"] += 1
            return Response(404, b"no such feed")
        feed = self.feeds[int(m.group(1))]
        delay = self.spec.slow_seconds if feed.kind == "slow" else 0.0
        if feed.kind == "http500":
            self.stats["feed_500"] += 1
            return Response(500, b"<h1>Internal Server Error</h1>", delay=delay)
        if feed.kind == "malformed":
            self.stats["feed_malformed"] += 1
            body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken &'
            return Response(200, body, {"Content-Type": "application/rss+xml"})
        if feed.body is None:
            self._render_feed(feed, host)
        assert feed.body is not None
        validators = {"ETag": feed.etag, "Last-Modified": feed.modified}
        if headers.get("if-none-match") == feed.etag or (
            "if-none-match" not in headers and headers.get("if-modified-since") == feed.modified
        ):
            self.stats["feed_304"] += 1
            return Response(304, b"", validators, delay)
        self.stats["feed_200"] += 1
        now = time.time()
        for item in feed.items[: self.spec.max_items]:
            if item.path in self._published and item.path not in self.served:
                self.served[item.path] = now
        ctype = "application/atom+xml" if feed.index % 5 == 4 else "application/rss+xml"
        return Response(200, feed.body, {**validators, "Content-Type": ctype}, delay)

    def _article(self, path: str, headers: dict[str, str]) -> Response:
        m = re.fullmatch(r"/a/(\d+)/(\d+)\.html", path)
        html = self._published.get(path) or (
            self._page(int(m.group(1)), int(m.group(2))) if m else None
        )
        if html is None:
            self.stats["404"] += 1
            return Response(404, b"no such article")
        etag = _etag(html)
        if headers.get("if-none-match") == etag:
            return Response(304, b"", {"ETag": etag})
        self.stats["article_200"] += 1
        return Response(200, html, {"ETag": etag, "Content-Type": "text/html; charset=utf-8"})

    @lru_cache(maxsize=4096)  # noqa: B019 - one farm per process, lives as long as it
    def _page(self, feed_index: int, j: int) -> bytes | None:
        if feed_index >= len(self.feeds) or j >= self.spec.articles_per_feed:
            return None
        n = feed_index * self.spec.articles_per_feed + j
        page = self.pages[n % len(self.pages)]
        para = f"<p>{barrage_paragraph(n, START + timedelta(hours=7 * n))}</p>"
        return (page.html[: page.insert_at] + para + page.html[page.insert_at :]).encode("utf-8")


@lru_cache(maxsize=4096)
def _etag(html: bytes) -> str:
    # Cached: hashing a 150 KB page per request is farm CPU taken from the pipeline
    # under test, which shares the machine's cores with the farm.
    return '"' + hashlib.sha1(html).hexdigest()[:16] + '"'


def _json(data: Any) -> Response:
    return Response(200, json.dumps(data).encode(), {"Content-Type": "application/json"})


def _rss(feed: Feed, items: list[FarmArticle], host: str) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>Farm feed {feed.index}</title><link>http://{host}/</link>",
        "<description>Benchmark feed</description>",
    ]
    for a in items:
        parts.append(
            f"<item><title>{escape(a.title)}</title><link>http://{host}{a.path}</link>"
            f'<guid isPermaLink="false">farm-{feed.index}-{a.path}</guid>'
            f"<pubDate>{format_datetime(a.published, usegmt=True)}</pubDate>"
            f"<description>{escape(a.summary)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def _atom(feed: Feed, items: list[FarmArticle], host: str) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>Farm feed {feed.index}</title><id>urn:farm:{feed.index}</id>",
        f"<updated>{START.isoformat()}</updated>",
    ]
    for a in items:
        parts.append(
            f"<entry><title>{escape(a.title)}</title>"
            f'<link rel="alternate" href="http://{host}{a.path}"/>'
            f"<id>urn:farm:{feed.index}:{a.path}</id><updated>{a.published.isoformat()}</updated>"
            f"<summary>{escape(a.summary)}</summary></entry>"
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")


# ----------------------------------------------------------------------------- the server

_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 500: "Internal Server Error"}


async def _serve_connection(
    farm: Farm, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while line := await reader.readline():
            method, target, version = line.decode("latin-1").split(" ", 2)
            headers: dict[str, str] = {}
            while (h := await reader.readline()) not in (b"\r\n", b"\n", b""):
                name, _, value = h.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length") or 0)
            body = await reader.readexactly(length) if length else b""
            try:
                resp = farm.respond(method, target, headers, body)
            except Exception as exc:  # a bad control request: say so, keep serving
                resp = Response(500, f"{type(exc).__name__}: {exc}".encode())
            if resp.delay:
                await asyncio.sleep(resp.delay)
            close = headers.get("connection", "").lower() == "close" or "1.0" in version
            head = [f"HTTP/1.1 {resp.status} {_REASONS.get(resp.status, 'Status')}"]
            head += [f"{k}: {v}" for k, v in resp.headers.items()]
            head.append(f"Content-Length: {len(resp.body) if method != 'HEAD' else 0}")
            head.append("Connection: close" if close else "Connection: keep-alive")
            payload = b"" if method == "HEAD" or resp.status == 304 else resp.body
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
            if payload:
                writer.write(payload)  # not concatenated: no 150 KB copy per response
            await writer.drain()
            if close:
                break
    except (ConnectionError, asyncio.IncompleteReadError, ValueError, asyncio.CancelledError):
        pass  # a client that hangs up mid-request (or shutdown) is not the farm's problem
    finally:
        writer.close()


async def _start(farm: Farm) -> asyncio.Server:
    hosts = farm.spec.host_names()
    with socket.socket() as probe:  # a port that is free on the first host (and so, likely, all)
        probe.bind((hosts[0], 0))
        port = int(probe.getsockname()[1])
    return await asyncio.start_server(
        lambda r, w: _serve_connection(farm, r, w),
        hosts,
        port,
        backlog=4096,
        reuse_address=True,
    )


class FarmThread:
    """The farm served from a thread of this process (tests, small runs)."""

    def __init__(self, spec: FarmSpec, pages: list[SourcePage] | None = None) -> None:
        self.farm = Farm(spec, pages if pages is not None else load_pages(limit=spec.page_limit))
        self._loop = asyncio.new_event_loop()
        self._server = self._loop.run_until_complete(_start(self.farm))
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="farm")
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://{self.farm.spec.host_names()[0]}:{self.port}"

    @property
    def expected_articles(self) -> int:
        return self.farm.expected_articles

    def feed_urls(self) -> list[str]:
        return self.farm.spec.feed_urls(self.port)

    def close(self) -> None:
        async def shutdown() -> None:
            self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            asyncio.get_running_loop().stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> FarmThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _farm_main(argv: list[str]) -> None:
    spec = FarmSpec(**json.loads(argv[0]))
    farm = Farm(spec, load_pages(limit=spec.page_limit))
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(_start(farm))
    print(server.sockets[0].getsockname()[1], farm.expected_articles, flush=True)
    loop.run_forever()


class FarmProcess:
    """The farm in its own process (`python -m bench.farm SPEC`), off the pipeline's GIL."""

    def __init__(self, spec: FarmSpec) -> None:
        self.spec = spec
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench.farm", json.dumps(asdict(spec))],
            stdout=subprocess.PIPE,
            cwd=REPO,
            env=env,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()  # the port, once it listens (or EOF if it died)
        if not line:
            self._proc.wait(timeout=10)
            raise RuntimeError(f"the feed farm exited with {self._proc.returncode}")
        port, expected = line.split()
        self.port, self.expected_articles = int(port), int(expected)

    @property
    def base_url(self) -> str:
        return f"http://{self.spec.host_names()[0]}:{self.port}"

    def feed_urls(self) -> list[str]:
        return self.spec.feed_urls(self.port)

    def close(self) -> None:
        self._proc.terminate()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def __enter__(self) -> FarmProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def control(base_url: str, path: str, payload: dict[str, Any] | None = None) -> Any:
    """Call a control endpoint of a running farm."""
    import httpx

    if payload is None:
        resp = httpx.get(base_url + path, timeout=10)
    else:
        resp = httpx.post(base_url + path, json=payload, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    _farm_main(sys.argv[1:])
