"""The records stage: claims in, attack events kept in the store, alerts out.

`RecordsEngine.ingest(claim)` is the whole algorithm in one transaction:
store the claim, rebuild its event from every claim that points at it,
evaluate the rules, remember each raised alert. A claim seen before (the
runner redelivers after a crash) re-emits exactly the alerts it raised, so an
alert committed in the store but lost before the bus flush is sent again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from processors.records.days import combine_day
from processors.records.events import (
    HISTORY_EXTRACTOR,
    METRICS,
    EventState,
    claim_figure,
    event_id_for,
    resolve_event,
)
from processors.records.headline import build_alert
from processors.records.rules import Crossing, PriorRecord, evaluate
from processors.records.slips import official_neighbour, pull_slips
from processors.records.state import EventRow, RecordsState
from salvo.metrics import Metrics
from salvo.schemas import Alert, AlertKind, BarrageClaim, ClaimScope, Message, Qualifier
from salvo.settings import RuleConfig, Settings
from salvo.store import Database

log = logging.getLogger(__name__)

# An undated claim ("Russia launched 741 drones…") is matched by its figures to an
# attack reported at most this many days before the article.
AGREEMENT_WINDOW_DAYS = 14
# A downward revision lowers the bar for attacks soon after; later ones are history.
REEVALUATE_DAYS = 7


class RecordsEngine:
    """Event resolution, records and rules over one store; no bus involved."""

    def __init__(
        self,
        store: Database,
        rules: Sequence[RuleConfig],
        metrics: Metrics | None = None,
        *,
        expect_history: bool = True,
    ) -> None:
        self.store = store
        self.state = RecordsState(store)
        self.rules = list(rules)
        self.metrics = metrics
        records = self.state.records() if self.rules else []
        if expect_history and self.rules and not records:
            log.warning(
                "records: the store holds no attack history, so the first attacks seen set"
                " the records without alerting; import it: salvo history import FILE.csv"
            )
        if metrics is not None:  # a restarted process reports the records at once
            for row in records:
                if row.metric in METRICS:
                    metrics.record_value.labels(row.direction, row.metric).set(row.value)

    def ingest(self, claim: BarrageClaim, *, raise_alerts: bool = True) -> list[Alert]:
        """Apply one claim; return the alerts it raised (or had raised, on redelivery)."""
        if not claim.claim_id:
            claim = claim.with_id()
        if claim.scope is ClaimScope.PERIOD:
            return []  # a week's or month's total is never one attack
        with self.store.transaction():
            self.state.lock(claim.direction)
            return self._apply(claim, raise_alerts)

    def ingest_batch(self, claims: Iterable[BarrageClaim]) -> list[list[Alert]]:
        """Apply a polled batch in one transaction: one commit and one lock per direction.

        The same decisions as `ingest` claim by claim, in order (each claim sees the
        ones before it). Any error rolls the whole batch back; the caller then applies
        it claim by claim to isolate the bad one.
        """
        ready = [c if c.claim_id else c.with_id() for c in claims]
        with self.store.transaction(), self.state.batched():
            for direction in sorted({c.direction for c in ready}):  # one order: no deadlock
                self.state.lock(direction)
            return [[] if c.scope is ClaimScope.PERIOD else self._apply(c, True) for c in ready]

    def _apply(self, claim: BarrageClaim, raise_alerts: bool) -> list[Alert]:
        """One claim inside a transaction holding its direction's lock.

        The insert itself tells a new claim from a redelivered one (which re-emits
        the alerts it raised); the reads before it only decide where a new one goes.
        """
        if claim.event_date is None:
            target = self._agreeing_event(claim)
            if target is None:  # waits for its attack to appear
                known = not self.state.add_claim(claim, None)
                return self.state.alerts_triggered_by(claim.claim_id) if known else []
            claim = claim.model_copy(
                update={"event_date": target.event_date, "daytime": target.daytime}
            )
        else:
            neighbour = official_neighbour(self.state, claim)
            if neighbour is not None:
                claim = claim.model_copy(update={"event_date": neighbour.event_date})
        assert claim.event_date is not None
        event_id = event_id_for(claim.direction, claim.event_date, claim.daytime)
        if not self.state.add_claim(claim, event_id):
            return self.state.alerts_triggered_by(claim.claim_id)
        return self._refresh(
            claim.direction, claim.event_date, claim.daytime, claim.claim_id, raise_alerts
        )

    def correct_history(self, claim: BarrageClaim) -> None:
        """Replace an imported attack's figures (a corrected table); never alerts."""
        assert claim.event_date is not None
        with self.store.transaction():
            self.state.lock(claim.direction)
            self.state.replace_claim(claim)
            self._refresh(claim.direction, claim.event_date, claim.daytime, claim.claim_id, False)

    # ------------------------------------------------------------------ internals

    def _refresh(
        self, direction: str, event_date: date, daytime: bool, trigger: str, raise_alerts: bool
    ) -> list[Alert]:
        event = self._load(direction, event_date, daytime)
        changed = self.state.save_event(event, trigger)
        left = pull_slips(self.state, event, changed)
        if left:  # claims joined: rebuild this night, and first the nights they left
            event = self._load(direction, event_date, daytime)
            for metric, (old, new) in self.state.save_event(event, trigger).items():
                changed[metric] = (changed.get(metric, (old, new))[0], new)
        out: list[Alert] = []
        for day in left:
            out.extend(self._refresh_or_drop(direction, day, trigger, raise_alerts))
        self._report(event, changed)
        if raise_alerts:
            out.extend(self._evaluate(event, trigger))
            if any(0 < new < old for old, new in changed.values()):
                # A downward revision: later attacks may now beat the lowered record.
                until = event_date + timedelta(days=REEVALUATE_DAYS)
                for row in self.state.events_after(direction, event.sort_key, until):
                    later = self._load(row.direction, row.event_date, row.daytime)
                    out.extend(self._evaluate(later, trigger))
        if changed:  # only a new or changed figure can make a waiting claim agree
            out.extend(self._attach_waiting(event, trigger, raise_alerts))
        return out

    def _refresh_or_drop(
        self, direction: str, day: date, trigger: str, raise_alerts: bool
    ) -> list[Alert]:
        """A night some claims left: rebuilt from the rest, or gone if none is left."""
        event_id = event_id_for(direction, day)
        if self.state.event_claims(event_id):
            return self._refresh(direction, day, False, trigger, raise_alerts)
        self.state.drop_event(event_id)
        return []

    def _load(self, direction: str, event_date: date, daytime: bool) -> EventState:
        claims = self.state.event_claims(event_id_for(direction, event_date, daytime))
        return resolve_event(direction, event_date, daytime, claims)

    def _evaluate(self, event: EventState, trigger: str) -> list[Alert]:
        """Every rule on this attack; the per-day rules on its date's attacks together."""
        attack_rules = [r for r in self.rules if r.per == "attack"]
        day_rules = [r for r in self.rules if r.per == "day"]
        out = self._raise(event, _known(event), attack_rules, trigger)
        if day_rules:
            states = [
                event
                if row.event_id == event.event_id
                else self._load(row.direction, row.event_date, row.daytime)
                for row in self.state.events_near(
                    event.direction, event.event_date, event.event_date
                )
            ]
            known = [k for s in states if (k := _known(s)) is not None]
            day = combine_day(states)
            out.extend(self._raise(day, combine_day(known) if known else None, day_rules, trigger))
        return out

    def _raise(
        self,
        event: EventState,
        known: EventState | None,
        rules: Sequence[RuleConfig],
        trigger: str,
    ) -> list[Alert]:
        """Evaluate rules; store and return the alerts not raised before."""
        if not rules:
            return []
        raised = self.state.raised_kinds(event.event_id)
        now = datetime.now(UTC)
        out: list[Alert] = []
        for rule in rules:
            prior = None
            if rule.kind == "record":
                prior = (
                    self.state.prior_day_record(event.direction, rule.metric, event.event_date)
                    if event.per_day
                    else self.state.prior_record(event.direction, rule.metric, event.sort_key)
                )
            crossings = evaluate(event, rule, prior, raised.get(rule.name, set()))
            if known is not None and crossings:
                # What the imported history already says is not news: a claim that
                # repeats a known attack's figure ("the previous record, 550 on 4 July")
                # raises nothing. The history is its own full evidence: a rule's source
                # count does not make a news source the one that "establishes" it.
                settled = {c.kind for c in evaluate(known, _as_history(rule), prior, set())}
                crossings = [c for c in crossings if c.kind not in settled]
            if event.per_day and event.waves > 1 and rule.kind == "record" and prior:
                crossings.extend(self._day_grew(event, rule, prior))
            for crossing in crossings:
                if crossing.kind is AlertKind.RECORD and not event.per_day:
                    crossing = self._since(event, crossing)
                alert = build_alert(crossing, event, created=now)
                if self.state.add_alert(alert, trigger):
                    raised.setdefault(rule.name, set()).add(crossing.kind)
                    out.append(alert)
                    log.info("alert %s: %s", alert.alert_id, alert.headline)
                    if self.metrics is not None:
                        self.metrics.alerts_raised.labels(alert.kind.value, alert.rule).inc()
        return out

    def _since(self, event: EventState, crossing: Crossing) -> Crossing:
        """A record reported after a later attack that beat the same previous record
        says where it stands: exceeded since, or above the one reported first."""
        later = self.state.later_record(event.direction, crossing.metric, event.sort_key)
        prior = crossing.previous
        if later is None or prior is None or later.value <= prior.value:
            return crossing
        return replace(crossing, since=later)

    def _day_grew(self, day: EventState, rule: RuleConfig, prior: PriorRecord) -> list[Crossing]:
        """A record day whose total grew with another wave: an update that says so."""
        rec = day.metrics.get(rule.metric)
        top = self.state.max_alerted_value(day.event_id, rule.name)
        if rec is None or top is None or rec.proven <= top:
            return []
        return [
            Crossing(
                kind=AlertKind.RECORD_UPDATE,
                rule=rule,
                level=rec.value,
                metric=rule.metric,
                value=rec.value,
                qualifier=rec.qualifier,
                previous=prior,
                revised_from=top,
            )
        ]

    def _agreeing_event(self, claim: BarrageClaim) -> EventRow | None:
        """The latest recent attack whose reconciled figure equals the claim's exact one."""
        if claim.published is None or claim.qualifier is not Qualifier.EXACT:
            return None
        start = claim.published - timedelta(days=AGREEMENT_WINDOW_DAYS)
        for row in reversed(self.state.events_near(claim.direction, start, claim.published)):
            if _agrees(claim, self.state.values(row.event_id, settled_only=True)):
                return row
        return None

    def _attach_waiting(self, event: EventState, trigger: str, raise_alerts: bool) -> list[Alert]:
        """Undated claims whose figures agree with this (new or revised) attack join it."""
        last = event.event_date + timedelta(days=AGREEMENT_WINDOW_DAYS)
        waiting = [
            c
            for c in self.state.waiting_claims(event.direction, event.event_date)
            if c.published is not None and c.published <= last and c.qualifier is Qualifier.EXACT
        ]
        values = self.state.values(event.event_id, settled_only=True) if waiting else {}
        joined = False
        for claim in waiting:
            if _agrees(claim, values):
                dated = claim.model_copy(
                    update={"event_date": event.event_date, "daytime": event.daytime}
                )
                self.state.attach(dated, event.event_id)
                joined = True
        if not joined:
            return []
        return self._refresh(
            event.direction, event.event_date, event.daytime, trigger, raise_alerts
        )

    def _report(self, event: EventState, changed: dict[str, tuple[int, int]]) -> None:
        if self.metrics is None or not changed:
            return
        self.metrics.events_updated.labels(event.direction).inc()
        for metric, value in self.state.record_values(event.direction, METRICS).items():
            self.metrics.record_value.labels(event.direction, metric).set(value)
        for metric, value in self.state.latest_values(event.direction).items():
            if metric in METRICS:
                self.metrics.latest_event_value.labels(event.direction, metric).set(value)


def _known(event: EventState) -> EventState | None:
    """The attack as the imported history alone describes it (None: not in the history)."""
    history = [c for c in event.claims if c.extractor == HISTORY_EXTRACTOR]
    if not history:
        return None
    return resolve_event(event.direction, event.event_date, event.daytime, history)


def _as_history(rule: RuleConfig) -> RuleConfig:
    return rule.model_copy(update={"min_sources": 1, "require_official": False})


def _agrees(claim: BarrageClaim, values: dict[str, int]) -> bool:
    """Figure agreement: every figure the claim states equals the attack's, and one exists."""
    stated = {m: f.value for m in METRICS if (f := claim_figure(claim, m)) is not None}
    return bool(stated) and all(values.get(m) == v for m, v in stated.items())


class RecordsProcessor:
    """The `records` stage: BarrageClaim in, Alert out (implements salvo.runtime.Processor)."""

    name: str = "records"
    input_type: type[Message] = BarrageClaim

    def __init__(self, settings: Settings, store: Database, metrics: Metrics) -> None:
        self.settings = settings
        self.engine = RecordsEngine(store, settings.records.rules, metrics)

    def process(self, message: Message) -> Iterable[Message]:
        return self.engine.ingest(_claim(message))

    def process_batch(self, messages: Sequence[Message]) -> list[list[Message] | Exception]:
        """A polled batch in one transaction; on any error, claim by claim (the runner
        dead-letters the claims whose result is an exception)."""
        try:
            return [list(alerts) for alerts in self.engine.ingest_batch(map(_claim, messages))]
        except Exception:
            log.warning("records: batch of %d failed, applying claim by claim", len(messages))
        out: list[list[Message] | Exception] = []
        for message in messages:
            try:
                out.append(list(self.process(message)))
            except Exception as exc:
                out.append(exc)
        return out


def _claim(message: Message) -> BarrageClaim:
    if not isinstance(message, BarrageClaim):
        raise TypeError(f"records stage expects BarrageClaim, got {type(message).__name__}")
    return message
