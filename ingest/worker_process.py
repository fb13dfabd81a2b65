"""The worker side of ingest/workers.py: a fresh interpreter that runs the tasks it is sent.

A worker is started with subprocess rather than multiprocessing: it never re-runs
the caller's `__main__` (a script without a main guard is not a fork bomb) and no
resource-tracker process comes with it. Like multiprocessing's spawn, it gets the
parent's sys.path. This module imports little, so a worker starts quickly.

A task travels as pickle protocol 5 with its large bytes arguments (pages, feeds)
out of band (`task_frame`): the parent hands them to the kernel as they are
(one `writev`) and the worker reads each into a bytes object of its own, so a
160 KB page crosses by the kernel's copies alone instead of five more in user space
(pickling, framing, the reader's buffers, unpickling): each ~0.1 ms of CPU on a
loaded machine, where the page is no longer in the cache.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import struct
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

HEADER = struct.Struct("!i")  # a frame's payload size (0: stop); multiprocessing's framing
_LAYOUT = struct.Struct("!II")  # a task's pickle size, its number of out-of-band buffers
OUT_OF_BAND_BYTES = 16 * 1024  # bytes arguments at least this large skip the pickle

# The leading string names the process in `ps` (and in profilers).
WORKER_NAME = "salvo extraction worker"
BOOT = (
    f"{WORKER_NAME!r}; import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
    "import ingest.worker_process; ingest.worker_process.main(sys.argv[2:])"
)


class WorkerError(Exception):
    """A task that could not finish: its worker hung or died (or the pool closed)."""


def main(argv: list[str]) -> None:
    """Run each task the parent sends until the task pipe closes or says stop."""
    task_fd, result_fd, parent_pid = (int(a) for a in argv[:3])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    results = Connection(result_fd, readable=False)

    def watch() -> None:  # a SIGKILLed parent must not leave workers behind
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    if len(argv) > 3 and argv[3]:
        _resolve(argv[3])()  # the pool's init: imports, warm-up
    while True:
        try:
            task = read_task(task_fd)
        except OSError:
            return
        if task is None:
            return  # retired, or the parent closed the pipe
        fn, args = task
        try:
            outcome: tuple[bool, Any] = (True, fn(*args))
        except BaseException as exc:  # the parent decides; the worker keeps going
            outcome = (False, exc)
        try:
            payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            payload = pickle.dumps((False, WorkerError(f"result cannot be sent back: {exc!r}")))
        results.send_bytes(payload)


def task_frame(fn: Callable[..., Any], args: tuple[Any, ...]) -> list[bytes | memoryview]:
    """A task as the pieces of one frame, for `os.writev`: large bytes arguments stay as
    they are (out-of-band buffers of pickle protocol 5) rather than copied into the pickle."""
    buffers: list[pickle.PickleBuffer] = []
    sent = tuple(
        pickle.PickleBuffer(a) if isinstance(a, bytes) and len(a) >= OUT_OF_BAND_BYTES else a
        for a in args
    )
    meta = pickle.dumps((fn, sent), 5, buffer_callback=buffers.append)
    raws = [buffer.raw() for buffer in buffers]
    sizes = struct.pack(f"!{len(raws)}I", *(raw.nbytes for raw in raws))
    size = _LAYOUT.size + len(sizes) + len(meta) + sum(raw.nbytes for raw in raws)
    return [HEADER.pack(size) + _LAYOUT.pack(len(meta), len(raws)) + sizes, meta, *raws]


def read_task(fd: int) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
    """The next task from a `task_frame` stream; None when told to stop or at the end.

    Read piece by piece so that each out-of-band argument is one `os.read` straight
    into its own bytes object, which the unpickler then uses as it is (no copy).
    """
    head = _read_bytes(fd, HEADER.size)
    if head is None or HEADER.unpack(head)[0] == 0:  # the pipe closed, or "stop"
        return None
    layout = _read_bytes(fd, _LAYOUT.size)
    if layout is None:
        return None
    meta_size, count = _LAYOUT.unpack(layout)
    sizes = _read_bytes(fd, 4 * count) if count else b""
    meta = _read_bytes(fd, meta_size)
    if sizes is None or meta is None:
        return None
    buffers = [_read_bytes(fd, size) for size in struct.unpack(f"!{count}I", sizes)]
    if None in buffers:
        return None
    fn, args = pickle.loads(meta, buffers=buffers)
    return fn, args


def _read_bytes(fd: int, size: int) -> bytes | None:
    data = os.read(fd, size)
    if len(data) == size or not data:
        return data or None
    parts = [data]
    got = len(data)
    while got < size:  # a frame larger than what the pipe held at once
        data = os.read(fd, size - got)
        if not data:
            return None  # the parent is gone
        parts.append(data)
        got += len(data)
    return b"".join(parts)


def import_path(fn: Callable[[], None]) -> str:
    """How a worker finds `fn`: "module:qualname" (module-level functions only)."""
    path = f"{fn.__module__}:{fn.__qualname__}"
    if "<" in path or fn.__module__ == "__main__":
        raise ValueError(f"a worker's init must be a module-level function, not {path}")
    return path


def _resolve(path: str) -> Callable[[], None]:
    module, _, name = path.partition(":")
    fn: Callable[[], None] = getattr(importlib.import_module(module), name)
    return fn
