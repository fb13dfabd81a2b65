"""Rules and policy on both stores: updates, revisions, thresholds, age, evidence, sources."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from processors.records.history import seed_history
from processors.records.stage import RecordsEngine
from salvo.schemas import Alert, AlertKind, ClaimScope, Qualifier
from salvo.settings import RuleConfig, Settings, load_settings
from salvo.store import Database
from tests.test_records_scenarios import JULY_4, JUNE_1, claim

AF = "Ukrainian Air Force"
D9 = date(2025, 7, 9)
D10 = date(2025, 7, 10)


@pytest.fixture
def store(store_url: str) -> Iterator[Database]:
    db = Database(store_url)
    seed_history(db, [JUNE_1, JULY_4])
    yield db
    db.close()


def engine(store: Database, *rules: RuleConfig) -> RecordsEngine:
    return RecordsEngine(store, list(rules) or Settings().records.rules)


def test_upward_revision_raises_an_update_that_says_so(store: Database) -> None:
    e = engine(store)
    [first] = e.ingest(claim("a", event_date=D9, total=700, by=AF, published=D9))
    [update] = e.ingest(claim("b", event_date=D9, total=741, by=AF, published=D10))
    assert first.kind is AlertKind.RECORD and first.value == 700
    assert update.kind is AlertKind.RECORD_UPDATE
    assert (update.value, update.level) == (741, 741)
    assert "revised from 700" in update.headline
    assert update.alert_id != first.alert_id
    # Hearing the revision again changes nothing.
    assert e.ingest(claim("c", event_date=D9, total=741, outlet="Reuters", published=D10)) == []


def test_confirmation_of_an_approximate_record_is_not_a_second_alert(store: Database) -> None:
    e = engine(store)
    more = Qualifier.MORE_THAN
    assert e.ingest(claim("a", event_date=D9, total=700, qualifier=more, outlet="Wire")) == []
    [alert] = e.ingest(claim("w", event_date=D9, total=700, qualifier=more, outlet="Daily"))
    assert (alert.value, alert.qualifier) == (700, Qualifier.MORE_THAN)
    assert alert.headline.startswith("New record: more than 700 drones and missiles")
    assert e.ingest(claim("b", event_date=D9, total=741, by=AF)) == []


def test_downward_revision_is_recorded_and_never_unalerts(store: Database) -> None:
    e = engine(store)
    [alert] = e.ingest(claim("a", event_date=D9, total=741, by=AF, published=D9))
    assert e.ingest(claim("b", event_date=D9, total=540, by=AF, published=D10)) == []
    event_id = alert.event_id
    assert e.state.values(event_id)["total"] == 540
    assert ("total", 741, 540) in e.state.revisions(event_id)
    assert [a.alert_id for a in e.state.alerts()] == [alert.alert_id]


def test_downward_revision_lets_the_next_night_beat_the_lowered_record(store: Database) -> None:
    e = engine(store)
    e.ingest(claim("a", event_date=D9, total=741, by=AF, published=D9))
    assert e.ingest(claim("b", event_date=D10, total=600, by=AF, published=D10)) == []
    # The 9 July figure was wrong: 560. Then 10 July's 600 is the record after all.
    raised = e.ingest(claim("c", event_date=D9, total=560, by=AF, published=date(2025, 7, 11)))
    assert [(a.event_date, a.value, a.previous_record.value) for a in raised] == [  # type: ignore[union-attr]
        (D10, 600, 560)
    ]


@pytest.mark.parametrize(
    ("qualifier", "figure", "alerts"),
    [
        (Qualifier.EXACT, 551, True),
        (Qualifier.EXACT, 550, False),  # equal is not a new record
        (Qualifier.MORE_THAN, 550, True),  # proves 551
        (Qualifier.AT_LEAST, 550, False),  # proves 550 only
        (Qualifier.AT_LEAST, 551, True),
        (Qualifier.ABOUT, 600, False),  # "about 600" proves 540: near the record
        (Qualifier.ABOUT, 700, True),  # proves 630
        (Qualifier.UP_TO, 900, False),  # a ceiling proves nothing
    ],
)
def test_what_a_qualified_figure_proves(
    store: Database, qualifier: Qualifier, figure: int, alerts: bool
) -> None:
    e = engine(store)
    # Attributed to the air force: one unofficial near miss would wait for a second source.
    raised = e.ingest(claim("a", event_date=D9, total=figure, qualifier=qualifier, by=AF))
    assert bool(raised) is alerts


def test_vague_and_period_and_local_figures_never_alert(store: Database) -> None:
    e = engine(store)
    assert e.ingest(claim("a", event_date=D9, qualifier=Qualifier.VAGUE)) == []
    assert e.ingest(claim("b", event_date=D9, total=5000, scope=ClaimScope.PERIOD)) == []
    assert e.ingest(claim("c", event_date=D9, total=900, scope=ClaimScope.LOCAL)) == []


def test_exact_only_rule_ignores_bounds(store: Database) -> None:
    e = engine(store, RuleConfig(name="strict", allow_approximate=False))
    assert e.ingest(claim("a", event_date=D9, total=700, qualifier=Qualifier.MORE_THAN)) == []
    assert len(e.ingest(claim("b", event_date=D9, total=741, by=AF))) == 1


def test_min_sources_counts_syndicated_copies_once(store: Database) -> None:
    e = engine(store, RuleConfig(name="two", min_sources=2))
    assert e.ingest(claim("afp", event_date=D9, total=741, outlet="AFP")) == []
    copy = claim("f24", event_date=D9, total=741, outlet="France24", duplicate_of="art_afp")
    assert e.ingest(copy) == []
    [alert] = e.ingest(claim("rtr", event_date=D9, total=741, outlet="Reuters"))
    assert alert.event.independent_sources == 2
    assert {s.outlet for s in alert.event.sources} == {"AFP", "France24", "Reuters"}


def test_require_official_waits_for_the_military(store: Database) -> None:
    e = engine(store, RuleConfig(name="official", require_official=True))
    assert e.ingest(claim("a", event_date=D9, total=741, by="President Zelensky")) == []
    [alert] = e.ingest(claim("b", event_date=D9, total=741, by="Ukraine's air force"))
    assert alert.event.official
    assert alert.confidence > 0.9


def test_margin(store: Database) -> None:
    e = engine(store, RuleConfig(name="margin", min_margin=50))
    assert e.ingest(claim("a", event_date=D9, total=600, by=AF)) == []  # 600 is the record
    assert e.ingest(claim("b", event_date=D10, total=640, by=AF)) == []  # and now 640
    [alert] = e.ingest(claim("c", event_date=date(2025, 7, 11), total=691, by=AF))
    assert alert.previous_record.value == 640  # type: ignore[union-attr]


def test_thresholds_on_total_and_a_breakdown_kind(store: Database) -> None:
    rules = [
        RuleConfig(name="500+", kind="threshold", metric="total", threshold=500),
        RuleConfig(name="ballistic-20", kind="threshold", metric="ballistic", threshold=20),
    ]
    e = engine(store, *rules)
    c = claim("a", event_date=D10, total=520, by=AF).model_copy(
        update={"breakdown": {"ballistic": 24, "shahed": 480}}
    )
    raised = {a.rule: a for a in e.ingest(c.with_id())}
    assert set(raised) == {"500+", "ballistic-20"}
    assert raised["500+"].level == 500 and raised["500+"].kind is AlertKind.THRESHOLD
    assert raised["ballistic-20"].headline.startswith("Threshold crossed: 24 ballistic missiles")
    # Below the record, and history (seeded) never alerts: thresholds are per event.
    assert e.ingest(claim("b", event_date=D10, total=530, by=AF, published=D10)) == []


def test_old_attack_in_a_late_article_is_attached_but_not_news(store: Database) -> None:
    e = engine(store)
    late = claim("a", event_date=D9, total=741, by=AF, published=date(2026, 1, 5))
    assert e.ingest(late) == []
    assert e.state.record_value("RU->UA", "total") == 741  # still the record now
    days_late = claim(
        "b", event_date=date(2025, 7, 12), total=800, by=AF, published=date(2025, 7, 16)
    )
    assert len(e.ingest(days_late)) == 1  # four days late is still news


def test_undated_claim_joins_the_attack_its_figure_agrees_with(store: Database) -> None:
    e = engine(store)
    undated = claim("a", event_date=None, total=741, outlet="Reuters", published=D10)
    assert e.ingest(undated) == []  # waits: no attack of 741 known yet
    e.ingest(claim("b", event_date=D9, total=741, by=AF, published=D9))
    event = e.state.events_near("RU->UA", D9, D9)[0]
    outlets = {c.source for c in e.state.event_claims(event.event_id)}
    assert outlets == {"Reuters", "AFP"}
    # And one arriving after the attack joins at once.
    e.ingest(claim("c", event_date=None, total=741, outlet="BBC", published=D10))
    assert len(e.state.event_claims(event.event_id)) == 3


def test_other_direction_has_its_own_records(store: Database) -> None:
    rules = [
        RuleConfig(name="ru", metric="total"),
        RuleConfig(name="ua", metric="drones", direction="UA->RU"),
    ]
    e = engine(store, *rules)
    ua = dict(direction="UA->RU", by="Russian defence ministry")
    assert e.ingest(claim("a", event_date=D9, drones=337, **ua)) == []  # type: ignore[arg-type]
    [alert] = e.ingest(claim("b", event_date=D10, drones=400, **ua))  # type: ignore[arg-type]
    assert alert.rule == "ua" and alert.previous_record.value == 337  # type: ignore[union-attr]
    assert "launched at Russia" in alert.headline


def test_redelivery_re_emits_the_alerts_a_claim_raised(store: Database) -> None:
    e = engine(store)
    c = claim("a", event_date=D9, total=741, by=AF)
    [alert] = e.ingest(c)
    # A restarted process gets the same claim again (offset never committed).
    again = RecordsEngine(store, Settings().records.rules).ingest(c)
    assert [a.alert_id for a in again] == [alert.alert_id]
    assert isinstance(again[0], Alert) and again[0].headline == alert.headline


def test_rules_from_config(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "salvo.toml"
    path.write_text(
        """
[[records.rules]]
name = "record-drones"
metric = "drones"
min_sources = 2
max_event_age_days = 3

[[records.rules]]
name = "ballistic-20"
kind = "threshold"
metric = "ballistic"
threshold = 20
""",
        encoding="utf-8",
    )
    rules = load_settings(path).records.rules
    assert [r.name for r in rules] == ["record-drones", "ballistic-20"]
    assert rules[0].max_event_age_days == 3 and rules[1].threshold == 20


def test_relayed_figure_dated_a_night_off_joins_the_official_night(store: Database) -> None:
    e = engine(store)
    [alert] = e.ingest(claim("af9", event_date=D9, total=741, by=AF, published=D9))
    e.ingest(claim("af10", event_date=D10, total=415, by=AF, published=D10))
    # "741 drones overnight", in a story about the next night: the date slipped.
    assert e.ingest(claim("slip", event_date=D10, total=741, outlet="Daily", published=D10)) == []
    night9 = e.state.event_claims(alert.event_id)
    assert {c.source for c in night9} == {"AFP", "Daily"}
    assert all(c.event_date == D9 for c in night9)
    night10 = e.state.events_near("RU->UA", D10, D10)[0]
    assert e.state.values(night10.event_id)["total"] == 415


def test_a_repeated_historic_figure_is_not_news(store: Database) -> None:
    e = engine(
        store, RuleConfig(name="rec"), RuleConfig(name="500+", kind="threshold", threshold=500)
    )
    # "...the previous record of 550 on 4 July": 4 July is in the history already.
    mention = claim("m", event_date=date(2025, 7, 4), total=550, published=D10)
    assert e.ingest(mention) == []
    assert e.ingest(claim("n", event_date=date(2025, 7, 4), total=550, by=AF, published=D10)) == []
    # The imported table is the authority for the attacks it covers: a different
    # figure in the news is kept as a source, and the history is not rewritten.
    assert e.ingest(claim("o", event_date=date(2025, 7, 4), total=560, by=AF, published=D10)) == []
    assert e.state.record_value("RU->UA", "total") == 550


def test_a_revision_of_an_old_attack_years_later_is_not_news(store: Database) -> None:
    e = engine(store)
    d = date(2025, 7, 12)
    [alert] = e.ingest(claim("a", event_date=d, total=700, by=AF, published=d))
    later = claim("b", event_date=d, total=760, by=AF, published=date(2026, 3, 1))
    assert e.ingest(later) == []  # revised, recorded, but not news any more
    assert e.state.record_value("RU->UA", "total") == 760
    assert ("total", 700, 760) in e.state.revisions(alert.event_id)


def test_a_ceiling_never_becomes_the_record_to_beat(store: Database) -> None:
    e = engine(store)
    assert e.ingest(claim("a", event_date=D9, total=900, qualifier=Qualifier.UP_TO)) == []
    [alert] = e.ingest(claim("b", event_date=D10, total=600, by=AF))
    assert alert.previous_record.value == 550  # type: ignore[union-attr]


def test_per_day_rule_sums_the_night_and_the_daytime_wave(store: Database) -> None:
    rules = [RuleConfig(name="attack"), RuleConfig(name="day", per="day")]
    e = engine(store, *rules)
    assert e.ingest(claim("n", event_date=D9, total=500, by=AF, published=D9)) == []
    day_wave = claim("d", event_date=D9, total=100, by=AF, published=D9)
    [alert] = e.ingest(day_wave.model_copy(update={"daytime": True}).with_id())
    assert (alert.rule, alert.value, alert.previous_record.value) == ("day", 600, 550)  # type: ignore[union-attr]
    assert alert.headline == (
        "New record: 600 drones and missiles launched at Ukraine on 9 July 2025 "
        "(night and daytime waves together), previous record 550 on 4 July 2025"
    )
    assert len(alert.event.sources) == 2
    # The next day is compared with 9 July's sum, not with its night alone.
    raised = e.ingest(claim("x", event_date=D10, total=590, by=AF, published=D10))
    assert [a.rule for a in raised] == ["attack"]  # the largest single attack, not day
    by_rule = {
        a.rule: a for a in e.ingest(claim("y", event_date=date(2025, 7, 11), total=601, by=AF))
    }
    later = by_rule["day"]
    assert later.previous_record.value == 600  # type: ignore[union-attr]
    assert later.previous_record.event_date == D9  # type: ignore[union-attr]
    assert later.headline.startswith(
        "New record: 601 drones and missiles launched at Ukraine on the night of"
    )
