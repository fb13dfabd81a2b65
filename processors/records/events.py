"""Event resolution and reconciliation: many claims about one attack → one sized event.

Pure functions over the claims of one event; the policy is documented in
docs/records.md. Everything here depends only on the *set* of claims, never on
the order they arrived in, so reprocessing and redelivery give the same event.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from salvo.schemas import (
    AttackEvent,
    BarrageClaim,
    ClaimScope,
    MetricValue,
    Qualifier,
    SourceRef,
    stable_id,
)

METRICS = ("total", "drones", "missiles")
HISTORY_EXTRACTOR = "history"  # BarrageClaim.extractor of attacks imported as history

# "About 800" is trusted to prove at least 90 % of 800; "up to" and "vague" prove nothing.
ABOUT_FLOOR = 0.9

# Exact beats a stated bound beats an estimate beats a ceiling beats a vague word.
QUALIFIER_RANK = {
    Qualifier.EXACT: 4,
    Qualifier.AT_LEAST: 3,
    Qualifier.MORE_THAN: 3,
    Qualifier.ABOUT: 2,
    Qualifier.UP_TO: 1,
    Qualifier.VAGUE: 0,
}

_MILITARY = re.compile(
    r"air\s*force|armed forces|general staff|defen[cs]e (?:ministry|forces)|"
    r"ministry of defen[cs]e|\bmod\b|military|kpszsu|commander[- ]in[- ]chief|air command",
    re.IGNORECASE,
)
_SOURCE_NOISE = re.compile(
    r"\b(?:the|ukraine'?s|ukrainian|russia'?s|russian|of ukraine|of russia|national|spokesman|"
    r"spokesperson|said|says)\b|[^\w\s]",
    re.IGNORECASE,
)


def is_military(attributed_to: str | None) -> bool:
    """An official military figure: the air force, general staff, defence ministry."""
    return bool(attributed_to and _MILITARY.search(attributed_to))


@lru_cache(maxsize=4096)
def normalise_source(name: str | None) -> str:
    """'Ukraine's air force' and 'the Ukrainian Air Force' are one originator."""
    if not name:
        return ""
    return " ".join(_SOURCE_NOISE.sub(" ", name.lower()).split())


def is_day_late(claim: BarrageClaim) -> bool:
    """Published the day after the night it names: a day-late report or a start-date slip.

    An outlet dating an attack across midnight by the evening it began ("741 on
    8 July", published on 9 July, for the night into 9 July) reads exactly like a
    report of the night into 8 July published a day later ("the night before"):
    nothing in the claim tells the two apart.
    """
    return (
        claim.event_date is not None
        and claim.published is not None
        and not claim.daytime
        and claim.extractor != HISTORY_EXTRACTOR
        and (claim.published - claim.event_date).days == 1
    )


def event_id_for(direction: str, event_date: date, daytime: bool = False) -> str:
    """The night's attack keeps the spine's id; a separate daytime wave gets its own."""
    if daytime:
        return stable_id("evt", direction, event_date.isoformat(), "day")
    return AttackEvent.make_id(direction, event_date)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Figure:
    value: int
    qualifier: Qualifier

    @property
    def proven(self) -> int:
        """The largest number this figure proves was launched (0: proves nothing)."""
        q = self.qualifier
        if q in (Qualifier.EXACT, Qualifier.AT_LEAST):
            return self.value
        if q is Qualifier.MORE_THAN:
            return self.value + 1
        if q is Qualifier.ABOUT:
            return math.floor(self.value * ABOUT_FLOOR)
        return 0


def claim_figure(claim: BarrageClaim, metric: str) -> Figure | None:
    """The claim's figure for a metric: total, drones, missiles or a breakdown kind."""
    if metric == "total":
        value = claim.launched_total
        if value is None and claim.drones is not None and claim.missiles is not None:
            value = claim.drones + claim.missiles
    elif metric == "drones":
        value = claim.drones
    elif metric == "missiles":
        value = claim.missiles
    else:
        value = claim.breakdown.get(metric)
    if value is None or value <= 0:
        return None
    return Figure(value, claim.qualifier)


# --------------------------------------------------------------------------- sources


def revision_key(claim: BarrageClaim) -> str:
    """Who the figure comes from: later figures of one originator supersede earlier ones."""
    who = normalise_source(claim.attributed_to)
    return f"by:{who}" if who else f"outlet:{normalise_source(claim.source)}"


def independence_keys(claims: Sequence[BarrageClaim]) -> dict[str, str]:
    """claim_id → independent-source key: one per outlet; syndicated copies join their original."""
    outlet_of_article: dict[str, str] = {}
    for c in claims:
        if c.article_id and c.source and not c.duplicate_of:
            outlet_of_article[c.article_id] = normalise_source(c.source)
    keys: dict[str, str] = {}
    for c in claims:
        if c.duplicate_of:
            root = c.duplicate_of
            keys[c.claim_id] = outlet_of_article.get(root) or f"art:{root}"
        elif c.source:
            keys[c.claim_id] = normalise_source(c.source)
        else:
            keys[c.claim_id] = f"art:{c.article_id or c.article_url or c.claim_id}"
    return keys


# --------------------------------------------------------------------------- reconciled event


@dataclass(frozen=True)
class Reconciled:
    """One metric of one event: the figure we report and what the evidence proves."""

    metric: str
    value: int  # the reported figure (policy pick)
    qualifier: Qualifier
    proven: int  # what the evidence proves at least (drives record crossings)
    claim_id: str
    attributed_to: str | None
    official: bool
    # The figure's claim is not day-late (is_day_late): its night is not in doubt.
    dated: bool = True
    # Upward revisions by one originator: (earlier exact value, later exact value,
    # when the later one was first published).
    revisions: tuple[tuple[int, int, date], ...] = ()


@dataclass
class EventState:
    event_id: str
    direction: str
    event_date: date
    daytime: bool
    claims: list[BarrageClaim]
    metrics: dict[str, Reconciled] = field(default_factory=dict)
    independent: dict[str, str] = field(default_factory=dict)  # claim_id → source key
    official: bool = False
    is_record_claimed: bool = False
    first_published: date | None = None
    per_day: bool = False  # a date's attacks summed (rules with per = "day")
    waves: int = 1  # how many attacks a per-day event sums

    @property
    def independent_sources(self) -> int:
        return len(set(self.independent.values()))

    @property
    def sort_key(self) -> str:
        """Chronological order of attacks: the night's attack, then that day's daytime wave."""
        return f"{self.event_date.isoformat()}.{1 if self.daytime else 0}"

    def value(self, metric: str) -> int | None:
        rec = self.metrics.get(metric)
        return rec.value if rec else None


def _sort_claims(claims: Iterable[BarrageClaim]) -> list[BarrageClaim]:
    return sorted(claims, key=lambda c: (c.published or date.min, c.claim_id))


def _pick_exact(candidates: list[tuple[BarrageClaim, Figure]]) -> tuple[BarrageClaim, Figure]:
    """Among exact figures of one rank: latest per originator, then the best supported value."""
    latest: dict[str, tuple[BarrageClaim, Figure]] = {}
    for claim, fig in candidates:
        key = revision_key(claim)
        seen = latest.get(key)
        order = (claim.published or date.min, fig.value, claim.claim_id)
        if seen is None or order > (seen[0].published or date.min, seen[1].value, seen[0].claim_id):
            latest[key] = (claim, fig)
    picks = list(latest.values())
    support = Counter(p[1].value for p in picks)
    return max(picks, key=lambda p: (support[p[1].value], p[1].value, p[0].claim_id))


def _pick_bound(candidates: list[tuple[BarrageClaim, Figure]]) -> tuple[BarrageClaim, Figure]:
    """Without an exact figure: the strongest lower bound any source proves."""

    def strength(p: tuple[BarrageClaim, Figure]) -> tuple[int, int, int, int, str]:
        claim, fig = p
        return (
            fig.proven,
            int(is_military(claim.attributed_to)),
            QUALIFIER_RANK[fig.qualifier],
            fig.value,
            claim.claim_id,
        )

    return max(candidates, key=strength)


def _revisions(
    candidates: list[tuple[BarrageClaim, Figure]],
) -> tuple[tuple[int, int, date], ...]:
    """Upward revisions: a later exact figure of one originator above an earlier one."""
    by_key: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for claim, fig in candidates:
        if fig.qualifier is Qualifier.EXACT and claim.published is not None:
            by_key[revision_key(claim)].append((claim.published, fig.value))
    pairs: dict[tuple[int, int], date] = {}
    for series in by_key.values():
        for d1, v1 in set(series):
            for d2, v2 in set(series):
                if d2 > d1 and v2 > v1:
                    pairs[(v1, v2)] = min(d2, pairs.get((v1, v2), d2))
    return tuple(sorted((v1, v2, d2) for (v1, v2), d2 in pairs.items()))


def reconcile(claims: Sequence[BarrageClaim], metric: str) -> Reconciled | None:
    """The policy (docs/records.md).

    1. Exact figures win: the imported history's if the attack is in it (the Air
       Force table is the authority for what it covers), else the military's, else
       anyone's; of one originator the latest published; between originators the
       value most of them give.
    2. Without an exact figure, the strongest lower bound: "more than 700" proves
       701, "about 800" proves 720; "up to" and vague words prove nothing and
       do not size the event at all.
    """
    candidates: list[tuple[BarrageClaim, Figure]] = []
    for claim in claims:
        if claim.scope is not ClaimScope.NATIONAL:
            continue  # a city's count or a month's total is not the attack's size
        fig = claim_figure(claim, metric)
        # A ceiling or a vague word proves no size: it neither beats nor sets a record.
        if fig is not None and fig.qualifier not in (Qualifier.VAGUE, Qualifier.UP_TO):
            candidates.append((claim, fig))
    if not candidates:
        return None

    exact = [c for c in candidates if c[1].qualifier is Qualifier.EXACT]
    if exact:
        history = [c for c in exact if c[0].extractor == HISTORY_EXTRACTOR]
        military = [c for c in exact if is_military(c[0].attributed_to)]
        claim, fig = _pick_exact(history or military or exact)
        proven = fig.value
    else:
        claim, fig = _pick_bound(candidates)
        proven = fig.proven
    return Reconciled(
        metric=metric,
        value=fig.value,
        qualifier=fig.qualifier,
        proven=proven,
        claim_id=claim.claim_id,
        attributed_to=claim.attributed_to,
        official=is_military(claim.attributed_to),
        dated=not is_day_late(claim),
        revisions=_revisions([c for c in candidates if c[0].extractor != HISTORY_EXTRACTOR]),
    )


def event_metrics(claims: Sequence[BarrageClaim]) -> list[str]:
    kinds = sorted({k for c in claims for k in c.breakdown})
    return [*METRICS, *kinds]


def resolve_event(
    direction: str, event_date: date, daytime: bool, claims: Iterable[BarrageClaim]
) -> EventState:
    """Reconcile every metric of one attack from all the claims that point at it."""
    ordered = _sort_claims(claims)
    state = EventState(
        event_id=event_id_for(direction, event_date, daytime),
        direction=direction,
        event_date=event_date,
        daytime=daytime,
        claims=ordered,
    )
    for metric in event_metrics(ordered):
        rec = reconcile(ordered, metric)
        if rec is not None:
            state.metrics[metric] = rec
    state.independent = independence_keys(ordered)
    state.official = any(is_military(c.attributed_to) for c in ordered)
    state.is_record_claimed = any(c.is_record_claim for c in ordered)
    published = [c.published for c in ordered if c.published is not None]
    state.first_published = min(published) if published else None
    return state


def to_attack_event(state: EventState, updated: datetime | None = None) -> AttackEvent:
    """The event snapshot carried by alerts: reconciled figures and every source."""
    metrics = {
        m: MetricValue(
            value=r.value, qualifier=r.qualifier, claim_id=r.claim_id, attributed_to=r.attributed_to
        )
        for m, r in state.metrics.items()
    }
    breakdown = {m: r.value for m, r in state.metrics.items() if m not in METRICS}
    sources = [
        SourceRef(
            claim_id=c.claim_id,
            article_id=c.article_id,
            url=c.article_url,
            outlet=c.source,
            title=c.article_title,
            attributed_to=c.attributed_to,
            launched_total=c.launched_total,
            drones=c.drones,
            missiles=c.missiles,
            qualifier=c.qualifier,
            quote=" … ".join(e.text for e in c.evidence),
            duplicate_of=c.duplicate_of,
        )
        for c in state.claims
    ]
    return AttackEvent(
        event_id=state.event_id,
        direction=state.direction,
        event_date=state.event_date,
        daytime=state.daytime,
        metrics=metrics,
        breakdown=breakdown,
        sources=sources,
        independent_sources=state.independent_sources,
        official=state.official,
        is_record_claimed=state.is_record_claimed,
        updated=updated,
    )
