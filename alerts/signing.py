"""Webhook signatures: HMAC-SHA256 over timestamp and body, checked by the receiver.

The header reads `Salvo-Signature: t=<unix seconds>,v1=<hex HMAC>`; the MAC is
computed over `b"<t>." + body` with the shared secret. A receiver recomputes it
over the exact bytes it received, compares in constant time, and rejects a
timestamp older than the tolerance (5 minutes): a captured request replayed
later fails. Within the window, the `Idempotency-Key` (= CloudEvents `id`)
lets the receiver drop a replay it has already seen. See docs/webhooks.md.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "Salvo-Signature"
DEFAULT_TOLERANCE_SECONDS = 300


class SignatureError(ValueError):
    """The request is not signed by a holder of the secret, or is too old."""


def compute(secret: str | bytes, timestamp: int, body: bytes) -> str:
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    return hmac.new(key, str(timestamp).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def sign(secret: str | bytes, body: bytes, timestamp: int | None = None) -> str:
    """The header value for `body` signed now (or at `timestamp`)."""
    t = int(time.time()) if timestamp is None else timestamp
    return f"t={t},v1={compute(secret, t, body)}"


def verify(
    secret: str | bytes,
    body: bytes,
    header: str | None,
    *,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> int:
    """Check a `Salvo-Signature` header; return its timestamp or raise SignatureError."""
    if not header:
        raise SignatureError("missing signature header")
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isdigit():
            timestamp = int(value)
        elif name == "v1":
            candidates.append(value)
    if timestamp is None or not candidates:
        raise SignatureError("malformed signature header")
    expected = compute(secret, timestamp, body)
    if not any(hmac.compare_digest(expected, c) for c in candidates):
        raise SignatureError("signature does not match")
    age = (time.time() if now is None else now) - timestamp
    if age > tolerance:
        raise SignatureError(f"signature is {age:.0f}s old (tolerance {tolerance}s): replay?")
    if age < -tolerance:
        raise SignatureError("signature timestamp is in the future")
    return timestamp
