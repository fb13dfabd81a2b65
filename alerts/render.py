"""What an alert says: a one-line headline, then the evidence, as text, HTML and JSON.

Everything is rendered from the Alert's fields, so a receiver reads the same
story in every channel: what happened, against which previous record, how the
figure is qualified, who reported it (with quotes and links), how many
independent sources agree and how sure we are.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from salvo.schemas import Alert, AlertKind, Qualifier, SourceRef

CHART_CID = "salvo-chart"
MAX_SOURCES = 12

_METRIC_WORDS = {
    "total": "drones and missiles",
    "drones": "drones",
    "missiles": "missiles",
    "shahed": "Shahed-type drones",
    "decoy": "decoy drones",
    "drone_other": "other drones",
    "cruise": "cruise missiles",
    "ballistic": "ballistic missiles",
    "hypersonic": "hypersonic missiles",
    "aeroballistic": "aeroballistic missiles",
    "missile_other": "other missiles",
    "guided_bomb": "guided aerial bombs",
}
_QUALIFIER_NOTES = {
    Qualifier.EXACT: "exact figure",
    Qualifier.AT_LEAST: "a lower bound ('at least')",
    Qualifier.MORE_THAN: "a lower bound ('more than')",
    Qualifier.ABOUT: "approximate ('about')",
    Qualifier.UP_TO: "an upper bound ('up to')",
    Qualifier.VAGUE: "vague ('hundreds')",
}
_TARGETS = {"RU->UA": "Ukraine", "UA->RU": "Russia"}
_KIND_PREFIX = {
    AlertKind.RECORD: "New record",
    AlertKind.RECORD_UPDATE: "Record raised",
    AlertKind.THRESHOLD: "Threshold crossed",
}


def metric_words(metric: str) -> str:
    return _METRIC_WORDS.get(metric, metric.replace("_", " "))


def format_date(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def night_of(event_date: date) -> str:
    """'8–9 July 2025': the night that ended on the morning of `event_date` (Kyiv)."""
    before = event_date - timedelta(days=1)
    if before.year != event_date.year:
        return f"{format_date(before)}–{format_date(event_date)}"
    if before.month != event_date.month:
        return f"{before.day} {before:%B}–{format_date(event_date)}"
    return f"{before.day}–{format_date(event_date)}"


def headline(alert: Alert) -> str:
    """The alert's own headline, or one built from its fields."""
    if alert.headline.strip():
        return alert.headline.strip()
    target = _TARGETS.get(alert.direction)
    where = f"at {target}" if target else f"({alert.direction})"
    figure = alert.qualifier.figure(alert.value)
    text = (
        f"{_KIND_PREFIX[alert.kind]}: {figure} {metric_words(alert.metric)} launched {where} "
        f"on the night of {night_of(alert.event_date)}"
    )
    if alert.kind is AlertKind.THRESHOLD and alert.threshold is not None:
        text += f", above the threshold of {alert.threshold}"
    if alert.previous_record is not None:
        text += f", previous record {alert.previous_record.value}"
        if alert.previous_record.event_date is not None:
            text += f" on {format_date(alert.previous_record.event_date)}"
    return text


def primary(alerts: Sequence[Alert]) -> Alert:
    """The alert a group is titled by: a record before a threshold, the total first."""
    kind_rank = {AlertKind.RECORD: 0, AlertKind.RECORD_UPDATE: 1, AlertKind.THRESHOLD: 2}
    return min(alerts, key=lambda a: (kind_rank[a.kind], a.metric != "total", -a.value, a.alert_id))


def group_headline(alerts: Sequence[Alert]) -> str:
    main = primary(alerts)
    text = headline(main)
    others = [a for a in ordered(alerts) if a is not main]
    if others:
        text += f" (also {'; '.join(_also(a) for a in others)})"
    return text


def _also(alert: Alert) -> str:
    figure = alert.qualifier.figure(alert.value)
    if alert.kind is AlertKind.THRESHOLD:
        return f"{figure} {metric_words(alert.metric)}, over {alert.threshold}"
    return f"a {metric_words(alert.metric)} record: {figure}"


def ordered(alerts: Sequence[Alert]) -> list[Alert]:
    """The main alert first, then the others by rule."""
    main = primary(alerts)
    return [main, *sorted((a for a in alerts if a is not main), key=lambda a: a.rule)]


def confidence_words(confidence: float) -> str:
    level = "high" if confidence >= 0.85 else "medium" if confidence >= 0.6 else "low"
    return f"{round(confidence * 100)}% ({level})"


def independent_sources(sources: Sequence[SourceRef]) -> list[SourceRef]:
    """Sources that are not syndicated copies of another one, in order."""
    return [s for s in sources if not s.duplicate_of]


@dataclass(frozen=True)
class Content:
    """One group of alerts rendered for people."""

    headline: str
    text: str
    html: str
    facts: dict[str, Any]  # the structured summary, for JSON channels


def _breakdown_line(alert: Alert) -> str:
    """'741 in total (728 drones, 13 missiles); by kind: …' from the event's metrics."""
    metrics = alert.event.metrics
    line = ""
    if "total" in metrics:
        mv = metrics["total"]
        line = f"{mv.qualifier.figure(mv.value)} in total"
    parts = [
        f"{metrics[n].qualifier.figure(metrics[n].value)} {n}"
        for n in ("drones", "missiles")
        if n in metrics
    ]
    if parts:
        line = f"{line} ({', '.join(parts)})" if line else ", ".join(parts)
    kinds = [f"{metric_words(k)} {v}" for k, v in sorted(alert.event.breakdown.items()) if v]
    if kinds:
        line += f"; by kind: {', '.join(kinds)}"
    return line or f"{alert.value} {metric_words(alert.metric)}"


def _change(alert: Alert) -> str | None:
    prev = alert.previous_record
    if prev is None or prev.value <= 0:
        return None
    diff = alert.value - prev.value
    return f"{diff:+d} ({diff / prev.value:+.0%})"


def _source_title(s: SourceRef) -> str:
    outlet = s.outlet or "unknown outlet"
    return f"{outlet} — {s.title}" if s.title else outlet


def facts(alerts: Sequence[Alert], dashboard_url: str | None) -> dict[str, Any]:
    main = primary(alerts)
    event = main.event
    indep = independent_sources(event.sources)
    return {
        "headline": group_headline(alerts),
        "event_id": main.event_id,
        "event_date": main.event_date.isoformat(),
        "night": night_of(main.event_date),
        "direction": main.direction,
        "alert_ids": sorted(a.alert_id for a in alerts),
        "confidence": max(a.confidence for a in alerts),
        "independent_sources": event.independent_sources or len(indep),
        "official": event.official,
        "dashboard_url": dashboard_url,
        "alerts": [
            {
                "alert_id": a.alert_id,
                "kind": a.kind.value,
                "rule": a.rule,
                "metric": a.metric,
                "value": a.value,
                "qualifier": a.qualifier.value,
                "level": a.level,
                "threshold": a.threshold,
                "previous_record": (
                    a.previous_record.model_dump(mode="json") if a.previous_record else None
                ),
                "headline": headline(a),
                "confidence": a.confidence,
            }
            for a in sorted(alerts, key=lambda a: a.alert_id)
        ],
        "sources": [s.model_dump(mode="json") for s in event.sources[:MAX_SOURCES]],
    }


def render_text(alerts: Sequence[Alert], dashboard_url: str | None) -> str:
    main = primary(alerts)
    event = main.event
    lines = [group_headline(alerts), ""]
    lines.append(f"Attack: night of {night_of(main.event_date)} ({main.direction})")
    lines.append(f"Launched: {_breakdown_line(main)}")
    for a in ordered(alerts):
        row = f"- {a.rule}: {a.qualifier.figure(a.value)} {metric_words(a.metric)}"
        row += f", {_QUALIFIER_NOTES[a.qualifier]}"
        if a.previous_record is not None:
            when = a.previous_record.event_date
            row += f"; previous record {a.previous_record.value}"
            row += f" on {format_date(when)}" if when else ""
            change = _change(a)
            row += f", change {change}" if change else ""
        if a.threshold is not None:
            row += f"; threshold {a.threshold}"
        lines.append(row)
    indep = event.independent_sources or len(independent_sources(event.sources))
    lines += [
        "",
        f"Confidence: {confidence_words(max(a.confidence for a in alerts))}",
        f"Independent sources: {indep}; official figure: {'yes' if event.official else 'no'}",
        "",
        "Sources:",
    ]
    for i, s in enumerate(event.sources[:MAX_SOURCES], 1):
        copy = " (syndicated copy)" if s.duplicate_of else ""
        lines.append(f"{i}. {_source_title(s)}{copy}")
        if s.url:
            lines.append(f"   {s.url}")
        if s.quote:
            who = f" — {s.attributed_to}" if s.attributed_to else ""
            lines.append(f'   "{s.quote.strip()}"{who}')
    if len(event.sources) > MAX_SOURCES:
        lines.append(f"… and {len(event.sources) - MAX_SOURCES} more")
    if dashboard_url:
        lines += ["", f"Dashboard: {dashboard_url}"]
    lines += ["", f"Alert ids: {', '.join(sorted(a.alert_id for a in alerts))}"]
    return "\n".join(lines) + "\n"


def render_html(alerts: Sequence[Alert], dashboard_url: str | None, *, chart: bool) -> str:
    e = html.escape
    main = primary(alerts)
    event = main.event
    rows = []
    for a in ordered(alerts):
        prev = a.previous_record
        prev_text = ""
        if prev is not None:
            prev_text = f"{prev.value}" + (
                f" on {format_date(prev.event_date)}" if prev.event_date else ""
            )
        rows.append(
            "<tr>"
            f"<td>{e(a.rule)}</td>"
            f"<td><b>{e(a.qualifier.figure(a.value))}</b> {e(metric_words(a.metric))}"
            f"<br><small>{e(_QUALIFIER_NOTES[a.qualifier])}</small></td>"
            f"<td>{e(prev_text) or '—'}</td>"
            f"<td>{e(_change(a) or '—')}</td>"
            "</tr>"
        )
    sources = []
    for s in event.sources[:MAX_SOURCES]:
        title = e(_source_title(s))
        safe = s.url is not None and s.url.startswith(("https://", "http://"))
        link = f'<a href="{e(s.url or "")}">{title}</a>' if safe else title
        copy = " <small>(syndicated copy)</small>" if s.duplicate_of else ""
        quote = ""
        if s.quote:
            who = f" — {e(s.attributed_to)}" if s.attributed_to else ""
            quote = f"<blockquote>“{e(s.quote.strip())}”{who}</blockquote>"
        sources.append(f"<li>{link}{copy}{quote}</li>")
    indep = event.independent_sources or len(independent_sources(event.sources))
    parts = [
        '<!DOCTYPE html><html><body style="font-family: sans-serif; max-width: 42em">',
        f"<h2>{e(group_headline(alerts))}</h2>",
        f"<p>Attack: night of {e(night_of(main.event_date))} ({e(main.direction)})<br>",
        f"Launched: {e(_breakdown_line(main))}</p>",
        '<table border="1" cellpadding="4" cellspacing="0">',
        "<tr><th>Rule</th><th>Figure</th><th>Previous record</th><th>Change</th></tr>",
        *rows,
        "</table>",
    ]
    if chart:
        parts.append(
            f'<p><img src="cid:{CHART_CID}" alt="Recent barrage sizes, old and new record" '
            'width="600"></p>'
        )
    parts += [
        f"<p>Confidence: <b>{e(confidence_words(max(a.confidence for a in alerts)))}</b><br>",
        f"Independent sources: {indep}; official figure: {'yes' if event.official else 'no'}</p>",
        "<h3>Sources</h3>",
        f"<ol>{''.join(sources)}</ol>",
    ]
    if dashboard_url:
        parts.append(f'<p><a href="{e(dashboard_url)}">Open the dashboard</a></p>')
    ids = ", ".join(sorted(a.alert_id for a in alerts))
    parts.append(f"<p><small>Alert ids: {e(ids)}</small></p></body></html>")
    return "\n".join(parts)


def dashboard_link(grafana_url: str | None, event_date: date) -> str | None:
    """The dashboard, its time range set to the month before the attack (Grafana's from/to)."""
    if not grafana_url:
        return None
    if "from=" in grafana_url:  # the operator chose a range: keep it
        return grafana_url
    start = datetime.combine(event_date - timedelta(days=30), time.min, UTC)
    end = datetime.combine(event_date + timedelta(days=1), time.min, UTC)
    sep = "&" if "?" in grafana_url else "?"
    return (
        f"{grafana_url}{sep}from={int(start.timestamp() * 1000)}&to={int(end.timestamp() * 1000)}"
    )


def render(alerts: Sequence[Alert], grafana_url: str | None, *, chart: bool) -> Content:
    if not alerts:
        raise ValueError("nothing to render: empty alert group")
    dashboard_url = dashboard_link(grafana_url, primary(alerts).event_date)
    return Content(
        headline=group_headline(alerts),
        text=render_text(alerts, dashboard_url),
        html=render_html(alerts, dashboard_url, chart=chart),
        facts=facts(alerts, dashboard_url),
    )
