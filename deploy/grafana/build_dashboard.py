"""Generate deploy/grafana/dashboards/salvo.json, the provisioned Grafana dashboard.

The JSON is committed (Grafana reads it as is); edit the salvo_dashboard package
beside this file (builders, SQL, one module per row) and run
`python deploy/grafana/build_dashboard.py` to regenerate. A test fails when the
two drift apart, and another queries every expression against a real Prometheus
scraping a running Salvo and every SQL panel against PostgreSQL.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# Run as a file (or imported with this folder on sys.path, as the test does), so the
# salvo_dashboard package beside it imports as a top-level package.
from salvo_dashboard.builders import PROM, Layout, Panel
from salvo_dashboard.health import health_row
from salvo_dashboard.records import records_row

OUT = Path(__file__).resolve().parent / "dashboards" / "salvo.json"

VARIABLES = [
    ("direction", "Direction", ["RU->UA", "UA->RU"]),
    ("metric", "Metric", ["total", "drones", "missiles"]),
]

ANNOTATIONS = [
    {
        "builtIn": 1,
        "datasource": {"type": "grafana", "uid": "-- Grafana --"},
        "enable": True,
        "hide": True,
        "iconColor": "rgba(0, 211, 255, 1)",
        "name": "Annotations & Alerts",
        "type": "dashboard",
    },
    {
        "datasource": PROM,
        "enable": True,
        "iconColor": "red",
        "name": "Alerts raised",
        "expr": "sum by (rule) (increase(salvo_alerts_raised_total[2m])) > 0",
        "titleFormat": "Alert raised",
        "textFormat": "rule {{rule}}",
        "step": "1m",
    },
]


def panels() -> list[Panel]:
    lay = Layout()
    return health_row(lay) + records_row(lay)


def variable(name: str, label: str, values: list[str]) -> dict[str, Any]:
    """A single-choice custom variable, its first value selected."""
    return {
        "type": "custom",
        "name": name,
        "label": label,
        "query": ",".join(values),
        "current": {"text": values[0], "value": values[0]},
        "options": [{"text": v, "value": v, "selected": i == 0} for i, v in enumerate(values)],
        "multi": False,
        "includeAll": False,
        "hide": 0,
    }


def dashboard() -> dict[str, Any]:
    return {
        "uid": "salvo-overview",
        "title": "Salvo",
        "description": "Pipeline health and the barrage record, from Prometheus and PostgreSQL.",
        "tags": ["salvo"],
        "timezone": "browser",
        "editable": False,
        "graphTooltip": 1,
        "schemaVersion": 39,
        "version": 1,
        "refresh": "1m",
        "time": {"from": "now-24h", "to": "now"},
        "templating": {"list": [variable(*v) for v in VARIABLES]},
        "annotations": {"list": ANNOTATIONS},
        "links": [],
        "panels": panels(),
    }


def render() -> str:
    return json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT}\n")
