"""Webhook: a signed CloudEvents 1.0 structured event, POSTed as JSON.

Headers: `Content-Type: application/cloudevents+json`, `Idempotency-Key` (the
delivery id, also the CloudEvents `id`), and `Salvo-Signature` (see
alerts/signing.py and docs/webhooks.md). The body is byte-identical on every
attempt; only the signature's timestamp changes.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

from alerts import signing
from alerts.channels import redact
from alerts.channels.base import Delivery, DeliveryError
from alerts.channels.tls import client_context
from alerts.render import primary
from alerts.retry import parse_retry_after
from salvo import __version__
from salvo.settings import WebhookChannel as WebhookSettings
from salvo.settings import read_secret

log = logging.getLogger(__name__)

CONTENT_TYPE = "application/cloudevents+json; charset=utf-8"
EVENT_SOURCE = "/salvo/alerts"
# Statuses worth retrying: the receiver is busy, restarting or briefly broken.
_RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


def cloud_event(delivery: Delivery) -> dict[str, Any]:
    main = primary(delivery.alerts)
    return {
        "specversion": "1.0",
        "id": delivery.delivery_id,
        "source": EVENT_SOURCE,
        "type": f"io.salvo.alert.{main.kind.value}",
        "subject": delivery.event_id,
        "time": delivery.created.isoformat().replace("+00:00", "Z"),
        "datacontenttype": "application/json",
        "data": {
            "delivery_id": delivery.delivery_id,
            **delivery.content.facts,
            "text": delivery.content.text,
            "alerts_full": [a.model_dump(mode="json") for a in delivery.alerts],
        },
    }


def encode(event: dict[str, Any]) -> bytes:
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class WebhookChannel:
    kind = "webhook"
    wants_chart = False

    def __init__(self, config: WebhookSettings) -> None:
        if not config.url.startswith(("http://", "https://")):
            raise ValueError(f"webhook {config.name}: URL must be http:// or https://")
        self.name = config.name
        self.config = config
        self.lease_seconds = config.timeout_seconds * 3 + 5
        if config.secret_env is None and config.secret_file is None:
            log.warning("webhook %s has no signing secret: receivers cannot verify it", self.name)
        redact.install()
        self._client = httpx.Client(
            timeout=httpx.Timeout(config.timeout_seconds),
            verify=client_context(config.ca_file),
            follow_redirects=False,
            headers={"User-Agent": f"Salvo/{__version__} alerts"},
        )

    def send(self, delivery: Delivery) -> None:
        body = encode(cloud_event(delivery))
        headers = {"Content-Type": CONTENT_TYPE, "Idempotency-Key": delivery.delivery_id}
        secret = read_secret(self.config.secret_env, self.config.secret_file)
        if secret:
            headers[signing.SIGNATURE_HEADER] = signing.sign(secret, body)
        try:
            response = self._client.post(self.config.url, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            raise DeliveryError(f"timed out after {self.config.timeout_seconds}s") from exc
        except httpx.HTTPError as exc:
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
        status = response.status_code
        if 200 <= status < 300:
            return
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        raise DeliveryError(
            f"HTTP {status}",
            retryable=status in _RETRYABLE,
            retry_after=retry_after,
        )

    def close(self) -> None:
        self._client.close()
