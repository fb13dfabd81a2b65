"""Silences and the per-channel rate limit keep people from being flooded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from alerts.outbox import Outbox
from alerts.silences import Matcher
from alerts.stage import AlertsProcessor
from alerts.testing import WebhookReceiver, sample_alert, write_config
from salvo.bus.embedded import EmbeddedBus
from salvo.cli import cli
from salvo.cli.alerts import parse_duration
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.settings import load_settings
from salvo.store import open_store


def test_silenced_channel_is_skipped_and_can_be_redelivered(tmp_path: Path) -> None:
    runner = CliRunner()
    alert = sample_alert()
    with WebhookReceiver() as receiver:
        config = write_config(tmp_path, receiver.url, "log = true")
        added = runner.invoke(
            cli,
            [
                "silence", "add", "-c", str(config), "--match", "channel=webhook",
                "--match", "rule=~record-.*", "--for", "6h", "--comment", "drill",
            ],
        )  # fmt: skip
        assert added.exit_code == 0, added.output
        silence_id = added.output.split()[0]
        listed = runner.invoke(cli, ["silence", "list", "-c", str(config)])
        assert silence_id in listed.output and "channel=webhook" in listed.output

        settings = load_settings(config)
        metrics = Metrics()
        bus = EmbeddedBus(str(tmp_path / "bus.db"))
        processor = AlertsProcessor(settings, open_store(settings.store.url), metrics)
        processor.process(alert)
        processor.finish_pending(Emitter(bus.producer(), metrics, "alerts"), 1.0)
        processor.close()
        assert receiver.requests == []  # silenced; the log channel still got it
        value = metrics.registry.get_sample_value(
            "salvo_alert_deliveries_total", {"channel": "webhook", "outcome": "silenced"}
        )
        assert value == 1

        shown = runner.invoke(cli, ["alerts", "list", "-c", str(config), "--status", "silenced"])
        assert alert.alert_id in shown.output

        removed = runner.invoke(cli, ["silence", "remove", "-c", str(config), silence_id])
        assert removed.exit_code == 0, removed.output
        assert "no silences" in runner.invoke(cli, ["silence", "list", "-c", str(config)]).output

        retried = runner.invoke(cli, ["alerts", "retry", "-c", str(config), alert.alert_id])
        assert retried.exit_code == 0, retried.output
    assert [r.headers["Idempotency-Key"] for r in receiver.requests] == [alert.alert_id]


def test_rate_limit_defers_instead_of_dropping(tmp_path: Path) -> None:
    with WebhookReceiver() as receiver:
        config = write_config(tmp_path, receiver.url, "log = true\nrate_limit_per_hour = 1")
        settings = load_settings(config)
        metrics = Metrics()
        bus = EmbeddedBus(str(tmp_path / "bus.db"))
        store = open_store(settings.store.url)
        processor = AlertsProcessor(settings, store, metrics)
        processor.process(sample_alert())
        processor.process(sample_alert(value=823, event_date=date(2025, 9, 7)))
        processor.finish_pending(Emitter(bus.producer(), metrics, "alerts"), 0.5)
        processor.close()
        assert len(receiver.requests) == 1
    pending = Outbox(store).rows(["pending"])
    assert [(r.channel, r.last_error) for r in pending] == [("webhook", "rate limited (1/hour)")]
    assert pending[0].attempts == 0
    assert pending[0].next_attempt_at > pending[0].updated_at + 3000
    # The log channel is not rate limited: both alerts were logged.
    assert len(Outbox(store).rows(["delivered"], channel="log")) == 2
    value = metrics.registry.get_sample_value(
        "salvo_alert_deliveries_total", {"channel": "webhook", "outcome": "rate_limited"}
    )
    assert value == 1


def test_matchers_and_durations() -> None:
    labels = {"rule": "record-drones", "channel": "email", "metric": "drones"}
    assert Matcher.parse("rule=record-drones").matches(labels)
    assert Matcher.parse("rule!=record-total").matches(labels)
    assert Matcher.parse("rule=~record-.*").matches(labels)
    assert not Matcher.parse("rule=~drones").matches(labels)  # anchored, like Alertmanager
    assert Matcher.parse("channel!~web.*").matches(labels)
    assert Matcher.parse('metric="drones"').matches(labels)
    with pytest.raises(ValueError):
        Matcher.parse("no operator")
    with pytest.raises(ValueError):
        Matcher.parse("rule=~(")
    assert parse_duration("6h") == 21600
    assert parse_duration("1h30m") == 5400
    assert parse_duration("2d") == 172800
    with pytest.raises(click.BadParameter, match=r"use e\.g\."):
        parse_duration("6 hours")
