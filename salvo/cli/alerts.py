"""`salvo alerts …` and `salvo silence …` (owned by the alert-delivery work)."""

from __future__ import annotations

import click


@click.group("alerts")
def alerts_group() -> None:
    """Inspect delivered and dead-lettered alerts; redeliver."""


@click.group("silence")
def silence_group() -> None:
    """Silence matching alerts for a while."""
