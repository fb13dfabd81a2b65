"""A restart mid-poll: the poller is killed with SIGKILL while a feed is half done.

Nothing may be lost (every entry ends up on the bus) and nothing doubled (each
article once): the seen-set is written only after the bus flush, and article
ids are deterministic, so the replay after the restart fills exactly the gap.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from ingest.source import FeedIngest
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.store import Database
from tests.test_ingest_support import (
    LoopbackServer,
    Reply,
    article_html,
    make_settings,
    rss,
    story,
)

REPO = Path(__file__).resolve().parent.parent
N = 12

CHILD = """
import sys
import ingest.source
from ingest.source import FeedIngest
from salvo.bus.embedded import EmbeddedBus
from salvo.metrics import Metrics
from salvo.runtime import Emitter
from salvo.settings import load_settings
from salvo.store import Database

store_url, bus_path, feed_url = sys.argv[1:4]
ingest.source.BATCH = 5  # small batches: a flush and a seen-mark every five entries
settings = load_settings(None, **{
    "store.url": store_url, "feeds": [{"url": feed_url}],
    "ingest.allow_private_addresses": True, "ingest.extraction_workers": 1,
    "ingest.min_article_chars": 100,
})
bus = EmbeddedBus(bus_path)
source = FeedIngest(settings, Database(store_url), Metrics())
source.run_once(Emitter(bus.producer(), Metrics(), "ingest"))
"""


def _bus_articles(bus_path: str) -> list[str]:
    with sqlite3.connect(bus_path) as conn:
        return [
            r[0] for r in conn.execute("SELECT message_id FROM messages WHERE topic = 'articles'")
        ]


def test_kill_mid_poll_then_restart(server: LoopbackServer, store_url: str, tmp_path: Path) -> None:
    release = threading.Event()
    items = []
    for n in range(N):
        page = article_html(f"Story {n}", story(n))

        def route(handler: BaseHTTPRequestHandler, page: bytes = page, n: int = n) -> Reply:
            if n >= 8:  # the second batch never completes until the restart
                release.wait(60)
            return Reply(200, page, {"Content-Type": "text/html"})

        server.routes[f"/a/{n}"] = route
        items.append({"title": f"Story {n}", "link": server.url(f"/a/{n}")})
    server.routes["/feed"] = Reply(200, rss(items))
    bus_path = str(tmp_path / "bus.db")
    EmbeddedBus(bus_path).close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, store_url, bus_path, server.url("/feed")],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 60
        while len(_bus_articles(bus_path)) < 5 and time.monotonic() < deadline:
            assert child.poll() is None, "the poller ended before it was killed"
            time.sleep(0.05)
        # Batch one is on the bus; wait until batch two is stuck on its pages.
        while server.hits("/a/8") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
        release.set()
    assert len(_bus_articles(bus_path)) == 5

    settings = make_settings(store_url, [{"url": server.url("/feed")}], min_article_chars=100)
    store = Database(store_url)
    seen = store.scalar("SELECT COUNT(*) FROM ingest_seen")
    assert seen == 5  # the first batch was marked; the second never was
    store.execute("UPDATE ingest_feeds SET next_poll = 0")
    bus = EmbeddedBus(bus_path)
    source = FeedIngest(settings, store, Metrics())
    try:
        assert source.run_once(Emitter(bus.producer(), Metrics(), "ingest")) == N - 5
        assert source.run_once(Emitter(bus.producer(), Metrics(), "ingest")) == 0
    finally:
        source.close()
        bus.close()
    ids = _bus_articles(bus_path)
    assert len(ids) == N and len(set(ids)) == N  # nothing lost, nothing doubled
    assert store.scalar("SELECT COUNT(*) FROM ingest_seen") == N
    store.close()
