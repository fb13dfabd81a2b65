"""The extraction pool survives hung and crashing workers, and works from any thread."""

from __future__ import annotations

import asyncio
import operator
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

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


def _gone(pids: list[int], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(os.path.exists(f"/proc/{pid}") and _alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_pool_serves_successive_loops_and_closes_cleanly() -> None:
    pool = WorkerPool(2)
    results: list[str] = []

    def work() -> None:
        async def one() -> str:
            return (await pool.run(clean_page, PAGE, "http://x.org/1")).content_hash

        results.append(asyncio.run(one()))

    for _ in range(3):  # one loop after another, each in its own thread
        thread = threading.Thread(target=work)
        thread.start()
        thread.join(120)
    pids = pool.pids()
    assert len(pids) == 2  # the same workers served every loop
    pool.close()
    assert len(results) == 3 and len(set(results)) == 1
    assert _gone(pids)


def test_workers_run_without_a_math_thread_pool() -> None:
    """Numpy's OpenBLAS would start a thread per core in each worker (one per core already)."""
    pool = WorkerPool(1)

    async def threads() -> int:
        return await pool.run(_thread_count)

    try:
        assert asyncio.run(threads()) == 2  # the main thread and the parent watch
    finally:
        pool.close()


def _thread_count() -> int:
    import numpy  # noqa: F401 - imported for its thread pool, if any

    return len(os.listdir("/proc/self/task"))


def test_a_second_running_loop_is_refused_and_close_fails_waiting_tasks() -> None:
    pool = WorkerPool(1, task_timeout=60.0)
    started, outcome = threading.Event(), {}

    def owner() -> None:
        async def slow() -> None:
            started.set()
            try:
                await pool.run(time.sleep, 30)
            except WorkerError as exc:
                outcome["owner"] = str(exc)

        asyncio.run(slow())

    thread = threading.Thread(target=owner)
    thread.start()
    assert started.wait(30)

    async def intruder() -> None:
        await pool.run(time.sleep, 0)

    with pytest.raises(RuntimeError, match="another running event loop"):
        asyncio.run(intruder())
    pids = pool.pids()
    pool.close()  # from this thread, while the owner's loop waits on its task
    thread.join(30)
    assert "closed" in outcome["owner"]
    assert _gone(pids)


def test_a_crash_fails_only_its_own_task_and_workers_are_recycled() -> None:
    pool = WorkerPool(1, task_timeout=60.0)
    pool.MAX_TASKS_PER_WORKER = 3
    try:

        async def scenario() -> tuple[list[object], list[int]]:
            first = await pool.run(os.getpid)
            # The crash and the page queued behind it in the same worker: only the
            # crash fails; the page moves to the replacement worker.
            crash = pool.run(os._exit, 3)
            page = pool.run(clean_page, PAGE, "http://x.org/1")
            outcomes = await asyncio.gather(crash, page, return_exceptions=True)
            pids = [first] + [await pool.run(os.getpid) for _ in range(7)]
            return outcomes, pids

        outcomes, pids = asyncio.run(scenario())
        assert isinstance(outcomes[0], WorkerError) and "died" in str(outcomes[0])
        assert "emergency crews" in outcomes[1].text  # type: ignore[union-attr]
        assert len(set(pids)) >= 3  # replaced after the crash, and recycled every 3 tasks
    finally:
        pool.close()


def test_a_script_without_a_main_guard_can_use_the_pool(tmp_path: Path) -> None:
    """Workers are fresh interpreters: they never re-run the caller's script."""
    script = tmp_path / "no_guard.py"
    script.write_text(
        "import asyncio, os\n"
        "from ingest.clean import WorkerPool\n"
        "pool = WorkerPool(2)\n"
        "async def go():\n"
        "    return await asyncio.gather(*(pool.run(os.getpid) for _ in range(4)))\n"
        "print(sorted(set(asyncio.run(go()))))\n"
        "pool.close()\n"
    )
    repo = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=repo
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1  # printed once: the script ran once


_HELD: list[bytearray] = []


def _hold_memory(megabytes: int) -> int:
    """A task that leaves memory behind in its worker (as lxml's caches do)."""
    _HELD.append(bytearray(megabytes * 2**20))
    return os.getpid()


def test_a_worker_that_keeps_growing_is_replaced() -> None:
    pool = WorkerPool(1, task_timeout=60.0)
    pool.RSS_CHECK_EVERY = 1
    pool.MAX_GROWTH_BYTES = 40 * 2**20
    try:

        async def scenario() -> list[int]:
            return [await pool.run(_hold_memory, 16) for _ in range(8)]

        pids = asyncio.run(scenario())
        assert len(set(pids)) >= 2  # grew by more than 40 MB: a fresh worker took over
    finally:
        pool.close()


def test_large_arguments_and_results_cross_whole_and_in_order() -> None:
    # Pages travel out of band (ingest/worker_process.py `task_frame`): one larger than the
    # pipe is written in parts, and every task still gets bytes equal to what was sent.
    big = os.urandom(3 * 2**20)
    page = os.urandom(200_000)
    pool = WorkerPool(1, task_timeout=60.0)
    try:

        async def scenario() -> list[object]:
            return list(
                await asyncio.gather(
                    pool.run(operator.add, big, b"!"),
                    pool.run(operator.add, page, page),
                    pool.run(operator.add, b"small", b" and in band"),
                    pool.run(type, page),
                )
            )

        joined, doubled, small, kind = asyncio.run(scenario())
        assert joined == big + b"!"
        assert doubled == page + page
        assert small == b"small and in band"
        assert kind is bytes
    finally:
        pool.close()


def test_task_frames_round_trip_and_a_stop_frame_ends_the_stream_at_once() -> None:
    from ingest.worker_process import HEADER, read_task, task_frame

    read_end, write_end = os.pipe()
    try:
        page = os.urandom(50_000)
        os.writev(write_end, task_frame(operator.add, (page, b"tail")))
        os.write(write_end, HEADER.pack(0))
        fn, args = read_task(read_end) or (None, ())
        assert fn is operator.add and args == (page, b"tail") and type(args[0]) is bytes
        # The write end stays open: "stop" alone must end the stream, not the pipe closing.
        assert read_task(read_end) is None
    finally:
        os.close(read_end)
        os.close(write_end)
