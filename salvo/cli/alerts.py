"""`salvo alerts …` and `salvo silence …`: inspect deliveries, redeliver, silence."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime

import click

from salvo.cli.common import bus_option, config_option, settings_from, store_option

_STATUSES = ("pending", "sending", "delivered", "dead", "silenced", "cancelled")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """'6h', '90m', '1h30m', '2d' → seconds."""
    compact = text.replace(" ", "").lower()
    parts = _DURATION.findall(compact)
    if not parts or "".join(n + u for n, u in parts) != compact:
        raise click.BadParameter(f"{text!r}: use e.g. 30m, 6h, 1h30m, 2d")
    return sum(float(n) * _UNIT_SECONDS[u] for n, u in parts)


def _when(ts: float | None) -> str:
    if ts is None:
        return "-"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


@click.group("alerts")
def alerts_group() -> None:
    """Inspect delivered and dead-lettered alerts; redeliver."""


@alerts_group.command("list")
@config_option
@store_option
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([*_STATUSES, "all"]),
    help="Only these delivery states (repeatable). Default: all.",
)
@click.option("--channel", help="Only this channel (e.g. webhook, email, log).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def list_command(
    config_path: str | None,
    store_url: str | None,
    statuses: tuple[str, ...],
    channel: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List deliveries, newest first: one row per alert group and channel."""
    from alerts.outbox import Outbox
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    wanted = _STATUSES if not statuses or "all" in statuses else statuses
    store = open_store(settings.store.url)
    try:
        rows = Outbox(store).rows(wanted, channel=channel, limit=limit)
    finally:
        store.close()
    if as_json:
        for r in rows:
            click.echo(json.dumps(r.__dict__, sort_keys=True))
        return
    if not rows:
        click.echo("no deliveries")
        return
    click.echo(f"{'DELIVERY':<26} {'CHANNEL':<24} {'STATUS':<10} {'TRIES':>5} {'UPDATED':<21} NOTE")
    for r in rows:
        note = r.last_error or ""
        if r.status == "pending":
            note = f"next attempt {_when(r.next_attempt_at)}" + (f" ({note})" if note else "")
        click.echo(
            f"{r.delivery_id or r.group_key:<26} {r.channel:<24} {r.status:<10} {r.attempts:>5}"
            f" {_when(r.updated_at):<21} {note}"
        )
        click.echo(f"    {r.headline}")


@alerts_group.command("show")
@config_option
@store_option
@click.argument("delivery_id")
def show_command(config_path: str | None, store_url: str | None, delivery_id: str) -> None:
    """Print a delivery as its readers got it (plain text), with its state per channel."""
    from alerts.outbox import Outbox
    from alerts.render import render
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    try:
        outbox = Outbox(store)
        rows = outbox.rows(_STATUSES, ids=[delivery_id], limit=1000)
        group = outbox.group(rows[0].group_key) if rows else None
    finally:
        store.close()
    if group is None:
        raise click.ClickException(f"no delivery {delivery_id}")
    click.echo(render(group.alerts, settings.alerts.grafana_url, chart=False).text)
    for r in rows:
        click.echo(f"{r.channel}: {r.status} after {r.attempts} attempt(s) {r.last_error or ''}")


@alerts_group.command("retry")
@config_option
@store_option
@bus_option
@click.argument("ids", nargs=-1)
@click.option("--all", "all_dead", is_flag=True, help="Redeliver every dead-lettered alert.")
@click.option("--channel", help="Only this channel.")
@click.option(
    "--wait",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds to keep retrying here before leaving it to the running alerter.",
)
def retry_command(
    config_path: str | None,
    store_url: str | None,
    bus_url: str | None,
    ids: tuple[str, ...],
    all_dead: bool,
    channel: str | None,
    wait: float,
) -> None:
    """Redeliver dead-lettered (or silenced) alerts by delivery id or alert id.

    The retry budget starts afresh; the Idempotency-Key stays the same, so a
    receiver that did get an earlier attempt can still drop the repeat.
    """
    from alerts.outbox import DEAD
    from alerts.stage import AlertsProcessor
    from salvo.bus import open_bus
    from salvo.metrics import Metrics
    from salvo.runtime import Emitter
    from salvo.store import open_store

    if not ids and not all_dead:
        raise click.UsageError("name delivery or alert ids, or pass --all")
    settings = settings_from(config_path, bus_url=bus_url, store_url=store_url)
    store = open_store(settings.store.url)
    bus = open_bus(settings.bus.url, topic_prefix=settings.bus.topic_prefix)
    processor = AlertsProcessor(settings, store, Metrics())
    try:
        outbox = processor.outbox
        statuses = ("dead", "silenced", "cancelled") if ids else (DEAD,)
        rows = outbox.rows(statuses, ids=ids, channel=channel, limit=10_000)
        if not rows:
            raise click.ClickException("nothing to retry: no matching dead-lettered delivery")
        now = time.time()
        requeued = [r for r in rows if outbox.requeue(r.group_key, r.channel, now)]
        click.echo(f"requeued {len(requeued)} delivery(ies)")
        emitter = Emitter(bus.producer(), processor.metrics, "alerts")
        processor.finish_pending(emitter, wait, force_open=False)
        emitter.flush()
        keys = {(r.group_key, r.channel) for r in requeued}
        after = [
            r
            for r in outbox.rows(_STATUSES, ids=[r.group_key for r in requeued], limit=10_000)
            if (r.group_key, r.channel) in keys
        ]
        failed = 0
        for r in after:
            click.echo(f"{r.delivery_id or r.group_key} {r.channel}: {r.status}")
            failed += r.status != "delivered"
        if failed:
            raise click.ClickException(f"{failed} delivery(ies) not delivered yet")
    finally:
        processor.close()
        store.close()
        bus.close()


@click.group("silence")
def silence_group() -> None:
    """Silence matching alerts for a while."""


@silence_group.command("add")
@config_option
@store_option
@click.option(
    "--match",
    "matchers",
    multiple=True,
    required=True,
    help="label=value, label!=value, label=~regex or label!~regex (repeatable; all must "
    "match). Labels: kind rule metric direction event_date event_id alert_id level channel.",
)
@click.option("--for", "duration", default="6h", show_default=True, help="e.g. 30m, 6h, 2d")
@click.option("--comment", default="", help="Why, for the next person on call.")
@click.option("--author", default="", help="Who added it.")
def silence_add(
    config_path: str | None,
    store_url: str | None,
    matchers: tuple[str, ...],
    duration: str,
    comment: str,
    author: str,
) -> None:
    """Add a silence: matching alerts are recorded but not delivered until it ends."""
    from alerts.silences import Matcher, SilenceStore
    from salvo.store import open_store

    try:
        parsed = [Matcher.parse(m) for m in matchers]
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--match") from exc
    seconds = parse_duration(duration)
    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    try:
        now = time.time()
        sid = SilenceStore(store).add(parsed, now, now + seconds, author, comment)
    finally:
        store.close()
    click.echo(f"{sid} until {_when(now + seconds)}: {', '.join(map(str, parsed))}")


@silence_group.command("list")
@config_option
@store_option
@click.option("--all", "show_all", is_flag=True, help="Include expired silences.")
def silence_list(config_path: str | None, store_url: str | None, show_all: bool) -> None:
    """List active silences."""
    from alerts.silences import SilenceStore
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    try:
        silences = SilenceStore(store).list(None if show_all else time.time())
    finally:
        store.close()
    if not silences:
        click.echo("no silences")
        return
    for s in silences:
        matchers = ", ".join(map(str, s.matchers))
        extra = " ".join(x for x in (s.created_by and f"by {s.created_by}", s.comment) if x)
        click.echo(f"{s.silence_id} {_when(s.starts_at)} → {_when(s.ends_at)} {matchers} {extra}")


@silence_group.command("remove")
@config_option
@store_option
@click.argument("silence_ids", nargs=-1, required=True)
def silence_remove(
    config_path: str | None, store_url: str | None, silence_ids: tuple[str, ...]
) -> None:
    """End silences now."""
    from alerts.silences import SilenceStore
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    try:
        silences = SilenceStore(store)
        missing = [s for s in silence_ids if not silences.expire(s, time.time())]
    finally:
        store.close()
    if missing:
        raise click.ClickException(f"no active silence {', '.join(missing)}")
    click.echo(f"removed {len(silence_ids)} silence(s)")
