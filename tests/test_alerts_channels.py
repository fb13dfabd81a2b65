"""Apprise and Alertmanager channels against loopback receivers; the background loop."""

from __future__ import annotations

import base64
import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

from alerts.stage import AlertsProcessor
from alerts.testing import WebhookReceiver, sample_alert
from salvo.app import Pipeline, wait_until
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.settings import Settings
from salvo.store import open_store


def make_settings(tmp_path: Path, **alerts: Any) -> Settings:
    alerts.setdefault("log", False)
    return Settings.model_validate(
        {
            "store": {"url": f"sqlite:///{tmp_path}/state.db"},
            "bus": {"url": f"embedded:///{tmp_path}/bus.db"},
            "alerts": alerts,
        }
    )


def test_apprise_and_alertmanager(tmp_path: Path) -> None:
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    alert = sample_alert(created=datetime(2025, 7, 9, 5, 12))  # naive: taken as UTC
    with WebhookReceiver() as apprise_rx, WebhookReceiver() as am_rx:
        apprise_url = apprise_rx.url.replace("http://", "json://")
        am_url = am_rx.url.removesuffix("/hook")
        settings = make_settings(
            tmp_path,
            apprise=[apprise_url, f"ops-apprise={apprise_url}"],
            alertmanager=[am_url],
            grafana_url="https://grafana.example.org/d/salvo",
        )
        processor = AlertsProcessor(settings, open_store(settings.store.url), Metrics())
        names = sorted(processor.channels)
        assert names[0] == f"alertmanager-127.0.0.1:{am_url.rsplit(':', 1)[1]}"
        assert names[1].startswith("apprise-json-") and apprise_url not in names[1]
        assert names[2] == "ops-apprise"
        processor.process(alert)
        assert processor.finish_pending(Emitter(bus.producer(), Metrics(), "alerts"), 5) == 3
        processor.close()

    assert len(apprise_rx.requests) == 2
    note = apprise_rx.requests[0].json()
    assert note["title"].startswith("New record: 741 drones and missiles")
    assert "Independent sources: 2" in note["message"]
    png = base64.b64decode(note["attachments"][0]["base64"])
    assert png.startswith(b"\x89PNG")

    assert len(am_rx.requests) == 1
    assert am_rx.requests[0].path == "/api/v2/alerts"
    (am_alert,) = am_rx.requests[0].json()
    assert am_alert["labels"]["alertname"] == "SalvoBarrageAlert"
    assert am_alert["labels"]["alert_id"] == alert.alert_id
    assert am_alert["labels"]["severity"] == "critical"
    assert am_alert["annotations"]["summary"].startswith("New record: 741")
    assert am_alert["generatorURL"].startswith("https://grafana.example.org/d/salvo?from=")
    assert am_alert["startsAt"] == "2025-07-09T05:12:00+00:00"
    assert am_alert["endsAt"] > am_alert["startsAt"]


def test_running_pipeline_delivers_from_the_background_loop(tmp_path: Path) -> None:
    with WebhookReceiver() as receiver:
        settings = make_settings(tmp_path, webhooks=[{"url": receiver.url}])
        pipeline = Pipeline(settings, stages=["alerts"])
        stop = threading.Event()
        thread = threading.Thread(target=pipeline.run, args=(stop,), daemon=True)
        thread.start()
        try:
            assert wait_until(pipeline.ready, 10)
            emitter = Emitter(pipeline.bus.producer(), pipeline.metrics, "records")
            alerts = [sample_alert(), sample_alert(value=823, event_date=date(2025, 9, 7))]
            for a in alerts:
                emitter.emit(a)
            emitter.flush()
            assert wait_until(lambda: len(receiver.accepted) == 2, 15)
        finally:
            stop.set()
            thread.join(timeout=30)
            pipeline.close()
    assert sorted(r.headers["Idempotency-Key"] for r in receiver.accepted) == sorted(
        a.alert_id for a in alerts
    )
