"""Grafana JSON builders: grid layout, query targets and the panel types the dashboard uses."""

from __future__ import annotations

from typing import Any

PROM = {"type": "prometheus", "uid": "salvo-prometheus"}
PG = {"type": "grafana-postgresql-datasource", "uid": "salvo-postgres"}
RATE = "$__rate_interval"

Panel = dict[str, Any]
Target = dict[str, Any]
Steps = list[dict[str, Any]]


class Layout:
    """Hands out ids and grid positions, row by row (Grafana's grid is 24 wide)."""

    def __init__(self) -> None:
        self.next_id = 1
        self.y = 0
        self.x = 0
        self.row_height = 0

    def place(self, panel: Panel, w: int, h: int) -> Panel:
        if self.x + w > 24:
            self.newline()
        panel["id"] = self.next_id
        panel["gridPos"] = {"x": self.x, "y": self.y, "w": w, "h": h}
        self.next_id += 1
        self.x += w
        self.row_height = max(self.row_height, h)
        return panel

    def newline(self) -> None:
        self.y += self.row_height
        self.x = 0
        self.row_height = 0

    def row(self, title: str) -> Panel:
        self.newline()
        panel = self.place({"type": "row", "title": title, "collapsed": False, "panels": []}, 24, 1)
        self.newline()
        return panel


def prom(expr: str, legend: str = "", ref: str = "A", instant: bool = False) -> Target:
    return {
        "datasource": PROM,
        "refId": ref,
        "expr": expr,
        "legendFormat": legend or "__auto",
        "range": not instant,
        "instant": instant,
    }


def sql(query: str, fmt: str = "table", ref: str = "A") -> Target:
    return {
        "datasource": PG,
        "refId": ref,
        "rawQuery": True,
        "editorMode": "code",
        "format": fmt,
        "rawSql": query.strip(),
    }


def quantile(q: float, metric: str, by: str = "") -> str:
    """PromQL for the q-quantile of histogram `metric` (without _bucket), per `by` labels."""
    labels = f"{by}, le" if by else "le"
    return f"histogram_quantile({q}, sum by ({labels}) (rate({metric}_bucket[{RATE}])))"


def steps_from(color: str, value: float | None = None) -> Steps:
    """Threshold steps: green, then `color` from `value` (all `color` without a value)."""
    if value is None:
        return [{"color": color, "value": None}]
    return [{"color": "green", "value": None}, {"color": color, "value": value}]


def stat(title: str, desc: str, target: Target, steps: Steps | None = None) -> Panel:
    return {
        "type": "stat",
        "title": title,
        "description": desc,
        "datasource": PROM,
        "targets": [target],
        "fieldConfig": {
            "defaults": {
                "unit": "short",
                "decimals": 0,
                "thresholds": {"mode": "absolute", "steps": steps or steps_from("green")},
                "color": {"mode": "thresholds"},
            },
            "overrides": [],
        },
        "options": {
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
            "colorMode": "background",
            "graphMode": "none",
            "textMode": "value",
            "justifyMode": "center",
            "orientation": "auto",
        },
    }


def timeseries(
    title: str,
    desc: str,
    targets: list[Target],
    unit: str = "short",
    datasource: dict[str, str] = PROM,
    overrides: list[dict[str, Any]] | None = None,
    stack: bool = False,
    draw: str = "line",
) -> Panel:
    return {
        "type": "timeseries",
        "title": title,
        "description": desc,
        "datasource": datasource,
        "targets": targets,
        "fieldConfig": {
            "defaults": {
                "unit": unit,
                "min": 0,
                "color": {"mode": "palette-classic"},
                "custom": {
                    "drawStyle": draw,
                    "lineWidth": 1,
                    "fillOpacity": 10 if not stack else 60,
                    "showPoints": "auto",
                    "spanNulls": False,
                    "stacking": {"mode": "normal" if stack else "none", "group": "A"},
                },
            },
            "overrides": overrides or [],
        },
        "options": {
            "legend": {
                "displayMode": "table",
                "placement": "bottom",
                "calcs": ["lastNotNull", "max"],
            },
            "tooltip": {"mode": "multi", "sort": "desc"},
        },
    }


def table(
    title: str,
    desc: str,
    target: Target,
    datasource: dict[str, str],
    unit: str | None = None,
    overrides: list[dict[str, Any]] | None = None,
) -> Panel:
    defaults: dict[str, Any] = {"custom": {"filterable": True}}
    if unit:
        defaults["unit"] = unit
    return {
        "type": "table",
        "title": title,
        "description": desc,
        "datasource": datasource,
        "targets": [target],
        "fieldConfig": {"defaults": defaults, "overrides": overrides or []},
        "options": {"showHeader": True, "cellHeight": "sm"},
    }


def by_name(name: str, *properties: tuple[str, Any]) -> dict[str, Any]:
    """A field override: these properties for the field called `name`."""
    return {
        "matcher": {"id": "byName", "options": name},
        "properties": [{"id": key, "value": value} for key, value in properties],
    }


def dashed_red(name: str) -> dict[str, Any]:
    return by_name(
        name,
        ("color", {"mode": "fixed", "fixedColor": "red"}),
        ("custom.lineStyle", {"fill": "dash", "dash": [10, 10]}),
        ("custom.fillOpacity", 0),
        ("custom.lineWidth", 2),
    )
