"""Retries, Retry-After, signatures and replays, dead letters and redelivery, on loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from alerts import signing
from alerts.stage import AlertsProcessor
from alerts.testing import Reply, WebhookReceiver, sample_alert, write_config
from salvo.bus.embedded import EmbeddedBus
from salvo.cli import cli
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.schemas import DeadLetter
from salvo.settings import Settings
from salvo.store import open_store
from tests.conftest import free_port

SECRET = "whsec-test"


def make_settings(
    store_url: str, bus_url: str = "embedded:///unused.db", **alerts: Any
) -> Settings:
    alerts.setdefault("log", False)
    alerts.setdefault("backoff_initial_seconds", 0.05)
    alerts.setdefault("backoff_max_seconds", 0.2)
    return Settings.model_validate(
        {"store": {"url": store_url}, "bus": {"url": bus_url}, "alerts": alerts}
    )


def metric(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


def test_flaky_receiver_gets_the_alert_once_after_the_waits_it_asked_for(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SALVO_TEST_HOOK_SECRET", SECRET)
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    metrics = Metrics()
    script = [
        Reply(500),
        Reply(500),
        Reply(0, stall_seconds=1.5),  # longer than the 0.5 s channel timeout
        Reply(429, {"Retry-After": "1"}),
        Reply(200),
    ]
    alert = sample_alert()
    with WebhookReceiver(script, secret=SECRET) as receiver:
        settings = make_settings(
            store_url,
            webhooks=[
                {
                    "url": receiver.url,
                    "secret_env": "SALVO_TEST_HOOK_SECRET",
                    "timeout_seconds": 0.5,
                }
            ],
        )
        processor = AlertsProcessor(settings, open_store(store_url), metrics)
        processor.process(alert)
        delivered = processor.finish_pending(Emitter(bus.producer(), metrics, "alerts"), 20.0)
        processor.close()

        assert delivered == 1
        assert [r.answered for r in receiver.requests] == [500, 500, 0, 429, 200]
        assert len(receiver.accepted) == 1
        assert {r.headers["Idempotency-Key"] for r in receiver.requests} == {alert.alert_id}
        assert len({r.body for r in receiver.requests}) == 1  # the same bytes every time
        assert all(r.verified for r in receiver.requests)
        # The receiver asked for a 1 s pause with its 429: the next attempt honoured it.
        assert receiver.requests[4].at - receiver.requests[3].at >= 1.0

        # A replay of the accepted request, byte for byte, is recognised by its key…
        first = receiver.accepted[0]
        replay = httpx.post(
            receiver.url,
            content=first.body,
            headers={k: v for k, v in first.headers.items() if k.lower() != "content-length"},
        )
        assert replay.status_code == 200
        assert receiver.requests[-1].duplicate is True
        assert len(receiver.accepted) == 1

    # …and once older than 5 minutes, by its signature timestamp alone.
    header = first.headers["Salvo-Signature"]
    sent_at = signing.verify(SECRET, first.body, header)
    with pytest.raises(signing.SignatureError, match="replay"):
        signing.verify(SECRET, first.body, header, now=sent_at + 301)
    with pytest.raises(signing.SignatureError, match="does not match"):
        signing.verify(SECRET, first.body.replace(b"741", b"742"), header)

    assert metric(metrics, "salvo_alert_retries_total", channel="webhook") == 4
    assert (
        metric(metrics, "salvo_alert_deliveries_total", channel="webhook", outcome="delivered") == 1
    )
    assert metric(metrics, "salvo_alert_deliveries_total", channel="webhook", outcome="failed") == 4
    assert metric(metrics, "salvo_alert_delivery_seconds_count", channel="webhook") == 1


def test_dead_letter_then_cli_list_and_retry(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path}/state.db"
    port = free_port()  # nobody listens here yet: the receiver is down
    config = write_config(
        tmp_path,
        f"http://127.0.0.1:{port}/hook",
        "log = false\nmax_attempts = 3\nbackoff_initial_seconds = 0.02\nbackoff_max_seconds = 0.05",
        "timeout_seconds = 1.0",
    )
    from salvo.settings import load_settings

    settings = load_settings(config)
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    metrics = Metrics()
    alert = sample_alert()
    processor = AlertsProcessor(settings, open_store(store_url), metrics)
    processor.process(alert)
    assert processor.finish_pending(Emitter(bus.producer(), metrics, "alerts"), 10.0) == 0
    processor.close()
    assert metric(metrics, "salvo_alert_dead_letters_total", channel="webhook") == 1

    # The dead letter is on the topic, with what is needed to redeliver it.
    consumer = bus.consumer("test", ["deadletter"])
    letters = [DeadLetter.model_validate_json(r.value) for r in consumer.poll(timeout=1.0)]
    assert len(letters) == 1
    assert letters[0].stage == "alerts"
    assert letters[0].extra["delivery_id"] == alert.alert_id
    assert letters[0].extra["attempts"] == 3
    assert json.loads(letters[0].payload)["alerts"][0]["alert_id"] == alert.alert_id

    runner = CliRunner()
    listed = runner.invoke(cli, ["alerts", "list", "-c", str(config), "--status", "dead"])
    assert listed.exit_code == 0, listed.output
    assert alert.alert_id in listed.output and "dead" in listed.output
    assert "New record: 741" in listed.output

    with WebhookReceiver(port=port) as receiver:
        retried = runner.invoke(cli, ["alerts", "retry", "-c", str(config), "--all", "--wait", "5"])
        assert retried.exit_code == 0, retried.output
        assert f"{alert.alert_id} webhook: delivered" in retried.output
        again = runner.invoke(cli, ["alerts", "retry", "-c", str(config), "--all"])
        assert again.exit_code != 0  # nothing dead any more
    assert len(receiver.requests) == 1
    assert receiver.requests[0].headers["Idempotency-Key"] == alert.alert_id

    shown = runner.invoke(cli, ["alerts", "show", "-c", str(config), alert.alert_id])
    assert shown.exit_code == 0, shown.output
    assert shown.output.startswith("New record: 741 drones and missiles")
    assert "webhook: delivered after 1 attempt(s)" in shown.output
    missing = runner.invoke(cli, ["alerts", "show", "-c", str(config), "alr_nope"])
    assert missing.exit_code != 0 and "no delivery alr_nope" in missing.output

    listed = runner.invoke(cli, ["alerts", "list", "-c", str(config), "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["channel"], r["status"]) for r in rows] == [("webhook", "delivered")]


def test_permanent_refusal_dead_letters_at_once_from_process(tmp_path: Path) -> None:
    # group_wait 0 and no background loop: process() makes the attempt itself and
    # yields the DeadLetter for the runner to publish.
    with WebhookReceiver([Reply(404)]) as receiver:
        settings = make_settings(
            f"sqlite:///{tmp_path}/state.db",
            webhooks=[{"url": receiver.url}],
            group_wait_seconds=0.0,
        )
        metrics = Metrics()
        processor = AlertsProcessor(settings, open_store(settings.store.url), metrics)
        out = list(processor.process(sample_alert()))
        processor.close()
    assert len(receiver.requests) == 1
    assert len(out) == 1 and isinstance(out[0], DeadLetter)
    assert out[0].error == "HTTP 404"
    assert metric(metrics, "salvo_alert_retries_total", channel="webhook") == 0
    assert metric(metrics, "salvo_alert_dead_letters_total", channel="webhook") == 1
