"""`salvo history …`: import and replay attack history (owned by the records work)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from salvo.cli.common import config_option, settings_from, store_option

_METRICS = click.Choice(["total", "drones", "missiles"])


@click.group("history")
def history_group() -> None:
    """Import the Air Force attack table as record history, or replay it."""


@history_group.command("import")
@config_option
@store_option
@click.option("--progress/--no-progress", default=True, help="Show a progress bar.")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(
    config_path: str | None, store_url: str | None, progress: bool, csv_file: Path
) -> None:
    """Import CSV_FILE (the Air Force attack table) as record history.

    Rows are grouped into attacks by report; a `missiles_and_uavs.csv` next to
    the file refines which models are drones and which missiles. Importing the
    same file again adds nothing; history never raises alerts.
    """
    from processors.records.history import import_history
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    try:
        count = import_history(store, csv_file, progress=progress)
    except (ValueError, KeyError) as exc:
        raise click.ClickException(f"{csv_file}: not an attack table ({exc})") from exc
    finally:
        store.close()
    click.echo(f"{count} attacks imported or corrected from {csv_file}")


@history_group.command("replay")
@config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per alert and line.")
@click.option(
    "--metric",
    "metrics",
    multiple=True,
    type=_METRICS,
    help="Replay with plain record rules for these metrics (repeatable) "
    "instead of the configured rules.",
)
@click.option(
    "--per-day",
    is_flag=True,
    help="With --metric: judge each date's attacks summed (night and daytime waves).",
)
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def replay_command(
    config_path: str | None,
    as_json: bool,
    metrics: tuple[str, ...],
    per_day: bool,
    csv_file: Path,
) -> None:
    """Replay CSV_FILE as a stream of claims; print the alerts it would have raised.

    The replay runs in a private in-memory store: it never touches the
    configured one.
    """
    from processors.records.replay import alert_line, record_rules, replay

    settings = settings_from(config_path)
    if per_day and not metrics:
        raise click.UsageError("--per-day needs at least one --metric")
    rules = (
        record_rules(metrics, per="day" if per_day else "attack")
        if metrics
        else settings.records.rules
    )
    for alert in replay(csv_file, rules):
        if as_json:
            click.echo(json.dumps(alert_line(alert), ensure_ascii=False))
        else:
            click.echo(f"{alert.event_date}  {alert.rule:<16} {alert.headline}")
