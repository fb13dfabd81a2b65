"""`salvo feeds …`: manage and inspect feeds (owned by the ingest work)."""

from __future__ import annotations

import click


@click.group("feeds")
def feeds_group() -> None:
    """Import feeds from OPML and show each feed's health."""
