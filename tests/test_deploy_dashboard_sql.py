"""The dashboard's PostgreSQL panels run against the tables the records stage writes.

The demo pipeline runs once on a private PostgreSQL schema (the production store
backend), then every SQL panel is executed as Grafana would, with its macros
and variables substituted, and its rows are checked against the demo's story:
history up to 550, then the 741 record of 9 July 2025.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import date
from types import ModuleType
from typing import Any

import pytest

from salvo.store import Database, private_schema
from tests.conftest import POSTGRES_URL
from tests.deploy_support import GRAFANA, dashboard


def _queries() -> ModuleType:
    """deploy/grafana/salvo_dashboard/queries.py (plain strings, no imports)."""
    spec = importlib.util.spec_from_file_location(
        "salvo_dashboard_queries", GRAFANA / "salvo_dashboard" / "queries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NIGHTLY_VALUES_SQL: str = _queries().NIGHTLY_VALUES_SQL
UNVERIFIED: str = _queries().UNVERIFIED


def sql_panels() -> dict[str, str]:
    return {
        p["title"]: t["rawSql"]
        for p in dashboard()["panels"]
        for t in p.get("targets", [])
        if "rawSql" in t
    }


def as_grafana_would(sql: str, direction: str = "RU->UA", metric: str = "total") -> str:
    """Substitute the variables and the one macro the panels use."""
    sql = sql.replace("$direction", direction).replace("$metric", metric)
    # $__timeFilter(col) → col BETWEEN <from> AND <to>; the last ten years of history.
    while "$__timeFilter(" in sql:
        start = sql.index("$__timeFilter(")
        end = sql.index(")", start)
        column = sql[start + len("$__timeFilter(") : end]
        sql = (
            sql[:start]
            + f"{column} BETWEEN '2020-01-01T00:00:00Z' AND '2030-01-01T00:00:00Z'"
            + sql[end + 1 :]
        )
    assert "$" not in sql, sql
    return sql


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory, postgres_available: bool) -> Iterator[str]:
    """A PostgreSQL schema holding the records stage's tables after the demo ran."""
    if not postgres_available:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    from salvo.app import Pipeline
    from salvo.demo.corpus import ARTICLES
    from salvo.demo.run import demo_settings, seed_demo_history, serve_corpus
    from salvo.loopback import FeedServer, SmtpSink, WebhookSink

    feeds, webhook, smtp = FeedServer().start(), WebhookSink().start(), SmtpSink().start()
    try:
        with private_schema(POSTGRES_URL) as url:
            work = tmp_path_factory.mktemp("salvo")
            settings = demo_settings(work, serve_corpus(feeds, ARTICLES), webhook.url, smtp.port)
            settings = settings.model_copy(
                update={"store": settings.store.model_copy(update={"url": url})}
            )
            seed_demo_history(url)
            pipeline = Pipeline(settings, stages=("ingest", "claims", "records"))
            try:
                summary = pipeline.run_once()
            finally:
                pipeline.close()
            assert summary.claims > 0
            yield url
    finally:
        feeds.stop()
        webhook.stop()
        smtp.stop()


def run(url: str, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute(sql.encode("utf-8"))
        columns = [d.name for d in cur.description or []]
        return columns, cur.fetchall()


def test_there_are_sql_panels() -> None:
    panels = sql_panels()
    assert len(panels) >= 3
    assert all("records_events" in sql for sql in panels.values())


def nightly_panel_sql() -> str:
    (sql,) = (s for t, s in sql_panels().items() if t.startswith("Largest attack per night"))
    return sql


def test_largest_attack_per_night_with_the_record_line(demo_store: str) -> None:
    columns, rows = run(demo_store, as_grafana_would(nightly_panel_sql()))
    assert columns == ["time", "Largest attack", UNVERIFIED, "Record"]
    assert rows, "no nights"
    nights = [r[0] for r in rows]
    assert nights == sorted(nights)
    records = [r[3] for r in rows]
    assert records == sorted(records), "the record line never goes down"
    assert all(record >= launched for _, launched, _, record in rows)
    assert all(unverified is None for _, _, unverified, _ in rows), "the demo has none"
    by_night = {r[0].date().isoformat(): (r[1], r[3]) for r in rows}
    assert by_night["2025-07-04"] == (550, 550)
    assert by_night["2025-07-09"] == (741, 741), "the demo's record night"
    assert max(records) == 741
    # The direction variable separates the series: Ukraine's attacks on Russia are apart.
    _, other = run(demo_store, as_grafana_would(nightly_panel_sql(), direction="UA->RU"))
    assert not {r[0].date().isoformat() for r in other} & {"2025-07-04", "2025-07-09"}
    _, none = run(demo_store, as_grafana_would(nightly_panel_sql(), direction="XX->YY"))
    assert none == [], "no events: an empty graph, not an error"


def test_an_unverified_value_is_neither_the_bar_nor_the_record(demo_store: str) -> None:
    """A lone wild figure (stored not `verified`) shows apart, not as its night's attack."""
    import psycopg

    with psycopg.connect(demo_store) as conn:  # rolled back on exit: the demo stays as it was
        conn.execute(
            "INSERT INTO records_events (event_id, direction, event_date, daytime, sort_key,"
            " snapshot, updated) VALUES ('wild', 'RU->UA', '2025-07-12', 0, '2025-07-12.0',"
            " '{}', '2025-07-12T09:00:00Z')"
        )
        conn.execute(
            "INSERT INTO records_values (event_id, metric, value, qualifier, direction,"
            " sort_key, verified) VALUES ('wild', 'total', 9000, 'exact', 'RU->UA',"
            " '2025-07-12.0', 0)"
        )
        rows = conn.execute(as_grafana_would(nightly_panel_sql()).encode("utf-8")).fetchall()
        latest = conn.execute(
            as_grafana_would(sql_panels()["Latest attack events"]).encode("utf-8")
        )
        columns = [d.name for d in latest.description or []]
        table = {str(r[0]): r[columns.index("Verified")] for r in latest.fetchall()}
        conn.rollback()
    assert table["2025-07-12"] == "no: single source", "the table says it too"
    by_night = {r[0].date().isoformat(): r[1:] for r in rows}
    assert by_night["2025-07-12"] == (None, 9000, 741), "no bar; the point; the record stays"
    assert max(r[1] or 0 for r in rows) == 741


def test_the_panel_runs_the_portable_nightly_query() -> None:
    """The panel only adds Grafana's time column and filter to the query tested below."""
    assert NIGHTLY_VALUES_SQL in nightly_panel_sql()


def test_nightly_values_after_a_lone_wild_figure_on_both_stores(store_url: str) -> None:
    """The records stage's own stream, read back by the panel's query (SQLite, PostgreSQL).

    One tabloid's "7,410" for 8 July (a typo of 741) is stored unverified; the air
    force's 741 on 9 July is the record night. Until a second outlet confirms 7,410,
    8 July has no bar and the record line goes 550 → 741.
    """
    from processors.records.history import seed_history
    from processors.records.stage import RecordsEngine
    from salvo.settings import RuleConfig
    from tests.test_records_scenarios import JULY_4, JUNE_1, claim

    d8, d9 = date(2025, 7, 8), date(2025, 7, 9)
    db = Database(store_url)
    try:
        seed_history(db, [JUNE_1, JULY_4])
        engine = RecordsEngine(db, [RuleConfig(name="record-total", metric="total")])
        engine.ingest(claim("typo", event_date=d8, total=7410, outlet="Tabloid", published=d8))
        engine.ingest(claim("af", event_date=d9, total=741, by="Ukrainian Air Force", published=d9))
        assert nightly(db) == {
            "2025-06-01": (479, None, 479),
            "2025-07-04": (550, None, 550),
            "2025-07-08": (None, 7410, 550),
            "2025-07-09": (741, None, 741),
        }
        # A second, independent outlet verifies it: now it is the bar and the record.
        engine.ingest(claim("again", event_date=d8, total=7410, outlet="Courier", published=d9))
        assert nightly(db)["2025-07-08"] == (7410, None, 7410)
        assert nightly(db)["2025-07-09"] == (741, None, 7410)
        _, drones, _ = nightly(db, metric="drones")["2025-07-04"]
        assert drones is None, "the metric variable picks the values"
    finally:
        db.close()


def nightly(db: Database, metric: str = "total") -> dict[str, tuple[Any, ...]]:
    """{night: (largest verified, unverified, record)} as NIGHTLY_VALUES_SQL returns them."""
    rows = db.fetchall(as_grafana_would(NIGHTLY_VALUES_SQL, metric=metric) + " ORDER BY 1")
    return {str(r[0]): tuple(None if v is None else int(v) for v in r[1:]) for r in rows}


def test_latest_attack_events(demo_store: str) -> None:
    columns, rows = run(demo_store, as_grafana_would(sql_panels()["Latest attack events"]))
    assert columns[:5] == ["Night", "Wave", "Launched", "Drones", "Missiles"]
    assert "Independent sources" in columns
    assert 0 < len(rows) <= 20
    nights = [r[0] for r in rows]
    assert nights == sorted(nights, reverse=True), "latest first"
    launched = {str(r[0]): r[2] for r in rows}
    assert launched["2025-07-09"] == 741
    verified = {str(r[0]): r[columns.index("Verified")] for r in rows}
    assert verified["2025-07-09"] == "yes"
    alerts = {str(r[0]): r[columns.index("Alerts")] for r in rows}
    assert alerts["2025-07-09"] >= 1, "the record alert is counted against its night"


def test_sources_of_the_latest_attacks(demo_store: str) -> None:
    sql = sql_panels()["Sources of the latest attacks"]
    columns, rows = run(demo_store, as_grafana_would(sql))
    assert {"Night", "Outlet", "Launched", "Qualifier", "Quote", "URL"} <= set(columns)
    record_night = [r for r in rows if str(r[0]) == "2025-07-09"]
    assert record_night, "the record night's sources are listed"
    quotes = [r[columns.index("Quote")] for r in record_night]
    assert any(q and "741" in q for q in quotes), "with the quoted evidence"
    assert all(str(r[columns.index("URL")]).startswith("http://127.0.0.1") for r in record_night)
