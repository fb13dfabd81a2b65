"""`salvo feeds …`: manage and inspect feeds (owned by the ingest work)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from salvo.cli.common import config_option, settings_from, store_option

if TYPE_CHECKING:
    from ingest.state import FeedState
    from salvo.store import Database


@click.group("feeds")
def feeds_group() -> None:
    """Import feeds from OPML and show each feed's health."""


def _open_state(config_path: str | None, store_url: str | None) -> tuple[Database, FeedState]:
    from ingest.state import FeedState
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    state = FeedState(store)
    state.migrate()
    state.sync_config(settings.feeds)
    return store, state


@feeds_group.command("import")
@config_option
@store_option
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False))
def import_command(config_path: str | None, store_url: str | None, opml_file: str) -> None:
    """Add the feeds listed in OPML_FILE (existing feeds keep their state)."""
    from ingest.opml import OPMLError, read_opml

    try:
        feeds = read_opml(opml_file)
    except OPMLError as exc:
        raise click.ClickException(str(exc)) from exc
    store, state = _open_state(config_path, store_url)
    try:
        added = state.import_feeds((f.url, f.name) for f in feeds)
    finally:
        store.close()
    click.echo(f"{len(feeds)} feeds in {opml_file}: {added} new, {len(feeds) - added} known")


def _ago(ts: float | None, now: float) -> str:
    if not ts:
        return "-"
    delta = ts - now
    span = abs(delta)
    if span < 90:
        text = f"{span:.0f}s"
    elif span < 5400:
        text = f"{span / 60:.0f}m"
    elif span < 2 * 86400:
        text = f"{span / 3600:.1f}h"
    else:
        text = f"{span / 86400:.1f}d"
    return f"in {text}" if delta > 0 else f"{text} ago"


def _next(ts: float, now: float) -> str:
    return "due" if ts <= now else _ago(ts, now)


def _iso(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts, UTC).isoformat() if ts else None


@feeds_group.command("list")
@config_option
@store_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per feed.")
@click.option(
    "--state",
    "only_state",
    type=click.Choice(["new", "ok", "erroring", "failing", "disabled"]),
    help="Show only feeds in this health state.",
)
def list_command(
    config_path: str | None, store_url: str | None, as_json: bool, only_state: str | None
) -> None:
    """Each feed's health: state, last success, last error, next poll, entries seen."""
    store, state = _open_state(config_path, store_url)
    try:
        feeds = state.all()
    finally:
        store.close()
    now = time.time()
    rows = []
    for f in feeds:
        health = f.state if f.enabled else "disabled"
        if only_state and health != only_state:
            continue
        rows.append((f, health))
    if as_json:
        for f, health in rows:
            record = {
                "url": f.url,
                "name": f.display_name,
                "origin": f.origin,
                "state": health,
                "last_success": _iso(f.last_success),
                "last_error": f.last_error,
                "last_error_kind": f.last_error_kind,
                "last_error_at": _iso(f.last_error_at),
                "next_poll": _iso(f.next_poll) if f.enabled else None,
                "interval_seconds": f.interval_seconds,
                "entries_seen": f.entries_seen,
                "articles_published": f.articles_published,
                "last_status": f.last_status,
                "format": f.format,
                "bozo_reason": f.bozo_reason,
                # A 301/308 moved the feed: it is polled there (`url` stays its identity);
                # update the config when convenient.
                "redirected_to": f.redirected_to,
                "polled_url": f.poll_url,
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not rows:
        click.echo("no feeds (add [[feeds]] to the config or `salvo feeds import FILE.opml`)")
        return
    header = f"{'STATE':<9} {'LAST OK':>10} {'NEXT POLL':>10} {'SEEN':>6}  FEED / LAST ERROR"
    click.echo(header)
    for f, health in rows:
        click.echo(
            f"{health:<9} {_ago(f.last_success, now):>10} "
            f"{_next(f.next_poll, now) if f.enabled else '-':>10} {f.entries_seen:>6}  "
            f"{f.display_name} <{f.url}>"
        )
        if f.redirected_to:
            click.echo(f"{'':<39}  moved permanently, polled at <{f.redirected_to}>")
        if f.error_count and f.last_error:
            click.echo(
                f"{'':<39}  last error {_ago(f.last_error_at, now)} "
                f"({f.error_count}x, {f.last_error_kind}): {f.last_error[:120]}"
            )
