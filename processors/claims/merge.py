"""One claim per (attack, figure, source): scope each draft and merge repeats."""

from __future__ import annotations

import re

from processors.claims.draft import Draft
from processors.claims.places import same_place
from processors.claims.running import (
    compatible_source,
    drop_running,
    drop_single_repeats,
    keep_open_totals,
    unnamed_officials,
)
from salvo.schemas import BarrageClaim, ClaimScope, Qualifier


def compatible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def finalise(drafts: list[Draft]) -> list[BarrageClaim]:
    """Scope each draft, merge repeats of one (attack, figure, source), build claims."""
    drafts = _drop_period_repeats(_drop_subkinds(drop_running(_drop_rounded(drafts))))
    drafts = drop_single_repeats(drafts)
    drafts = keep_open_totals(drafts)
    national = {(d.direction, d.event_date) for d in drafts if not d.location and not d.period}
    numeric = {(d.direction, d.event_date) for d in drafts if d.total is not None}
    kept: list[tuple[Draft, ClaimScope]] = []
    for d in drafts:
        if d.period:
            scope = ClaimScope.PERIOD
        elif d.location is None:
            scope = ClaimScope.NATIONAL
        elif (d.direction, d.event_date) in national or (d.total or 0) < 100:
            scope = ClaimScope.LOCAL
        else:
            scope = ClaimScope.NATIONAL  # a city's figure that is the attack's only figure
        if d.total is None and scope is ClaimScope.PERIOD:
            continue  # "thousands of missiles since 2022" says nothing countable
        vague = d.total is None and scope is not ClaimScope.PERIOD
        if vague and ((d.direction, d.event_date) in numeric or _near_figure(d, drafts)):
            # "Hundreds of drones" beside the exact figure adds nothing but its words.
            same = [x for x in drafts if x.total is not None and not x.period]
            same = [
                x
                for x in same
                if (x.direction, x.event_date) == (d.direction, d.event_date)
                or _near_figure(d, [x])
            ]
            if d.record and same:
                same[0].record = True
            continue
        for i, (other, other_scope) in enumerate(kept):
            if _place_repeat(other, other_scope, d, scope):
                absorb(other, d)  # the repeat without its place joins the placed figure
                break
            if _place_repeat(d, scope, other, other_scope):
                absorb(d, other)
                kept[i] = (d, scope)
                break
            if same_claim(other, other_scope, d, scope):
                absorb(other, d)
                break
            if partial_of(other, d, other_scope, scope):
                absorb(d, other)  # the fuller statement keeps its place and absorbs the part
                kept[i] = (d, scope)
                break
            if partial_of(d, other, scope, other_scope):
                absorb(other, d)
                break
        else:
            kept.append((d, scope))
    return [d.to_claim(scope) for d, scope in kept]


_ROUNDED = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.ABOUT)


# "Over the past eight hours, … six drones" (of the night's 41); "a total of five" after the
# mayor's earlier "two": running figures of one night, replaced by its full count.
def _drop_period_repeats(drafts: list[Draft]) -> list[Draft]:
    """A headline "Putin Launches 1000 Attack Drones at Ukraine" over "this week Russia used
    nearly 1,000 attack drones, 980 bombs and 36 missiles": the week's figure, no night."""
    periods = [d for d in drafts if d.period and d.total is not None]
    return [
        d
        for d in drafts
        if d.period
        or d.date_stated
        or d.location
        or d.total is None
        or not any(
            p.direction == d.direction
            and d.total in (p.total, p.drones, p.missiles)
            # (a headline, or the sentence next to the tally: "… 1,441 UAVs over the past
            # week. Air defences have downed … as well as 1,441 fixed-wing UAVs")
            and (
                p.sentences[0].index > d.sentences[0].index
                or abs(p.sentences[0].index - d.sentences[0].index) <= 1
            )
            for p in periods
        )
    ]


_SUBKINDS = frozenset({"aeroballistic", "hypersonic", "ballistic", "cruise"})
_DRONE_SUBKINDS = frozenset({"shahed"})


def _drop_subkinds(drafts: list[Draft]) -> list[Draft]:
    """ "the attack involved six hypersonic Kinzhal missiles" beside "81 missiles" the same
    night: one kind's share of the night's missiles, not another claim."""
    return [d for d in drafts if not any(_subkind_of(d, x) for x in drafts)]


def _subkind_of(d: Draft, x: Draft) -> bool:
    if x is d or d.period or x.period or d.location or x.location or d.total is None:
        return False
    key = (d.direction, d.event_date, d.daytime)
    if not d.kinds or d.event_date is None or key != (x.direction, x.event_date, x.daytime):
        return False
    # (a small share only: "three Kinzhals" by day beside "6 missiles" overnight is its own)
    if d.kinds <= _SUBKINDS and d.drones is None and d.missiles == d.total:
        return x.missiles is not None and x.missiles >= 3 * d.total
    # "more than 300 Shahed drones were fired" beside "728 drones": the Shaheds among them
    if d.kinds <= _DRONE_SUBKINDS and d.missiles is None and d.drones == d.total:
        return x.drones is not None and x.drones >= 2 * d.total
    return False


def _drop_rounded(drafts: list[Draft]) -> list[Draft]:
    """A lead's round figure ("more than 800", "almost 300") before the exact one ("810 drones
    and 13 missiles", "296") for the same night is one claim: the exact one keeps its flags."""
    out: list[Draft] = []
    for d in drafts:
        tally = _period_rounds(d, drafts) if d.period else None
        if d.qualifier not in _ROUNDED or (d.period and tally is None):
            out.append(d)
            continue
        if tally is not None:
            tally.record = tally.record or d.record  # "more than 2,000 drones in October" …
            continue  # … before the General Staff's 2,023: one tally
        # Undated ("nearly 300 drones and 50 missiles … overnight" in a story with no date):
        # only a lead figure before the exact one in the next sentences.
        first = d.sentences[0].index
        whole = next(
            (
                x
                for x in drafts
                if x is not d
                and not x.period
                and (x.qualifier is Qualifier.EXACT or _unround_floor(x))
                and (x.direction, x.daytime) == (d.direction, d.daytime)
                and (x.event_date == d.event_date or _near_stated(d, x))
                and (d.location is None or d.location.lower() == (x.location or "").lower())
                and (d.event_date is not None or 0 < x.sentences[0].index - first <= 2)
                and _rounds(d, x)
            ),
            None,
        )
        if whole is None:
            out.append(d)
            continue
        whole.record = whole.record or d.record
        for s in d.sentences:
            if s not in whole.sentences:
                whole.sentences.append(s)
    return out


def _period_rounds(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The exact tally of the next sentences that a headline's or lead's round tally rounds."""
    first = d.sentences[0].index
    return next(
        (
            x
            for x in drafts
            if x.period
            and x.qualifier is Qualifier.EXACT
            and x.direction == d.direction
            and 0 < x.sentences[0].index - first <= 3
            and _rounds(d, x)
        ),
        None,
    )


def _near_figure(d: Draft, drafts: list[Draft]) -> bool:
    """A lead's "hundreds of drones and missiles, officials said on Tuesday" beside the
    figure the text dates a day off: nothing countable of its own (its day was the report's,
    unlike "dozens of drones overnight, a day after a record 810")."""
    if d.date_stated and not _SAID_DAY.search(d.sentences[0].text):
        return False
    return any(
        x.total is not None
        and not x.period
        and x.date_stated
        and x.direction == d.direction
        and d.event_date is not None
        and x.event_date is not None
        and abs((x.event_date - d.event_date).days) <= 1
        for x in drafts
    )


_SAID_DAY = re.compile(
    r"\b(?:said|says|reported|announced)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b",
    re.I,
)


def _unround_floor(x: Draft) -> bool:
    """ "at least 450 drones and 70 missiles" (520): a precise floor a lead's "over 500"
    rounds, unlike a round "at least 500"."""
    return x.qualifier is Qualifier.AT_LEAST and x.total is not None and x.total % 50 != 0


def _near_stated(rounded: Draft, exact: Draft) -> bool:
    """A round figure that only took the article's date ("…over 500 drones and missiles") and
    an exact one the text dates a day off ("launched at least 450 drones and 70 missiles …
    on Monday", in a story led by "officials said on Tuesday"): one attack."""
    if rounded.date_stated or not exact.date_stated:
        return False
    if rounded.event_date is None or exact.event_date is None:
        return False
    return abs((rounded.event_date - exact.event_date).days) <= 1


def _rounds(rounded: Draft, exact: Draft) -> bool:
    r = rounded.total
    if r is not None and r <= 48 and r % 12 == 0 and rounded.qualifier is Qualifier.ABOUT:
        # "nearly a dozen drones" for the governor's 11, "about two dozen" for 22
        return exact.total is not None and 0 < abs(exact.total - r) <= r // 6
    if r is None or r < 50:
        return False
    if _rounds_by_part(rounded, exact):
        return True  # "more than 800 drones and 13 missiles" for "805 drones and 13 missiles"
    if r % 50 or r < 100:
        # "Over 140 drones" for 144, "over 90" for 94: a round ten only rounds the next few
        return (
            r % 10 == 0
            and rounded.qualifier is not Qualifier.ABOUT
            and r < (exact.total or 0) <= r + 10
        )
    unsplit = exact.drones is None and exact.missiles is None
    if rounded.drones == r and rounded.missiles is None:
        # "over 500 drones" for "539 drones and 11 missiles" (never for "127 missiles")
        values = [exact.total if unsplit else exact.drones]
    elif rounded.missiles == r and rounded.drones is None:
        values = [exact.total if unsplit else exact.missiles]
    else:
        values = [exact.total]
    for x in values:
        if x is None:
            continue
        if rounded.qualifier is Qualifier.ABOUT and abs(x - r) <= r * 0.1:
            return True
        if rounded.qualifier is not Qualifier.ABOUT and r < x <= r * 1.35:
            return True
    return False


def _rounds_by_part(rounded: Draft, exact: Draft) -> bool:
    """Both kinds given on both sides, each the same or a round figure near the exact one."""
    pairs = [(rounded.drones, exact.drones), (rounded.missiles, exact.missiles)]
    if any(a is None or b is None for a, b in pairs) or rounded.total == exact.total:
        return False
    for r, x in pairs:
        assert r is not None and x is not None
        if r == x:
            continue
        if r < 50 or r % 10 or not (abs(x - r) <= r * 0.1 or r < x <= r * 1.35):
            return False
    return True


def partial_of(part: Draft, whole: Draft, part_scope: ClaimScope, scope: ClaimScope) -> bool:
    """ "728 drones" (a headline) is part of "728 drones and 13 missiles" (the body)."""
    if (part.direction, part.event_date, part.daytime, part_scope) != (
        whole.direction,
        whole.event_date,
        whole.daytime,
        scope,
    ):
        return False
    if not compatible_source(part, whole) or part.total is None:
        return False
    drones_only = part.missiles is None and part.drones == part.total == whole.drones
    missiles_only = part.drones is None and part.missiles == part.total == whole.missiles
    # "16 kamikaze drones and ballistic missiles" in a lead, then "16 Shaheds … also 2
    # Iskander-M": the lead's figure was the drones of the full statement
    split = whole.drones is not None and whole.missiles is not None
    lead_kind = (
        "total" in part.categories
        and part.drones is None
        and part.missiles is None
        and part.total in (whole.drones, whole.missiles)
        and part.sentences[0].index < whole.sentences[0].index
    )
    return (
        (drones_only and whole.missiles is not None)
        or (missiles_only and whole.drones is not None)
        or (split and lead_kind)
    )


def same_claim(a: Draft, a_scope: ClaimScope, b: Draft, b_scope: ClaimScope) -> bool:
    if b.derived and (a.direction, a.event_date, a.total) == (b.direction, b.event_date, b.total):
        return True  # "All 31 missiles were shot down" restates the launch figure
    # "… intercepts 7 out of 8 missiles in recent Russian strike" (a headline with no date)
    # and "… launched eight missiles … on the evening of Aug. 2": one figure, one attack
    undated = (a.event_date is None) != (b.event_date is None) and a.total is not None
    if (a.direction, a_scope) != (b.direction, b_scope) or not _same_time(a, b):
        return False
    # (a period tally has no night: "said on Friday" and "during the week" are one tally)
    if a.event_date != b.event_date and not undated and a_scope is not ClaimScope.PERIOD:
        return False
    if a.total != b.total:
        return False
    if a.total is None and a.qualifier is Qualifier.VAGUE and b.qualifier is Qualifier.VAGUE:
        return compatible_source(a, b)
    if not (compatible(a.drones, b.drones) and compatible(a.missiles, b.missiles)):
        return False
    if a_scope is ClaimScope.LOCAL and not same_place(a.location, b.location):
        return False
    if a.total == 1 and b.another():
        return False  # "Another enemy drone was destroyed over the region": a second one
    return compatible_source(a, b) or unnamed_officials(a, b) or _official_repeat(a, b, a_scope)


def _official_repeat(a: Draft, b: Draft, scope: ClaimScope) -> bool:
    """A governor's "eight drones" over his region and the ministry's "eight in the Volgograd
    region" the same night: one figure told twice (the same place is checked by the caller)."""
    sources = {a.source, b.source}
    return (
        scope is ClaimScope.LOCAL
        and "defence ministry" in sources
        and bool(sources & {"governor", "mayor"})
        and 1 < (a.total or 0) < 100  # (single drones are often two drones: "another …")
    )


def _same_time(a: Draft, b: Draft) -> bool:
    """Both by night or both by day; or a headline's or quote's undated repeat of a figure the
    lead times ("12 out of 20 missiles launched … on Saturday afternoon")."""
    if a.daytime == b.daytime:
        return True
    # (single drones by day and by night are separate reports: "another drone … at 3 p.m.")
    return (a.total or 0) >= 10 and not (b if a.daytime else a).date_stated


def _place_repeat(placed: Draft, placed_scope: ClaimScope, bare: Draft, scope: ClaimScope) -> bool:
    """ "53 drones were downed over the Bryansk region, the governor said." then his quote
    "…destroyed 53 UAVs overnight": a small local figure repeated without its place."""
    if placed_scope is not ClaimScope.LOCAL or scope is not ClaimScope.NATIONAL or bare.location:
        return False
    key = (placed.direction, placed.event_date, placed.total)
    if key != (bare.direction, bare.event_date, bare.total) or not placed.total:
        return False
    if not _same_time(placed, bare):
        return False
    # A headline's figure ("Lviv Attacked By 15 Enemy Drones") is the body's, however far.
    headline = min(placed.sentences[0].index, bare.sentences[0].index) == 0
    near = headline or abs(placed.sentences[0].index - bare.sentences[0].index) <= 2
    named = placed.source is not None or bare.source is not None
    same_source = compatible_source(placed, bare) or _official_repeat(placed, bare, placed_scope)
    return near and placed.total < 100 and same_source and (named or headline)


def absorb(into: Draft, other: Draft) -> None:
    if into.event_date is None:
        into.event_date, into.date_stated = other.event_date, other.date_stated
    if into.source in (None, "officials") and other.source:
        into.source = other.source  # the named source over the unnamed "officials"
    into.drones = into.drones if into.drones is not None else other.drones
    into.missiles = into.missiles if into.missiles is not None else other.missiles
    for k, val in other.breakdown.items():
        into.breakdown.setdefault(k, val)
    into.record = into.record or other.record
    if into.intercepted is None:
        into.intercepted = other.intercepted
    if into.qualifier is Qualifier.EXACT and other.qualifier is not Qualifier.EXACT:
        pass  # keep the first reading's qualifier
    for s in other.sentences:
        if s not in into.sentences:
            into.sentences.append(s)
