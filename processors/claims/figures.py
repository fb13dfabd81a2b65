"""A sentence's figures → claims: which figures form one attack, and what they add up to."""

from __future__ import annotations

import dataclasses
from datetime import date

from processors.claims import timing as tm
from processors.claims import vocabulary as v
from processors.claims.dates import DateCue
from processors.claims.draft import weakest
from processors.claims.fastre import ci
from processors.claims.mentions import Mention, Role
from processors.claims.numbers import find_numbers
from processors.claims.structure import OF_NUMBER
from salvo.schemas import Qualifier

_BARE_INTERCEPT_BEFORE = ci(
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|eliminated|"
    # "while contact was lost with 25 others", "lost track of 12"
    r"jammed|contact\s+(?:was|had\s+been)\s+lost\s+with|lost\s+(?:contact\s+with|track\s+of))\s+"
    r"(?:a\s+total\s+of\s+|some\s+|about\s+|nearly\s+|at\s+least\s+|more\s+than\s+|"
    r"almost\s+|around\s+)?$",  # (not "over": "shot down over 13 regions")
)
_BARE_INTERCEPT_AFTER = ci(
    r"^\s*(?:targets\s+|objects\s+|air\s+targets\s+|more\s+|others\s+|other\s+\w+\s+)?"
    r"(?:of\s+(?:them|those|these|which|the\s+\w+)\s+)?"
    # "74 of which Ukraine's air force said their air defenses destroyed"
    r"(?:(?:[\w'’-]+\s+){1,4}?(?:said|says|reported)\s+(?:(?:their|its)\s+(?:[\w-]+\s+){1,2}?)?)?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?)?[\"“”']?(?:shot\s+down|downed|"
    r"destroyed|intercepted|neutrali[sz]ed|suppressed|jammed|eliminated|locationally\s+lost|"
    r"lost\b|repell?ed|disappeared|vanished)",
)
# A following sentence that only says where the figure came from.
# "33 of the 44 drones launched overnight were destroyed"
_SHARE_DOWNED = ci(
    r"^\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been)"
    r"\s+(?:\w+\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|repell?ed)"
)
_LIST_BEFORE = ci(r"(?:\band|,|\balong\s+with|\bas\s+well\s+as)\s+$")
_NOT_WEAPON_AFTER = ci(r"\s*(?:%|per\b|people|civilians|soldiers|troops)")


def groups(
    sentence: str, launched: list[Mention], cues: list[DateCue], main_date: date | None
) -> list[list[Mention]]:
    """Split a sentence's launched figures into attacks: one group per claim."""
    groups: list[list[Mention]] = []
    current: list[Mention] = []
    current_key: tuple[object, ...] = ()
    for m in launched:
        if m.child:
            if current:
                current.append(m)
            continue
        key = (tm.event_date(sentence, m, cues, main_date)[0], m.location)
        cats = {x.category for x in current if not x.child}
        same = [x for x in current if not x.child and x.category == m.category]
        clash = (
            (m.category == "total" and bool(cats))
            or "total" in cats
            # "8 ballistic missiles and 32 cruise missiles" add up; "400 drones … 728 drones" not
            or (m.category != "guided_bomb" and any(_repeats(sentence, x, m) for x in same))
        )
        if current and (clash or key != current_key):
            groups.append(current)
            current = []
        if not current:
            current_key = key
        current.append(m)
    if current:
        groups.append(current)
    return [g for g in groups if any(m.category != "guided_bomb" for m in g)]


_LIST = ci(
    r"^[\s,]*(?:and|plus|as\s+well\s+as|along\s+with|together\s+with|accompanied\s+by|"
    r"alongside|in\s+addition\s+to)?[\s,]*$"
)


def _repeats(sentence: str, x: Mention, m: Mention) -> bool:
    """Is `m` another figure for the same thing as `x` (a new attack), not a further part?

    "8 ballistic missiles and 32 cruise missiles" and "three Shahed-type drones and two
    drones of an unidentified type" are parts that add up.
    """
    if x.kinds and m.kinds:
        return bool(x.kinds & m.kinds)
    return not ((x.kinds or m.kinds) and _LIST.match(sentence[x.end : m.start]))


def nearest_group(records: list[int], groups: list[list[Mention]]) -> set[int]:
    """The groups each record word is closest to (by characters)."""
    out: set[int] = set()
    for pos in records:

        def distance(g: list[Mention], pos: int = pos) -> int:
            start, end = g[0].start, max(m.end for m in g)
            return 0 if start <= pos <= end else min(abs(pos - start), abs(pos - end))

        out.add(id(min(groups, key=distance)))
    return out


def all_downed(m: Mention) -> bool:
    """ "shot down all 29 drones": every weapon launched was downed, so 29 were launched."""
    return m.role is Role.INTERCEPTED and m.all_of and not m.child


def top(m: Mention) -> Mention:
    """A breakdown line ("91 over the Moscow region") as a figure of its own."""
    return dataclasses.replace(m, child=False)


def figures(
    group: list[Mention],
) -> tuple[int | None, int | None, int | None, dict[str, int], Qualifier, set[str]]:
    tops = [m for m in group if not m.child]
    children = [m for m in group if m.child and not m.location]
    breakdown: dict[str, int] = {}
    for m in group:
        if m.location and m.child:
            continue
        if m.category == "guided_bomb" and m.value is not None:
            breakdown["guided_bomb"] = breakdown.get("guided_bomb", 0) + m.value
        elif m.kind and m.value is not None and m.kind not in breakdown:
            breakdown[m.kind] = m.value
    totals = [m for m in tops if m.category == "total"]
    if totals:
        t = totals[0]
        drones = sum_optional([m for m in children if m.category == "drones"])
        missiles = sum_optional([m for m in children if m.category == "missiles"])
        return t.value, drones, missiles, breakdown, t.qualifier, {"total"}
    drone_ms = [m for m in tops if m.category == "drones"]
    missile_ms = [m for m in tops if m.category == "missiles"]
    drones = sum_optional(drone_ms)
    missiles = sum_optional(missile_ms)
    parts = drone_ms + missile_ms
    qualifier = weakest([m.qualifier for m in parts])
    if any(m.value is None for m in parts):
        total = None
        qualifier = Qualifier.VAGUE
    else:
        total = (drones or 0) + (missiles or 0)
    return total, drones, missiles, breakdown, qualifier, {m.category for m in parts}


def sum_optional(mentions: list[Mention]) -> int | None:
    if not mentions or any(m.value is None for m in mentions):
        return None
    return sum(m.value or 0 for m in mentions)


def sum_values(mentions: list[Mention]) -> int:
    return sum(m.value or 0 for m in mentions)


_MORE_AFTER = ci(r"\s+more\b")
_ANOTHER_BEFORE = ci(r"\b(?:another|a\s+further)\s+$")


def more_intercepts(sentence: str, mentions: list[Mention]) -> int:
    """ "10 drones were shot down over Crimea, while three more were suppressed": further
    weapons neutralised in the same report (for UA->RU they add to the downed figure)."""
    if "more" not in sentence and "another" not in sentence and "further" not in sentence:
        return 0
    taken = {(m.start, m.number.end) for m in mentions}
    total = 0
    for num in find_numbers(sentence, qualify=False):
        if (num.start, num.end) in taken or num.value is None:
            continue
        more = _MORE_AFTER.match(sentence, num.end)
        after = sentence[more.end() : more.end() + 60] if more else ""
        another = _ANOTHER_BEFORE.search(sentence, max(0, num.start - 12), num.start)
        if another:
            after = sentence[num.end : num.end + 60]
        if (more or another) and _BARE_INTERCEPT_AFTER.match(after):
            total += num.value
    # "downed one drone on approach, while another was destroyed over the facility"
    return total + len(_ANOTHER_DOWNED.findall(sentence))


_ANOTHER_DOWNED = ci(
    r"(?:,|\bwhile|\band)\s+another\s+(?:was|had\s+been)\s+(?:shot\s+down|downed|destroyed|"
    r"intercepted)\b"
)


def bare_intercepts(sentence: str, mentions: list[Mention]) -> int:
    """ "… of which 386 were shot down", "shot down 386": intercept counts with no noun."""
    taken = {(m.start, m.number.end) for m in mentions}
    downed = [m for m in mentions if m.role is Role.INTERCEPTED]
    total = 0
    for num in find_numbers(sentence, qualify=False):
        if (num.start, num.end) in taken or num.value is None:
            continue
        if downed and num.start > downed[0].end and ":" in sentence[downed[0].end : num.start]:
            continue  # "478 air targets: 270 were shot down …" is a breakdown, not more
        before = sentence[max(0, num.start - 40) : num.start]
        after = sentence[num.end : num.end + 90]
        noun_follows = _NOT_WEAPON_AFTER.match(after)
        listed_pair = (
            OF_NUMBER.match(after)
            and _LIST_BEFORE.search(before)
            and v.INTERCEPT_RE.search(sentence, 0, num.start)
        )  # "downed 35 of 53 missiles and 46 of 47 drones": the verb covers the list
        if (
            _BARE_INTERCEPT_AFTER.match(after)
            or _SHARE_DOWNED.match(after)
            or (_BARE_INTERCEPT_BEFORE.search(before) and not noun_follows)
            or listed_pair
        ):
            total += num.value
    return total


# "over 800 drones and multiple missiles", "110 missiles as well as drones", "100 missiles and
# a similar number of drones": a second kind named without its own figure.
_UNCOUNTED = ci(
    r"[^.;:]{0,30}?\b(?:and|as\s+well\s+as|plus|along\s+with|alongside|together\s+with|"
    r"in\s+addition\s+to)\s+(?:(?P<same>a\s+similar\s+number\s+of|the\s+same\s+number\s+of|"
    r"as\s+many)|(?:multiple|several|numerous|many|various|other|unspecified|an?\s+(?:unknown|"
    r"unspecified|undisclosed)\s+number\s+of|a\s+number\s+of))?\s*"
    # "87 Shahed drones and four different types of missiles": a count of types, not missiles
    r"(?:(?:[a-z]+\s+)?(?:different\s+)?(?:types|kinds)\s+of\s+)?"
    r"(?:(?!\d)[a-z-]+\s+){0,3}?(?P<noun>drones|uavs|missiles|shaheds|rockets)\b"
)


_TYPES_AFTER = ci(r"\s+(?:different\s+)?(?:types|kinds)\s+of\b")
_ASIDE = ci(
    r",\s*(?:including|among\s+them|such\s+as)\b[^.;:\d]{0,70}?"
    r"(?=,\s*(?:and|as\s+well\s+as|plus|along\s+with)\b)"
)


def uncounted_part(
    sentence: str, group: list[Mention], mentions: list[Mention]
) -> tuple[str, bool] | None:
    """The category of a kind named after `group` with no figure of its own, and whether
    the text gives it the same size ("a similar number of drones")."""
    end = max(m.end for m in group)
    aside = _ASIDE.match(sentence, end)  # ", including hypersonic and cruise missiles,"
    found = _UNCOUNTED.match(sentence, aside.end() if aside else end)
    if found is None:
        return None
    if any(end <= m.start < found.end() for m in mentions):
        return None  # "728 drones and 13 missiles": counted
    span = sentence[end : found.end()]
    if any(not _TYPES_AFTER.match(span, n.end) for n in find_numbers(span, qualify=False)):
        return None  # a figure in between counts the kind ("four types of" does not)
    noun = found.group("noun").lower()
    shahed = "shahed" in found.group(0).lower()  # "the same number of Shahed missiles"
    category = "drones" if noun in ("drones", "uavs", "shaheds") or shahed else "missiles"
    return category, found.group("same") is not None
