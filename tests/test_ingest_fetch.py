"""The fetcher's limits against hostile loopback servers: real sockets, no mocks."""

from __future__ import annotations

import asyncio
import gzip
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from ingest.fetch import Fetcher, FetchError, FetchResult
from salvo.settings import IngestSettings
from tests.test_ingest_support import LoopbackServer, Reply


def _settings(**overrides: Any) -> IngestSettings:
    base: dict[str, Any] = {
        "allow_private_addresses": True,
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "total_timeout": 3.0,
        "max_body_bytes": 64 * 1024,
        "max_redirects": 3,
    }
    base.update(overrides)
    return IngestSettings(**base)


def _get(url: str, settings: IngestSettings | None = None, **kwargs: Any) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(settings or _settings()) as fetcher:
            return await fetcher.get(url, **kwargs)

    return asyncio.run(go())


def _error(url: str, settings: IngestSettings | None = None, **kwargs: Any) -> FetchError:
    with pytest.raises(FetchError) as info:
        _get(url, settings, **kwargs)
    return info.value


def test_plain_and_gzip_bodies(server: LoopbackServer) -> None:
    body = b"<html>" + b"x" * 5000 + b"</html>"
    server.routes["/plain"] = Reply(200, body, {"Content-Type": "text/html"})
    server.routes["/gz"] = Reply(
        200, gzip.compress(body), {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    deflated = raw_deflate.compress(body) + raw_deflate.flush()
    server.routes["/deflate"] = Reply(200, deflated, {"Content-Encoding": "deflate"})
    assert _get(server.url("/plain")).body == body
    gz = _get(server.url("/gz"))
    assert gz.body == body and gz.raw_bytes < len(body)
    assert _get(server.url("/deflate")).body == body


def test_conditional_get_sends_validators(server: LoopbackServer) -> None:
    def route(handler: BaseHTTPRequestHandler) -> Reply:
        if handler.headers.get("If-None-Match") == '"v1"':
            return Reply(304, headers={"ETag": '"v1"'})
        return Reply(200, b"<rss/>", {"ETag": '"v1"'})

    server.routes["/feed"] = route
    first = _get(server.url("/feed"))
    assert first.status == 200 and first.headers["etag"] == '"v1"'
    second = _get(server.url("/feed"), etag='"v1"', last_modified="Thu, 10 Jul 2025 06:00:00 GMT")
    assert second.not_modified and second.body == b""
    _, headers = server.requests[-1]
    assert headers["If-Modified-Since"] == "Thu, 10 Jul 2025 06:00:00 GMT"


def test_server_that_never_answers(server: LoopbackServer) -> None:
    release = threading.Event()
    server.routes["/hang"] = Reply(stream=lambda handler: release.wait(30) and None)
    try:
        started = time.monotonic()
        err = _error(server.url("/hang"))
        assert err.kind == "timeout"
        assert time.monotonic() - started < 10  # bounded by the configured timeouts
    finally:
        release.set()


def test_trickling_server_hits_the_total_deadline(server: LoopbackServer) -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(100):  # one byte every 0.3 s: each read is "in time"
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass

    server.routes["/trickle"] = Reply(stream=trickle)
    err = _error(server.url("/trickle"), _settings(read_timeout=1.0, total_timeout=2.0))
    assert err.kind == "timeout"


def test_body_larger_than_limit_without_content_length(server: LoopbackServer) -> None:
    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(10_000):  # 640 MB if nobody stops reading
                handler.wfile.write(b"y" * 65536)
        except OSError:
            pass

    server.routes["/endless"] = Reply(stream=endless)
    assert _error(server.url("/endless")).kind == "too_large"


def test_declared_content_length_over_limit(server: LoopbackServer) -> None:
    server.routes["/big"] = Reply(200, b"z" * (200 * 1024))
    assert _error(server.url("/big")).kind == "too_large"


def test_gzip_bomb_stops_at_the_decompressed_limit(server: LoopbackServer) -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # 200 MB in ~200 KB
    assert len(bomb) < 64 * 1024 * 4
    server.routes["/bomb"] = Reply(
        200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    settings = _settings(max_body_bytes=1024 * 1024)
    assert _error(server.url("/bomb"), settings).kind == "too_large"


def test_redirect_loop_and_limit(server: LoopbackServer) -> None:
    server.routes["/a"] = Reply(302, headers={"Location": "/b"})
    server.routes["/b"] = Reply(302, headers={"Location": "/a"})
    assert _error(server.url("/a")).kind == "redirect_loop"
    for i in range(6):
        server.routes[f"/r{i}"] = Reply(301, headers={"Location": f"/r{i + 1}"})
    server.routes["/r6"] = Reply(200, b"done")
    assert _error(server.url("/r0")).kind == "too_many_redirects"
    ok = _get(server.url("/r3"))
    assert ok.body == b"done" and ok.final_url == server.url("/r6")
    assert ok.permanent_redirect == server.url("/r6")


def test_redirect_to_other_scheme_or_private_host_is_refused(server: LoopbackServer) -> None:
    server.routes["/file"] = Reply(302, headers={"Location": "file:///etc/passwd"})
    assert _error(server.url("/file")).kind == "unsafe_url"
    server.routes["/meta"] = Reply(302, headers={"Location": "http://169.254.169.254/latest/"})
    strict = _settings(allow_private_addresses=False)
    # The configured feed host itself is trusted; where it redirects to is not.
    err = _error(server.url("/meta"), strict, trusted_host="127.0.0.1")
    assert err.kind == "unsafe_url"


def test_private_addresses_refused_unless_allowed(server: LoopbackServer) -> None:
    server.routes["/page"] = Reply(200, b"<html>secret</html>")
    strict = _settings(allow_private_addresses=False)
    for url in (
        server.url("/page"),
        f"http://localhost:{server.port}/page",
        "http://10.0.0.1/x",
        "http://[::1]/x",
        "http://169.254.169.254/latest/meta-data/",
    ):
        assert _error(url, strict).kind == "unsafe_url", url
    assert server.hits("/page") == 0
    assert _get(server.url("/page"), strict, trusted_host="127.0.0.1").body.startswith(b"<html>")


def test_http_error_keeps_retry_after(server: LoopbackServer) -> None:
    server.routes["/busy"] = Reply(429, b"slow down", {"Retry-After": "120"})
    err = _error(server.url("/busy"))
    assert err.kind == "http_status" and err.status == 429
    assert err.headers["retry-after"] == "120"


def test_tls_certificates_are_verified(tmp_path: Path) -> None:
    """A self-signed certificate is refused: TLS is always verified."""
    import shutil
    import ssl
    import subprocess
    from http.server import HTTPServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            return

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        err = _error(f"https://127.0.0.1:{httpd.server_address[1]}/")
        assert err.kind in ("connect", "http")
        assert "CERTIFICATE_VERIFY_FAILED" in str(err) or "certificate" in str(err).lower()
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(
    "url", ["http://[::1/", "http://127.0.0.1:99999/", "ftp://127.0.0.1/", "http:///nohost"]
)
def test_malformed_urls_are_fetch_errors(url: str) -> None:
    assert _error(url).kind in ("bad_url", "unsafe_url")


def test_throttled_host_is_left_alone_until_retry_after(server: LoopbackServer) -> None:
    server.routes["/busy"] = Reply(503, b"", {"Retry-After": "60"})
    server.routes["/other"] = Reply(200, b"fine")

    async def go() -> tuple[FetchError, FetchError]:
        async with Fetcher(_settings()) as fetcher:
            with pytest.raises(FetchError) as first:
                await fetcher.get(server.url("/busy"))
            with pytest.raises(FetchError) as second:
                await fetcher.get(server.url("/other"))  # same host: not even asked
            return first.value, second.value

    first, second = asyncio.run(go())
    assert (first.kind, first.status) == ("http_status", 503)
    assert second.kind == "throttled"
    assert server.hits("/other") == 0


def test_long_real_world_headers_are_accepted_and_garbage_is_a_protocol_error(
    server: LoopbackServer,
) -> None:
    # News sites send Content-Security-Policy and Set-Cookie headers over 8 KB.
    sources = "; ".join(f"img-src https://cdn{i}.example" for i in range(900))
    policy = f"default-src 'self'; {sources}"
    assert len(policy) > 20_000
    server.routes["/csp"] = Reply(200, b"<html>ok</html>", {"Content-Security-Policy": policy})
    assert _get(server.url("/csp")).body == b"<html>ok</html>"

    def garbage(handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"NOT HTTP AT ALL\r\n\r\n")

    server.routes["/garbage"] = Reply(stream=garbage)
    assert _error(server.url("/garbage")).kind == "protocol"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/a/b.html?x=1&y=%2F#top",
        "https://example.org",
        "https://example.org/path?",
        "http://Example.ORG/Upper",
        "http://example.org:8080/a b/ü?q=ä ö",
        "http://bücher.example/kapitel",
        "http://example.org/%zz/50%",
        'http://example.org/a"quote<angle>`tick`{brace}|pipe\\back^caret',
    ],
)
def test_request_urls_are_normalised_as_httpx_would(url: str) -> None:
    # The transport sends plain URLs as they are and every other through httpx's parser:
    # what goes on the wire is what httpx's own request would have carried.
    import httpx
    from yarl import URL

    from ingest.transport import request_url

    assert str(request_url(url)) == str(URL(str(httpx.URL(url)), encoded=True))


def test_invalid_request_urls_are_refused() -> None:
    import httpx

    from ingest.transport import request_url

    bad = (
        "http://example.org:abc/",
        "http://exa\x01mple.org/",
        "http://a.org/\x7f",
        "http://[::1/",
    )
    for url in bad:
        with pytest.raises(httpx.InvalidURL):
            request_url(url)


def test_response_headers_read_as_httpx_reads_them() -> None:
    import httpx

    from ingest.transport import _decoded_headers

    blocks: list[tuple[tuple[bytes, bytes], ...]] = [
        ((b"Content-Type", b"text/html"), (b"Set-Cookie", b"a=1"), (b"set-cookie", b"b=2")),
        ((b"X-Title", "Kyïv".encode()), (b"ETag", b'"1"')),
        ((b"X-Title", "Kyïv".encode("latin-1")), (b"X-Other", "ü".encode())),
    ]
    for raw in blocks:
        expected = {k.lower(): v for k, v in httpx.Headers(list(raw)).items()}
        assert _decoded_headers(raw) == expected
