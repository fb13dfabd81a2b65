"""Errors of the Kafka backend, and client creation that reports an unreachable broker as one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kafka.errors import KafkaConfigurationError, KafkaError


class BusError(RuntimeError):
    """The broker did not accept, deliver or acknowledge something in time."""


def connect(what: str, factory: Callable[..., Any], **config: Any) -> Any:
    """Create a kafka-python client; a broker that cannot be reached is a BusError."""
    try:
        return factory(**config)
    except KafkaConfigurationError:
        raise
    except KafkaError as exc:
        raise BusError(
            f"kafka {what}: cannot reach {config.get('bootstrap_servers')}: {exc}"
        ) from exc
