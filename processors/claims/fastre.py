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


@functools.lru_cache(maxsize=256)
def _lower(text: str) -> str:
    # The rules ask many patterns about the same sentence: lower-case it once.
    return text.lower()


class Lower:
    """A compiled case-insensitive pattern with the `re.Pattern` methods the rules use."""

    __slots__ = ("_fast", "_slow", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        # Lower-case the pattern but keep the named-group syntax "(?P<…>".
        self._fast = re.compile(pattern.lower().replace("(?p<", "(?P<"))
        self._slow = re.compile(pattern, re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = _lower(text)
        if len(low) == len(text):
            return self._fast, low
        return self._slow, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, t = self._pick(text)
        return rx.search(t, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, t = self._pick(text)
        return rx.match(t, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        rx, t = self._pick(text)
        return rx.finditer(t, pos, endpos)

    def findall(self, text: str) -> list[str]:
        rx, t = self._pick(text)
        return rx.findall(t)


Pattern = re.Pattern[str] | Lower


def ci(pattern: str) -> Lower:
    return Lower(pattern)
