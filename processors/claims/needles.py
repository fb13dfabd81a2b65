"""Literal text that every match of a pattern must contain: a cheap test before a scan.

Most rule patterns run on sentences that cannot match them, and a pattern that starts
with `\\b` or a look-behind gives CPython's regex engine no fast scan: it tries a match
at every position. A plain search for the literals one of which any match must contain
("shot down" or "downed" in `\\b(?:shot\\s+down|downed)\\b`) is a fast C scan; when none
of them is in the text the pattern cannot match, so skipping it changes no result. The
literals are read from the parsed pattern; any part not understood gives no literals
(the pattern always runs).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # CPython's own parser (private, hence the fallback: no scout)
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - other Python implementations
    _p = _c = None

# Shorter literals (a letter, "of") are in nearly every sentence: no use as a test.
_MIN_LENGTH = 3
# A small class ("[—–]") is a set of one-character literals.
_MAX_CLASS = 4
# Words in nearly every news sentence: a test for them rejects almost nothing.
_COMMON = frozenset(
    ("the", "that", "this", "from", "with", "over", "more", "after", "which", "said", "says",
     "also", "than", "were", "was", "have", "has", "their", "into", "been")
)  # fmt: skip

Needles = frozenset[str]


def scout(pattern: str) -> re.Pattern[str] | None:
    """A pattern that finds any of the literals every match of `pattern` contains (so no
    match of the scout in a text's range means no match of `pattern` there); None when
    there are none worth testing or the pattern is not understood."""
    needles = scout_literals(pattern)
    return None if needles is None else re.compile("|".join(re.escape(n) for n in needles))


def scout_literals(pattern: str) -> tuple[str, ...] | None:
    """The scout's literals, longest first (any one found is enough); None as for `scout`."""
    needles = required(pattern)
    if not needles or min(len(n) for n in needles) < _MIN_LENGTH or needles & _COMMON:
        return None
    return tuple(sorted(needles, key=lambda n: (-len(n), n)))


def required(pattern: str) -> Needles | None:
    """Literals one of which lies inside every match of `pattern` (case-sensitive)."""
    if _p is None:
        return None  # pragma: no cover
    try:
        parsed = _p.parse(pattern)
    except Exception:  # any surprise: no literals
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None  # a literal would stand for several spellings
    return _sequence(list(parsed))


def _sequence(items: list[tuple[Any, Any]]) -> Needles | None:
    """Every item of a sequence must match, so any item's literals will do: the best."""
    best: Needles | None = None
    run: list[str] = []  # consecutive literal characters form one literal
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _item(op: Any, av: Any) -> Needles | None:
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:
            return None  # inline flags ("(?i:…)") change what a literal matches
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            part = _sequence(list(alt))
            if part is None:
                return None  # an alternative with no literal: no test for the whole
            out |= part
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return _sequence(list(av[2])) if av[0] >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.IN and len(av) <= _MAX_CLASS and all(kind is _c.LITERAL for kind, _ in av):
        return frozenset(chr(value) for _, value in av)
    return None  # assertions (zero-width), classes, any character, group references, …


def _better(a: Needles | None, b: Needles | None) -> Needles | None:
    """The more selective set: no common word, then longer shortest literal, then fewer."""
    if a is None or b is None:
        return a if b is None else b
    return b if _selectivity(b) > _selectivity(a) else a


def _selectivity(needles: Needles) -> tuple[bool, int, int]:
    return not (needles & _COMMON), min(len(n) for n in needles), -len(needles)
