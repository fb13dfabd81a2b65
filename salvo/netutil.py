"""Small network helpers shared by the CLI, the demo and the tests."""

from __future__ import annotations

import logging
import socket
import sys
from http.server import ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago on `host`."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class QuietHTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that does not print a traceback when a client hangs up.

    A scraper or test client that closes its connection mid-request is routine;
    anything else is still reported (to the log, not bare stderr).
    """

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        log.warning("HTTP server: error handling a request from %s", client_address, exc_info=True)
