"""Figures that another figure of the article already counts: running counts, the parts of
"one … and another", the kinds of an open total."""

from __future__ import annotations

import re

from processors.claims.draft import Draft


def keep_open_totals(drafts: list[Draft]) -> list[Draft]:
    """ "87 Shahed drones and four types of missiles … destroyed 56 of the 87 drones": the
    later 87 is the open claim's drones, not a closed total of its own."""
    open_ = [d for d in drafts if d.total is None and not d.period and (d.drones or d.missiles)]
    if not open_:
        return drafts
    out = []
    for x in drafts:
        part = next(
            (
                d
                for d in open_
                if x is not d
                and not x.period
                and not x.location
                and (x.direction, x.event_date) == (d.direction, d.event_date)
                and x.total is not None
                and (x.drones, x.missiles) in ((d.drones, None), (None, d.missiles))
            ),
            None,
        )
        if part is None:
            out.append(x)
        elif part.intercepted is None:
            part.intercepted = x.intercepted
    return out


_PAST_HOURS = re.compile(
    r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|1?\d|2[0-3]|few|several)\s+hours?\b",
    re.I,
)
# "In total …", and a mayor's day count: "Today, 16 drones were shot down", "since midnight"
_IN_TOTAL = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall|since\s+midnight|"
    r"so\s+far\s+today)\b|^\s*today,",
    re.I,
)


# "Two drones were shot down … one in the Domodedovo area and another near the Minsk highway"
_ONE_AND_ANOTHER = re.compile(r"\bone\b[^.;]{0,80}?\band\s+(?:another|the\s+other)\b", re.I)


def _one_of_listed(d: Draft, x: Draft) -> bool:
    """`d` is the first of "one … and another" that break down `x`, given a sentence before."""
    text = d.sentences[0].text
    return (
        d.total == 1
        and x.sentences[-1].index < d.sentences[0].index
        and (d.direction, d.event_date) == (x.direction, x.event_date)
        and bool(_ONE_AND_ANOTHER.search(text))
        and x.total == 1 + len(re.findall(r"\b(?:another|the\s+other)\b", text, re.I))
    )


def drop_running(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        full = None
        if not d.period and d.total is not None:
            full = next((x for x in drafts if _runs_into(d, x)), None)
        if full is None:
            out.append(d)
    return out


def _runs_into(d: Draft, x: Draft) -> bool:
    """Is `d` a running figure of the night that `x` counts in full?"""
    if x is d or x.period or x.total is None or d.total is None or x.total <= d.total:
        return False
    if _one_of_listed(d, x):
        return True
    if (d.direction, d.event_date, d.location, d.daytime) != (
        x.direction,
        x.event_date,
        x.location,
        x.daytime,
    ):
        return False
    if d.event_date is None and not d.location:
        return False  # undated national figures may be different nights
    if _PAST_HOURS.search(d.sentences[0].text) and not _IN_TOTAL.search(d.sentences[0].text):
        return True
    later = x.sentences[0].index > d.sentences[-1].index
    same_kinds = d.categories == x.categories  # not "728 drones" before "741 in total"
    return (
        later
        and same_kinds
        and bool(_IN_TOTAL.search(x.sentences[0].text))
        and compatible_source(d, x)
    )


def compatible_source(a: Draft, b: Draft) -> bool:
    return a.source is None or b.source is None or a.source == b.source


_LOCAL_LABELS = frozenset({"governor", "mayor", "city officials"})


def unnamed_officials(a: Draft, b: Draft) -> bool:
    """ "…81 cruise missiles, say officials" over "…81 missiles, Kyiv's top general claimed":
    "officials" is the reporter's word for the named source of the same figure."""
    labels = {a.source, b.source}
    return "officials" in labels and not labels & _LOCAL_LABELS


_ANOTHER_ONE = re.compile(r"\b(?:another|a\s+second|one\s+more|again|new|also)\b", re.I)


def drop_single_repeats(drafts: list[Draft]) -> list[Draft]:
    """ "A Ukrainian UAV had been destroyed over the region" and, next, "air defence detected and
    shot down a Ukrainian aircraft-type drone": one drone told twice, unless the second is
    "another" one (or "a second", "again", "a new attempt")."""
    out: list[Draft] = []
    for d in drafts:
        s = d.sentences[0]
        upto = d.position - s.start + 10  # (the figure itself may be "Another")
        twice = d.total == 1 and not _ANOTHER_ONE.search(s.text, 0, max(0, upto))
        first = next(
            (
                e
                for e in out
                if twice
                and e.total == 1
                and (e.direction, e.event_date, e.daytime) == (d.direction, d.event_date, d.daytime)
                and e.drones == d.drones
                and (e.location is None or d.location is None or e.location == d.location)
                and 0 < s.index - e.sentences[-1].index <= 3
            ),
            None,
        )
        if first is None:
            out.append(d)
            continue
        first.source = first.source or d.source
        first.location = first.location or d.location
    return out
