"""Prometheus Alertmanager: POST /api/v2/alerts, so users route through their own.

Each alert in the group becomes one Alertmanager alert whose labels identify
it (alertname, rule, metric, direction, event_date, alert_id); Alertmanager
deduplicates by labels, so a repeated POST is harmless. `endsAt` is set a few
hours ahead: a record is news, not a condition that stays firing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx

from alerts.channels import redact
from alerts.channels.base import Delivery, DeliveryError, split_name
from alerts.render import headline
from alerts.retry import parse_retry_after
from salvo import __version__
from salvo.schemas import AlertKind

ALERTNAME = "SalvoBarrageAlert"
FIRING_FOR = timedelta(hours=6)


def channel_name(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or "local"
    return f"alertmanager-{host}:{parts.port}" if parts.port else f"alertmanager-{host}"


def am_alerts(delivery: Delivery, now: datetime | None = None) -> list[dict[str, Any]]:
    ends = max(now or datetime.now(UTC), delivery.created) + FIRING_FOR
    dashboard = delivery.content.facts.get("dashboard_url")
    out = []
    for a in delivery.alerts:
        item: dict[str, Any] = {
            "labels": {
                "alertname": ALERTNAME,
                "kind": a.kind.value,
                "rule": a.rule,
                "metric": a.metric,
                "direction": a.direction,
                "event_date": a.event_date.isoformat(),
                "alert_id": a.alert_id,
                "severity": "warning" if a.kind is AlertKind.THRESHOLD else "critical",
            },
            "annotations": {
                "summary": headline(a),
                "description": delivery.content.text,
                "value": str(a.value),
                "previous_record": str(a.previous_record.value) if a.previous_record else "",
                "confidence": f"{a.confidence:.2f}",
                "delivery_id": delivery.delivery_id,
            },
            "startsAt": delivery.created.isoformat(),
            "endsAt": ends.isoformat(),
        }
        if dashboard:
            item["generatorURL"] = dashboard
            item["annotations"]["dashboard"] = dashboard
        out.append(item)
    return out


class AlertmanagerChannel:
    kind = "alertmanager"
    wants_chart = False

    def __init__(self, entry: str, timeout_seconds: float = 10.0) -> None:
        name, url = split_name(entry)  # "am=http://…" names the channel
        if not url.startswith(("http://", "https://")):
            raise ValueError("alertmanager URLs must be http:// or https://")
        self.name = name or channel_name(url)
        self.lease_seconds = timeout_seconds * 3 + 5
        base = url.rstrip("/")
        self.endpoint = base if base.endswith("/api/v2/alerts") else f"{base}/api/v2/alerts"
        redact.install()
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_seconds),
            follow_redirects=False,
            headers={"User-Agent": f"Salvo/{__version__} alerts"},
        )

    def send(self, delivery: Delivery) -> None:
        body = json.dumps(am_alerts(delivery)).encode()
        try:
            response = self._client.post(
                self.endpoint, content=body, headers={"Content-Type": "application/json"}
            )
        except httpx.TimeoutException as exc:
            raise DeliveryError("alertmanager timed out") from exc
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        if response.is_success:
            return
        status = response.status_code
        raise DeliveryError(
            f"HTTP {status}",
            retryable=status in (408, 429) or status >= 500,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )

    def close(self) -> None:
        self._client.close()
