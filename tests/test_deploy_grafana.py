"""The provisioned Grafana dashboard: generated from its source, wired, complete, laid out."""

from __future__ import annotations

import json
import re
import sys

from salvo.settings import load_settings
from tests.deploy_support import (
    DASHBOARD,
    DEPLOY,
    GRAFANA,
    PROM_DIR,
    dashboard,
    read_yaml,
    services,
)


def test_dashboard_is_generated_from_its_source() -> None:
    sys.path.insert(0, str(GRAFANA))
    try:
        import build_dashboard
    finally:
        sys.path.remove(str(GRAFANA))
    assert DASHBOARD.read_text(encoding="utf-8") == build_dashboard.render(), (
        "salvo.json is stale: run `python deploy/grafana/build_dashboard.py`"
    )


def test_dashboard_datasources_are_provisioned() -> None:
    provisioned = read_yaml(GRAFANA / "provisioning" / "datasources" / "salvo.yml")["datasources"]
    by_uid = {d["uid"]: d for d in provisioned}
    assert by_uid["salvo-prometheus"]["url"] == "http://prometheus:9090"
    assert by_uid["salvo-postgres"]["url"] == "postgres:5432"
    assert by_uid["salvo-postgres"]["user"] == "grafana_reader", "read-only role"
    assert "password" not in by_uid["salvo-postgres"].get("jsonData", {})
    board = dashboard()
    panels = [p for p in board["panels"] if p["type"] != "row"]
    for panel in panels:
        assert panel["datasource"]["uid"] in by_uid, panel["title"]
        assert panel["datasource"]["type"] == by_uid[panel["datasource"]["uid"]]["type"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == panel["datasource"]["uid"], panel["title"]
            assert target.get("expr") or target.get("rawSql"), panel["title"]


def test_dashboard_provider_points_at_the_mounted_directory() -> None:
    provider = read_yaml(GRAFANA / "provisioning" / "dashboards" / "salvo.yml")["providers"][0]
    mounts = services()["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{provider['options']['path']}:ro" in mounts
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in mounts


def test_every_exported_metric_is_charted_or_alerted_on() -> None:
    """The other direction of the live test: a new metric gets a panel (or a rule)."""
    from salvo.metrics import Metrics

    used = DASHBOARD.read_text(encoding="utf-8") + (PROM_DIR / "rules.yml").read_text()
    unused = [
        family.name
        for family in Metrics().registry.collect()
        if not re.search(rf"\b{family.name}(_total|_bucket|_sum|_count)?\b", used)
    ]
    assert not unused, f"metrics on no panel and in no rule: {unused}"


def test_alerts_link_to_the_provisioned_dashboard() -> None:
    settings = load_settings(DEPLOY / "salvo.toml")
    assert settings.alerts.grafana_url is not None
    assert f"/d/{dashboard()['uid']}/" in settings.alerts.grafana_url


def test_dashboard_layout() -> None:
    board = dashboard()
    assert board["uid"] == "salvo-overview"
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))
    cells: set[tuple[int, int]] = set()
    for p in board["panels"]:
        g = p["gridPos"]
        assert g["x"] + g["w"] <= 24, p["title"]
        mine = {
            (x, y) for x in range(g["x"], g["x"] + g["w"]) for y in range(g["y"], g["y"] + g["h"])
        }
        assert not cells & mine, f"{p['title']} overlaps another panel"
        cells |= mine


def test_dashboard_has_every_required_panel() -> None:
    panels = [p for p in dashboard()["panels"] if p["type"] != "row"]
    text = {p["title"]: json.dumps(p["targets"]) for p in panels}

    def panel_using(*needles: str) -> str:
        for title, targets in text.items():
            if all(n in targets for n in needles):
                return title
        raise AssertionError(f"no panel queries {needles}")

    panel_using('salvo_feeds{state=\\"ok\\"}')
    panel_using('salvo_feeds{state=\\"failing\\"}')
    panel_using(
        "salvo_articles_published_total",
        "salvo_claims_extracted_total",
        "salvo_alerts_raised_total",
    )
    panel_using("salvo_extraction_seconds_bucket")
    panel_using("salvo_consumer_lag")
    panel_using("salvo_dead_letters_total")
    panel_using("salvo_alert_deliveries_total", "salvo_alert_dead_letters_total")
    panel_using("salvo_record_value", "salvo_latest_event_value")
    nightly = panel_using("records_events", "records_values", "Record")
    assert "Largest attack per night" in nightly
    panel_using("records_events", "Independent sources")
    panel_using("jsonb_array_elements", "'sources'", "quote")
