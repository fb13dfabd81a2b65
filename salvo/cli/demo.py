"""`salvo demo`: the whole pipeline on loopback with the bundled corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


def _find(obj: Any, key: str) -> list[Any]:
    """Every value stored under `key` anywhere in a JSON document."""
    if isinstance(obj, dict):
        found = [obj[key]] if key in obj else []
        return found + [v for child in obj.values() for v in _find(child, key)]
    if isinstance(obj, list):
        return [v for child in obj for v in _find(child, key)]
    return []


@click.command("demo")
@click.option(
    "--workdir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep the demo's bus and store here (default: a temporary directory).",
)
@click.option("--timeout", default=30.0, show_default=True, help="Seconds to wait for delivery.")
def demo_command(workdir: Path | None, timeout: float) -> None:
    """Run the real pipeline on loopback and deliver a record alert.

    Starts a feed server with the bundled demo corpus (three outlets, several
    nights), seeds the record history (record 550 on 4 July 2025), runs ingest,
    claims, records and alerts once on the embedded bus, and receives the alert
    on a local webhook sink and SMTP sink. Exits 0 when both received it.
    """
    from salvo.demo.run import run_demo

    result = run_demo(workdir, timeout=timeout, echo=click.echo)
    click.echo(
        f"pipeline: {result.articles} articles, {result.claims} claims, "
        f"{result.alerts} alerts raised"
    )
    for post in result.webhook_posts:
        for headline in dict.fromkeys(_find(post, "headline")):
            click.secho(f"ALERT (webhook): {headline}", fg="red", bold=True)
    for subject in result.emails:
        click.secho(f"ALERT (email):   {subject}", fg="red", bold=True)
    if result.email_text:
        click.echo("\n--- the email, as text ---\n" + result.email_text.strip() + "\n---")
    click.echo(
        f"delivered: {len(result.webhook_posts)} webhook POST(s) "
        f"(signature {'verified' if result.signatures_verified else 'NOT verified'}), "
        f"{len(result.emails)} email(s)"
    )
    if not result.ok:
        raise click.ClickException("the record alert did not reach both sinks, signed")
