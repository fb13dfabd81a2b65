"""Number grammar: digits ("1,234", "400+"), words ("seven hundred and twenty-eight"),
vague amounts ("hundreds", "dozens") and the qualifier in front ("more than", "some").

`find_numbers()` returns every count-like number in a sentence with its offsets;
model designations (Kh-101, Shahed-136, S-300) and ages are left out because a
letter or hyphen is glued to the digits.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from processors.claims.fastre import ci
from salvo.schemas import Qualifier

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
# "seventy", "seventy-two", "seventy two", "twelve"
_BELOW_100 = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|(?:{_UNIT}))"
# "seven hundred and twenty-eight", "a hundred", "one thousand two hundred"
_WORD_NUMBER = (
    rf"(?:(?:{_BELOW_100}|a)\s+thousand(?:[\s,]+(?:and\s+)?(?:{_BELOW_100}\s+hundred"
    rf"(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100}))?"
    rf"|(?:{_BELOW_100}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?"
    rf"|{_BELOW_100})"
)
# "1,034" and "1 034" with a thin or no-break space (never a plain space: "July 9 500").
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u202f\u2009\u00a0]\d{3})+(?!\d)|\d+(?:\.\d+)?"
_VAGUE = (
    r"(?:several|a\s+few|many)\s+(?:hundred|dozen|thousand)"
    r"|(?:hundreds|dozens|thousands|scores|tens)(?:\s+of\s+thousands)?"
)
_DOZEN = rf"(?:half\s+a\s+dozen|(?:a|{_BELOW_100})\s+dozen)"

NUMBER_RE = ci(
    rf"(?<![\w\-/.,])(?:(?P<digits>{_DIGITS})(?P<plus>\+|-plus|\s+plus\b)?(?P<odd>-odd|\s+odd\b)?"
    rf"|(?P<vague>{_VAGUE})|(?P<dozen>{_DOZEN})|(?P<words>{_WORD_NUMBER}))"
    r"(?![\w%]|-(?!plus|odd)\w|\.\d|,\d)",
)

_QUALIFIER_BEFORE = [
    (
        Qualifier.AT_LEAST,
        r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum\s+of",
    ),
    (
        Qualifier.MORE_THAN,
        r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding|just\s+over|"
        r"well\s+over|greater\s+than|beyond",
    ),
    (
        Qualifier.UP_TO,
        r"up\s+to|as\s+many\s+as|no\s+more\s+than|at\s+most|fewer\s+than|less\s+than|"
        r"under|just\s+under|almost\s+up\s+to|a\s+maximum\s+of",
    ),
    (
        Qualifier.ABOUT,
        r"some|about|around|approximately|approx\.?|roughly|nearly|almost|close\s+to|"
        r"an\s+estimated|estimated|circa|~|an?\s+approximate|approximate|"
        r"in\s+the\s+region\s+of|the\s+order\s+of",
    ),
]
# A qualifier may be separated from the number by filler: "more than a total of 400".
_FILLER = r"(?:\s+(?:a\s+total\s+of|a\s+combined|a\s+record|a\s+whopping|the|total\s+of))?"
_QUALIFIER_RE = [(q, ci(rf"(?:^|[^\w])(?:{pat}){_FILLER}\s*$")) for q, pat in _QUALIFIER_BEFORE]
_QUALIFIER_AFTER_RE = ci(r"^\s*(?:or\s+(?:more|so)\b|\+)")


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A count in the text: its value (None when vague), offsets and qualifier."""

    value: int | None
    start: int
    end: int
    qualifier: Qualifier
    text: str

    @property
    def vague(self) -> bool:
        return self.value is None


def words_to_int(text: str) -> int | None:
    """ "seven hundred and twenty-eight" → 728; None if not a number in words."""
    lowered = text.lower()
    if lowered.startswith("half"):
        return 6  # "half a dozen"
    tokens = re.split(r"[\s\-]+", lowered.replace(",", " "))
    total = 0
    current = 0
    seen = False
    for tok in tokens:
        if tok in ("and", ""):
            continue
        if tok == "a":
            current = max(current, 1)
            seen = True
        elif tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok in _TENS:
            current += _TENS[tok]
            seen = True
        elif tok == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif tok == "thousand":
            total += max(current, 1) * 1000
            current = 0
            seen = True
        elif tok == "dozen":
            current = max(current, 1) * 12
            seen = True
        else:
            return None
    return int(total + current) if seen else None


def qualified(text: str, span: NumberSpan) -> NumberSpan:
    """`span` with the qualifier the words around it give ("more than 400")."""
    if span.value is None:
        return span
    q = _qualifier(text, span.start, span.end, span.qualifier)
    return span if q is span.qualifier else dataclasses.replace(span, qualifier=q)


def _qualifier(text: str, start: int, end: int, base: Qualifier) -> Qualifier:
    before = text[max(0, start - 40) : start]
    for qualifier, rx in _QUALIFIER_RE:
        if rx.search(before):
            return qualifier
    if _QUALIFIER_AFTER_RE.match(text[end : end + 10]):
        return Qualifier.MORE_THAN
    return base


def find_numbers(text: str, qualify: bool = True) -> list[NumberSpan]:
    """Every count-like number in `text`, left to right (qualifiers only if `qualify`)."""
    spans = _numbers(text)
    if not qualify:
        return list(spans)
    return [
        span
        if span.value is None
        else NumberSpan(
            span.value,
            span.start,
            span.end,
            _qualifier(text, span.start, span.end, span.qualifier),
            span.text,
        )
        for span in spans
    ]


@functools.lru_cache(maxsize=64)
def _numbers(text: str) -> tuple[NumberSpan, ...]:
    # The mention finder and the intercept rules read the same sentence's numbers:
    # find them once (spans are frozen, callers get their own list).
    spans: list[NumberSpan] = []
    for m in NUMBER_RE.finditer(text):
        raw = m.group(0)
        base = Qualifier.EXACT
        value: int | None
        if m.group("digits"):
            digits = re.sub(r"[,\u202f\u2009\u00a0]", "", m.group("digits"))
            if "." in digits:
                continue  # 1.5 million, 3.5 hours: never a weapon count
            value = int(digits)
            if value == 0:
                continue  # "000" from a split figure, or "zero": never a barrage
            if m.group("plus"):
                base = Qualifier.MORE_THAN
            elif m.group("odd"):
                base = Qualifier.ABOUT  # "400-odd drones"
        elif m.group("vague"):
            value = None
            base = Qualifier.VAGUE
        elif m.group("dozen"):
            value = words_to_int(m.group("dozen"))
            base = Qualifier.ABOUT  # "two dozen drones" is a round figure
        else:
            value = words_to_int(m.group("words"))
            if value is None:
                continue
        spans.append(NumberSpan(value, m.start(), m.end(), base, raw))
    return tuple(spans)
