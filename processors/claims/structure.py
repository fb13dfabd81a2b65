"""How a sentence's figures relate: a list that shares one verb or place, a breakdown
("including …") of the figure before it, a list item's own share."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from processors.claims import vocabulary as v
from processors.claims.fastre import ci
from processors.claims.roles import Role, of_launched

if TYPE_CHECKING:
    from processors.claims.mentions import Mention

_CHILD_RE = ci(
    r"\b(?:including|included|includes|of\s+which|of\s+them|among\s+them|among\s+which|"
    r"comprising|consisting\s+of|made\s+up\s+of|such\s+as|namely|specifically|broken\s+down)\b|"
    r"[:(]|—|–|\s-\s",
)
_LIST_GAP = ci(
    r"^[\s,]*(?:and|or|as\s+well\s+as|plus)?[\s,]*(?:all|both)?\s*(?:nearly|almost|about|around|"
    r"some|roughly|over|more\s+than|at\s+least|up\s+to|another)?\s*$"
)
_CLAUSE_BREAK = ci(r"^\s*,\s*$")  # a bare comma: maybe the next clause, not the list
# (not "shot down all 19 drones and 11 Kalibr missiles": 11 of the 12)
_LAUNCHED_BY_AFTER = ci(r"\s+(?:launched|fired|sent|used)\s+(?:by|at|against|from|overnight)\b")
_ITEM_GAP = ci(r"^[^.;]{0,40}[;,]\s*(?:and\s+|plus\s+)?$")
_ALONG_WITH_GAP = ci(r"[^.;]{0,60}?,\s*(?:along|together)\s+with\s+$")
_SHELLS_END = ci(r"\b(?:rockets|projectiles|shells)$")
_PAIR_LIST_GAP = ci(r"\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with)\s+$")
# "35 of 53 missiles": a figure followed by its launch figure
OF_NUMBER = ci(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d")


def spread_location(sentence: str, mentions: list[Mention]) -> None:
    """ "250 drones and 14 missiles toward Kyiv": the place covers the whole list."""
    for i in range(len(mentions) - 2, -1, -1):
        cur, nxt = mentions[i], mentions[i + 1]
        if nxt.child and nxt.location:
            continue  # "35 drones, 20 of them over the Bryansk region": a share's place
        if nxt.location and not cur.location and _LIST_GAP.match(sentence[cur.end : nxt.start]):
            cur.location = nxt.location


def spread_outcome(sentence: str, mentions: list[Mention]) -> None:
    """ "747 drones and four missiles were shot down": the verb covers the whole list."""
    for i in range(len(mentions) - 2, -1, -1):
        cur, nxt = mentions[i], mentions[i + 1]
        if nxt.from_after and (not cur.from_after or nxt.role is Role.SKIP):
            gap = sentence[cur.end : nxt.start]
            if _CLAUSE_BREAK.match(gap) and cur.role is Role.INTERCEPTED:
                continue  # "While defences downed 79 missiles and 35 drones, 12 missiles hit"
            if _LIST_GAP.match(gap) or (cur.all_of and _CHILD_RE.search(gap)):
                cur.role, cur.from_after, cur.uncued = nxt.role, True, False
    # "destroyed all of the 18 missiles and nine drones launched by Russia": "all" covers the
    # list, so every item was launched (and downed)
    # A list of three or more (a comma after the "all" figure) is covered as well: "destroyed
    # all 39 Shahed drones, 2 Orlan-10 UAVs and 1 air missile"
    serial = False
    for cur, nxt in itertools.pairwise(mentions):
        if cur.all_of and not nxt.all_of and nxt.role is not Role.SKIP:
            gap = sentence[cur.end : nxt.start]
            serial = serial or (_CLAUSE_BREAK.match(gap) is not None and cur.role is nxt.role)
            covered = serial or _LAUNCHED_BY_AFTER.match(sentence, nxt.end)
            if covered and _LIST_GAP.match(gap) and not OF_NUMBER.match(sentence, nxt.number.end):
                nxt.all_of, nxt.role = True, cur.role
    # "…: 539 drones; 11 missiles": a list item with no verb of its own takes the list's role.
    for cur, nxt in itertools.pairwise(mentions):
        if nxt.uncued and _ITEM_GAP.match(sentence[cur.end : nxt.start]):
            nxt.role, nxt.uncued = cur.role, cur.uncued
    # "downed six drones over Odesa …, along with three cruise missiles": the verb before the
    # list downs the part added after it too.
    for cur, nxt in itertools.pairwise(mentions):
        if (
            cur.role is Role.INTERCEPTED
            and not cur.from_after
            and nxt.role is Role.LAUNCHED
            and _ALONG_WITH_GAP.match(sentence, cur.end, nxt.start)
        ):
            nxt.role = Role.INTERCEPTED
    # "Hits by 11 missiles and 22 drones were recorded": the hits cover the list.
    # Not after artillery: "shot down two Storm Shadow missiles, six HIMARS rockets, and 67
    # drones" skips the rockets only.
    for cur, nxt in itertools.pairwise(mentions):
        if cur.role is not Role.SKIP or _SHELLS_END.search(sentence, cur.start, cur.end):
            continue
        if _LIST_GAP.match(sentence[cur.end : nxt.start]):
            nxt.role = Role.SKIP
    # "intercepted 9 out of 10 drones and a cruise missile": the verb downs the single missile
    # too, so it was launched as well (as with "all"); "35 of 53 missiles and 46 of 47 drones"
    # pairs each kind instead.
    for cur, nxt in itertools.pairwise(mentions):
        if (
            nxt.value == 1
            and nxt.role is Role.INTERCEPTED
            and not nxt.from_after
            and cur.role is Role.LAUNCHED
            and not cur.from_after
            and _PAIR_LIST_GAP.match(sentence, cur.end, nxt.start)
            and not OF_NUMBER.match(sentence, nxt.number.end)
            and of_launched(sentence[: cur.start])
        ):
            nxt.all_of = True


def mark_children(sentence: str, mentions: list[Mention]) -> None:
    """After "including"/":"/"of which", figures break down the figure before them."""
    parent: Mention | None = None
    in_list = False
    colon = False  # a list opened by ":" runs on through ";"
    last_child: Mention | None = None
    for m in mentions:
        if _share_of(sentence, last_child, m) or _share_of(sentence, parent, m):
            m.child, m.role = True, Role.SKIP  # "2 over the Moscow Region, including one …"
            continue
        # "3 – over the Moscow region, including 2 UAVs flying towards Moscow": a place's share
        shared_place = parent is not None and bool(m.location and parent.location)
        # "…, including 2 over the Moscow Region, including one flying toward Moscow, and one
        # each over A and B": an open list's placed items share its role whatever verb is near
        listed = in_list and m.location is not None
        if parent is not None and (m.role is parent.role or shared_place or listed):
            gap = sentence[parent.end : m.start]
            if _CHILD_RE.search(gap):
                in_list = True
                colon = colon or ":" in gap
            elif (";" in gap and not colon) or (v.LAUNCH_RE.search(gap) and not in_list):
                in_list = False
            if in_list and _narrower(parent, m):
                m.child = True
                m.role = parent.role
                last_child = m
                continue
        if not m.child:
            parent = m
            in_list = colon = False


def _share_of(sentence: str, item: Mention | None, m: Mention) -> bool:
    """A list item's own breakdown: "two over the Moscow Region, including one flying toward
    Moscow", "nine over the Moscow Region (including seven UAVs heading towards Moscow)" (the
    one is part of the two, not another place's figure)."""
    if item is None or item.location is None or m.location is None:
        return False
    if item.value is None or m.value is None or m.value > item.value:
        return False
    return bool(_SHARE_GAP.match(sentence[item.end : m.start]))


_SHARE_GAP = ci(r"^[^\d;]{0,80}?[,(]\s*including\s+$")  # (also "(including seven … Moscow)")
_RANK = {"total": 3, "drones": 2, "missiles": 2, "guided_bomb": 2}


def _narrower(parent: Mention, child: Mention) -> bool:
    if parent.value is not None and child.value is not None and child.value > parent.value:
        return False
    if _RANK[parent.category] > _RANK[child.category]:
        return True
    if child.location and not parent.location:
        return True  # "337 drones, including 91 over the Moscow region"
    if child.location and parent.location and child.location != parent.location:
        return True  # "3 over the Moscow region, including 2 flying towards Moscow"
    return parent.category == child.category and bool(child.kinds)
