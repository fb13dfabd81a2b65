"""HTTP fetching with the limits that keep a hostile or broken server from hurting us.

One connection pool for the whole pass (aiohttp's, see ingest/transport.py;
errors as httpx's); a global and a per-host concurrency limit; connect and
read timeouts plus a total deadline;
redirects followed by hand (at most N hops, each hop checked for scheme,
address safety and loops); the body read raw and decompressed here with a
hard cap on the *decompressed* size, so a gzip bomb stops at the limit instead
of filling memory. Conditional GET (ETag / Last-Modified) is built in.
"""

from __future__ import annotations

import asyncio
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ingest.schedule import parse_retry_after
from ingest.transport import HttpClient, Reply
from ingest.urls import (
    AddressCache,
    UnsafeURLError,
    check_scheme,
    check_url_safe,
    host_of,
    is_public_address,
)
from salvo.settings import IngestSettings

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
DEFAULT_COOLDOWN = 30.0  # a 429/503 without Retry-After
MAX_COOLDOWN = 3600.0
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


class FetchError(Exception):
    """A fetch that failed; `kind` is a short label for metrics and feed health."""

    def __init__(
        self,
        kind: str,
        message: str,
        status: int = 0,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.headers = dict(headers or {})  # e.g. Retry-After on a 429 or 503


@dataclass
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    raw_bytes: int = 0  # bytes on the wire (before decompression)
    elapsed: float = 0.0
    permanent_redirect: str | None = None  # where a 301/308 chain ended

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class _BodyDecoder:
    """Content-Encoding decoding that never produces more than `limit` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding
        self.remaining = limit
        self.limit = limit
        self._z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
            self._raw_deflate_checked = False
        elif encoding not in ("", "identity"):
            raise FetchError("unsupported_encoding", f"unsupported Content-Encoding {encoding!r}")

    def _take(self, data: bytes) -> bytes:
        if len(data) > self.remaining:
            raise FetchError("too_large", f"body larger than {self.limit} bytes")
        self.remaining -= len(data)
        return data

    def feed(self, chunk: bytes) -> bytes:
        if self._z is None:
            return self._take(chunk)
        try:
            out = self._z.decompress(chunk, self.remaining + 1)
        except zlib.error as exc:
            if self.encoding == "deflate" and not getattr(self, "_raw_deflate_checked", True):
                # Some servers send raw deflate without the zlib header.
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                self._raw_deflate_checked = True
                return self.feed(chunk)
            raise FetchError("decode", f"bad {self.encoding} body: {exc}") from exc
        self._raw_deflate_checked = True
        if self._z.unconsumed_tail:  # output hit max_length: over the limit
            raise FetchError("too_large", f"decompressed body larger than {self.limit} bytes")
        return self._take(out)

    def flush(self) -> bytes:
        if self._z is None:
            return b""
        return self._take(self._z.flush())


class Fetcher:
    """Polite, bounded HTTP GETs. Use as `async with Fetcher(settings) as f:`."""

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        self._client = HttpClient(
            # One TLS context for every connection: loading the CA bundle costs ~1 MB each time.
            tls=lambda: httpx.create_ssl_context(verify=True, trust_env=False),
            per_host=settings.per_host_concurrency,
            total=settings.concurrency,
            connect_timeout=settings.connect_timeout,
            read_timeout=settings.read_timeout,
        )
        self._headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"}
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._cooldown: dict[str, float] = {}  # host -> monotonic time it may be asked again
        self.addresses = AddressCache()  # DNS verdicts of the private-address check

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    def _host_limit(self, host: str) -> asyncio.Semaphore:
        sem = self._hosts.get(host)
        if sem is None:
            sem = self._hosts[host] = asyncio.Semaphore(self.settings.per_host_concurrency)
        return sem

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        trusted_host: str | None = None,
        accept: str = HTML_ACCEPT,
    ) -> FetchResult:
        """GET `url`, following redirects by hand. Raises FetchError on any failure.

        `trusted_host` is the host of an operator-configured feed URL: it may be
        private; every other host (entry links, redirect targets) must be public
        unless `allow_private_addresses` is set.
        """
        started = time.perf_counter()
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self.settings.total_timeout):
                result = await self._follow(url, headers, trusted_host)
        except TimeoutError as exc:
            raise FetchError(
                "timeout", f"no complete answer in {self.settings.total_timeout}s"
            ) from exc
        except UnsafeURLError as exc:
            raise FetchError("unsafe_url", str(exc)) from exc
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{type(exc).__name__}: {exc}") from exc
        except httpx.ConnectError as exc:
            raise FetchError("connect", f"cannot connect: {exc}") from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchError("protocol", f"protocol error: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError("http", f"{type(exc).__name__}: {exc}") from exc
        except (httpx.InvalidURL, ValueError) as exc:  # e.g. a malformed host in a feed
            raise FetchError("bad_url", f"{type(exc).__name__}: {exc}") from exc
        result.elapsed = time.perf_counter() - started
        return result

    async def _follow(
        self, url: str, headers: Mapping[str, str], trusted_host: str | None
    ) -> FetchResult:
        visited: set[str] = set()
        current = url
        permanent: str | None = None
        all_permanent = True
        for _hop in range(self.settings.max_redirects + 1):
            check_scheme(current)
            if current in visited:
                raise FetchError("redirect_loop", f"redirect loop at {current}")
            visited.add(current)
            self._check_cooldown(host_of(current))
            trusted = trusted_host is not None and host_of(current) == trusted_host
            allow_private = self.settings.allow_private_addresses or trusted
            await check_url_safe(current, allow_private=allow_private, cache=self.addresses)
            result = await self._get_once(current, headers, allow_private)
            if result.status in REDIRECT_STATUSES and "location" in result.headers:
                target = urljoin(current, result.headers["location"].strip())
                all_permanent = all_permanent and result.status in PERMANENT_REDIRECTS
                if all_permanent:
                    permanent = target
                current = target
                continue
            result.url = url
            result.final_url = current
            result.permanent_redirect = permanent if all_permanent else None
            if result.status >= 400:
                raise FetchError(
                    "http_status", f"HTTP {result.status}", result.status, result.headers
                )
            return result
        raise FetchError("too_many_redirects", f"more than {self.settings.max_redirects} redirects")

    async def _get_once(
        self, url: str, headers: Mapping[str, str], allow_private: bool
    ) -> FetchResult:
        host = urlsplit(url).hostname or ""
        async with self._global, self._host_limit(host):
            reply = await self._client.get(url, {**self._headers, **headers})
            try:
                if not allow_private:
                    self._check_peer(reply)
                result = FetchResult(
                    url=url, final_url=url, status=reply.status, headers=reply.headers
                )
                if reply.status in REDIRECT_STATUSES or reply.status == 304:
                    return result
                if reply.status >= 400:
                    # Keep Retry-After and friends; the body is not worth reading.
                    if reply.status in (429, 503):
                        self._start_cooldown(host, result.headers.get("retry-after"))
                    return result
                result.body, result.raw_bytes = await self._read_body(reply)
                return result
            finally:
                reply.close()

    def _start_cooldown(self, host: str, retry_after: str | None) -> None:
        # A host that said "slow down" gets no requests (feeds or articles) until then.
        delay = parse_retry_after(retry_after, time.time())
        delay = DEFAULT_COOLDOWN if delay is None else min(delay, MAX_COOLDOWN)
        if delay > 0:
            self._cooldown[host] = max(self._cooldown.get(host, 0.0), time.monotonic() + delay)

    def _check_cooldown(self, host: str) -> None:
        until = self._cooldown.get(host)
        if until is None:
            return
        left = until - time.monotonic()
        if left <= 0:
            del self._cooldown[host]
            return
        raise FetchError("throttled", f"{host} asked us to wait; {left:.0f}s left", 429)

    def _check_peer(self, reply: Reply) -> None:
        # The address actually connected to, so DNS rebinding after the check fails.
        addr = reply.peer
        if addr and not is_public_address(str(addr[0])):
            raise UnsafeURLError(f"connected to non-public address {addr[0]}")

    async def _read_body(self, reply: Reply) -> tuple[bytes, int]:
        """The decoded body and the bytes read off the wire."""
        limit = self.settings.max_body_bytes
        length = reply.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            raise FetchError("too_large", f"Content-Length {length} exceeds {limit} bytes")
        encodings = [
            e.strip().lower()
            for e in reply.headers.get("content-encoding", "").split(",")
            if e.strip()
        ]
        if len(encodings) > 1:
            raise FetchError("unsupported_encoding", f"stacked encodings {encodings}")
        decoder = _BodyDecoder(encodings[0] if encodings else "", limit)
        parts: list[bytes] = []
        raw = 0
        async for chunk in reply.chunks():
            raw += len(chunk)
            if raw > limit:  # also bounds an endless identity stream
                raise FetchError("too_large", f"body larger than {limit} bytes")
            parts.append(decoder.feed(chunk))
        parts.append(decoder.flush())
        # Empty parts dropped: the join of one part is that part, not a copy of the page.
        return b"".join([part for part in parts if part]), raw
