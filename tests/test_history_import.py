"""`salvo history import` and `salvo records`: the table becomes history, records are shown."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from processors.records.classes import WeaponClasses
from processors.records.history import HistoricalAttack, import_history, read_attacks
from processors.records.stage import RecordsEngine
from processors.records.state import RecordsState
from salvo.cli import cli
from salvo.settings import Settings
from salvo.store import Database
from tests.conftest import shared_path
from tests.test_records_scenarios import claim

HEADER = (
    "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
    "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
    "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
    "destroyed_details,launched_details,launch_place_details,source"
)


def row(start: str, end: str, model: str, launched: str, source: str) -> str:
    return f"{start},{end},{model},,Ukraine,,{launched},0,,,{{}},,,,,,,,,,,{source}"


def write_table(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "attacks.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_table(tmp_path: Path) -> Path:
    """The quirks in a few rows: windows differ within a report, a regional tally shares
    the night, a trailing space, a single-digit hour, a pasted post id, a day wave."""
    return write_table(
        tmp_path,
        [
            row(
                "2025-07-08 20:00", "2025-07-09 08:00", "Shahed-136/131", "728.0", "kpszsu/posts/a"
            ),
            row("2025-07-09 02:15", "2025-07-09 03:40 ", "X-47 Kinzhal", "6.0", "kpszsu/posts/a"),
            row(
                "2025-07-09 1:00",
                "2025-07-09 04:00",
                "X-101/X-555 and Iskander-K",
                "7.0",
                "kpszsu/posts/b",
            ),
            row("2025-07-09", "2025-07-09", "Orlan-10", "1.0", "PvKPivden/posts/x"),
            row("2025-07-09", "2025-07-09", "GBU", "4.0", "kpszsu/posts/c"),
            row(
                "2025-07-09 20:00", "2025-07-10 08:00", "Shahed-136/131", "397.0", "kpszsu/posts/a"
            ),
            row(
                "2025-07-09 20:00", "2025-07-10 08:00", "Iskander-M/KN-23", "12.0", "kpszsu/posts/a"
            ),
            row("2025-07-09 20:00", "2025-07-10 08:00", "Kalibr", "6.0", "kpszsu/posts/a"),
            row("2025-07-10 08:30", "2025-07-10 18:30", "Фенікс", "20.0", "kpszsu/posts/d"),
            row(
                "2025-07-03 19:00", "2025-07-04 06:00", "Shahed-136/131", "539.0", "kpszsu/posts/e"
            ),
            row("2025-07-03 19:00", "2025-07-04 06:00", "C-300", "11.0", "kpszsu/posts/e"),
            row("2025-07-04", "2025-07-04", "Aerial Bomb", "3.0", "kpszsu/posts/e"),
            row("2025-07-05", "2025-07-05", "Iskander-M", "", "kpszsu/posts/f"),
        ],
    )


def by_day(attacks: list[HistoricalAttack]) -> dict[tuple[date, bool], HistoricalAttack]:
    return {(a.event_date, a.daytime): a for a in attacks}


def test_grouping_follows_the_readme(small_table: Path) -> None:
    attacks = by_day(read_attacks(small_table))
    night9 = attacks[(date(2025, 7, 9), False)]
    assert (night9.total, night9.drones, night9.missiles) == (741, 728, 13)  # not 742
    assert night9.breakdown == {"aeroballistic": 6, "cruise": 7, "guided_bomb": 4, "shahed": 728}
    night10 = attacks[(date(2025, 7, 10), False)]
    assert (night10.total, night10.drones, night10.missiles) == (415, 397, 18)
    day10 = attacks[(date(2025, 7, 10), True)]
    assert (day10.total, day10.drones) == (20, 20)  # a day wave: its own attack
    assert attacks[(date(2025, 7, 4), False)].total == 550
    assert (date(2025, 7, 5), False) not in attacks  # no launched figure at all


def test_classes_cover_the_models_the_class_file_lacks() -> None:
    classes = WeaponClasses()
    assert classes.is_drone("Картограф") and classes.is_drone("Привет-82")
    assert not classes.is_drone("Aerial Bomb") and not classes.is_missile("Aerial Bomb")
    assert classes.is_missile("Intercontinental ballistic missile")
    assert classes.is_missile("X-101/X-555 and Kalibr and Iskander-M/KN-23")
    assert classes.kind("C-400 and Iskander-M") == "ballistic"
    assert classes.kind("Shahed-136/131") == "shahed"


def test_import_is_idempotent_and_never_alerts(store_url: str, small_table: Path) -> None:
    store = Database(store_url)
    assert import_history(store, small_table) == 4
    assert import_history(store, small_table) == 0
    state = RecordsState(store)
    assert state.alerts() == []
    records = {(r.metric): r for r in state.records()}
    assert records["total"].value == 741 and records["total"].event_date == date(2025, 7, 9)
    assert records["drones"].value == 728
    assert records["missiles"].value == 18
    # News after history: 10 July's claims are compared with the imported 741.
    engine = RecordsEngine(store, Settings().records.rules)
    assert engine.ingest(claim("x", event_date=date(2025, 7, 10), total=415)) == []
    new = claim("y", event_date=date(2025, 7, 12), total=760, by="air force")
    assert len(engine.ingest(new)) == 1
    store.close()


def test_import_of_the_real_table(tmp_path: Path) -> None:
    table = shared_path("data", "air-force-attacks", "missile_attacks_daily.csv")
    store = Database(f"sqlite:///{tmp_path}/state.db")
    count = import_history(store, table)
    assert count == len(read_attacks(table)) > 1000
    records = {r.metric: r for r in RecordsState(store).records()}
    assert (records["total"].value, records["total"].event_date) == (823, date(2025, 9, 7))
    store.close()


def test_cli_import_then_records(tmp_path: Path, small_table: Path) -> None:
    url = f"sqlite:///{tmp_path}/cli.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["history", "import", "--store", url, str(small_table)])
    assert result.exit_code == 0, result.output
    assert "4 attacks imported" in result.output
    result = runner.invoke(cli, ["records", "--store", url])
    assert result.exit_code == 0, result.output
    assert "drones and missiles" in result.output and "741" in result.output
    assert "the night of 8–9 July 2025" in result.output
    result = runner.invoke(cli, ["records", "--store", url, "--json"])
    lines = {json.loads(line)["metric"]: json.loads(line) for line in result.output.splitlines()}
    assert lines["total"]["value"] == 741 and lines["total"]["event_date"] == "2025-07-09"
    assert lines["missiles"]["value"] == 18


def test_cli_records_on_an_empty_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["records", "--store", f"sqlite:///{tmp_path}/e.db"])
    assert result.exit_code == 0
    assert "no records yet" in result.output


def test_cli_import_rejects_a_file_that_is_not_the_table(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["history", "import", "--store", f"sqlite:///{tmp_path}/s.db", str(bad)]
    )
    assert result.exit_code != 0
    assert "not an attack table" in result.output


def test_reimport_of_an_edited_table_corrects_the_history(
    tmp_path: Path, small_table: Path
) -> None:
    store = Database(f"sqlite:///{tmp_path}/s.db")
    import_history(store, small_table)
    edited = small_table.read_text(encoding="utf-8").replace(",728.0,", ",730.0,")
    small_table.write_text(edited, encoding="utf-8")
    assert import_history(store, small_table) == 1  # one attack corrected
    state = RecordsState(store)
    records = {r.metric: r for r in state.records()}
    assert records["total"].value == 743
    assert ("total", 741, 743) in state.revisions(records["total"].event_id)
    assert state.alerts() == []
    store.close()


def test_cli_records_progression(tmp_path: Path, small_table: Path) -> None:
    url = f"sqlite:///{tmp_path}/p.db"
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["history", "import", "--store", url, str(small_table)]).exit_code == 0
    )
    result = runner.invoke(cli, ["records", "--store", url, "--progression", "total", "--json"])
    assert result.exit_code == 0, result.output
    steps = [json.loads(line) for line in result.output.splitlines()]
    assert [(s["event_date"], s["value"]) for s in steps] == [
        ("2025-07-04", 550),
        ("2025-07-09", 741),
    ]
