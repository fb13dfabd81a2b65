"""Turn a crossing into a complete, deliverable Alert with a human headline."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from processors.records.events import EventState, to_attack_event
from processors.records.rules import Crossing, PriorRecord, metric_label
from salvo.schemas import Alert, AlertKind, PreviousRecord, Qualifier

_TARGET = {"RU->UA": "Ukraine", "UA->RU": "Russia"}


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def attack_when(event_date: date, daytime: bool = False) -> str:
    """'the night of 8–9 July 2025', or 'the day of 13 May 2026' for a daytime wave."""
    if daytime:
        return f"the day of {_day(event_date)}"
    eve = event_date - timedelta(days=1)
    if eve.year != event_date.year:
        span = f"{_day(eve)}–{_day(event_date)}"
    elif eve.month != event_date.month:
        span = f"{eve.day} {eve:%B}–{_day(event_date)}"
    else:
        span = f"{eve.day}–{_day(event_date)}"
    return f"the night of {span}"


def _previous(prior: PriorRecord | None) -> str:
    if prior is None:
        return ""
    when = _day(prior.event_date) + (" (daytime)" if prior.daytime else "")
    return f", previous record {prior.value} on {when}"


def headline(crossing: Crossing, state: EventState) -> str:
    target = _TARGET.get(state.direction, state.direction)
    figure = crossing.qualifier.figure(crossing.value)
    what = f"{figure} {metric_label(crossing.metric)} launched at {target}"
    when = attack_when(state.event_date, state.daytime)
    if state.per_day and state.waves > 1:
        when = f"{_day(state.event_date)} (night and daytime waves together)"
    since = crossing.since
    if crossing.kind is AlertKind.RECORD and since is not None:
        later = _day(since.event_date) + (" (daytime)" if since.daytime else "")
        if since.value > crossing.value:  # reported after a larger, later attack
            return (
                f"Record at the time: {what} on {when}{_previous(crossing.previous)};"
                f" since exceeded by {since.value} on {later}"
            )
        # Reported after a later, smaller attack that was taken for the record.
        return (
            f"New record: {what} on {when}{_previous(crossing.previous)}"
            f" (also above {since.value} on {later}, reported first)"
        )
    if crossing.kind is AlertKind.RECORD:
        return f"New record: {what} on {when}{_previous(crossing.previous)}"
    if crossing.kind is AlertKind.RECORD_UPDATE and state.per_day:
        return (
            f"Record day grew: {what} on {when} (was {crossing.revised_from} before the "
            f"latest wave){_previous(crossing.previous)}"
        )
    if crossing.kind is AlertKind.RECORD_UPDATE:
        return (
            f"Record revised up: {what} on {when} (revised from {crossing.revised_from})"
            f"{_previous(crossing.previous)}"
        )
    return f"Threshold crossed: {what} on {when} (threshold {crossing.threshold})"


def confidence(crossing: Crossing, state: EventState) -> float:
    """Official exact figures are near-certain; each extra independent source adds a little."""
    rec = state.metrics.get(crossing.metric)
    base = {
        Qualifier.EXACT: 0.8,
        Qualifier.AT_LEAST: 0.7,
        Qualifier.MORE_THAN: 0.7,
        Qualifier.ABOUT: 0.5,
    }.get(crossing.qualifier, 0.3)
    if rec is not None and rec.official:
        base += 0.15
    base += 0.03 * max(0, state.independent_sources - 1)
    return round(min(base, 0.99), 3)


def build_alert(crossing: Crossing, state: EventState, created: datetime | None = None) -> Alert:
    prior = crossing.previous
    return Alert(
        kind=crossing.kind,
        rule=crossing.rule.name,
        level=crossing.level,
        direction=state.direction,
        event_date=state.event_date,
        event_id=state.event_id,
        metric=crossing.metric,
        value=crossing.value,
        qualifier=crossing.qualifier,
        previous_record=(
            PreviousRecord(value=prior.value, event_date=prior.event_date, event_id=prior.event_id)
            if prior is not None
            else None
        ),
        threshold=crossing.threshold,
        headline=headline(crossing, state),
        event=to_attack_event(state, updated=created),
        confidence=confidence(crossing, state),
        created=created,
    ).with_id()
