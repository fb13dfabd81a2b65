"""`salvo records`: current records and the events that set them (owned by the records work)."""

from __future__ import annotations

import click


@click.command("records")
def records_command() -> None:
    """Print the current records and the events that set them."""
    raise click.ClickException("not implemented yet")
