"""The log channel: one line per delivery, for operators tailing the logs."""

from __future__ import annotations

import logging

from alerts.channels.base import Delivery

log = logging.getLogger("salvo.alerts")


class LogChannel:
    name = "log"
    kind = "log"
    wants_chart = False
    lease_seconds = 30.0

    def send(self, delivery: Delivery) -> None:
        facts = delivery.content.facts
        log.warning(
            "ALERT %s: %s [confidence %.2f, %d independent source(s)]",
            delivery.delivery_id,
            delivery.content.headline,
            facts["confidence"],
            facts["independent_sources"],
        )

    def close(self) -> None:
        return None
