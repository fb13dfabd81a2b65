"""Cheap tests that decide what the extractor reads at all.

Most of a long article is prose with no weapon figure: these tests (plain regexes on
lower-cased text, substring checks) reject it before sentence splitting and the real
rules. Case-insensitive regexes are ~10x slower, hence lower-cased text everywhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

# A weapon word and something number-like, before any real work.
NUMBER_QUICK = re.compile(
    r"\d|hundred|dozen|thousand|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
)
_LINK_LINE = re.compile(
    r"^\W*(?:read\s+more|related(?:\s+(?:story|stories|articles?|coverage|news))?|see\s+also|"
    r"also\s+read|read\s+also|more\s+on\s+this|recommended|watch|listen|more\s+from)\s*[:|»›>—–-]"
)
_NUMBERISH = (
    r"(?:\d|hundred|dozen|thousand|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)\b)"
)
# A number with a weapon word close after it, or one of the elliptic forms the
# mention finder knows ("a record 741", "91 over Moscow", "810-drone attack").
_ALSO_ONE_QUICK = re.compile(r"\balso (?:launched|fired|used|sent) an? ")
_FIGURE_QUICK = re.compile(
    _NUMBERISH + r"[\w,+-]*\W+(?:[\w'’-]+\W+){0,7}?(?:drone|uav|missile|shahed|geran|projectile|"
    r"weapon|means|assets|decoy|targets|rocket|unmanned|aerial|vehicle|munition|bomb|kab|kinzhal|iskander|"
    r"launches\s+were)"
    r"|\d-(?:drone|uav|shahed|missile|weapon|projectile)|record(?:-\w+)?\s+(?:of\s+)?\d"
    r"|\d[\d,]*\s+(?:of\s+(?:them|these|those)|over|at|in|on|toward|launched|fired|more|were|was)\b"
    r"|(?:including|of\s+which|total\s+of|the)\s+\d|(?:drones?|uavs?|missiles?)\s*[—–]\s*\d"
)
# "A Ukrainian drone was destroyed over …": one drone, no digit
_ONE_DOWNED_QUICK = re.compile(
    r"\b(?:an?|another|the (?:second|third|fourth|fifth|remaining)) (?:[\w-]+ ){0,3}?"
    r"(?:drone|uav|unmanned aerial vehicle|missile) "
    r"(?:\(\w+\) )?(?:of (?:an? )?[\w-]+ type )?"
    r"(?:(?:flying|heading|headed) (?:to(?:wards?)?|for) \w+ |(?:that|which) [^,.;]{0,60}? )?"
    r"(?:was|had been|has been) (?:\w+ (?:and )?)?"
    r"(?:shot down|downed|destroyed|intercepted|eliminated|neutrali)"
)
# "air defences downed a Ukrainian drone over the Belgorod region"
_ONE_DOWNED_ACTIVE_QUICK = re.compile(
    r"(?:downed|destroyed|intercepted|shot down|repelled the attack of) an? (?:[\w-]+ ){0,3}?"
    r"(?:drone|uav|unmanned aerial vehicle|missile)(?: (?:(?:just )?(?:before|after) midnight "
    r"(?:on \w+ )?)?(?:over|above|in|near|fired by|launched by|"
    r"(?:that was )?(?:flying|heading|headed) (?:to|toward|towards|for)|as it (?:approached|"
    r"was approaching|neared)|while approaching|on (?:its )?approach) |"
    # "… a Ukrainian drone overnight", "… a long-range Storm Shadow missile."
    r" (?:overnight|tonight|at night|early on|on \w+day)\b| ?(?:[,.;]|$))"
)
# "A drone attacked the … refinery", "… drone crossed into Russian airspace before being shot down"
_ONE_ATTACKED_QUICK = re.compile(
    r"\battack (?:carried out |launched )?by an? (?:[\w-]+ ){0,2}?(?:drone|uav)\b|"
    r"\ban? (?:[\w-]+ ){0,3}?(?:drone|uav|unmanned aerial vehicle) (?:of the (?:[\w-]+ ){1,4}?)?"
    r"(?:(?:has |had )?(?:attacked|targeted|crashed into)\b|[^.;]{0,80}?\b(?:before|after) being "
    r"(?:shot down|downed|destroyed|intercepted)\b)"
)
# "the aggressor attacked the Dnipro district with a missile"
_WITH_ONE_QUICK = re.compile(
    r"\battack(?:ed)? (?:[\w-]+ ){1,7}?with an? (?:[\w-]+ ){0,2}?(?:drone|missile|uav)"
)
_DASH_LIST_QUICK = re.compile(
    r"\s*\d+\s*[–—-]\s*(?:over|in|above)\s+(?:the\s+territory\b|(?:the\s+)?[\w-]+\s+(?:region|oblast)\b)"
)
# "Another 126 were destroyed over Kursk oblast": an MoD line with its noun left out
_ANOTHER_QUICK = re.compile(
    r"\banother \d[\d,]* (?:were|was) (?:\w+ )?(?:shot down|downed|destroyed|intercepted) "
    r"(?:over|above) "
)
_PUT_AT_QUICK = re.compile(r"\bput the (?:number|total|figure|tally|count) at (?:\w+ )?\d")
_OF_THEM_QUICK = re.compile(r"\d\s+of\s+(?:them|these|those)\b")
ATTACK_QUICK = re.compile(
    r"drone|missile|attack|barrage|strike|assault|launch|fire|shahed|uav|projectile|onslaught"
)
# The lead: an attack word and a time word close together (its paragraph is always read).
# One flat alternative per first word: each starts with a literal, so the regex engine skips
# positions whose letter starts none of them (twice as fast as the nested form).
_ATTACK_WORDS = ("drone", "missile", "attack", "barrage", "strike", "assault")
_TIME_WORDS = ("night", r"day\b", "yesterday", "today", "morning")
_LEAD_RE = re.compile(
    "|".join(
        [rf"{w}[^\n]{{0,200}}?(?:{'|'.join(_TIME_WORDS)}|\d{{1,2}}\b)" for w in _ATTACK_WORDS]
        + [rf"{w}[^\n]{{0,200}}?(?:{'|'.join(_ATTACK_WORDS)})" for w in _TIME_WORDS]
    )
)
# The opening is always read; a lead match never spans more than this many characters.
OPENING = 600
_LEAD_SPAN = 220

WEAPON_WORDS = (
    "drone", "missile", "uav", "shahed", "geran", "projectile", "weapon", "means", "assets",
    "decoy", "targets", "unmanned", "aerial", "rocket", "attack vehicle", "kinzhal", "iskander",
    "launches were",
)  # fmt: skip
RELEVANT_WORDS = (
    *WEAPON_WORDS, "shot down", "downed", "destroyed", "intercept", "neutrali", "suppress",
    "record", "largest", "biggest", "unprecedented", "air force",
)  # fmt: skip


_ONE_VERBS = ("attacked", "targeted", "crashed", " being ", "attack carried out by", "attack by a")


# Literals every match of _ONE_DOWNED_QUICK ("was "/"been ") or of _ONE_DOWNED_ACTIVE_QUICK holds.
_ACTIVE_ONE = (
    "downed a",
    "destroyed a",
    "intercepted a",
    "shot down a",
    "repelled the attack of a",
)


def _has_passive(low: str) -> bool:
    return "was " in low or "been " in low


def _has_one_verb(low: str) -> bool:
    return has_any(low, _ONE_VERBS)  # (a literal test before the one-drone regex)


def has_any(low: str, words: tuple[str, ...]) -> bool:
    # Plain substring tests: several times faster than a regex alternation of words; a
    # loop, not `any()` over a generator (no frame resumed per word).
    for w in words:  # noqa: SIM110 (any() over a generator is slower)
        if w in low:
            return True
    return False


def is_candidate(sentence: str) -> bool:
    """A sentence worth the mention finder: a weapon word near a figure."""
    low = sentence.lower()
    if _LINK_LINE.match(low):
        return False  # "Read more: Russia fires 500 drones…" points at another story
    if has_any(low, WEAPON_WORDS):
        return (
            _FIGURE_QUICK.search(low) is not None
            # (each regex after a literal its every match holds: a cheap test first)
            or ("also " in low and _ALSO_ONE_QUICK.search(low) is not None)
            or (_has_passive(low) and _ONE_DOWNED_QUICK.search(low) is not None)
            or (has_any(low, _ACTIVE_ONE) and _ONE_DOWNED_ACTIVE_QUICK.search(low) is not None)
            or ("attack" in low and " with a" in low and _WITH_ONE_QUICK.search(low) is not None)
            or (_has_one_verb(low) and _ONE_ATTACKED_QUICK.search(low) is not None)
        )
    if low[:4].lstrip()[:1].isdigit() and _DASH_LIST_QUICK.match(low):
        return True  # an MoD list line: "1 – over the territory of Tver region."
    if "another" in low and _ANOTHER_QUICK.search(low):
        return True
    if "put the " in low and _PUT_AT_QUICK.search(low):
        return True  # "President Zelenskyy put the number at 85."
    return _OF_THEM_QUICK.search(low) is not None  # "Kyiv was attacked by 50 of them"


def _lead_start(low: str) -> int:
    """Where the lead starts if that is past the opening, else -1 (the opening is read)."""
    # A match starting in the opening ends before OPENING + _LEAD_SPAN: look there first.
    early = _LEAD_RE.search(low, 0, OPENING + _LEAD_SPAN)
    if early is not None and early.start() < OPENING:
        return -1
    lead = _LEAD_RE.search(low, OPENING)
    return lead.start() if lead else -1


def paragraph_filter(text: str, low: str) -> Callable[[int, int], bool]:
    """`keep(start, end)` for `split_sentences`: the opening, the lead's paragraph and
    paragraphs with a relevant word and a number; `low` is `text.lower()`."""
    lead_at = _lead_start(low)
    if len(low) != len(text):  # lower() moved offsets (rare characters such as "İ")

        def keep_slow(start: int, end: int) -> bool:
            if start < OPENING or start <= lead_at < end:
                return True
            para = text[start:end].lower()
            return has_any(para, RELEVANT_WORDS) and NUMBER_QUICK.search(para) is not None

        return keep_slow
    # Where relevant words occur past the opening: one scan of the article per word, then
    # a lookup per paragraph. (No word holds a newline, so none spans two paragraphs.)
    hits = _occurrences(low, RELEVANT_WORDS, OPENING)

    def keep(start: int, end: int) -> bool:
        if start < OPENING or start <= lead_at < end:
            return True
        at = bisect_left(hits, start)
        if at == len(hits) or hits[at] >= end:
            return False
        return NUMBER_QUICK.search(low[start:end]) is not None

    return keep


def _occurrences(low: str, words: tuple[str, ...], start: int) -> list[int]:
    """Sorted start offsets (from `start` on) of every occurrence of any of `words`."""
    found: list[int] = []
    for w in words:
        at = low.find(w, start)
        while at >= 0:
            found.append(at)
            at = low.find(w, at + 1)
    found.sort()
    return found
