"""/metrics, /healthz and /readyz for a running service.

- `/healthz` (liveness): every stage loop is still turning. A stage waiting out
  a broker outage is alive; a dead or stuck loop is not, and a restart helps.
- `/readyz` (readiness): the bus is reachable, and every consuming stage is
  connected, has partitions assigned and is caught up (lag at most
  `serve.ready_max_lag`). An instance left without partitions (more instances
  than partitions) is alive but not ready.

Both answer JSON with the per-stage details, so an operator sees why.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from salvo.netutil import QuietHTTPServer
from salvo.settings import Settings

if TYPE_CHECKING:
    from salvo.app import Pipeline


def health_report(pipeline: Pipeline, max_lag: int) -> dict[str, Any]:
    """Liveness and readiness of every stage in this process."""
    stages = {name: runner.health(max_lag) for name, runner in pipeline.runners.items()}
    reachable = getattr(pipeline.bus, "reachable", None)
    bus_ok = bool(reachable()) if reachable is not None else True
    alive = all(h.alive for h in stages.values())
    return {
        "alive": alive,
        "ready": alive and bus_ok and all(h.ready for h in stages.values()),
        "bus_reachable": bus_ok,
        "stages": {name: {**asdict(h), "ready": h.ready} for name, h in stages.items()},
    }


def serve_health(settings: Settings, pipeline: Pipeline) -> QuietHTTPServer | None:
    """Serve metrics and health on the configured port, in a daemon thread; None if unset."""
    port = settings.serve.metrics_port
    if port is None:
        return None
    max_lag = settings.serve.ready_max_lag

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                body = generate_latest(pipeline.metrics.registry)
                self._reply(200, body, CONTENT_TYPE_LATEST)
            elif path in ("/healthz", "/readyz"):
                report = health_report(pipeline, max_lag)
                ok = report["alive"] if path == "/healthz" else report["ready"]
                body = json.dumps(report, sort_keys=True).encode() + b"\n"
                self._reply(200 if ok else 503, body, "application/json")
            else:
                self._reply(404, b"not found\n", "text/plain")

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # quiet access log
            return

    server = QuietHTTPServer((settings.serve.metrics_host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="http", daemon=True).start()
    return server
