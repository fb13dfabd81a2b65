"""Helpers for testing alert delivery against real loopback servers.

`WebhookReceiver` is a small http.server that answers from a script (500,
429 + Retry-After, a stall longer than the client's timeout, 200 …), verifies
signatures and records every request, the way a careful receiver would.
`sample_alert()` builds the 741-versus-550 record alert of 9 July 2025.
`write_config()` writes a salvo.toml for an alerts stage posting to one webhook.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from alerts import signing
from salvo.netutil import QuietHTTPServer
from salvo.schemas import (
    Alert,
    AlertKind,
    AttackEvent,
    MetricValue,
    PreviousRecord,
    Qualifier,
    SourceRef,
)


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stall_seconds: float = 0.0  # sleep first; with status 0, then drop the connection


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.time() on arrival
    answered: int  # status sent back (0: none, the request was left to time out)
    verified: bool | None = None  # signature check, when the receiver has a secret
    duplicate: bool = False  # Idempotency-Key already accepted before

    def json(self) -> Any:
        return json.loads(self.body)


class WebhookReceiver:
    """Loopback receiver: scripted replies, then 200; verifies and deduplicates."""

    def __init__(
        self,
        script: Iterable[Reply] = (),
        *,
        secret: str | None = None,
        on_request: Callable[[Received], None] | None = None,
        port: int = 0,
    ) -> None:
        self.script = list(script)
        self.secret = secret
        self.on_request = on_request
        self.requests: list[Received] = []
        self.accepted: list[Received] = []  # verified, first time seen, answered 2xx
        self._seen_keys: set[str] = set()
        self._lock = threading.Lock()
        self._server = QuietHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hook"

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next_reply(self) -> Reply:
        with self._lock:
            return self.script.pop(0) if self.script else Reply()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                reply = receiver._next_reply()
                got = Received(self.path, dict(self.headers.items()), body, time.time(), 0)
                if receiver.secret is not None:
                    try:
                        signing.verify(receiver.secret, body, self.headers.get("Salvo-Signature"))
                        got.verified = True
                    except signing.SignatureError:
                        got.verified = False
                with receiver._lock:
                    receiver.requests.append(got)
                if receiver.on_request is not None:
                    receiver.on_request(got)
                if reply.stall_seconds:
                    time.sleep(reply.stall_seconds)
                if reply.status == 0:
                    self.close_connection = True
                    return
                status = reply.status
                if status < 300 and got.verified is False:
                    status = 401
                got.answered = status
                if status < 300:
                    key = self.headers.get("Idempotency-Key", "")
                    with receiver._lock:
                        got.duplicate = key in receiver._seen_keys
                        receiver._seen_keys.add(key)
                        if not got.duplicate:
                            receiver.accepted.append(got)
                self.send_response(status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler


def sample_alert(
    *,
    value: int = 741,
    event_date: date = date(2025, 7, 9),
    previous: tuple[int, date | None] | None = (550, date(2025, 7, 4)),
    rule: str = "record-total",
    metric: str = "total",
    kind: AlertKind = AlertKind.RECORD,
    created: datetime | None = None,
) -> Alert:
    """A record alert with its event, sources and quotes, as the records stage emits it."""
    direction = "RU->UA"
    event_id = AttackEvent.make_id(direction, event_date)
    sources = [
        SourceRef(
            claim_id="clm_airforce",
            url="https://www.example.org/air-force-report",
            outlet="Ukrainian Air Force",
            title="Overnight attack",
            attributed_to="Ukrainian Air Force",
            launched_total=value,
            drones=value - 13,
            missiles=13,
            quote=f"Russia launched {value} air attack assets: {value - 13} drones, 13 missiles.",
        ),
        SourceRef(
            claim_id="clm_reuters",
            url="https://www.example.com/world/record-attack",
            outlet="Reuters",
            title="Russia pounds Ukraine with record drone attack",
            attributed_to="Ukraine's air force",
            launched_total=value,
            quote=f"Russia launched {value} drones and missiles overnight, a record.",
        ),
        SourceRef(
            claim_id="clm_copy",
            url="https://www.example.net/copy",
            outlet="Syndicated Daily",
            title="Russia pounds Ukraine with record drone attack",
            launched_total=value,
            quote=f"Russia launched {value} drones and missiles overnight, a record.",
            duplicate_of="clm_reuters",
        ),
    ]
    event = AttackEvent(
        event_id=event_id,
        direction=direction,
        event_date=event_date,
        metrics={
            "total": MetricValue(value=value, claim_id="clm_airforce"),
            "drones": MetricValue(value=value - 13, claim_id="clm_airforce"),
            "missiles": MetricValue(value=13, claim_id="clm_airforce"),
        },
        breakdown={"shahed": value - 13 - 200, "decoy": 200, "cruise": 7, "ballistic": 6},
        sources=sources,
        independent_sources=2,
        official=True,
        is_record_claimed=True,
    )
    metric_value = event.metrics[metric].value if metric in event.metrics else value
    return Alert(
        kind=kind,
        rule=rule,
        level=metric_value,
        direction=direction,
        event_date=event_date,
        event_id=event_id,
        metric=metric,
        value=metric_value,
        qualifier=Qualifier.EXACT,
        previous_record=(
            PreviousRecord(value=previous[0], event_date=previous[1]) if previous else None
        ),
        event=event,
        confidence=0.9,
        created=created or datetime.now(UTC),
    ).with_id()


def write_config(workdir: Path, webhook_url: str, alerts: str = "", webhook: str = "") -> Path:
    """workdir/salvo.toml: SQLite store and embedded bus in workdir, one webhook channel.

    `alerts` and `webhook` are extra TOML lines for the [alerts] table and the webhook.
    """
    config = workdir / "salvo.toml"
    config.write_text(
        f"""
[store]
url = "sqlite:///{workdir}/state.db"
[bus]
url = "embedded:///{workdir}/bus.db"
[alerts]
{alerts}
[[alerts.webhooks]]
url = "{webhook_url}"
{webhook}
""",
        encoding="utf-8",
    )
    return config
