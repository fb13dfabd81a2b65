"""Realistic news streams on both stores: how a night's reports become one alert.

Each test is one stream as outlets really publish it (an early wire bound, then the
air force's morning figure; a days-late article; evening and daytime waves; a
start-date slip across midnight; Russia's defence ministry; a cited old record; a
lone wild figure) and the alerts users must get from it (docs/records.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import permutations

import pytest

from processors.records.history import seed_history
from processors.records.stage import RecordsEngine
from salvo.schemas import Alert, AlertKind, BarrageClaim, Qualifier
from salvo.settings import RuleConfig
from salvo.store import Database
from tests.test_records_scenarios import JULY_4, JUNE_1, claim

AF = "Ukrainian Air Force"
D7, D8, D9, D10 = (date(2025, 7, d) for d in (7, 8, 9, 10))
RECORD = RuleConfig(name="record-total", metric="total")


@pytest.fixture
def store(store_url: str) -> Iterator[Database]:
    db = Database(store_url)
    seed_history(db, [JUNE_1, JULY_4])  # the record before the stream: 550 on 4 July
    yield db
    db.close()


def feed(engine: RecordsEngine, claims: list[BarrageClaim]) -> list[Alert]:
    return [a for c in claims for a in engine.ingest(c)]


def test_early_wire_bound_then_the_air_force_figure_is_one_alert_with_it(
    store: Database,
) -> None:
    drones = RuleConfig(name="record-drones", metric="drones")
    e = RecordsEngine(store, [RECORD, drones])
    early = claim("wire", event_date=D9, drones=400, qualifier=Qualifier.AT_LEAST, outlet="Wire")
    assert e.ingest(early) == []  # "at least 400 drones" proves no record yet
    morning = claim("af", event_date=D9, drones=728, missiles=13, by=AF, outlet="KI")
    raised = {a.rule: a for a in e.ingest(morning)}
    assert set(raised) == {"record-total", "record-drones"}
    total = raised["record-total"]
    assert (total.value, total.qualifier, total.kind) == (741, Qualifier.EXACT, AlertKind.RECORD)
    assert total.previous_record is not None and total.previous_record.value == 550
    assert raised["record-drones"].value == 728
    assert {s.outlet for s in total.event.sources} == {"Wire", "KI"}
    # Relays of the morning figure later in the day add sources, never alerts.
    relays = [claim(f"r{k}", event_date=D9, total=741, outlet=f"R{k}") for k in range(3)]
    assert feed(e, relays) == []
    assert len(e.state.alerts()) == 2


def test_early_bounds_that_already_beat_the_record_are_the_alert(store: Database) -> None:
    # Policy: one outlet's figure waits for a second source (or the air force's); the
    # first figure that two sources prove raises it, and the official figure confirms
    # it (no second alert); only an originator's upward revision is an update.
    e = RecordsEngine(store, [RECORD])
    more = Qualifier.MORE_THAN
    assert e.ingest(claim("wire", event_date=D9, total=700, qualifier=more, outlet="Wire")) == []
    second = claim("daily", event_date=D9, total=720, qualifier=Qualifier.AT_LEAST, outlet="Daily")
    [alert] = e.ingest(second)
    assert alert.headline.startswith("New record: at least 720 drones and missiles")
    assert e.ingest(claim("af", event_date=D9, drones=728, missiles=13, by=AF)) == []
    assert e.state.values(alert.event_id)["total"] == 741


def test_running_count_then_the_full_night_is_one_attack(store: Database) -> None:
    # An evening wave reported in the evening and the overnight one in the morning are
    # one attack (the Air Force counts from 18:00 to the morning): one event, one alert.
    e = RecordsEngine(store, [RECORD])
    evening = claim("ev", event_date=D9, total=120, by="Kyiv city officials", published=D8)
    assert e.ingest(evening) == []
    [alert] = e.ingest(claim("af", event_date=D9, total=741, by=AF, published=D9))
    assert alert.value == 741
    assert len(e.state.events_near("RU->UA", D8, D9)) == 1


def test_separate_waves_of_one_day_alert_only_under_a_per_day_rule(store: Database) -> None:
    day_rule = RuleConfig(name="record-day", metric="total", per="day")
    e = RecordsEngine(store, [RECORD, day_rule])
    assert e.ingest(claim("night", event_date=D9, total=400, by=AF, published=D9)) == []
    wave = claim("day", event_date=D9, total=200, by=AF, published=D9)
    [alert] = e.ingest(wave.model_copy(update={"daytime": True}).with_id())
    assert (alert.rule, alert.value) == ("record-day", 600)
    # The same 600 as one attack is a record for both rules.
    single = e.ingest(claim("one", event_date=date(2025, 7, 12), total=650, by=AF))
    assert {a.rule for a in single} == {"record-total", "record-day"}


def test_late_article_about_a_record_already_beaten_says_so(store: Database) -> None:
    # 600 on 7 July beat 550, but the first report of it comes after 741 on 9 July
    # alerted. It was a record when it happened, so it alerts (the same alert in any
    # order), and the headline says it has been exceeded since.
    e = RecordsEngine(store, [RECORD])
    [first] = e.ingest(claim("af9", event_date=D9, total=741, by=AF, published=D9))
    late = claim("late", event_date=D7, total=600, by=AF, outlet="Weekly", published=D10)
    [alert] = e.ingest(late)
    assert alert.event_date == D7 and alert.value == 600
    assert alert.previous_record is not None and alert.previous_record.value == 550
    assert alert.headline == (
        "Record at the time: 600 drones and missiles launched at Ukraine on the night of"
        " 6–7 July 2025, previous record 550 on 4 July 2025; since exceeded by 741 on"
        " 9 July 2025"
    )
    assert first.alert_id != alert.alert_id
    # In date order the same two alerts exist (the ids do not depend on the order).
    other = RecordsEngine(Database("sqlite://"), [RECORD])
    seed_history(other.store, [JUNE_1, JULY_4])
    ids = {a.alert_id for a in feed(other, [late, claim("af9", event_date=D9, total=741, by=AF)])}
    assert ids == {first.alert_id, alert.alert_id}
    other.store.close()


def test_late_article_below_the_record_of_its_night_stays_silent(store: Database) -> None:
    e = RecordsEngine(store, [RECORD])
    e.ingest(claim("af9", event_date=D9, total=741, by=AF, published=D9))
    assert e.ingest(claim("late", event_date=D7, total=500, by=AF, published=D10)) == []
    # And one about an attack weeks ago is history, whatever its size.
    old = claim("old", event_date=date(2025, 6, 20), total=900, by=AF, published=D10)
    assert e.ingest(old) == []
    assert e.state.record_value("RU->UA", "total") == 900


def test_bigger_earlier_attack_reported_late_is_the_new_record(store: Database) -> None:
    e = RecordsEngine(store, [RECORD])
    assert len(e.ingest(claim("af9", event_date=D9, total=600, by=AF, published=D9))) == 1
    [late] = e.ingest(claim("late", event_date=D7, total=741, by=AF, published=D10))
    # Its previous record is the one before its date; users who were told 9 July's
    # 600 was the record learn that this one is above it too.
    assert late.headline == (
        "New record: 741 drones and missiles launched at Ukraine on the night of 6–7 July"
        " 2025, previous record 550 on 4 July 2025 (also above 600 on 9 July 2025,"
        " reported first)"
    )
    assert [r.value for r in e.state.progression("RU->UA", "total")][-1] == 741


@pytest.mark.parametrize("relay_first", [True, False])
@pytest.mark.parametrize("figure", [560, 600])
def test_one_outlet_contradicting_the_air_force_across_the_record(
    store: Database, relay_first: bool, figure: int
) -> None:
    # An outlet's own 560 (a near miss) or 600 and the air force's 540, around the
    # record of 550: one unofficial source waits, so the order does not decide.
    e = RecordsEngine(store, [RECORD])
    relay = claim("relay", event_date=D9, total=figure, outlet="Daily", published=D9)
    official = claim("af", event_date=D9, total=540, by=AF, published=D9)
    assert feed(e, [relay, official] if relay_first else [official, relay]) == []
    assert e.state.record_value("RU->UA", "total") == 550
    [night] = e.state.events_near("RU->UA", D9, D9)
    assert e.state.values(night.event_id)["total"] == 540


@pytest.mark.parametrize("relay_first", [True, False])
def test_one_outlets_record_figure_then_the_air_force_is_one_alert_with_its_figure(
    store: Database, relay_first: bool
) -> None:
    e = RecordsEngine(store, [RECORD])
    relay = claim("relay", event_date=D9, total=600, outlet="Daily", published=D9)
    official = claim("af", event_date=D9, total=741, by=AF, published=D9)
    [alert] = feed(e, [relay, official] if relay_first else [official, relay])
    assert (alert.value, alert.event_date) == (741, D9)
    assert alert.alert_id == Alert.make_id(alert.event_id, "record-total", 0)


def test_near_miss_alerts_once_corroborated_or_official(store: Database) -> None:
    e = RecordsEngine(store, [RECORD])
    assert e.ingest(claim("one", event_date=D9, total=560, outlet="Daily")) == []
    [alert] = e.ingest(claim("two", event_date=D9, total=560, outlet="Courier"))
    assert alert.value == 560 and alert.event.independent_sources == 2
    [official] = e.ingest(claim("af", event_date=D10, total=570, by=AF, published=D10))
    assert official.previous_record is not None and official.previous_record.value == 560


def test_attack_across_midnight_reported_by_its_start_date_is_one_attack(
    store: Database,
) -> None:
    # A UTC outlet dates the attack by the evening it began (8 July); the air force
    # and Kyiv outlets by the morning it ended (9 July). The relay repeats the air
    # force's figure, so it joins the night the air force reported.
    e = RecordsEngine(store, [RECORD])
    [alert] = e.ingest(claim("af", event_date=D9, total=741, by=AF, outlet="KI", published=D9))
    kyiv = claim("kyiv", event_date=D9, total=741, by=AF, outlet="Ukrinform", published=D9)
    utc = claim(
        "utc", event_date=D8, total=741, by="the air force", outlet="UTC Wire", published=D9
    )
    assert feed(e, [kyiv, utc]) == []
    assert {c.source for c in e.state.event_claims(alert.event_id)} == {
        "KI",
        "Ukrinform",
        "UTC Wire",
    }
    assert e.state.events_near("RU->UA", D8, D8) == []


def slip_night() -> dict[str, BarrageClaim]:
    """The night into 9 July: a UTC outlet's "741 on 8 July" and two Kyiv-dated reports."""
    return {
        "slip": claim(
            "utc", event_date=D8, total=741, by="the air force", outlet="UTC Wire", published=D9
        ),
        "af": claim("af", event_date=D9, total=741, by=AF, outlet="KI", published=D9),
        "kyiv": claim("kyiv", event_date=D9, total=741, by=AF, outlet="Ukrinform", published=D9),
    }


@pytest.mark.parametrize("order", list(permutations(["slip", "af", "kyiv"])))
def test_start_date_slip_in_any_order_is_one_alert_on_the_morning_date(
    store: Database, order: tuple[str, ...]
) -> None:
    # Arriving first, the slip is one outlet's report dated the day before it was
    # published: maybe the next night dated by its start. It waits (and is no record
    # to beat); the air force's 9 July figure then takes it in.
    e = RecordsEngine(
        store, [RECORD, RuleConfig(name="big-700", kind="threshold", metric="total", threshold=700)]
    )
    night = slip_night()
    alerts = feed(e, [night[k] for k in order])
    assert sorted((a.rule, a.event_date, a.value) for a in alerts) == [
        ("big-700", D9, 741),
        ("record-total", D9, 741),
    ]
    [record] = [a for a in alerts if a.rule == "record-total"]
    assert record.previous_record is not None and record.previous_record.value == 550
    assert record.alert_id == Alert.make_id(record.event_id, "record-total", 0)
    assert {c.source for c in e.state.event_claims(record.event_id)} == {
        "UTC Wire",
        "KI",
        "Ukrinform",
    }
    assert e.state.events_near("RU->UA", D8, D8) == [], "no attack on 8 July"


def test_start_date_slip_first_then_plain_relays_alert_on_the_morning_date(
    store: Database,
) -> None:
    # The slip's lone 741 is no bar: two Kyiv-dated relays beat 550 and alert.
    e = RecordsEngine(store, [RECORD])
    assert e.ingest(slip_night()["slip"]) == []
    relays = [
        claim(f"r{k}", event_date=D9, total=741, outlet=f"R{k}", published=D9) for k in (1, 2)
    ]
    assert e.ingest(relays[0]) == []  # one outlet's own figure waits
    [alert] = e.ingest(relays[1])
    assert (alert.event_date, alert.value) == (D9, 741)
    assert e.ingest(slip_night()["af"]) == []  # the confirmation takes the slip in
    assert e.state.events_near("RU->UA", D8, D8) == []
    assert len(e.state.event_claims(alert.event_id)) == 4


def test_lone_day_late_report_waits_for_a_second_source(store: Database) -> None:
    # "The night before … a record 741", published the next day, is just as often a
    # true report (the seeds): a second outlet, or one dated by that morning, confirms.
    e = RecordsEngine(store, [RECORD])
    first = claim("r", event_date=D9, total=741, by="air force", outlet="Reuters", published=D10)
    assert e.ingest(first) == []
    second = claim("f", event_date=D9, total=741, outlet="France24", published=D10)
    [alert] = e.ingest(second)
    assert (alert.event_date, alert.value, alert.event.independent_sources) == (D9, 741, 2)


def test_lone_day_late_report_hides_no_later_record(store: Database) -> None:
    e = RecordsEngine(store, [RECORD])
    assert e.ingest(claim("r", event_date=D7, total=741, outlet="Daily", published=D8)) == []
    [alert] = e.ingest(claim("af", event_date=D10, total=600, by=AF, published=D10))
    assert alert.previous_record is not None and alert.previous_record.value == 550


def test_russian_defence_ministry_figures_make_their_own_records(store: Database) -> None:
    rules = [RECORD, RuleConfig(name="ua-drones", metric="drones", direction="UA->RU")]
    e = RecordsEngine(store, rules)
    mod = {"direction": "UA->RU", "by": "Russia's defence ministry", "outlet": "TASS"}
    assert e.ingest(claim("m1", event_date=D8, drones=337, **mod)) == []  # type: ignore[arg-type]
    # Far above Ukraine's record of 550, but the other direction: no RU->UA alert.
    assert e.ingest(claim("m2", event_date=D9, drones=300, **mod)) == []  # type: ignore[arg-type]
    [alert] = e.ingest(claim("m3", event_date=D10, drones=900, **mod))  # type: ignore[arg-type]
    assert (alert.rule, alert.direction, alert.value) == ("ua-drones", "UA->RU", 900)
    assert alert.previous_record is not None and alert.previous_record.value == 337
    assert alert.headline.endswith(
        "launched at Russia on the night of 9–10 July 2025, previous record 337 on 8 July 2025"
    )
    assert e.state.record_value("RU->UA", "total") == 550
    # A Ukrainian record the same night is judged against Ukraine's records only.
    [ru] = e.ingest(claim("af", event_date=D10, total=600, by=AF))
    assert ru.previous_record is not None and ru.previous_record.value == 550


def test_outlet_citing_the_previous_record_adds_nothing(store: Database) -> None:
    e = RecordsEngine(store, [RECORD])
    # "...beating the previous record of 550 set on 4 July": dated, undated, and
    # misdated to the night itself by the extractor.
    cited = [
        claim("c1", event_date=JULY_4.event_date, total=550, outlet="A", published=D9),
        claim("c2", event_date=None, total=550, outlet="B", published=D9),
        claim("c3", event_date=D9, total=550, outlet="C", published=D9),
    ]
    assert feed(e, cited) == []
    [alert] = e.ingest(claim("af", event_date=D9, total=741, by=AF))
    previous = alert.previous_record
    assert previous is not None and (previous.value, previous.event_date) == (
        550,
        JULY_4.event_date,
    )
    assert alert.value == e.state.values(alert.event_id)["total"] == 741


def test_lone_wild_figure_waits_for_corroboration(store: Database) -> None:
    # One outlet's "7,410" (a typo of 741): one unofficial source waits.
    e = RecordsEngine(store, [RECORD])
    wild = claim("typo", event_date=D9, total=7410, outlet="Tabloid", published=D9)
    assert e.ingest(wild) == []
    [alert] = e.ingest(claim("af", event_date=D9, total=741, by=AF, published=D9))
    assert alert.value == 741  # the air force's figure wins over the lone outlet
    # A figure as large confirmed by a second, independent outlet does alert.
    big = [claim(f"b{k}", event_date=date(2025, 7, 12), total=2000, outlet=f"O{k}") for k in (1, 2)]
    assert e.ingest(big[0]) == []
    [second] = e.ingest(big[1])
    assert second.value == 2000 and second.event.independent_sources == 2


def test_lone_wild_figure_hides_no_later_record(store: Database) -> None:
    # No other report of 8 July: its lone "7,410" is no bar for 9 July's real record.
    e = RecordsEngine(store, [RECORD])
    assert e.ingest(claim("typo", event_date=D8, total=7410, outlet="Tabloid", published=D8)) == []
    [alert] = e.ingest(claim("af", event_date=D9, total=741, by=AF, published=D9))
    assert alert.previous_record is not None and alert.previous_record.value == 550
    assert e.state.record_value("RU->UA", "total") == 741
    assert [r.value for r in e.state.progression("RU->UA", "total")][-1] == 741
    # Confirmed by a second outlet, it counts after all (and says it came second).
    [late] = e.ingest(claim("again", event_date=D8, total=7410, outlet="Courier", published=D9))
    assert late.headline.endswith("(also above 741 on 9 July 2025, reported first)")
    assert e.state.record_value("RU->UA", "total") == 7410


def test_wild_figure_from_the_military_alerts_at_once(store: Database) -> None:
    e = RecordsEngine(store, [RECORD])
    [alert] = e.ingest(claim("af", event_date=D9, total=1500, by=AF))
    assert alert.value == 1500


def test_a_lone_unverified_figure_is_not_the_latest_attack_size(store: Database) -> None:
    # The dashboard's "latest attack" gauge: a later night resting on one outlet's
    # "7,410" waits for a second source; until then the latest size is 9 July's 741.
    e = RecordsEngine(store, [RECORD])
    e.ingest(claim("af", event_date=D9, total=741, by=AF, published=D9))
    typo = claim("typo", event_date=D10, total=7410, outlet="Tabloid", published=D10)
    assert e.ingest(typo) == []
    assert e.state.latest_values("RU->UA")["total"] == 741
