"""`salvo history …`: import and replay attack history (owned by the records work)."""

from __future__ import annotations

import click


@click.group("history")
def history_group() -> None:
    """Import the Air Force attack table as record history, or replay it."""
