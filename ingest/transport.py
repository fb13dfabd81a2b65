"""An httpx transport on aiohttp's connection pool and C HTTP parser.

The fetcher speaks httpx (requests, responses, timeouts, errors), but httpx's
own transport (httpcore over anyio, h11 in pure Python) costs about 0.8 ms of
CPU per 150 KB page on loopback; aiohttp's costs about 0.2 ms (bench/, measure
1 of the benchmark issue). The fetcher polls thousands of feeds and fetches
every new article, so this is most of the CPU the ingest spends outside
extraction.

What the fetcher relies on, kept here: no redirects followed (it follows them
itself, checking each hop), no cookies, no proxies or .netrc from the
environment, TLS verified with the given context, the body handed over raw
(the fetcher decompresses it under its size cap), the connected peer's address
in `response.extensions["server_addr"]` (the DNS-rebinding check), and
aiohttp's errors mapped to httpx's.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import httpx
from yarl import URL

MAX_HEADER_BYTES = 64 * 1024
# The fetcher sets these itself; aiohttp would otherwise add its own.
_NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding")


class _PeerResponse(aiohttp.ClientResponse):
    """Notes the connected address before a short body's connection goes back to the pool."""

    peer: Any = None

    async def start(self, connection: Any) -> aiohttp.ClientResponse:
        transport = connection.transport
        self.peer = transport.get_extra_info("peername") if transport else None
        return await super().start(connection)


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except aiohttp.ClientError as exc:
            raise _mapped(exc, self._request) from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "read timed out", request=self._request) from exc

    async def aclose(self) -> None:
        # A body read to the end frees the connection for reuse; one left unread
        # (an error status, a body over the cap) closes it.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """One aiohttp connection pool: `per_host` connections per origin, `total` in all."""

    def __init__(
        self,
        *,
        tls: Callable[[], ssl.SSLContext],
        per_host: int,
        total: int,
        keepalive_expiry: float = 30.0,
    ) -> None:
        self._make_tls = tls
        self._tls: ssl.SSLContext | None = None
        self._per_host = per_host
        self._total = total
        self._keepalive = keepalive_expiry
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

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeouts: dict[str, Any] = request.extensions.get("timeout", {})
        timeout = aiohttp.ClientTimeout(
            total=None,
            sock_connect=timeouts.get("connect"),
            sock_read=timeouts.get("read"),
        )
        tls = self._tls_context() if request.url.scheme == "https" else True
        try:
            response = await self._get_session().request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=[(k.decode(), v.decode()) for k, v in request.headers.raw],  # as written
                allow_redirects=False,
                timeout=timeout,
                ssl=tls,
            )
        except aiohttp.ClientError as exc:
            raise _mapped(exc, request) from exc
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        peer = getattr(response, "peer", None)
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            request=request,
            extensions={"server_addr": peer, "http_version": b"HTTP/1.1"},
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()
            await asyncio.sleep(0)  # let the connector close its sockets


def _mapped(exc: aiohttp.ClientError, request: httpx.Request) -> httpx.HTTPError:
    """httpx's exception for an aiohttp error, as the fetcher classifies them."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientResponseError):  # a malformed status line or header
        return httpx.RemoteProtocolError(message, request=request)
    return httpx.NetworkError(message, request=request)
