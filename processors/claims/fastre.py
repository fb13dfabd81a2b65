"""Case-insensitive patterns that run on lower-cased text.

CPython's `re.IGNORECASE` makes alternations of words roughly ten times slower;
lower-casing the text (a fast C call) and matching a lower-case pattern keeps
the same results and offsets. Text whose lower-case form changes length (rare
characters such as "İ") falls back to the IGNORECASE pattern, so offsets stay exact.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator

from processors.claims.firstchar import gated
from processors.claims.needles import scout_literals


@functools.lru_cache(maxsize=256)
def _lower(text: str) -> str | None:
    """`text.lower()`, or None when that changes its length (offsets would move)."""
    # The rules ask many patterns about the same sentence: lower-case it once.
    low = text.lower()
    return low if len(low) == len(text) else None


_VERBATIM = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]", re.DOTALL)


def lower_pattern(pattern: str) -> str:
    """Lower-case the literal text of a pattern, never its escapes or group names.

    `\\W` must stay "not a word character" (lower-cased it would be `\\w`), `\\A` an
    anchor, `\\S`/`\\D`/`\\B` their own classes, and "(?P<Name>" / "(?P=Name)" the names
    the rules ask for.
    """
    out: list[str] = []
    last = 0
    for m in _VERBATIM.finditer(pattern):
        out.append(pattern[last : m.start()].lower())
        out.append(m.group())
        last = m.end()
    out.append(pattern[last:].lower())
    return "".join(out)


# Scouts of up to this many literals test them one by one (see `Lower.__init__`).
_FEW = 16


def _absent(low: str, words: tuple[str, ...], pos: int, endpos: int) -> bool:
    """No literal of `words` lies wholly inside `low[pos:endpos]` (as a regex search of
    their alternation with `pos`/`endpos` would find)."""
    if pos <= 0 and endpos >= len(low):
        for w in words:  # noqa: SIM110 (a loop: no generator frame per literal)
            if w in low:
                return False
        return True
    pos, endpos = max(pos, 0), max(endpos, 0)  # (find reads negative bounds from the end)
    for w in words:  # noqa: SIM110
        if low.find(w, pos, endpos) >= 0:
            return False
    return True


class Lower:
    """A compiled case-insensitive pattern with the `re.Pattern` methods the rules use."""

    __slots__ = ("_fast", "_find", "_first", "_scan", "_slow", "_words", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        lowered = lower_pattern(pattern)
        self._fast = re.compile(gated(lowered))
        self._slow = re.compile(pattern, re.IGNORECASE)
        # Literals any match contains: when none is in the text, the scan is skipped.
        # One literal: a regex search (a fast C scan for it); a few: `in`/`find` per literal,
        # several times faster than a regex alternation on sentence-long text; many: the regex.
        needles = scout_literals(lowered) or ()
        few = 1 < len(needles) <= _FEW
        self._words = needles if few else None
        self._scan = (
            re.compile("|".join(map(re.escape, needles))).search if needles and not few else None
        )
        # Bound methods, looked up once: the rules make ~100 calls per candidate sentence.
        self._find = self._fast.search
        self._first = self._fast.match

    # Each method picks the pattern inline (no helper call).
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = _lower(text)
        if low is None:
            return self._slow.search(text, pos, endpos)
        if self._scan is not None and self._scan(low, pos, endpos) is None:
            return None
        if self._words is not None and _absent(low, self._words, pos, endpos):
            return None
        return self._find(low, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        low = _lower(text)
        if low is None:
            return self._slow.match(text, pos, endpos)
        return self._first(low, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        low = _lower(text)
        if low is None:
            return self._slow.finditer(text, pos, endpos)
        if self._scan is not None and self._scan(low, pos, endpos) is None:
            return iter(())
        if self._words is not None and _absent(low, self._words, pos, endpos):
            return iter(())
        return self._fast.finditer(low, pos, endpos)

    def findall(self, text: str) -> list[str]:
        low = _lower(text)
        if low is None:
            return self._slow.findall(text)
        if self._scan is not None and self._scan(low) is None:
            return []
        if self._words is not None and _absent(low, self._words, 0, len(low)):
            return []
        return self._fast.findall(low)


Pattern = re.Pattern[str] | Lower


def ci(pattern: str) -> Lower:
    return Lower(pattern)
