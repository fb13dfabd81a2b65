"""Loopback servers and helpers for the ingest tests (no tests here)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from salvo.metrics import Metrics
from salvo.netutil import QuietHTTPServer
from salvo.runtime import Emitter
from salvo.schemas import Article
from salvo.settings import Settings, load_settings


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    # Optional: stream the body in chunks with this callback (e.g. to hang or trickle).
    stream: Callable[[BaseHTTPRequestHandler], None] | None = None


Route = Reply | Callable[[BaseHTTPRequestHandler], Reply]


class LoopbackServer:
    """An http.server on 127.0.0.1 whose routes tests set and change at will."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append((self.path, dict(self.headers.items())))
                    route = server.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    reply = Reply(404, b"not found")
                else:
                    reply = route(self) if callable(route) else route
                if reply.stream is not None:
                    reply.stream(self)
                    return
                self.send_response(reply.status)
                headers = {"Content-Length": str(len(reply.body)), **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if reply.body and reply.status != 304:
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.httpd = QuietHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False  # a hanging handler must not block close()
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for p, _ in self.requests if p == path)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class ListProducer:
    """A bus producer that keeps messages in memory; `fail_after` simulates a crash."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.queued: list[tuple[str, bytes, str | None]] = []
        self.flushed: list[tuple[str, bytes, str | None]] = []
        self.fail_after = fail_after

    def send(
        self,
        topic: str,
        value: bytes,
        *,
        key: str | None = None,
        message_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        if self.fail_after is not None and len(self.flushed) + len(self.queued) >= self.fail_after:
            raise RuntimeError("simulated crash")
        self.queued.append((topic, value, message_id))

    def flush(self, timeout: float | None = None) -> None:
        self.flushed.extend(self.queued)
        self.queued.clear()

    def close(self) -> None:
        return

    def articles(self) -> list[Article]:
        return [Article.model_validate_json(v) for t, v, _ in self.flushed if t == "articles"]


def emitter_for(producer: ListProducer, metrics: Metrics | None = None) -> Emitter:
    return Emitter(producer, metrics or Metrics(), "ingest")  # type: ignore[arg-type]


def make_settings(store_url: str, feeds: list[dict[str, Any]], **ingest: Any) -> Settings:
    base: dict[str, Any] = {
        "ingest.allow_private_addresses": True,
        "ingest.extraction_workers": 1,
        "ingest.connect_timeout": 2.0,
        "ingest.read_timeout": 2.0,
        "ingest.total_timeout": 5.0,
        "ingest.min_article_chars": 200,
        "store.url": store_url,
        "feeds": feeds,
    }
    base.update({f"ingest.{k}": v for k, v in ingest.items()})
    return load_settings(None, **base)


def http_date(when: datetime | None = None) -> str:
    return format_datetime(when or datetime.now(UTC), usegmt=True)


def article_html(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title>"
        f"<meta property='og:site_name' content='Loopback News'></head><body>"
        f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Copyright Loopback News</footer></body></html>"
    ).encode()


def rss(items: list[dict[str, str]], title: str = "Loopback Wire") -> bytes:
    parts = []
    for item in items:
        fields = "".join(
            f"<{k}>{v}</{k}>" for k, v in item.items() if k in ("title", "link", "guid")
        )
        if "pubDate" in item:
            fields += f"<pubDate>{item['pubDate']}</pubDate>"
        if "description" in item:
            fields += f"<description><![CDATA[{item['description']}]]></description>"
        parts.append(f"<item>{fields}</item>")
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{title}</title><link>http://example.org/</link>{''.join(parts)}"
        f"</channel></rss>"
    ).encode()


def story(n: int) -> list[str]:
    """A few distinct paragraphs of plausible news prose for article `n`."""
    return [
        f"Story number {n}: the regional administration said on Thursday that emergency "
        f"crews had worked through the night in district {n} to restore power and water.",
        f"Officials in district {n} reported that {n + 3} buildings were damaged and that "
        f"schools would stay closed while engineers inspected the structures.",
        f"Residents of district {n} described queues at pharmacies and shops, and local "
        f"volunteers handed out food and blankets at {n + 1} collection points.",
        f"The mayor of district {n} said repairs could take weeks and asked for patience, "
        f"adding that a further update would follow on the council's website.",
    ]


def iter_chunks(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]
