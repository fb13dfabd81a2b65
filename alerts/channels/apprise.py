"""Apprise: Slack, Telegram, Discord, ntfy, Matrix, … from one URL each.

Name a channel with `name=URL` ("ops=tgram://…"); otherwise it is named by the
URL's scheme and a hash of the URL, never by the URL itself: Apprise URLs carry
tokens. Apprise reports success or failure but
no Retry-After, so failures follow the normal backoff.
"""

from __future__ import annotations

import hashlib

import apprise
from apprise.attachment.memory import AttachMemory

from alerts.channels.base import Delivery, DeliveryError, split_name


def channel_name(url: str) -> str:
    scheme = url.split("://", 1)[0].lower() if "://" in url else "apprise"
    return f"apprise-{scheme}-{hashlib.sha256(url.encode()).hexdigest()[:8]}"


class AppriseChannel:
    kind = "apprise"
    wants_chart = True

    def __init__(self, entry: str, timeout_seconds: float = 10.0) -> None:
        name, url = split_name(entry)
        self.name = name or channel_name(url)
        self.timeout_seconds = timeout_seconds
        self.lease_seconds = timeout_seconds * 2 + 5
        self._apprise = apprise.Apprise()
        if not self._apprise.add(url):
            # The URL itself is a secret: name the channel, not the URL.
            raise ValueError(f"alert channel {self.name}: not a valid Apprise URL")

    def send(self, delivery: Delivery) -> None:
        attach = None
        if delivery.chart_png:
            attach = apprise.AppriseAttachment()
            attach.add(
                AttachMemory(content=delivery.chart_png, name="barrages.png", mimetype="image/png")
            )
        result = self._apprise.notify(
            body=delivery.content.text,
            title=delivery.content.headline,
            notify_type=apprise.NotifyType.WARNING,
            body_format=apprise.NotifyFormat.TEXT,
            attach=attach,
            timeout=self.timeout_seconds,
        )
        if not result:
            raise DeliveryError(f"apprise: {getattr(result, 'status', 'failed')}")

    def close(self) -> None:
        return None
