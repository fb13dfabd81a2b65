"""A first-character gate for patterns that start with an assertion (`\\b`, a look-behind).

CPython's regex engine scans fast for a pattern's literal first characters, but not when
the pattern starts with an assertion: then at every position (every word boundary for
`\\b`) it tries each alternative in turn. A lookahead on the characters the pattern can
start with, `(?=[…])`, rejects most positions in one test. The set is read from the
parsed pattern; when any part of it is not understood, the pattern is left as it is, so
the gate never changes what matches.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # CPython's own parser (private, hence the fallback to the plain pattern)
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - other Python implementations
    _p = _c = None

# A gate that lets most letters through is not worth the extra test.
_MAX_SET = 24


_DIGIT = "\\d"  # stands for the \\d category in a first set


def gated(pattern: str) -> str:
    """`pattern` with a first-character lookahead in front, when it starts with an assertion
    and the characters that can follow are known; else `pattern` unchanged."""
    chars = _first_chars(pattern)
    if not chars or len(chars) > _MAX_SET:
        return pattern
    gate = "".join(ch if ch == _DIGIT else re.escape(ch) for ch in sorted(chars))
    # Zero-width at the same position as the leading \b, so order does not matter.
    return f"(?=[{gate}])(?:{pattern})"


def _first_chars(pattern: str) -> set[str] | None:
    if _p is None or re.match(r"\(\?[aiLmsux]", pattern):
        return None  # global inline flags must stay first
    try:
        items = list(_p.parse(pattern))
    except Exception:  # any surprise: no gate
        return None
    if not items or not _starts_with_assertion(items):
        return None  # the engine may have its own fast scan: keep it
    chars, nullable = _first(items)
    return None if chars is None or nullable else chars


def _starts_with_assertion(items: list[tuple[Any, Any]]) -> bool:
    op, av = items[0]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    # An alternation has a fast scan only if every alternative starts with a literal.
    return op is _c.BRANCH and any(
        len(alt) > 0 and alt[0][0] in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) for alt in av[1]
    )


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(characters a match of `items` can start with, whether it can be empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item decides (a superset is still exact)
        if op is _c.LITERAL:
            return out | {chr(av)}, False
        if op is _c.IN:
            for kind, value in av:
                if kind is _c.LITERAL:
                    out.add(chr(value))
                elif kind is _c.RANGE and value[1] - value[0] < 64:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
                    out.add(_DIGIT)
                else:
                    return None, False  # negated sets, other categories (\w, \s …)
            return out, False
        if op is _c.BRANCH:
            part, nullable = _union([list(alt) for alt in av[1]])
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # inline flags ("(?i:…)") change what a letter matches
            part, nullable = _first(list(av[-1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            part, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            return None, False  # any character, group references, …
        if part is None:
            return None, False
        out |= part
        if not nullable:
            return out, False
    return out, True


def _union(alternatives: list[list[tuple[Any, Any]]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    nullable = False
    for alt in alternatives:
        part, empty = _first(alt)
        if part is None:
            return None, False
        out |= part
        nullable = nullable or empty
    return out, nullable
