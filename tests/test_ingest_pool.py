"""The extraction pool survives hung and crashing workers, and works from any thread."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest

from ingest.clean import WorkerError, WorkerPool, clean_page
from tests.test_ingest_support import article_html, story

PAGE = article_html("Story 1", story(1))


def test_hung_and_crashing_workers_are_replaced() -> None:
    # The first task also pays for spawning and warming the worker (seconds on a loaded
    # machine): it gets a generous deadline, the hang below a short one.
    pool = WorkerPool(1, task_timeout=60.0)
    try:

        async def scenario() -> None:
            ok = await pool.run(clean_page, PAGE, "http://x.org/1")
            assert "emergency crews" in ok.text
            pool.task_timeout = 3.0
            with pytest.raises(WorkerError):
                await pool.run(time.sleep, 30)  # a page that never finishes
            with pytest.raises(WorkerError):
                await pool.run(os._exit, 3)  # a page that kills its worker
            pool.task_timeout = 60.0  # a fresh worker again
            again = await pool.run(clean_page, PAGE, "http://x.org/1")
            assert again.text == ok.text

        asyncio.run(scenario())
    finally:
        pool.close()


def test_pool_used_from_threads_and_closed_cleanly() -> None:
    pool = WorkerPool(2)
    results: list[str] = []

    def work() -> None:
        async def one() -> str:
            return (await pool.run(clean_page, PAGE, "http://x.org/1")).content_hash

        results.append(asyncio.run(one()))

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    pool.close()
    assert len(results) == 3 and len(set(results)) == 1
