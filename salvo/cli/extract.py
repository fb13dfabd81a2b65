"""`salvo extract`: print the barrage claims found in a text (owned by the claims work)."""

from __future__ import annotations

import click


@click.command("extract")
def extract_command() -> None:
    """Print the barrage claims found in a text."""
    raise click.ClickException("not implemented yet")
