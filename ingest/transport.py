"""HTTP GETs on aiohttp's connection pool and C parser, as lean replies for the fetcher.

httpx's own stack (httpcore over anyio, h11 in pure Python) cost about 0.8 ms of
CPU per 150 KB page on loopback, and its request and response models another
~10 % of the ingest process's CPU per poll; aiohttp with the small `Reply` here
costs a fraction (bench/, measures 1 and 4 of the benchmark issue). The fetcher
polls thousands of feeds and fetches every new article, so this is most of the
CPU the ingest spends outside extraction.

What the fetcher relies on, kept here: URLs normalised as httpx does (or refused
as `httpx.InvalidURL`), no redirects followed (it follows them itself, checking
each hop), no cookies, no proxies or .netrc from the environment, TLS verified
with the given context, the body handed over raw (the fetcher decompresses it
under its size cap), the connected peer's address (the DNS-rebinding check), and
aiohttp's errors raised as httpx's, which the fetcher classifies.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import httpx
from yarl import URL

MAX_HEADER_BYTES = 64 * 1024
# The fetcher sets these itself; aiohttp would otherwise add its own.
_NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding")
# Already in the form httpx would give it (lower-case host, only URL characters, every
# % an escape): sent as it is. Anything else goes through httpx's parser first.
_PLAIN_URL = re.compile(
    r"https?://[a-z0-9.-]+(?::[0-9]{1,5})?"
    r"(?:/(?:[A-Za-z0-9\-._~:/?@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)?\Z"
)


def request_url(url: str) -> URL:
    """The URL to send: normalised (percent-encoding, IDNA host) as httpx does; an
    invalid one raises httpx.InvalidURL."""
    if not _PLAIN_URL.match(url) or url.endswith("?"):
        url = str(httpx.URL(url))
    return URL(url, encoded=True)


def _decoded_headers(raw: tuple[tuple[bytes, bytes], ...]) -> dict[str, str]:
    """Lower-case names; a repeated header's values joined with ", "; decoded as httpx
    does: ASCII, else UTF-8, else Latin-1, one choice for the whole block."""
    encoding = "ascii"
    if not all(name.isascii() and value.isascii() for name, value in raw):
        try:
            for name, value in raw:
                name.decode("utf-8"), value.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "iso-8859-1"
    headers: dict[str, str] = {}
    for name, value in raw:
        key, text = name.decode(encoding).lower(), value.decode(encoding)
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


class _PeerResponse(aiohttp.ClientResponse):
    """Notes the connected address before a short body's connection goes back to the pool."""

    peer: Any = None

    async def start(self, connection: Any) -> aiohttp.ClientResponse:
        transport = connection.transport
        self.peer = transport.get_extra_info("peername") if transport else None
        return await super().start(connection)


@dataclass
class Reply:
    """A response's status and headers; the body is read with `chunks()`, then `close()`."""

    status: int
    headers: dict[str, str]  # lower-case names
    peer: Any  # (address, port, …) actually connected to, or None
    _response: aiohttp.ClientResponse

    async def chunks(self) -> AsyncIterator[bytes]:
        """The body as it arrives, undecoded."""
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except aiohttp.ClientError as exc:
            raise _mapped(exc) from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "read timed out") from exc

    def close(self) -> None:
        # A body read to the end frees the connection for reuse; one left unread
        # (an error status, a body over the cap) closes it.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class HttpClient:
    """One aiohttp connection pool: `per_host` connections per origin, `total` in all."""

    def __init__(
        self,
        *,
        tls: Callable[[], ssl.SSLContext],
        per_host: int,
        total: int,
        connect_timeout: float,
        read_timeout: float,
        keepalive_expiry: float = 30.0,
    ) -> None:
        self._make_tls = tls
        self._tls: ssl.SSLContext | None = None
        self._per_host = per_host
        self._total = total
        self._keepalive = keepalive_expiry
        self._timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=connect_timeout, sock_read=read_timeout
        )
        self._session: aiohttp.ClientSession | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        # Created on first use: aiohttp binds the session to the running loop.
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._total,
                limit_per_host=self._per_host,
                keepalive_timeout=self._keepalive,
                ttl_dns_cache=60,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                trust_env=False,
                skip_auto_headers=_NO_AUTO_HEADERS,
                timeout=aiohttp.ClientTimeout(total=None),
                response_class=_PeerResponse,
                # Real sites send long Content-Security-Policy and Set-Cookie headers;
                # aiohttp's 8 KB default would fail them (httpx allowed ~100 KB).
                max_line_size=MAX_HEADER_BYTES,
                max_field_size=MAX_HEADER_BYTES,
            )
        return self._session

    def _tls_context(self) -> ssl.SSLContext:
        # Made on the first https request: loading the CA bundle costs ~30 ms of CPU.
        if self._tls is None:
            self._tls = self._make_tls()
        return self._tls

    async def get(self, url: str, headers: Mapping[str, str]) -> Reply:
        """GET `url` with exactly `headers` (plus Host); the reply's body is not read yet."""
        target = request_url(url)
        tls = self._tls_context() if target.scheme == "https" else True
        try:
            response = await self._get_session().get(
                target,
                headers=headers,
                allow_redirects=False,
                timeout=self._timeout,
                ssl=tls,
            )
        except aiohttp.ClientError as exc:
            raise _mapped(exc) from exc
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out") from exc
        return Reply(
            response.status,
            _decoded_headers(response.raw_headers),
            getattr(response, "peer", None),
            response,
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()
            await asyncio.sleep(0)  # let the connector close its sockets


def _mapped(exc: aiohttp.ClientError) -> httpx.HTTPError:
    """httpx's exception for an aiohttp error, as the fetcher classifies them."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(message)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.ClientResponseError):  # a malformed status line or header
        return httpx.RemoteProtocolError(message)
    return httpx.NetworkError(message)
