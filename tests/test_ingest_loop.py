"""The long-running schedule loop (`FeedIngest.run`) and the `salvo feeds` commands."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from click.testing import CliRunner

from ingest.source import FeedIngest
from salvo.cli import cli
from salvo.metrics import Metrics
from salvo.store import Database
from tests.test_ingest_support import (
    ListProducer,
    LoopbackServer,
    Reply,
    article_html,
    emitter_for,
    make_settings,
    rss,
    story,
)


def test_run_loop_picks_up_new_entries_and_stops(server: LoopbackServer, sqlite_url: str) -> None:
    items = []
    for n in range(3):
        server.routes[f"/a/{n}"] = Reply(200, article_html(f"Story {n}", story(n)))
        items.append({"title": f"Story {n}", "link": server.url(f"/a/{n}")})
    server.routes["/feed"] = Reply(200, rss(items[:2]))
    settings = make_settings(
        sqlite_url, [{"url": server.url("/feed"), "interval_seconds": 1}], min_interval_seconds=1
    )
    store = Database(sqlite_url)
    metrics = Metrics()
    source = FeedIngest(settings, store, metrics)
    producer = ListProducer()
    stop = threading.Event()
    thread = threading.Thread(target=source.run, args=(emitter_for(producer, metrics), stop))
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while len(producer.articles()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(producer.articles()) == 2
        server.routes["/feed"] = Reply(200, rss(items))  # a new entry appears
        while len(producer.articles()) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sorted(a.title for a in producer.articles()) == ["Story 0", "Story 1", "Story 2"]
        assert server.hits("/feed") >= 2
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    assert metrics.registry.get_sample_value("salvo_feeds", {"state": "ok"}) == 1
    store.close()


def test_feeds_cli_import_and_list(server: LoopbackServer, tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        f'<outline text="Loopback" xmlUrl="{server.url("/feed")}"/>'
        '<outline text="Broken" xmlUrl="http://127.0.0.1:9/none"/>'
        "</body></opml>"
    )
    store_url = f"sqlite:///{tmp_path}/state.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["feeds", "import", "--store", store_url, str(opml)])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    again = runner.invoke(cli, ["feeds", "import", "--store", store_url, str(opml)])
    assert "0 new, 2 known" in again.output

    server.routes["/feed"] = Reply(200, rss([{"title": "T", "description": "Text of T."}]))
    settings = make_settings(store_url, [], failing_after_seconds=60)
    store = Database(store_url)
    source = FeedIngest(settings, store, Metrics())
    try:
        source.run_once(emitter_for(ListProducer()))
    finally:
        source.close()
        store.close()

    listing = runner.invoke(cli, ["feeds", "list", "--store", store_url])
    assert listing.exit_code == 0, listing.output
    assert "Loopback" in listing.output and "Broken" in listing.output
    assert "last error" in listing.output
    rows = [
        json.loads(line)
        for line in runner.invoke(cli, ["feeds", "list", "--store", store_url, "--json"])
        .output.strip()
        .splitlines()
    ]
    by_name = {r["name"]: r for r in rows}
    assert by_name["Loopback"]["state"] == "ok" and by_name["Loopback"]["entries_seen"] == 1
    assert by_name["Broken"]["state"] == "erroring"
    assert by_name["Broken"]["last_error_kind"] == "connect"
    erroring = runner.invoke(cli, ["feeds", "list", "--store", store_url, "--state", "erroring"])
    assert "Broken" in erroring.output and "Loopback" not in erroring.output
