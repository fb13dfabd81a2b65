"""The worker side of ingest/workers.py: a fresh interpreter that runs the tasks it is sent.

A worker is started with subprocess rather than multiprocessing: it never re-runs
the caller's `__main__` (a script without a main guard is not a fork bomb) and no
resource-tracker process comes with it. Like multiprocessing's spawn, it gets the
parent's sys.path. This module imports little, so a worker starts quickly.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

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
    tasks = Connection(task_fd, writable=False)
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
            data = tasks.recv_bytes()
        except (EOFError, OSError):
            return
        if not data:
            return  # retired
        fn, args = pickle.loads(data)
        try:
            outcome: tuple[bool, Any] = (True, fn(*args))
        except BaseException as exc:  # the parent decides; the worker keeps going
            outcome = (False, exc)
        try:
            payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            payload = pickle.dumps((False, WorkerError(f"result cannot be sent back: {exc!r}")))
        results.send_bytes(payload)


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
