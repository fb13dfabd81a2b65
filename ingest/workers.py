"""A process pool driven by the event loop: CPU-bound work (extraction, feed parsing) on every core.

Why not `concurrent.futures.ProcessPoolExecutor`: it moves every task and result
through two helper threads (a feeder and a manager) that compete for this
process's GIL with the event loop and the other stages, and wake it through a
self-pipe: about 0.5 ms of CPU per task in this process, and a worker idle
while they get round to it. Here each worker has its own pair of pipes; the
event loop writes tasks and reads results itself (`add_writer`/`add_reader`),
so a task costs one write and one read, and a worker that crashes or hangs
takes down only its own tasks.

Robustness, as before: workers are fresh interpreters (safe when the caller has
threads) that never import the caller's `__main__`; a hung task (over
`task_timeout`) gets its worker killed and replaced; a crashed worker is
replaced and the task it ran is tried once more, the one queued behind it
simply moves; a worker is recycled once its memory has grown by `MAX_GROWTH_BYTES`
since it warmed up, or after `MAX_TASKS_PER_WORKER` tasks, to bound
lxml's memory; each worker exits when its parent is gone.

One event loop drives the pool at a time; another may take over once that loop
has stopped (as with successive `asyncio.run` calls).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import pickle
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ingest.worker_process import BOOT, HEADER, WorkerError, import_path, task_frame

log = logging.getLogger(__name__)
T = TypeVar("T")

# Pages are typically 100 KB-1 MB; a pipe this size takes one in a single write.
PIPE_BYTES = 1 << 20
# A worker is one of one-per-core: a math library's thread pool in it only competes for
# the same cores (numpy's OpenBLAS starts a thread per core, which spins for ~0.1 s of
# CPU after import; Salvo's numpy work, MinHash, uses no BLAS at all).
ONE_THREAD_MATH = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


# ----------------------------------------------------------------------------- the pool


@dataclass(eq=False)
class _Task:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: asyncio.Future[Any]
    retried: bool = False


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen[bytes]
    send_fd: int  # tasks, this end non-blocking
    recv_fd: int  # results, this end non-blocking
    inflight: deque[_Task] = field(default_factory=deque)  # the first one is running
    started: float = 0.0  # when the running task started
    sent: int = 0
    done: int = 0
    base_rss: int = 0  # resident bytes after its first tasks
    retiring: bool = False
    out: bytearray = field(default_factory=bytearray)  # frames not yet written
    buffer: bytearray = field(default_factory=bytearray)  # bytes read, not yet a frame

    def close_pipes(self) -> None:
        for fd in (self.send_fd, self.recv_fd):
            with contextlib.suppress(OSError):
                os.close(fd)


class WorkerPool:
    """Worker processes for CPU-bound calls, driven by the caller's event loop."""

    QUEUED_PER_WORKER = 1  # one task waits in each worker's pipe behind the one it runs
    # lxml and the date parsers keep memory they have used: a worker that has grown this
    # much is replaced. Checked every RSS_CHECK_EVERY results (a /proc read).
    MAX_GROWTH_BYTES = 150 * 2**20
    RSS_CHECK_EVERY = 25
    MAX_TASKS_PER_WORKER = 10_000

    def __init__(
        self,
        workers: int = 0,
        *,
        task_timeout: float = 60.0,
        init: Callable[[], None] | None = None,
    ) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.task_timeout = task_timeout
        self._init = init  # run once in each worker at start (imports, warm-up)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pool: list[_Worker] = []
        self._pending: deque[_Task] = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False

    # -- public

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run `fn(*args)` in a worker; raises WorkerError if it hangs or kills its worker."""
        loop = asyncio.get_running_loop()
        self._attach(loop)
        task = _Task(fn, args, loop.create_future())
        self._pending.append(task)
        self._dispatch()
        return await task.future

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._pool]

    def close(self) -> None:
        """Stop every worker; tasks still waiting fail with WorkerError."""
        self._closed = True
        loop = self._loop
        if loop is not None and loop.is_running() and not _is_current(loop):
            done = threading.Event()

            def shutdown() -> None:
                self._shutdown()
                done.set()

            loop.call_soon_threadsafe(shutdown)
            done.wait(10)
        else:
            self._shutdown()

    # -- the loop's side

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._closed:
            raise WorkerError("the pool is closed")
        if self._loop is loop:
            return
        if self._loop is not None and self._loop.is_running():
            raise RuntimeError("this WorkerPool is driven by another running event loop")
        self._loop = loop  # the old loop has stopped: its readers went with its selector
        self._timer = None
        for worker in self._pool:
            self._watch(worker)

    def _spawn(self) -> _Worker:
        task_r, send_fd = os.pipe()
        recv_fd, result_w = os.pipe()
        init = import_path(self._init) if self._init is not None else ""
        argv = [json.dumps(sys.path), str(task_r), str(result_w), str(os.getpid()), init]
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", BOOT, *argv],
                pass_fds=(task_r, result_w),
                stdin=subprocess.DEVNULL,
                env={**os.environ, **ONE_THREAD_MATH},
            )
        except BaseException:
            os.close(send_fd)
            os.close(recv_fd)
            raise
        finally:
            os.close(task_r)  # the child has its own copies now
            os.close(result_w)
        for fd in (send_fd, recv_fd):
            os.set_blocking(fd, False)
            # Above /proc/sys/fs/pipe-max-size the default stays: writes just take longer.
            with contextlib.suppress(OSError):
                fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        worker = _Worker(process, send_fd, recv_fd)
        self._pool.append(worker)
        self._watch(worker)
        return worker

    def _watch(self, worker: _Worker) -> None:
        assert self._loop is not None
        self._loop.add_reader(worker.recv_fd, self._on_readable, worker)
        if worker.out:
            self._loop.add_writer(worker.send_fd, self._on_writable, worker)

    def _dispatch(self) -> None:
        while len([w for w in self._pool if not w.retiring]) < self.workers:
            self._spawn()
        depth = 1 + self.QUEUED_PER_WORKER
        while self._pending:
            task = self._pending[0]
            if not _awaited(task):  # cancelled while it waited
                self._pending.popleft()
                continue
            open_workers = [w for w in self._pool if not w.retiring and len(w.inflight) < depth]
            if not open_workers:
                break
            worker = min(open_workers, key=lambda w: len(w.inflight))
            self._pending.popleft()
            self._send(worker, task)
        self._arm_timer()

    def _send(self, worker: _Worker, task: _Task) -> None:
        try:
            frame = task_frame(task.fn, task.args)
        except Exception as exc:
            task.future.set_exception(WorkerError(f"task cannot be sent: {exc!r}"))
            return
        if not worker.inflight:
            worker.started = time.monotonic()
        worker.inflight.append(task)
        worker.sent += 1
        self._write(worker, frame)
        if worker.sent >= self.MAX_TASKS_PER_WORKER:
            self._retire(worker)

    def _write(self, worker: _Worker, frame: list[bytes | memoryview]) -> None:
        if worker.out:
            for piece in frame:
                worker.out += piece
            return
        try:
            written = os.writev(worker.send_fd, frame)
        except BlockingIOError:
            written = 0
        except OSError:
            return  # the worker is gone: its reader sees the end and handles it
        if written < sum(len(piece) for piece in frame):  # the pipe is full: keep the rest
            for piece in frame:
                worker.out += piece
            del worker.out[:written]
            assert self._loop is not None
            self._loop.add_writer(worker.send_fd, self._on_writable, worker)

    def _on_writable(self, worker: _Worker) -> None:
        try:
            written = os.write(worker.send_fd, worker.out)
        except BlockingIOError:
            return
        except OSError:
            written = len(worker.out)
        del worker.out[:written]
        if not worker.out and self._loop is not None:
            self._loop.remove_writer(worker.send_fd)

    def _on_readable(self, worker: _Worker) -> None:
        try:
            data = os.read(worker.recv_fd, PIPE_BYTES)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            self._lost(worker, "died")
            self._dispatch()
            return
        worker.buffer += data
        while len(worker.buffer) >= HEADER.size:
            (size,) = HEADER.unpack_from(worker.buffer)
            if len(worker.buffer) < HEADER.size + size:
                break
            payload = worker.buffer[HEADER.size : HEADER.size + size]
            del worker.buffer[: HEADER.size + size]
            self._finished(worker, payload)
        if worker.retiring and not worker.inflight:
            self._stop(worker, kill=False)
        self._dispatch()

    def _finished(self, worker: _Worker, payload: bytearray) -> None:
        task = worker.inflight.popleft()
        worker.started = time.monotonic()  # the next task starts now
        worker.done += 1
        if worker.done % self.RSS_CHECK_EVERY == 0 and not worker.retiring:
            self._check_growth(worker)
        if not _awaited(task):
            return
        try:
            ok, value = pickle.loads(payload)
        except Exception as exc:
            ok, value = False, WorkerError(f"result cannot be read: {exc!r}")
        if ok:
            task.future.set_result(value)
        else:
            task.future.set_exception(value)

    def _lost(self, worker: _Worker, why: str) -> None:
        """A worker died or was killed: its running task fails or retries; the rest move."""
        self._stop(worker, kill=True)
        if worker.inflight:
            running = worker.inflight.popleft()
            if why == "died" and not running.retried:
                running.retried = True  # perhaps it was not this task's fault
                self._pending.appendleft(running)
            elif _awaited(running):
                name = getattr(running.fn, "__name__", "task")
                running.future.set_exception(WorkerError(f"{name}: worker {why}"))
            self._pending.extendleft(reversed(worker.inflight))
            worker.inflight.clear()
        log.warning("extraction worker %s %s; starting another", worker.process.pid, why)

    def _check_growth(self, worker: _Worker) -> None:
        rss = _resident_bytes(worker.process.pid)
        if rss is None:
            return  # no /proc: the task count alone recycles workers
        if not worker.base_rss:
            worker.base_rss = rss
        elif rss - worker.base_rss > self.MAX_GROWTH_BYTES:
            log.info("worker %s grew to %d MB; replacing it", worker.process.pid, rss >> 20)
            self._retire(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.retiring = True  # takes no more tasks; stops once its queue is empty
        self._write(worker, [HEADER.pack(0)])

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if worker in self._pool:
            self._pool.remove(worker)
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(worker.recv_fd)
            self._loop.remove_writer(worker.send_fd)
        worker.close_pipes()
        if kill and worker.process.poll() is None:
            worker.process.kill()
        threading.Thread(target=_reap, args=(worker.process,), daemon=True).start()

    def _arm_timer(self) -> None:
        if self._timer is None and self._loop is not None and any(w.inflight for w in self._pool):
            interval = min(1.0, self.task_timeout / 4)
            self._timer = self._loop.call_later(interval, self._check_hung)

    def _check_hung(self) -> None:
        self._timer = None
        now = time.monotonic()
        for worker in list(self._pool):
            if worker.inflight and now - worker.started > self.task_timeout:
                self._lost(worker, f"hung (over {self.task_timeout:g}s)")
        self._dispatch()

    def _shutdown(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for worker in list(self._pool):
            self._pending.extend(worker.inflight)
            worker.inflight.clear()
            self._stop(worker, kill=False)  # a closed task pipe ends the worker's loop
        for task in self._pending:
            if _awaited(task):
                task.future.set_exception(WorkerError("the pool was closed"))
        self._pending.clear()


_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _resident_bytes(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * _PAGE_BYTES
    except (OSError, ValueError, IndexError):
        return None


def _awaited(task: _Task) -> bool:
    """Someone still waits for this task (not cancelled, its loop not closed)."""
    return not task.future.done() and not task.future.get_loop().is_closed()


def _reap(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    # A worker told to stop finishes its task first; one that does not stop is killed.
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _is_current(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False
