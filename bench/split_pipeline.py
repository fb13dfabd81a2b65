"""The ingest+claims pipeline with each stage in its own process, as deployed for throughput.

`salvo run --stage ingest` and `salvo run --stage claims` on one bus (the embedded
one, or Kafka): here the ingest runs in this process and the claims stage in a
child process that runs exactly what `salvo run --stage claims` runs
(`Pipeline(stages=("claims",)).run(stop)`). Apart, the claims stage no longer
competes with the ingest's event loop for one interpreter's GIL: in one process
the same work costs about 0.5 ms more CPU per article.

Timed like `bench_pipeline.salvo_pipeline`: from the first poll until the claims
stage has handled every article; the child's CPU is counted with Salvo's.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

from bench.bench_pipeline import (
    WAIT_LIMIT,
    Throughput,
    fresh_dir,
    processed_counter,
    run_until,
    salvo_settings,
    warm_up,
)


def claims_service(settings: Any, handled: Any, ready: Any, stop: Any) -> None:
    """The claims stage as a service (the child process); reports how many it handled.

    The stage's own loop (`StageRunner.run` without its back-off), run in this
    process's main thread so that reporting adds no thread to wake.
    """
    from salvo.app import Pipeline

    pipeline = Pipeline(settings, stages=("claims",))
    try:
        warm_up(pipeline, b"")  # on Kafka: joined its group before the clock starts
        runner = pipeline.runners["claims"]
        count = processed_counter(pipeline.metrics, "claims")
        ready.set()
        while not stop.is_set():
            runner.run_once(timeout=0.5)
            handled.value = int(count())
    finally:
        pipeline.close()


def salvo_pipeline_split(
    feed_urls: list[str],
    expected: int,
    page: bytes,
    *,
    bus_url: str | None = None,
    label: str = "Salvo ingest+claims, a process per stage (embedded bus)",
) -> Throughput:
    """Ingest here, claims in a child process, until claims handled `expected`."""
    from salvo.app import Pipeline

    context = multiprocessing.get_context("spawn")
    with fresh_dir("salvo-split-") as workdir:
        settings = salvo_settings(feed_urls, workdir, bus_url)
        handled, ready, stop = context.Value("i", 0), context.Event(), context.Event()
        child = context.Process(
            target=claims_service, args=(settings, handled, ready, stop), daemon=True
        )
        child.start()
        pipeline = Pipeline(settings, stages=("ingest",))
        halt = threading.Event()
        thread = threading.Thread(target=pipeline.run, args=(halt,), daemon=True)
        try:
            warm = warm_up(pipeline, page)
            if not ready.wait(WAIT_LIMIT):
                raise RuntimeError("the claims process did not start")
            seconds, cpu = run_until(
                thread.start, lambda: float(handled.value), expected, child.is_alive
            )
            done = int(handled.value)
        finally:
            halt.set()
            if thread.ident is not None:
                thread.join(timeout=60)
            pipeline.close()
            stop.set()
            child.join(timeout=60)
            if child.is_alive():
                child.kill()
    return Throughput(
        label,
        done,
        seconds,
        {"expected": expected, "complete": done >= expected, "warm_up_s": warm, **cpu},
    )
