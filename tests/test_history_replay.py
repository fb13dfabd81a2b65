"""Replay of the Air Force table: alerts exactly where a direct scan finds new records."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from processors.records.replay import record_rules, replay
from salvo.cli import cli
from tests.conftest import shared_path

REGIONAL = {"pvkpivden", "pvkshid", "pvkzahid", "pvkcenter"}
HAND_MAPPED = {"картограф": "uav", "привет-82": "uav", "фенікс": "uav", "aerial bomb": "bomb"}


@pytest.fixture(scope="module")
def table() -> Path:
    return shared_path("data", "air-force-attacks", "missile_attacks_daily.csv")


def _classes(folder: Path) -> dict[str, str]:
    with (folder / "missiles_and_uavs.csv").open(encoding="utf-8") as f:
        rows = {r["model"].strip().casefold(): r["category"] for r in csv.DictReader(f)}
    out = {
        m: "uav" if c == "UAV" else "bomb" if c == "guided bomb" else "missile"
        for m, c in rows.items()
    }
    return {**out, **HAND_MAPPED}


def _when(value: str) -> tuple[datetime, bool]:
    value = value.strip()
    fmt = "%Y-%m-%d %H:%M" if len(value) > 10 else "%Y-%m-%d"
    return datetime.strptime(value, fmt), len(value) > 10


def scan_attacks(path: Path) -> list[tuple[date, bool, int, int, int]]:
    """A direct scan as the table's README describes: (date, daytime, total, drones, missiles)."""
    classes = _classes(path.parent)
    reports: dict[tuple[str, date], list[dict[str, object]]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            account = r["source"].strip().removeprefix("https://t.me/").split("/")[0]
            if account.casefold() in REGIONAL or not r["launched"].strip():
                continue
            end, end_timed = _when(r["time_end"])
            start, start_timed = _when(r["time_start"])
            kind = classes.get(r["model"].strip().casefold(), "missile")
            reports[(r["source"].strip(), end.date())].append(
                {
                    "start": start if start_timed else None,
                    "end": end,
                    "end_timed": end_timed,
                    "kind": kind,
                    "n": round(float(r["launched"])),
                }
            )
    by_day: dict[date, list[list[dict[str, object]]]] = defaultdict(list)
    for (_, day), rows in sorted(reports.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        timed = [x for x in rows if x["start"] is not None and x["end_timed"]]
        span = (min(x["start"] for x in timed), max(x["end"] for x in timed)) if timed else None  # type: ignore[type-var]
        for group in by_day[day]:
            other = group[0]["span"]
            if span and other and span[0] < other[1] and other[0] < span[1]:  # type: ignore[index,operator]
                group.extend(rows)
                break
        else:
            by_day[day].append([{"span": span}, *rows])
    attacks = []
    for day in sorted(by_day):
        sums: dict[bool, list[int]] = {}
        for group in by_day[day]:
            rows = group[1:]
            daytime = all(
                x["start"] is not None
                and x["end_timed"]
                and x["start"].date() == day  # type: ignore[attr-defined]
                and x["start"].hour >= 6  # type: ignore[attr-defined]
                for x in rows
            )
            s = sums.setdefault(daytime, [0, 0])
            s[0] += sum(int(x["n"]) for x in rows if x["kind"] == "uav")  # type: ignore[call-overload]
            s[1] += sum(int(x["n"]) for x in rows if x["kind"] == "missile")  # type: ignore[call-overload]
        for daytime in sorted(sums):
            drones, missiles = sums[daytime]
            if drones + missiles:
                attacks.append((day, daytime, drones + missiles, drones, missiles))
    return attacks


def expected_records(
    attacks: list[tuple[date, bool, int, int, int]], index: int
) -> list[tuple[date, bool, int, int]]:
    """(date, daytime, value, previous) for every attack strictly above all earlier ones.

    The first attack with a figure sets the baseline: with nothing earlier it beats no record.
    """
    out = []
    best: int | None = None
    for attack in attacks:
        value = attack[index]
        if value <= 0:
            continue
        if best is not None and value > best:
            out.append((attack[0], attack[1], value, best))
        best = value if best is None else max(best, value)
    return out


def test_direct_scan_agrees_with_the_known_facts(table: Path) -> None:
    attacks = {(a[0], a[1]): a[2:] for a in scan_attacks(table)}
    assert attacks[(date(2025, 7, 9), False)] == (741, 728, 13)
    assert attacks[(date(2025, 7, 4), False)] == (550, 539, 11)
    assert attacks[(date(2025, 9, 7), False)] == (823, 810, 13)
    assert attacks[(date(2025, 7, 10), False)] == (415, 397, 18)


@pytest.mark.parametrize(("metric", "index"), [("total", 2), ("drones", 3), ("missiles", 4)])
def test_replay_alerts_exactly_at_new_records(table: Path, metric: str, index: int) -> None:
    alerts = list(replay(table, record_rules([metric])))
    got = [
        (
            a.event_date,
            a.event.daytime,
            a.value,
            a.previous_record.value if a.previous_record else None,
        )
        for a in alerts
    ]
    assert got == expected_records(scan_attacks(table), index)
    assert {a.kind.value for a in alerts} == {"record"}
    assert len({a.alert_id for a in alerts}) == len(alerts)


def test_replay_total_contains_the_famous_records(table: Path) -> None:
    alerts = {a.event_date: a for a in replay(table, record_rules(["total"]))}
    assert alerts[date(2025, 7, 9)].value == 741
    assert alerts[date(2025, 7, 9)].previous_record.value == 550  # type: ignore[union-attr]
    assert alerts[date(2025, 9, 7)].previous_record.value == 741  # type: ignore[union-attr]
    assert date(2025, 7, 10) not in alerts


def test_replay_cli_prints_json_lines(table: Path) -> None:
    result = CliRunner().invoke(cli, ["history", "replay", str(table), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines[-1]["event_date"] == "2025-09-07"
    assert lines[-1]["metric"] == "total"
    assert lines[-1]["value"] == 823
    assert lines[-1]["previous_record"]["value"] == 741
    assert lines[-1]["previous_record"]["event_date"] == "2025-07-09"
    assert all(line["rule"] == "record-total" for line in lines)  # the default rules


def test_replay_cli_with_all_metrics(table: Path) -> None:
    args = ["history", "replay", str(table), "--json", "--metric", "drones", "--metric", "missiles"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    metrics = {json.loads(line)["metric"] for line in result.output.splitlines()}
    assert metrics == {"drones", "missiles"}


def test_replay_per_day_sums_the_waves_of_a_date(table: Path) -> None:
    result = CliRunner().invoke(
        cli, ["history", "replay", str(table), "--json", "--metric", "total", "--per-day"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    by_day: dict[date, int] = defaultdict(int)
    for day, _daytime, total, _drones, _missiles in scan_attacks(table):
        by_day[day] += total
    expected, best = [], None
    for day in sorted(by_day):
        if best is not None and by_day[day] > best:
            expected.append((day.isoformat(), by_day[day], best))
        best = by_day[day] if best is None else max(best, by_day[day])
    # A record day alerts on its first wave; a later wave that adds to it is an update.
    days: dict[str, tuple[int, int]] = {}
    for x in lines:
        first = days.get(x["event_date"])
        days[x["event_date"]] = (
            max(x["value"], first[0]) if first else x["value"],
            first[1] if first else x["previous_record"]["value"],
        )
        assert x["kind"] == ("record_update" if first else "record")
    assert [(d, v, p) for d, (v, p) in days.items()] == expected
    assert {x["rule"] for x in lines} == {"record-total-day"}
