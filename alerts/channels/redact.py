"""Keep channel URLs out of logs: they often carry tokens (query strings, user:password@).

httpx logs every request's full URL at INFO level; this filter, attached once to
the "httpx" logger, reduces URLs to scheme, host and path.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit


def redact_url(url: object) -> str:
    parts = urlsplit(str(url))
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    query = "?…" if parts.query else ""
    return f"{parts.scheme}://{host}{parts.path}{query}"


class RedactURLs(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) >= 2:
            args = list(record.args)
            args[1] = redact_url(args[1])
            record.args = tuple(args)
        return True


def install() -> None:
    """Attach the filter to httpx's logger (idempotent)."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, RedactURLs) for f in logger.filters):
        logger.addFilter(RedactURLs())
