"""Kill the alerter between send and record: the receiver sees one key at most twice."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from alerts.testing import Received, Reply, WebhookReceiver, sample_alert, write_config
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter


def _alerter(config: Path, cwd: Path) -> subprocess.Popen[bytes]:
    code = "from salvo.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "run", "--stage", "alerts", "--once", "-c", str(config)],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize("group_wait", [0.0, 0.2], ids=["inline-send", "finish-pending"])
def test_killed_between_send_and_record(tmp_path: Path, group_wait: float) -> None:
    # group_wait 0: the send happens inside process(), before the bus offset is
    # committed, so the restart also sees the alert again; 0.2: after the commit.
    alert = sample_alert()
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    emitter = Emitter(bus.producer(), Metrics(), "records")
    emitter.emit(alert)
    emitter.flush()

    current: list[subprocess.Popen[bytes]] = []
    killed = threading.Event()

    def kill_on_first(request: Received) -> None:
        if not killed.is_set():
            current[0].kill()  # the alerter dies after sending, before recording
            current[0].wait()
            killed.set()

    with WebhookReceiver([Reply(0)], on_request=kill_on_first) as receiver:
        config = write_config(
            tmp_path,
            receiver.url,
            f"log = false\ngroup_wait_seconds = {group_wait}",
            "timeout_seconds = 5.0",
        )
        current.append(_alerter(config, tmp_path))
        current[0].wait(timeout=60)
        assert killed.is_set(), current[0].stderr.read() if current[0].stderr else ""

        restarted = _alerter(config, tmp_path)
        out, err = restarted.communicate(timeout=60)
        assert restarted.returncode == 0, err.decode()
        assert "delivered=1" in out.decode()

        # A third run has nothing left to do.
        third = _alerter(config, tmp_path)
        out, err = third.communicate(timeout=60)
        assert third.returncode == 0, err.decode()

    keys = [r.headers["Idempotency-Key"] for r in receiver.requests]
    assert keys == [alert.alert_id, alert.alert_id]
    assert all(r.json()["data"]["alert_ids"] == [alert.alert_id] for r in receiver.requests)
    assert len(receiver.accepted) == 1


def test_two_alerters_sharing_a_store_send_once(store_url: str, tmp_path: Path) -> None:
    # After a consumer-group rebalance two instances may both see one alert.
    from alerts.stage import AlertsProcessor
    from salvo.settings import Settings
    from salvo.store import open_store

    alerts = [sample_alert(value=700 + i, event_date=date(2026, 1, 1 + i)) for i in range(10)]
    bus = EmbeddedBus(str(tmp_path / "bus.db"))
    with WebhookReceiver() as receiver:
        settings = Settings.model_validate(
            {
                "store": {"url": store_url},
                "alerts": {"log": False, "webhooks": [{"url": receiver.url}]},
            }
        )
        processors = [AlertsProcessor(settings, open_store(store_url), Metrics()) for _ in range(2)]
        barrier = threading.Barrier(2)

        def work(processor: AlertsProcessor) -> None:
            barrier.wait()
            for alert in alerts:
                processor.process(alert)
            processor.finish_pending(Emitter(bus.producer(), Metrics(), "alerts"), 5.0)

        threads = [threading.Thread(target=work, args=(p,)) for p in processors]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        for p in processors:
            p.close()
    keys = sorted(r.headers["Idempotency-Key"] for r in receiver.requests)
    assert keys == sorted(a.alert_id for a in alerts)
