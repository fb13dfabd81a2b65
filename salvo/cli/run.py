"""`salvo run`: run the pipeline's stages, all in one process or the named ones."""

from __future__ import annotations

import logging
import signal
import threading

import click

from salvo.app import STAGES, Pipeline
from salvo.cli.common import bus_option, config_option, settings_from, store_option

log = logging.getLogger(__name__)


@click.command("run")
@config_option
@click.option(
    "--stage",
    "stages",
    multiple=True,
    type=click.Choice(STAGES),
    help="Run only this stage (repeatable). Default: all stages in one process.",
)
@bus_option
@store_option
@click.option(
    "--once", is_flag=True, help="Poll every feed once, drain every stage, deliver, and exit."
)
def run_command(
    config_path: str | None,
    stages: tuple[str, ...],
    bus_url: str | None,
    store_url: str | None,
    once: bool,
) -> None:
    """Run the pipeline: ingest → claims → records → alerts.

    Over Kafka, run each stage as its own service, e.g.
    `salvo run --stage claims --bus kafka://broker:9092`; several instances of a
    stage share the work through a consumer group. SIGTERM or Ctrl-C finishes
    in-flight work, flushes, commits and exits.
    """
    settings = settings_from(config_path, bus_url=bus_url, store_url=store_url)
    pipeline = Pipeline(settings, stages=stages or STAGES)
    try:
        if once:
            summary = pipeline.run_once()
            click.echo(
                f"articles={summary.articles} claims={summary.claims} "
                f"alerts={summary.alerts} delivered={summary.delivered}"
            )
            return
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        from salvo.http import serve_health

        server = serve_health(settings, pipeline)
        try:
            pipeline.run(stop)
        finally:
            if server is not None:
                server.shutdown()
    finally:
        pipeline.close()
