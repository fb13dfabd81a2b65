"""The "Attacks and records" row: the record and the latest attacks, with their sources."""

from __future__ import annotations

from .builders import (
    PG,
    Layout,
    Panel,
    by_name,
    dashed_red,
    prom,
    sql,
    stat,
    steps_from,
    table,
    timeseries,
)
from .queries import LATEST_EVENTS_SQL, LATEST_SOURCES_SQL, NIGHTLY_SQL, UNVERIFIED

RECORD = 'max(salvo_record_value{direction="$direction", metric="$metric"})'
LATEST = 'max(salvo_latest_event_value{direction="$direction", metric="$metric"})'


def records_row(lay: Layout) -> list[Panel]:
    out = [lay.row("Attacks and records")]
    out += [
        lay.place(
            stat(
                "Current record",
                "The largest reconciled $metric of any attack, $direction.",
                prom(RECORD, instant=True),
                steps_from("purple"),
            ),
            4,
            6,
        ),
        lay.place(
            stat(
                "Latest attack",
                "Reconciled $metric of the most recent attack event, $direction.",
                prom(LATEST, instant=True),
                steps_from("blue"),
            ),
            4,
            6,
        ),
        lay.place(
            timeseries(
                "Latest attack against the record (metrics)",
                "From the records stage's gauges: each step is a new or revised attack.",
                [prom(LATEST, "latest attack", "A"), prom(RECORD, "record", "B")],
                overrides=[dashed_red("record")],
            ),
            8,
            6,
        ),
        lay.place(
            timeseries(
                "Attack events created or revised",
                "Per hour: a new attack, or new claims changing a known one.",
                [
                    prom(
                        "sum by (direction) (increase(salvo_events_updated_total[1h]))",
                        "{{direction}}",
                    )
                ],
                draw="bars",
            ),
            8,
            6,
        ),
        lay.place(
            timeseries(
                "Largest attack per night, with the record",
                "Reconciled launch figure per attack (PostgreSQL, records stage) and the "
                "running record; a bar touching the line set a record. A figure above the "
                "record that one source alone gives (one outlet's own figure, a typo "
                '"7,410" for 741, or a report dated the day before it was published) is '
                "not verified until a second source or the air force's confirms it: it is no "
                "bar and no record, only an orange point on its own right-hand axis.",
                [sql(NIGHTLY_SQL, fmt="time_series")],
                datasource=PG,
                overrides=[
                    dashed_red("Record"),
                    by_name(
                        "Largest attack",
                        ("custom.drawStyle", "bars"),
                        ("custom.fillOpacity", 80),
                    ),
                    # Its own axis: a wild figure must not flatten the verified bars.
                    by_name(
                        UNVERIFIED,
                        ("custom.drawStyle", "points"),
                        ("custom.pointSize", 9),
                        ("custom.axisPlacement", "right"),
                        ("custom.axisLabel", "unverified"),
                        ("color", {"mode": "fixed", "fixedColor": "orange"}),
                    ),
                ],
            ),
            24,
            10,
        ),
        lay.place(
            table(
                "Latest attack events",
                "The 20 most recent attacks with reconciled figures and source counts; "
                "Verified: no while the total rests on a single source (see the panel above).",
                sql(LATEST_EVENTS_SQL),
                PG,
            ),
            24,
            8,
        ),
        lay.place(
            table(
                "Sources of the latest attacks",
                "Who reported what, with the quoted evidence (last 7 attacks).",
                sql(LATEST_SOURCES_SQL),
                PG,
                overrides=[
                    by_name(
                        "URL",
                        (
                            "links",
                            [
                                {
                                    "title": "Open the article",
                                    "url": "${__value.raw}",
                                    "targetBlank": True,
                                }
                            ],
                        ),
                    ),
                    by_name(
                        "Quote",
                        ("custom.width", 600),
                        ("custom.cellOptions", {"type": "auto", "wrapText": True}),
                    ),
                ],
            ),
            24,
            10,
        ),
    ]
    return out
