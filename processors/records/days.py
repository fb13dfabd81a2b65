"""Per-day totals: a date's night attack and daytime waves taken together.

The default rules judge each attack as the Air Force reports it; a rule with
`per = "day"` judges the sum of a date's attacks instead (DOMAIN: whether a day's
separate waves are summed is a rule choice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from processors.records.events import QUALIFIER_RANK, EventState, Reconciled
from salvo.schemas import stable_id


def day_event_id(direction: str, day: date) -> str:
    return stable_id("evt", direction, day.isoformat(), "day-total")


def _sum(parts: list[Reconciled]) -> Reconciled:
    largest = max(parts, key=lambda r: (r.value, r.claim_id))
    weakest = min(parts, key=lambda r: QUALIFIER_RANK[r.qualifier])
    return Reconciled(
        metric=largest.metric,
        value=sum(r.value for r in parts),
        qualifier=weakest.qualifier,
        proven=sum(r.proven for r in parts),
        claim_id=largest.claim_id,
        attributed_to=largest.attributed_to,
        official=all(r.official for r in parts),
        dated=all(r.dated for r in parts),
    )


def combine_day(states: Sequence[EventState]) -> EventState:
    """One date's attacks as one 24-hour event (night first, then daytime waves)."""
    ordered = sorted(states, key=lambda s: s.sort_key)
    first = ordered[0]
    metrics: dict[str, list[Reconciled]] = {}
    for state in ordered:
        for metric, rec in state.metrics.items():
            metrics.setdefault(metric, []).append(rec)
    published = [s.first_published for s in ordered if s.first_published is not None]
    independent: dict[str, str] = {}
    for state in ordered:
        independent.update(state.independent)
    return replace(
        first,
        event_id=day_event_id(first.direction, first.event_date),
        daytime=first.daytime if len(ordered) == 1 else False,
        claims=[c for s in ordered for c in s.claims],
        # One wave: its own figures, revisions included; several: their sums.
        metrics=dict(first.metrics)
        if len(ordered) == 1
        else {m: _sum(p) for m, p in metrics.items()},
        independent=independent,
        official=any(s.official for s in ordered),
        is_record_claimed=any(s.is_record_claimed for s in ordered),
        first_published=min(published) if published else None,
        per_day=True,
        waves=len(ordered),
    )
