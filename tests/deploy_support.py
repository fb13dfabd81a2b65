"""Paths and readers for the deploy tests: deploy/ and docker-compose.yml (no tests here)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
COMPOSE = REPO / "docker-compose.yml"
PROM_DIR = DEPLOY / "prometheus"
AM_CONFIG = DEPLOY / "alertmanager" / "alertmanager.yml"
GRAFANA = DEPLOY / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "salvo.json"


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def compose() -> dict[str, Any]:
    data = read_yaml(COMPOSE)
    assert isinstance(data, dict)
    return data


def services() -> dict[str, dict[str, Any]]:
    return dict(compose()["services"])


def pyproject() -> dict[str, Any]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def alert_rules() -> list[dict[str, Any]]:
    groups = read_yaml(PROM_DIR / "rules.yml")["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def dashboard() -> dict[str, Any]:
    data = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def tool(name: str, package: str) -> str:
    """The path of a Debian-packaged command, or skip the test."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (Debian package `{package}`; `make prometheus`)")
    return path


def run_tool(args: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a checker; fail the test, with its output, when it does not exit 0."""
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


# --- the Prometheus expressions of the dashboard and the rules --------------------------

METRIC_NAME = re.compile(r"\b(salvo_[a-z0-9_]+|up)\b")
# Dashboard variables, as Grafana would substitute them.
VARIABLES = {"$__rate_interval": "30s", "$direction": "RU->UA", "$metric": "total"}


def substitute(expr: str) -> str:
    for name, value in VARIABLES.items():
        expr = expr.replace(name, value)
    return expr


def dashboard_expressions() -> dict[str, str]:
    board = dashboard()
    exprs = {
        f"panel {p['title']!r} {t['refId']}": t["expr"]
        for p in board["panels"]
        for t in p.get("targets", [])
        if "expr" in t
    }
    for a in board["annotations"]["list"]:
        if "expr" in a:
            exprs[f"annotation {a['name']!r}"] = a["expr"]
    return {k: substitute(v) for k, v in exprs.items()}


def rule_expressions() -> dict[str, str]:
    groups = read_yaml(PROM_DIR / "rules.yml")["groups"]
    return {
        f"rule {r.get('alert') or r.get('record')}": r["expr"] for g in groups for r in g["rules"]
    }


def metric_names(expr: str) -> set[str]:
    # Label values ("salvo") and functions (`up(` is none) are not metric names.
    without_strings = re.sub(r'"[^"]*"', '""', expr)
    return set(METRIC_NAME.findall(without_strings))
