"""Loopback servers for the demo, the tests and the benchmarks.

A feed server (RSS + article pages, with ETags), a webhook sink and an SMTP
sink, each bound to 127.0.0.1 on a free port and run in a daemon thread.
Nothing here is used by a production deployment.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler
from typing import Any, Self
from xml.sax.saxutils import escape as xml_escape

from salvo.netutil import QuietHTTPServer


@dataclass(frozen=True)
class FeedItem:
    """One article: its page is served at `path`, and listed in the feed."""

    path: str
    title: str
    text: str  # paragraphs separated by blank lines
    published: datetime
    source: str = ""


def article_html(item: FeedItem) -> str:
    paragraphs = "\n".join(
        f"<p>{escape(p.strip())}</p>" for p in item.text.split("\n\n") if p.strip()
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(item.title)}</title>"
        f"<meta property='article:published_time' content='{item.published.isoformat()}'>"
        f"<meta property='og:site_name' content='{escape(item.source)}'>"
        "</head><body><header><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"</header><main><article><h1>{escape(item.title)}</h1>{paragraphs}</article></main>"
        "<footer>© Demo News. All rights reserved.</footer></body></html>"
    )


def rss_feed(base_url: str, title: str, items: list[FeedItem]) -> str:
    entries = "".join(
        "<item>"
        f"<title>{xml_escape(i.title)}</title>"
        f"<link>{xml_escape(base_url + i.path)}</link>"
        f"<guid isPermaLink='false'>{xml_escape(i.path)}</guid>"
        f"<pubDate>{format_datetime(i.published)}</pubDate>"
        f"<description>{xml_escape(i.text.split(chr(10) + chr(10))[0])}</description>"
        "</item>"
        for i in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{xml_escape(title)}</title><link>{xml_escape(base_url)}/</link>"
        f"<description>{xml_escape(title)}</description>{entries}</channel></rss>"
    )


class _Server:
    """A ThreadingHTTPServer on a free loopback port, run in a daemon thread."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = QuietHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class FeedServer(_Server):
    """Serves feeds and pages from a dict; answers If-None-Match with 304."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, str]] = {}
        self.hits: dict[str, int] = {}
        routes, hits = self.routes, self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                hits[path] = hits.get(path, 0) + 1
                if path not in routes:
                    self.send_error(404)
                    return
                body, content_type = routes[path]
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        super().__init__(Handler)

    def add_feed(self, path: str, title: str, items: list[FeedItem]) -> str:
        """Serve `items` as an RSS feed at `path` and each page at its own path; return the URL."""
        for item in items:
            self.routes[item.path] = (article_html(item).encode(), "text/html; charset=utf-8")
        feed = rss_feed(self.url, title, items)
        self.routes[path] = (feed.encode(), "application/rss+xml; charset=utf-8")
        return self.url + path


@dataclass
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float


class WebhookSink(_Server):
    """Records every POST and answers 200."""

    def __init__(self) -> None:
        self.requests: list[ReceivedRequest] = []
        received = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                received.append(
                    ReceivedRequest(self.path, dict(self.headers.items()), body, time.time())
                )
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        super().__init__(Handler)


@dataclass
class SmtpSink:
    """An aiosmtpd server that keeps every message it receives."""

    messages: list[EmailMessage] = field(default_factory=list)
    port: int = 0
    _controller: Any = None

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                message = email.message_from_bytes(envelope.content, policy=email.policy.default)
                assert isinstance(message, EmailMessage)  # what the default policy builds
                sink.messages.append(message)
                return "250 Message accepted for delivery"

        from salvo.netutil import free_port

        self.port = free_port()
        self._controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
