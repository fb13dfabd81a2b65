"""/metrics, /healthz and /readyz for a running service."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from salvo.settings import Settings

if TYPE_CHECKING:
    from salvo.app import Pipeline


def serve_health(settings: Settings, pipeline: Pipeline) -> ThreadingHTTPServer | None:
    """Serve metrics and health on the configured port, in a daemon thread; None if unset."""
    port = settings.serve.metrics_port
    if port is None:
        return None

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/metrics":
                body = generate_latest(pipeline.metrics.registry)
                self._reply(200, body, CONTENT_TYPE_LATEST)
            elif self.path == "/healthz":
                self._reply(200, b"ok\n", "text/plain")
            elif self.path == "/readyz":
                ok = pipeline.ready()
                self._reply(200 if ok else 503, b"ready\n" if ok else b"not ready\n", "text/plain")
            else:
                self._reply(404, b"not found\n", "text/plain")

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet access log
            return

    server = ThreadingHTTPServer((settings.serve.metrics_host, port), Handler)
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()
    return server
