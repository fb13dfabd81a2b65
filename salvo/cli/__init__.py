"""The `salvo` command line. Each command group lives in its own module."""

from __future__ import annotations

import logging
import os

import click

from salvo import __version__
from salvo.cli.alerts import alerts_group, silence_group
from salvo.cli.demo import demo_command
from salvo.cli.extract import extract_command
from salvo.cli.feeds import feeds_group
from salvo.cli.history import history_group
from salvo.cli.records import records_command
from salvo.cli.run import run_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="salvo")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Salvo watches news feeds, extracts barrage-size claims, and alerts on new records.

    Pipeline: feeds → articles → claims → records → alerts (email, webhook, …).
    Configuration comes from a TOML file (--config) and SALVO_* environment variables.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # kafka-python logs every failed reconnect as an ERROR; the stage runner already
    # reports a lost broker once per backoff, so its chatter waits for -v.
    logging.getLogger("kafka").setLevel(logging.CRITICAL if verbose == 0 else level)


cli.add_command(run_command)
cli.add_command(extract_command)
cli.add_command(demo_command)
cli.add_command(feeds_group)
cli.add_command(history_group)
cli.add_command(records_command)
cli.add_command(alerts_group)
cli.add_command(silence_group)


def main() -> None:
    # Before numpy is imported (by the ingest's dedupe): its OpenBLAS would start a thread
    # per core that spins for ~0.1 s of CPU, for MinHash code that uses no BLAS.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cli(prog_name="salvo")
