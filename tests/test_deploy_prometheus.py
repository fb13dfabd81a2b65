"""Prometheus and Alertmanager configuration: valid, unit-tested, documented, routed.

Checked with `promtool` and `amtool` (Debian's prometheus and prometheus-alertmanager
packages) when they are installed; those tests skip otherwise.
"""

from __future__ import annotations

import pytest

from tests.deploy_support import (
    AM_CONFIG,
    PROM_DIR,
    REPO,
    alert_rules,
    read_yaml,
    run_tool,
    services,
    tool,
)


def promtool() -> str:
    return tool("promtool", "prometheus")


def amtool() -> str:
    return tool("amtool", "prometheus-alertmanager")


def test_promtool_check_config() -> None:
    run_tool([promtool(), "check", "config", str(PROM_DIR / "prometheus.yml")])


def test_promtool_check_rules() -> None:
    run_tool([promtool(), "check", "rules", str(PROM_DIR / "rules.yml")])


def test_promtool_test_rules() -> None:
    result = run_tool([promtool(), "test", "rules", "rules_test.yml"], cwd=PROM_DIR)
    assert "SUCCESS" in result.stdout


def test_prometheus_sends_alerts_to_the_compose_alertmanager() -> None:
    config = read_yaml(PROM_DIR / "prometheus.yml")
    targets = config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"]
    assert targets == ["alertmanager:9093"]
    mounts = services()["alertmanager"]["volumes"]
    assert "./deploy/alertmanager:/etc/alertmanager:ro" in mounts


def test_amtool_check_config() -> None:
    run_tool([amtool(), "check-config", str(AM_CONFIG)])


@pytest.mark.parametrize("severity", ["critical", "warning"])
def test_every_rule_reaches_the_operators(severity: str) -> None:
    for rule in alert_rules():
        if rule["labels"]["severity"] != severity:
            continue
        result = run_tool(
            [
                amtool(),
                "config",
                "routes",
                "test",
                f"--config.file={AM_CONFIG}",
                f"severity={severity}",
                f"alertname={rule['alert']}",
            ]
        )
        assert result.stdout.split() == ["operators"], rule["alert"]


def test_rules_cover_the_issue_and_are_documented() -> None:
    rules = alert_rules()
    names = {r["alert"] for r in rules}
    assert {
        "SalvoFeedFailing",
        "SalvoConsumerLagGrowing",
        "SalvoDeadLetters",
        "SalvoNoArticles",
        "SalvoAlertChannelFailing",
    } <= names
    operations = (REPO / "docs" / "operations.md").read_text(encoding="utf-8").lower()
    for rule in rules:
        assert rule["labels"]["severity"] in ("critical", "warning", "info"), rule["alert"]
        assert {"summary", "description", "runbook_url"} <= set(rule["annotations"])
        anchor = rule["annotations"]["runbook_url"].rsplit("#", 1)[1]
        assert anchor == rule["alert"].lower()
        assert f"### {rule['alert'].lower()}" in operations, f"no runbook for {rule['alert']}"


def test_every_alert_rule_is_unit_tested_both_ways() -> None:
    tests = read_yaml(PROM_DIR / "rules_test.yml")["tests"]
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (firing if check.get("exp_alerts") else quiet).add(check["alertname"])
    names = {r["alert"] for r in alert_rules()}
    assert names <= firing, f"never seen firing: {sorted(names - firing)}"
    assert names <= quiet, f"never seen quiet: {sorted(names - quiet)}"
