"""Delivery channels, built from settings. Each sends one rendered group of alerts."""

from __future__ import annotations

from alerts.channels.base import Channel, Delivery, DeliveryError
from salvo.settings import AlertsSettings


def build_channels(settings: AlertsSettings) -> list[Channel]:
    """Every configured channel, in a stable order; names must be unique."""
    from alerts.channels.email import EmailChannel
    from alerts.channels.log import LogChannel
    from alerts.channels.webhook import WebhookChannel

    channels: list[Channel] = []
    if settings.log:
        channels.append(LogChannel())
    channels += [WebhookChannel(w) for w in settings.webhooks]
    channels += [EmailChannel(e) for e in settings.email]
    if settings.apprise:  # apprise is a large import: only when used
        from alerts.channels.apprise import AppriseChannel

        channels += [AppriseChannel(u, settings.timeout_seconds) for u in settings.apprise]
    if settings.alertmanager:
        from alerts.channels.alertmanager import AlertmanagerChannel

        channels += [
            AlertmanagerChannel(u, settings.timeout_seconds) for u in settings.alertmanager
        ]
    seen: set[str] = set()
    for c in channels:
        if c.name in seen:
            raise ValueError(f"two alert channels are named {c.name!r}; give each a unique name")
        seen.add(c.name)
    return channels


__all__ = ["Channel", "Delivery", "DeliveryError", "build_channels"]
