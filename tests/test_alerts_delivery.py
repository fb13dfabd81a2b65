"""Alert delivery end to end on loopback: webhook, email (aiosmtpd), log; once each."""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from alerts.outbox import delivery_id_for
from alerts.stage import AlertsProcessor
from alerts.testing import WebhookReceiver, sample_alert
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.settings import Settings
from salvo.store import open_store
from tests.conftest import free_port

SECRET = "s3cret-signing-key"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def make_settings(store_url: str, **alerts: Any) -> Settings:
    return Settings.model_validate({"store": {"url": store_url}, "alerts": alerts})


def emitter_for(tmp_path: Path) -> tuple[Emitter, EmbeddedBus]:
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    return Emitter(bus.producer(), Metrics(), "alerts"), bus


def test_one_alert_reaches_webhook_email_and_log_once(
    store_url: str,
    tmp_path: Path,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    inbox, smtp_port = smtp
    monkeypatch.setenv("SALVO_TEST_HOOK_SECRET", SECRET)
    emitter, _ = emitter_for(tmp_path)
    alert = sample_alert()
    with WebhookReceiver(secret=SECRET) as receiver:
        settings = make_settings(
            store_url,
            webhooks=[{"url": receiver.url, "secret_env": "SALVO_TEST_HOOK_SECRET"}],
            email=[{"port": smtp_port, "recipients": ["desk@example.org"]}],
            grafana_url="https://grafana.example.org/d/salvo",
        )
        store = open_store(store_url)
        processor = AlertsProcessor(settings, store, Metrics())
        assert list(processor.process(alert)) == []
        with caplog.at_level("WARNING", logger="salvo.alerts"):
            delivered = processor.finish_pending(emitter, 5.0)
        assert delivered == 2  # webhook + email (the log line is not counted)

        # A restart, and the bus delivering the same alert again: nothing new is sent.
        processor.close()
        store.close()
        store = open_store(store_url)
        again = AlertsProcessor(settings, store, Metrics())
        assert list(again.process(alert)) == []
        assert again.finish_pending(emitter, 0.5) == 0
        rows = again.outbox.rows(ids=[alert.alert_id])
        assert sorted((r.channel, r.status, r.attempts) for r in rows) == [
            ("email", "delivered", 1),
            ("log", "delivered", 1),
            ("webhook", "delivered", 1),
        ]
        assert all(r.alert_ids == [alert.alert_id] for r in rows)
        again.close()
        store.close()

    assert len(receiver.requests) == 1
    hit = receiver.accepted[0]
    assert hit.verified is True
    assert hit.headers["Idempotency-Key"] == alert.alert_id
    assert hit.headers["Content-Type"].startswith("application/cloudevents+json")
    event = hit.json()
    assert event["specversion"] == "1.0"
    assert event["id"] == alert.alert_id
    assert event["type"] == "io.salvo.alert.record"
    assert event["subject"] == alert.event_id
    data = event["data"]
    assert data["alert_ids"] == [alert.alert_id]
    assert data["headline"] == (
        "New record: 741 drones and missiles launched at Ukraine on the night of "
        "8–9 July 2025, previous record 550 on 4 July 2025"
    )
    assert data["independent_sources"] == 2
    # The dashboard opens on the month before the attack (9 June – 10 July 2025, UTC).
    assert data["dashboard_url"] == (
        "https://grafana.example.org/d/salvo?from=1749427200000&to=1752105600000"
    )
    assert data["sources"][0]["quote"].startswith("Russia launched 741")

    assert len(inbox.messages) == 1
    sender, rcpts, msg = inbox.messages[0]
    assert sender == "salvo@localhost"
    assert rcpts == ["desk@example.org"]
    assert msg["Subject"].startswith("New record: 741 drones and missiles")
    assert msg["Message-ID"] == f"<{alert.alert_id}@salvo.alerts>"
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    assert "Independent sources: 2" in plain.get_content()
    assert "https://www.example.com/world/record-attack" in plain.get_content()
    related = next(p for p in msg.iter_parts() if p.get_content_type() == "multipart/related")
    image = next(p for p in related.iter_parts() if p.get_content_type() == "image/png")
    assert image["Content-ID"] == "<salvo-chart>"
    assert image.get_content_disposition() == "inline"
    png = image.get_content()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000
    assert 'src="cid:salvo-chart"' in html.get_content()

    assert sum("ALERT" in r.getMessage() for r in caplog.records) == 1


def test_alerts_of_one_event_go_out_as_one_message(
    sqlite_url: str, tmp_path: Path, smtp: tuple[Inbox, int]
) -> None:
    inbox, smtp_port = smtp
    emitter, _ = emitter_for(tmp_path)
    total = sample_alert()
    drones = sample_alert(rule="record-drones", metric="drones", previous=(539, None))
    with WebhookReceiver() as receiver:
        settings = make_settings(
            sqlite_url,
            webhooks=[{"url": receiver.url}],
            email=[{"port": smtp_port, "recipients": ["desk@example.org"]}],
            group_wait_seconds=5.0,
        )
        processor = AlertsProcessor(settings, open_store(sqlite_url), Metrics())
        processor.process(total)
        processor.process(drones)
        assert processor.finish_pending(emitter, 5.0) == 2
        processor.close()

    assert len(receiver.requests) == 1
    expected = delivery_id_for([total.alert_id, drones.alert_id])
    assert expected.startswith("alg_")
    assert receiver.requests[0].headers["Idempotency-Key"] == expected
    data = receiver.requests[0].json()["data"]
    assert data["alert_ids"] == sorted([total.alert_id, drones.alert_id])
    assert data["headline"].endswith("(also a drones record: 728)")
    assert len(inbox.messages) == 1
