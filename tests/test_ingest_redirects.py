"""A feed URL that moves: 301/308 are applied, 302/307 are not, safety rules still hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ingest.source import FeedIngest
from ingest.state import FeedRow, FeedState, feed_id
from salvo.cli import cli
from salvo.metrics import Metrics
from salvo.store import Database
from tests.test_ingest_support import (
    ListProducer,
    LoopbackServer,
    Reply,
    emitter_for,
    make_settings,
    rss,
)


class Poller:
    """FeedIngest over one store with one configured feed; `restart` makes a new one."""

    def __init__(self, store_url: str, feed_url: str, **ingest: Any) -> None:
        self.feed_url = feed_url
        self.settings = make_settings(
            store_url, [{"url": feed_url, "name": "Moving Wire"}], fetch_articles=False, **ingest
        )
        self.store = Database(store_url)
        self.producer = ListProducer()
        self.ingest = FeedIngest(self.settings, self.store, Metrics())

    def restart(self) -> None:
        self.ingest.close()
        self.ingest = FeedIngest(self.settings, self.store, Metrics())

    def poll(self) -> int:
        self.store.execute("UPDATE ingest_feeds SET next_poll = 0")
        return self.ingest.run_once(emitter_for(self.producer))

    def row(self) -> FeedRow:
        row = FeedState(self.store).get(feed_id(self.feed_url))
        assert row is not None
        return row

    def close(self) -> None:
        self.ingest.close()
        self.store.close()


def _feed(numbers: range) -> Reply:
    items = [
        {"title": f"Item {n}", "guid": f"item-{n}", "description": f"Text {n}."} for n in numbers
    ]
    return Reply(200, rss(items), {"Content-Type": "application/rss+xml"})


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirect_moves_the_feed_and_keeps_its_identity(
    server: LoopbackServer, store_url: str, status: int
) -> None:
    server.routes["/old.xml"] = Reply(status, headers={"Location": "/new.xml"})
    server.routes["/new.xml"] = _feed(range(2))
    old, new = server.url("/old.xml"), server.url("/new.xml")
    p = Poller(store_url, old)
    try:
        assert p.poll() == 2
        row = p.row()
        assert row.redirected_to == new and row.poll_url == new
        assert row.url == old and row.name == "Moving Wire" and row.entries_seen == 2
        articles = p.producer.articles()
        assert {a.feed_url for a in articles} == {old}  # the identity, not where it was read
        assert {a.source for a in articles} == {"Moving Wire"}

        server.routes["/new.xml"] = _feed(range(3))
        assert p.poll() == 1  # the seen-set (history) carried over: only the new item
        assert server.hits("/old.xml") == 1 and server.hits("/new.xml") == 2

        p.restart()  # the config still lists the old URL: the move is state and survives
        assert p.poll() == 0
        assert server.hits("/old.xml") == 1 and server.hits("/new.xml") == 3
        assert p.row().redirected_to == new and p.row().state == "ok"
    finally:
        p.close()


@pytest.mark.parametrize("status", [302, 307])
def test_temporary_redirect_changes_nothing(
    server: LoopbackServer, store_url: str, status: int
) -> None:
    server.routes["/feed.xml"] = Reply(status, headers={"Location": "/today.xml"})
    server.routes["/today.xml"] = _feed(range(2))
    p = Poller(store_url, server.url("/feed.xml"))
    try:
        assert p.poll() == 2
        assert p.poll() == 0
        assert server.hits("/feed.xml") == 2 and server.hits("/today.xml") == 2
        assert p.row().redirected_to is None
    finally:
        p.close()


def test_chain_with_a_temporary_hop_is_not_a_move(server: LoopbackServer, sqlite_url: str) -> None:
    server.routes["/a.xml"] = Reply(301, headers={"Location": "/b.xml"})
    server.routes["/b.xml"] = Reply(302, headers={"Location": "/c.xml"})
    server.routes["/c.xml"] = _feed(range(1))
    p = Poller(sqlite_url, server.url("/a.xml"))
    try:
        assert p.poll() == 1
        assert p.row().redirected_to is None
    finally:
        p.close()


def test_a_move_to_a_page_that_is_not_a_feed_is_not_applied(
    server: LoopbackServer, sqlite_url: str
) -> None:
    server.routes["/feed.xml"] = Reply(301, headers={"Location": "/"})
    server.routes["/"] = Reply(
        200, b"<html><body>Welcome</body></html>", {"Content-Type": "text/html"}
    )
    p = Poller(sqlite_url, server.url("/feed.xml"))
    try:
        p.poll()
        row = p.row()
        assert row.last_outcome == "rejected" and row.redirected_to is None
    finally:
        p.close()


def test_moved_back_and_moved_again(server: LoopbackServer, sqlite_url: str) -> None:
    old, new, newer = server.url("/old.xml"), server.url("/new.xml"), server.url("/v3.xml")
    server.routes["/old.xml"] = Reply(301, headers={"Location": "/new.xml"})
    server.routes["/new.xml"] = _feed(range(1))
    p = Poller(sqlite_url, old)
    try:
        p.poll()
        assert p.row().redirected_to == new
        server.routes["/new.xml"] = Reply(308, headers={"Location": "/v3.xml"})
        server.routes["/v3.xml"] = _feed(range(1))
        p.poll()
        assert p.row().redirected_to == newer
        server.routes["/v3.xml"] = Reply(301, headers={"Location": "/old.xml"})
        server.routes["/old.xml"] = _feed(range(1))
        p.poll()
        assert p.row().redirected_to is None  # home again: the configured URL is polled
        p.poll()
        assert server.hits("/v3.xml") == 2 and server.hits("/old.xml") == 3
    finally:
        p.close()


def test_new_home_gone_falls_back_to_the_configured_url(
    server: LoopbackServer, sqlite_url: str
) -> None:
    server.routes["/old.xml"] = Reply(301, headers={"Location": "/new.xml"})
    server.routes["/new.xml"] = _feed(range(1))
    p = Poller(sqlite_url, server.url("/old.xml"))
    try:
        p.poll()
        server.routes["/new.xml"] = Reply(410, b"gone")
        server.routes["/old.xml"] = _feed(range(2))
        p.poll()
        row = p.row()
        assert row.state == "erroring" and row.last_status == 410 and row.redirected_to is None
        assert p.poll() == 1  # the configured URL again, same history
        assert p.row().state == "ok"
    finally:
        p.close()


def test_a_move_to_another_host_gets_no_trust(server: LoopbackServer, sqlite_url: str) -> None:
    """The configured host may be private; where it moves to must pass the address check."""
    elsewhere = f"http://localhost:{server.port}/new.xml"  # another host name, same loopback
    server.routes["/old.xml"] = Reply(301, headers={"Location": elsewhere})
    server.routes["/new.xml"] = _feed(range(1))
    p = Poller(sqlite_url, server.url("/old.xml"), allow_private_addresses=False)
    try:
        assert p.poll() == 0
        row = p.row()
        assert row.last_error_kind == "unsafe_url" and row.redirected_to is None
        assert server.hits("/new.xml") == 0
        # A move recorded earlier (say, while private addresses were allowed) is not
        # trusted either: the poll of the new URL is checked like any redirect target.
        FeedState(p.store).save([FeedRow(**{**vars(row), "redirected_to": elsewhere})])
        assert p.poll() == 0
        assert p.row().last_error_kind == "unsafe_url" and server.hits("/new.xml") == 0
    finally:
        p.close()


def test_feeds_list_shows_the_move(server: LoopbackServer, tmp_path: Path) -> None:
    old, new = server.url("/old.xml"), server.url("/new.xml")
    server.routes["/old.xml"] = Reply(301, headers={"Location": "/new.xml"})
    server.routes["/new.xml"] = _feed(range(1))
    store_url = f"sqlite:///{tmp_path}/state.db"
    config = tmp_path / "salvo.toml"
    config.write_text(f'[[feeds]]\nurl = "{old}"\nname = "Moving Wire"\n', encoding="utf-8")
    p = Poller(store_url, old)
    try:
        p.poll()
    finally:
        p.close()
    runner = CliRunner()
    args = ["feeds", "list", "--config", str(config), "--store", store_url]
    listing = runner.invoke(cli, args)
    assert listing.exit_code == 0, listing.output
    assert f"Moving Wire <{old}>" in listing.output
    assert f"moved permanently, polled at <{new}>" in listing.output
    (record,) = [
        json.loads(line)
        for line in runner.invoke(cli, [*args, "--json"]).output.split("\n")
        if line
    ]
    assert record["url"] == old and record["redirected_to"] == new and record["polled_url"] == new
    assert record["state"] == "ok"
