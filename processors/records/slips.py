"""Date slips: a claim dated one night off the attack its figure belongs to.

"741 drones overnight" in an article about the next night, or an outlet in UTC
dating an attack across midnight Kyiv time by the evening it began ("the air force
said 741 … on 8 July" for the night into 9 July). The figure agreement with the
neighbouring night's military figure (and not its own night's) moves the claim
there: at once when that figure is known (`official_neighbour`), or when it
arrives later (`pull_slips`), so the stored attacks do not depend on the order.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from processors.records.days import day_event_id
from processors.records.events import EventState, claim_figure, event_id_for, is_military
from processors.records.state import EventRow, RecordsState
from salvo.schemas import BarrageClaim, Qualifier


def official_neighbour(state: RecordsState, claim: BarrageClaim) -> EventRow | None:
    """The adjacent night whose military total a relayed exact total repeats.

    A military figure is the authority for its night, so a claim of one moves only
    when relayed after that night's morning (an outlet dating by the evening). Only
    verified totals count: one outlet's day-late relay is no authority for a night.
    """
    value = _movable_total(claim)
    if value is None or claim.event_date is None:
        return None
    d = claim.event_date
    one = timedelta(days=1)
    official = state.official_totals(claim.direction, d - one, d + one)
    if official.get(d) == value:
        return None
    agreeing = [day for day, total in official.items() if day != d and total == value]
    if len(agreeing) != 1:
        return None
    day = agreeing[0]
    return EventRow(event_id_for(claim.direction, day), claim.direction, day, False, "")


def _movable_total(claim: BarrageClaim) -> int | None:
    """The exact total of a night's claim that may be a date slip (None: it may not)."""
    figure = claim_figure(claim, "total")
    if (
        claim.event_date is None
        or claim.daytime
        or figure is None
        or figure.qualifier is not Qualifier.EXACT
    ):
        return None
    if is_military(claim.attributed_to) and (
        claim.published is None or claim.published <= claim.event_date
    ):
        return None
    return figure.value


def pull_slips(state: RecordsState, event: EventState, changed: Collection[str]) -> list[date]:
    """Move into `event` the claims of the adjacent nights that its new military total
    shows to be date slips, as if it had been known when they arrived; return the
    nights they left. A night that alerted keeps its claims: an alert is never taken
    back (the case docs/records.md lists among the known limits)."""
    rec = event.metrics.get("total")
    if (
        "total" not in changed
        or event.daytime
        or rec is None
        or not rec.official
        or rec.qualifier is not Qualifier.EXACT
    ):
        return []
    one = timedelta(days=1)
    nights = {
        event_id_for(event.direction, d): d
        for d in (event.event_date - one, event.event_date + one)
    }
    left: list[date] = []
    for source, claims in state.claims_in(list(nights)).items():
        slips = [c for c in claims if _movable_total(c) == rec.value]
        day_id = day_event_id(event.direction, nights[source])
        if not slips or state.raised_kinds(source) or state.raised_kinds(day_id):
            continue
        for claim in slips:
            target = official_neighbour(state, claim)
            if target is not None and target.event_id == event.event_id:
                moved = claim.model_copy(update={"event_date": event.event_date})
                state.move_claim(moved, source, event.event_id)
                if nights[source] not in left:
                    left.append(nights[source])
    return left
