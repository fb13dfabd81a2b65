"""Record and threshold rules: when does an event deserve an alert, at which level.

An alert's id is (event, rule, level). The level is the value crossed: the
threshold for a threshold rule; for a record rule 0, because an attack beats
the record at most once per rule (which record it beat depends on what was
known when, so it is in the alert, not in its id); and the revised figure for
an update. None of them depends on which claim happened to arrive first, so
one crossing has one id whatever the order, duplication or restarts.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from processors.records.events import (
    METRICS,
    EventState,
    Reconciled,
    claim_figure,
    is_day_late,
    is_military,
)
from salvo.schemas import AlertKind, ClaimScope, Qualifier
from salvo.settings import RuleConfig

RECORD_LEVEL = 0


@dataclass(frozen=True)
class PriorRecord:
    """The largest reconciled value of any earlier attack (same direction and metric)."""

    value: int
    event_id: str
    event_date: date
    daytime: bool = False


@dataclass(frozen=True)
class Crossing:
    kind: AlertKind
    rule: RuleConfig
    level: int
    metric: str
    value: int
    qualifier: Qualifier
    previous: PriorRecord | None = None
    threshold: int | None = None
    revised_from: int | None = None
    # A larger attack already known after this one: the record was beaten since.
    since: PriorRecord | None = None


def is_news(state: EventState, rule: RuleConfig) -> bool:
    """A days-late report still counts; a years-old comparison is history, not news."""
    if rule.max_event_age_days is None or state.first_published is None:
        return True
    return (state.first_published - state.event_date).days <= rule.max_event_age_days


def _fresh(state: EventState, rule: RuleConfig, published: date) -> bool:
    """A revision is news only while the attack is: an old figure corrected years later is not."""
    limit = rule.max_event_age_days
    return limit is None or (published - state.event_date).days <= limit


@dataclass(frozen=True)
class Support:
    """The independent sources whose own figure proves a crossing."""

    sources: int
    official: bool  # one of them is military
    # One of them is not day-late (see events.is_day_late): its date is not in doubt.
    dated: bool


def supporting_sources(state: EventState, metric: str, above: int) -> Support:
    """Independent sources whose own figure proves more than `above`.

    A day's sum is proven by no single figure: there every source sizing one of the
    day's attacks supports it.
    """
    keys: set[str] = set()
    official = dated = False
    for claim in state.claims:
        if claim.scope is not ClaimScope.NATIONAL:
            continue
        fig = claim_figure(claim, metric)
        if fig is None or fig.proven == 0 or (fig.proven <= above and not state.per_day):
            continue
        keys.add(state.independent[claim.claim_id])
        official = official or is_military(claim.attributed_to)
        dated = dated or not is_day_late(claim)
    return Support(len(keys), official, dated)


def _usable(rec: Reconciled, rule: RuleConfig) -> bool:
    return rule.allow_approximate or rec.qualifier is Qualifier.EXACT


def lone_doubt(support: Support) -> bool:
    """One source cannot make a crossing alone, unless it is the military's figure dated
    by its own morning: wait for a second independent source (or that figure).

    One outlet's own figure may be contradicted by the air force's ("600" against a
    record of 550, where the air force says 540; a typo "7,410" for 741), and a
    day-late report may be the next night's attack dated by its start. Whichever
    comes first, the alert must not depend on it.
    """
    return support.sources < 2 and not (support.official and support.dated)


def _passes_evidence(state: EventState, rule: RuleConfig, metric: str, above: int) -> bool:
    support = supporting_sources(state, metric, above)
    if lone_doubt(support):
        return False
    return support.sources >= rule.min_sources and (support.official or not rule.require_official)


def evaluate(
    state: EventState,
    rule: RuleConfig,
    prior: PriorRecord | None,
    raised_kinds: Collection[AlertKind],
) -> list[Crossing]:
    """The crossings of one rule by one event. `raised_kinds`: alerts already raised for it."""
    if rule.direction != state.direction or not is_news(state, rule):
        return []
    rec = state.metrics.get(rule.metric)
    if rec is None or not _usable(rec, rule):
        return []
    if rule.kind == "threshold":
        return _threshold(state, rule, rec, raised_kinds)
    return _record(state, rule, rec, prior, raised_kinds)


def _threshold(
    state: EventState, rule: RuleConfig, rec: Reconciled, raised: Collection[AlertKind]
) -> list[Crossing]:
    if rule.threshold is None or AlertKind.THRESHOLD in raised:
        return []
    if rec.proven < rule.threshold:
        return []
    if not _passes_evidence(state, rule, rule.metric, rule.threshold - 1):
        return []
    return [
        Crossing(
            kind=AlertKind.THRESHOLD,
            rule=rule,
            level=rule.threshold,
            metric=rule.metric,
            value=rec.value,
            qualifier=rec.qualifier,
            threshold=rule.threshold,
        )
    ]


def _record(
    state: EventState,
    rule: RuleConfig,
    rec: Reconciled,
    prior: PriorRecord | None,
    raised: Collection[AlertKind],
) -> list[Crossing]:
    if prior is None:  # nothing earlier to beat: not a record, just the first datum
        return []
    bar = prior.value + rule.min_margin
    out: list[Crossing] = []
    recorded = AlertKind.RECORD in raised
    if not recorded and rec.proven > bar and _passes_evidence(state, rule, rule.metric, bar):
        out.append(
            Crossing(
                kind=AlertKind.RECORD,
                rule=rule,
                level=RECORD_LEVEL,
                metric=rule.metric,
                value=rec.value,
                qualifier=rec.qualifier,
                previous=prior,
            )
        )
        recorded = True
    if recorded:
        # An originator revised an exact figure that already beat the record upwards.
        revised: dict[int, int] = {}
        for earlier, later, published in rec.revisions:
            if earlier > bar and _fresh(state, rule, published):
                revised[later] = max(earlier, revised.get(later, 0))
        for later, earlier in sorted(revised.items()):
            out.append(
                Crossing(
                    kind=AlertKind.RECORD_UPDATE,
                    rule=rule,
                    level=later,
                    metric=rule.metric,
                    value=later,
                    qualifier=Qualifier.EXACT,
                    previous=prior,
                    revised_from=earlier,
                )
            )
    return out


_LABELS = {
    "total": "drones and missiles",
    "shahed": "Shahed-type drones",
    "decoy": "decoy drones",
    "drone_other": "other drones",
    "guided_bomb": "guided bombs",
}


def metric_label(metric: str) -> str:
    """How a headline names a metric: 'drones and missiles', 'ballistic missiles'."""
    if metric in _LABELS:
        return _LABELS[metric]
    if metric in METRICS:
        return metric
    return f"{metric.replace('_', ' ')} missiles" if metric != "missile_other" else "missiles"
