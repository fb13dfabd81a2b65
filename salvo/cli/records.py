"""`salvo records`: current records and the events that set them (owned by the records work)."""

from __future__ import annotations

import json

import click

from salvo.cli.common import config_option, settings_from, store_option


@click.command("records")
@config_option
@store_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per record and line.")
@click.option("--all-kinds", is_flag=True, help="Also breakdown kinds (ballistic, cruise, …).")
@click.option(
    "--progression",
    "progression_metric",
    metavar="METRIC",
    help="Instead: every attack that set a new record for METRIC (total, drones, …).",
)
@click.option("--direction", default="RU->UA", show_default=True, help="With --progression.")
def records_command(
    config_path: str | None,
    store_url: str | None,
    as_json: bool,
    all_kinds: bool,
    progression_metric: str | None,
    direction: str,
) -> None:
    """Print the current records and the events that set them."""
    from processors.records.events import METRICS
    from processors.records.headline import attack_when
    from processors.records.rules import metric_label
    from processors.records.state import RecordsState
    from salvo.schemas import AttackEvent
    from salvo.store import open_store

    settings = settings_from(config_path, store_url=store_url)
    store = open_store(settings.store.url)
    try:
        state = RecordsState(store)
        if progression_metric:
            steps = state.progression(direction, progression_metric)
            for r in steps:
                if as_json:
                    line = {"event_date": r.event_date.isoformat(), "daytime": r.daytime}
                    line |= {"value": r.value, "event_id": r.event_id}
                    click.echo(json.dumps(line))
                else:
                    when = attack_when(r.event_date, r.daytime)
                    click.echo(f"{r.event_date}  {r.value:>6}  {when}  ({r.event_id})")
            if not steps:
                click.echo(f"no {progression_metric} figures for {direction} yet")
            return
        order = {m: i for i, m in enumerate(METRICS)}
        rows = sorted(
            (r for r in state.records() if all_kinds or r.metric in METRICS),
            key=lambda r: (r.direction, order.get(r.metric, len(order)), r.metric),
        )
        if not rows:
            click.echo("no records yet: import history with `salvo history import FILE.csv`")
            return
        for r in rows:
            raw = store.scalar(
                "SELECT snapshot FROM records_events WHERE event_id = ?", (r.event_id,)
            )
            event = AttackEvent.model_validate_json(raw) if raw else None
            if as_json:
                line = {
                    "direction": r.direction,
                    "metric": r.metric,
                    "value": r.value,
                    "qualifier": r.qualifier,
                    "event_date": r.event_date.isoformat(),
                    "daytime": r.daytime,
                    "event_id": r.event_id,
                    "independent_sources": event.independent_sources if event else 0,
                    "sources": [s.url for s in event.sources] if event else [],
                }
                click.echo(json.dumps(line, ensure_ascii=False))
                continue
            sources = event.independent_sources if event else 0
            click.echo(
                f"{r.direction:<7} {metric_label(r.metric):<24} {r.value:>6}  "
                f"{attack_when(r.event_date, r.daytime)}  ({sources} source"
                f"{'' if sources == 1 else 's'}, {r.event_id})"
            )
    finally:
        store.close()
