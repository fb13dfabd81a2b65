"""`salvo demo`: the whole pipeline on loopback with the bundled corpus."""

from __future__ import annotations

import click


@click.command("demo")
def demo_command() -> None:
    """Run the pipeline against a loopback feed server and deliver a record alert."""
    raise click.ClickException("not implemented yet")
